/**
 * The exit codes `beleid --help` and the README list are complete and true: every code a
 * command gives is there, and `beleid serve` on a port that is taken is a problem in the
 * environment (1, like an output that cannot be written), not wrong use (2).
 */

import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { portProblem } from "../../bin/commands/serve.js";
import { cli } from "../helpers.js";

describe("the exit codes in the help", () => {
  it("lists every code, with failed tests, fmt --check and an interruption", async () => {
    const help = (await cli(["--help"])).stdout;
    const list = help.slice(help.indexOf("Uitkomst (exitcode):"));
    expect(list).toMatch(/^ {2}0 +in orde$/m);
    expect(list).toMatch(/^ {2}1 +fouten in een beleid of in de invoer/m);
    expect(list).toContain("mislukte test (test;");
    expect(list).toContain("(fmt --check)");
    expect(list).toContain("de poort van serve is al in gebruik");
    expect(list).toMatch(/^ {2}2 +verkeerd gebruik/m);
    expect(list).toMatch(/^ {2}3 +diff: geen wijzigingen$/m);
    expect(list).toMatch(/^ {2}70 +een interne fout/m);
    expect(list).toMatch(/^ {2}130 +afgebroken met Ctrl\+C \(SIGINT\); 143 gestopt met SIGTERM/m);
    for (const code of ["0", "1", "2", "3", "70", "130, 143"]) expect(readFileSync("README.md", "utf8")).toContain(`| ${code} |`);
  });

  it("gives 1 for a failed policy test and for fmt --check on an unformatted file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-exit-"));
    const source = readFileSync("policies/paramedische-zorg/2026-07.policy", "utf8");
    writeFileSync(join(dir, "beleid.policy"), source.replace(/\n/, "\n\n\n"));
    const fmt = await cli(["fmt", "--check", join(dir, "beleid.policy")]);
    expect(fmt.code).toBe(1);
    // The tests of a real policy, one expectation turned round: the test fails.
    for (const file of ["2026.policy", "2026.test.yaml"]) {
      const text = readFileSync(join("policies/geboortezorg", file), "utf8");
      writeFileSync(join(dir, file), file.endsWith(".yaml") ? text.replace("      benaderd: nee\n", "      benaderd: ja\n") : text);
    }
    const failing = await cli(["test", join(dir, "2026.policy")]);
    expect(failing.code).toBe(1);
  });

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("ends a command that is waiting when it gets %s (the shell shows %i)", async (signal, shellCode) => {
    // eval waits for its facts on standard input; a command without a handler of its own dies
    // of the signal, which the shell shows as 128 + its number.
    const child = spawn(process.execPath, ["build/bin/beleid.js", "eval", "policies/paramedische-zorg/2026-07.policy", "-z", "fysiotherapie", "--feiten", "-"], { stdio: ["pipe", "ignore", "ignore"] });
    await new Promise((done) => setTimeout(done, 1500));
    child.kill(signal);
    const [code, ended] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on("exit", (c, s) => done([c, s])));
    expect(code ?? 128 + (ended === "SIGINT" ? 2 : 15)).toBe(shellCode);
  });
});

describe("beleid serve on a port in use", () => {
  function listen(): Promise<Server> {
    return new Promise((done) => {
      const server = createServer();
      server.listen(0, "127.0.0.1", () => done(server));
    });
  }

  it("is a problem in the environment (1) and says which port, and --poort", async () => {
    const out = mkdtempSync(join(tmpdir(), "beleid-serve-"));
    mkdirSync(join(out, "site"));
    writeFileSync(join(out, "site", "index.html"), "<!doctype html><title>x</title>");
    const taken = await listen();
    const port = (taken.address() as AddressInfo).port;
    try {
      const run = await cli(["serve", "--out", out, "--poort", String(port)]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(`fout: Poort ${port} is al in gebruik, door een ander programma (of een andere ‘beleid serve’). Kies een andere poort met --poort, bijvoorbeeld ‘beleid serve --poort ${port + 1}’.\n`);
    } finally {
      await new Promise((done) => taken.close(done));
    }
  });

  it("names a site outside the working directory by its absolute path, not with ../", async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "beleid-serve-"));
    const run = await cli(["serve", "--out", elsewhere]); // from the repository: the site lies outside it
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`fout: Er staat nog geen site in ${join(elsewhere, "site")}/; maak die eerst met ‘beleid docs’ of ‘beleid build’.\n`);
  });

  it("says the same of a port it may not use, and leaves other errors alone", () => {
    expect(portProblem(Object.assign(new Error("x"), { code: "EACCES" }), 80)).toMatch(/^beleid heeft geen toestemming om poort 80 te gebruiken .* --poort/);
    expect(portProblem(Object.assign(new Error("x"), { code: "EADDRINUSE" }), 65535)).toContain("--poort 4173");
    expect(portProblem(new Error("iets anders"), 80)).toBeUndefined();
  });
});
