#!/usr/bin/env node
/**
 * The `beleid` executable. Everything happens in `cli/program.ts`; this only connects it to
 * the process and turns an unexpected crash into a short Dutch message and exit code 70 (see
 * `reportInternalError`).
 */

import { processIo } from "./cli/io.js";
import { reportInternalError, runCli } from "./cli/program.js";

// Output piped into `head` and closed early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const argv = process.argv.slice(2);
const io = processIo();
runCli(argv, io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportInternalError(argv, error, io, Boolean(process.env.BELEID_DEBUG));
  },
);
