/**
 * grammar/chevrotain.ts loads Chevrotain from the single-file bundle in its package instead of
 * the package entry (some 700 modules): the bundle must be the same version with the same
 * exports, and the compiled module must really take it.
 */

import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { packageFile } from "../../compiler/packageRoot.js";

const entry = createRequire(import.meta.url).resolve("chevrotain");
const bundle = new URL("../chevrotain.mjs", pathToFileURL(entry)).href;

describe("Chevrotain from its bundle", () => {
  it("has the same version and exports as the package entry", async () => {
    const fromEntry = (await import("chevrotain")) as Record<string, unknown>;
    const fromBundle = (await import(/* @vite-ignore */ bundle)) as Record<string, unknown>;
    expect(fromBundle.VERSION).toBe(fromEntry.VERSION);
    expect(Object.keys(fromBundle).sort()).toEqual(Object.keys(fromEntry).sort());
  });

  it("is what the compiled grammar uses in Node", () => {
    const script = `const ours = await import(${JSON.stringify(pathToFileURL(packageFile("build", "grammar", "chevrotain.js")).href)}); const b = await import(${JSON.stringify(bundle)}); console.log(ours.CstParser === b.CstParser && ours.createToken === b.createToken);`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(run.stdout.trim()).toBe("true");
  });
});

describe("the token definitions", () => {
  it("pass Chevrotain's lexer checks, which the lexer of the compiler skips", async () => {
    const { Lexer } = await import("../../grammar/chevrotain.js");
    const { allTokens, LEXER_CONFIG } = await import("../../grammar/tokens.js");
    const lexer = new Lexer(allTokens, { ...LEXER_CONFIG, skipValidations: false, deferDefinitionErrorsHandling: true });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
  });
});
