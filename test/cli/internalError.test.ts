/**
 * An unexpected crash of beleid (a mistake in the program, not in the input): a short Dutch
 * message, exit code 70, and with --json also an error document on standard output, so that a
 * program reading it does not get nothing.
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { EXIT_INTERNAL, reportInternalError } from "../../bin/cli/program.js";

const MESSAGE = "Interne fout in beleid: dit is een fout in het programma, niet in uw invoer. Meld het alstublieft, met de opdracht die u gaf.";

function report(argv: string[], debug = false) {
  let stdout = "";
  let stderr = "";
  const code = reportInternalError(argv, new Error("kapot"), { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) }, debug);
  return { code, stdout, stderr };
}

describe("an internal error", () => {
  it("is told on standard error, with exit code 70; with --json also as JSON on standard output", () => {
    expect(report(["check", "a.policy"])).toEqual({ code: 70, stdout: "", stderr: `${MESSAGE}\nZet BELEID_DEBUG=1 voor details.\n` });
    const json = report(["eval", "a.policy", "--json"]);
    expect(json.code).toBe(EXIT_INTERNAL);
    expect(JSON.parse(json.stdout)).toEqual({ fout: "intern", bericht: MESSAGE });
    expect(json.stderr).toBe(`${MESSAGE}\nZet BELEID_DEBUG=1 voor details.\n`);
    // The stack trace only when asked for, and only for a person.
    const debug = report(["eval", "a.policy", "--json"], true);
    expect(debug.stderr).toMatch(/^Interne fout in beleid: .*\nError: kapot\n {4}at /);
    expect(debug.stdout).not.toContain("kapot");
  });

  it("from the executable: exit code 70 and the JSON document", () => {
    // A crash where no error is expected: commander's parsing throws.
    const dir = mkdtempSync(join(tmpdir(), "beleid-intern-"));
    const crash = join(dir, "crash.mjs");
    writeFileSync(
      crash,
      `import { createRequire } from "node:module";\nconst { Command } = createRequire(${JSON.stringify(resolve("package.json"))})("commander");\nCommand.prototype.parseAsync = async () => { throw new Error("kapot"); };\n`,
    );
    const run = spawnSync(process.execPath, ["--import", pathToFileURL(crash).href, "build/bin/beleid.js", "check", "--json", "policies"], { encoding: "utf8" });
    expect(run.status).toBe(70);
    expect(JSON.parse(run.stdout)).toEqual({ fout: "intern", bericht: MESSAGE });
    expect(run.stderr).toBe(`${MESSAGE}\nZet BELEID_DEBUG=1 voor details.\n`);
  });
});
