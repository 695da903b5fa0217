/**
 * `beleid build --watch`: the watch loop of compiler/watch/ connected to the terminal. After
 * every build the screen shows the current diagnostics (on a terminal the previous ones are
 * cleared, so they stay "in place"), and a status line; errors never end the loop. Ctrl+C stops.
 */

import { projectFormatCache } from "../../compiler/emit/formatCache.js";
import { statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { hasErrors } from "../../compiler/diagnostics/diagnostic.js";
import { summariseDiagnostics } from "../../compiler/diagnostics/render.js";
import { watchBuild, type WatchEvent, type WatchOptions, type WatchSession } from "../../compiler/watch/watchBuild.js";
import { EXIT_OK, type CliIo } from "../cli/io.js";
import { refuseOutputOverInput, removedNote, writtenNote } from "./build.js";
import { policyFilesFrom, printDiagnostics } from "./shared.js";

const CLEAR_SCREEN = "\x1b[2J\x1b[3J\x1b[H";

function time(): string {
  return new Date().toLocaleTimeString("nl-NL", { hour12: false });
}

/** Prints one watch event for people. */
export function printWatchEvent(event: WatchEvent, io: CliIo, outDir: string): void {
  if (io.colour) io.stdout(CLEAR_SCREEN);
  else io.stdout(`\n--- ${time()} ---\n`);
  if (event.kind === "mislukt") {
    if (event.plan) printDiagnostics(event.plan.diagnostics, event.plan.sources, io);
    io.stderr(`fout: ${event.message}\n`);
    if (event.plan && event.files) {
      const subject = event.files.length === 1 ? "1 beleidsbestand" : `${event.files.length} beleidsbestanden`;
      const blocking = event.blocking ?? [];
      const next =
        blocking.length === 0
          ? ""
          : blocking.length === 1
            ? " Zodra dat bestand is verplaatst, verwijderd of gewijzigd, wordt opnieuw gebouwd."
            : " Zodra een van die bestanden is verplaatst, verwijderd of gewijzigd, wordt opnieuw gebouwd.";
      io.stdout(`[${time()}] ${subject} gecompileerd (${summariseDiagnostics(event.plan.diagnostics)}); er is niets geschreven.${next}\n`);
    }
  } else {
    printDiagnostics(event.plan.diagnostics, event.plan.sources, io);
    const subject = event.files.length === 1 ? "1 beleidsbestand" : `${event.files.length} beleidsbestanden`;
    const summary = summariseDiagnostics(event.plan.diagnostics);
    if (hasErrors(event.plan.diagnostics)) io.stdout(`[${time()}] ${subject} gecontroleerd: ${summary}. Er is niets geschreven.\n`);
    else io.stdout(`[${time()}] ${subject} gecompileerd (${summary}); geschreven naar ${relative(io.cwd, outDir) || "."}/ (${writtenNote(event.plan.outputs.length, event.changed.length)}${removedNote(event.removed.length)}).\n`);
    if (event.warning !== undefined) io.stderr(`waarschuwing: ${event.warning}\n`);
  }
  io.stdout("Wacht op wijzigingen… (Ctrl+C om te stoppen)\n");
}

/** Runs until `stop` resolves (Ctrl+C for the CLI). */
export async function runBuildWatch(
  paths: string[],
  out: string,
  io: CliIo,
  // SIGTERM as Ctrl+C: a build under way finishes its (synchronous) writing first, so the output is never left halfway.
  stop: Promise<void> = new Promise((done) => {
    process.once("SIGINT", () => done());
    process.once("SIGTERM", () => done());
  }),
  overrides: Pick<WatchOptions, "watcher" | "clock"> = {},
): Promise<number> {
  const outDir = resolve(io.cwd, out);
  // A wrong path is a usage error up front; later (a file removed) it is reported and the loop waits.
  refuseOutputOverInput(policyFilesFrom(paths, io), outDir, io.cwd);
  // The folders named (policies/ by default) are watched with everything below them, so a new
  // domain folder or a folder put back is built.
  const roots = (paths.length > 0 ? paths : ["policies"]).map((p) => resolve(io.cwd, p)).filter((p) => statSync(p).isDirectory());
  const session: WatchSession = watchBuild({
    findFiles: () => policyFilesFrom(paths, io),
    roots,
    outDir,
    report: (event) => printWatchEvent(event, io, outDir),
    formatCache: projectFormatCache(policyFilesFrom(paths, io), io.cwd),
    ...overrides,
  });
  await stop;
  session.close();
  return EXIT_OK;
}
