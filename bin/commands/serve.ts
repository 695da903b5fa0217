/**
 * `beleid serve [--poort 4173] [--out dist]`: serves the site in `<out>/site/` on localhost,
 * for authors who want to click through the documents and checkers. Stops with Ctrl+C.
 */

import { existsSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { siteDirectory } from "../../compiler/build.js";
import { serveSite } from "../../compiler/site/server.js";
import { EXIT_ERRORS, EXIT_OK, UsageError, type CliIo } from "../cli/io.js";

export interface ServeOptions {
  readonly poort: string;
  readonly out: string;
}

/** Resolves when the process is asked to stop (Ctrl+C or a termination signal). */
function untilStopped(): Promise<void> {
  return new Promise((done) => {
    process.once("SIGINT", () => done());
    process.once("SIGTERM", () => done());
  });
}

export async function runServe(options: ServeOptions, io: CliIo, stopped: () => Promise<void> = untilStopped): Promise<number> {
  const port = Number(options.poort);
  if (!/^\d+$/.test(options.poort) || port > 65535) throw new UsageError(`‘${options.poort}’ is geen poortnummer; geef een getal van 0 tot en met 65535.`);
  const siteDir = siteDirectory(resolve(io.cwd, options.out));
  // As displayPath (compiler/displayPath.ts), from the command's working directory: relative
  // inside it, else absolute (never `../…`).
  const below = relative(io.cwd, siteDir);
  const shown = below === "" ? "." : below.startsWith("..") || isAbsolute(below) ? siteDir : below;
  if (!existsSync(join(siteDir, "index.html"))) {
    throw new UsageError(`Er staat nog geen site in ${shown}/; maak die eerst met ‘beleid docs’ of ‘beleid build’.`);
  }
  let server;
  try {
    server = await serveSite(siteDir, { port });
  } catch (error) {
    // Not a usage error (2): the command is right, the machine has the port taken or closed.
    // A problem in the environment, exit code 1, as an output that cannot be written.
    const problem = portProblem(error, port);
    if (problem === undefined) throw error;
    io.stderr(`fout: ${problem}\n`);
    return EXIT_ERRORS;
  }
  io.stdout(`De site in ${shown}/ staat op ${server.url.replace("127.0.0.1", "localhost")}\nStoppen: Ctrl+C.\n`);
  await stopped();
  await server.close();
  return EXIT_OK;
}

/** Why the site cannot be served on `port`, in Dutch, for an error of the system; else undefined. */
export function portProblem(error: unknown, port: number): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const other = port === 65535 ? 4173 : port + 1;
  if (code === "EADDRINUSE") {
    return `Poort ${port} is al in gebruik, door een ander programma (of een andere ‘beleid serve’). Kies een andere poort met --poort, bijvoorbeeld ‘beleid serve --poort ${other}’.`;
  }
  if (code === "EACCES" || code === "EPERM") {
    return `beleid heeft geen toestemming om poort ${port} te gebruiken (een poort onder 1024 vraagt meestal beheerrechten). Kies een andere poort met --poort, bijvoorbeeld ‘beleid serve --poort 4173’.`;
  }
  return undefined;
}
