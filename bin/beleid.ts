#!/usr/bin/env node
/**
 * The `beleid` executable. Everything happens in `cli/program.ts`; this only connects it to
 * the process and turns an unexpected crash into a short Dutch message (the stack trace only
 * with BELEID_DEBUG=1).
 */

import { processIo } from "./cli/io.js";
import { runCli } from "./cli/program.js";

// Output piped into `head` and closed early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      "Interne fout in beleid: dit is een fout in het programma, niet in uw invoer. Meld het alstublieft, met de opdracht die u gaf.\n" +
        (process.env.BELEID_DEBUG ? `${(error as Error)?.stack ?? String(error)}\n` : "Zet BELEID_DEBUG=1 voor details.\n"),
    );
    process.exitCode = 70;
  },
);
