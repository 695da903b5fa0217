/**
 * `beleid serve [--poort 4173] [--out dist]`: serves the site in `<out>/site/` on localhost,
 * for authors who want to click through the documents and checkers. Stops with Ctrl+C.
 */

import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { siteDirectory } from "../../compiler/build.js";
import { serveSite } from "../../compiler/site/server.js";
import { EXIT_OK, UsageError, type CliIo } from "../cli/io.js";

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
  const shown = relative(io.cwd, siteDir) || ".";
  if (!existsSync(join(siteDir, "index.html"))) {
    throw new UsageError(`Er staat nog geen site in ${shown}/; maak die eerst met ‘beleid docs’ of ‘beleid build’.`);
  }
  let server;
  try {
    server = await serveSite(siteDir, { port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") throw new UsageError(`Poort ${port} is al in gebruik; kies een andere met --poort.`);
    throw error;
  }
  io.stdout(`De site in ${shown}/ staat op ${server.url.replace("127.0.0.1", "localhost")}\nStoppen: Ctrl+C.\n`);
  await stopped();
  await server.close();
  return EXIT_OK;
}
