/**
 * The bundler plugin with esbuild, and the contract of bundlers whose `this.error` does not
 * throw (esbuild, webpack): a broken policy must fail the build with the Dutch diagnostic and
 * its place, not with esbuild's "No loader is configured for .policy files" (the diagnostic
 * was dropped) or webpack parsing the YAML as JavaScript.
 */

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type BuildFailure } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { beleidEsbuild, beleidPlugin } from "../../compiler/bundler/plugin.js";

const app = mkdtempSync(join(tmpdir(), "beleid-esbuild-"));
const POLICY = join(app, "policies", "paramedische-zorg", "2026-07.policy");

beforeAll(() => {
  mkdirSync(join(app, "node_modules"));
  symlinkSync(resolve("."), join(app, "node_modules", "beleid"), "dir");
  cpSync("policies/algemeen", join(app, "policies", "algemeen"), { recursive: true });
  mkdirSync(join(app, "policies", "paramedische-zorg"));
  cpSync("policies/paramedische-zorg/2026-07.policy", POLICY);
  writeFileSync(
    join(app, "main.js"),
    `import { beoordeelFysiotherapie } from "./policies/paramedische-zorg/2026-07.policy";
export const beoordeel = (feiten) => beoordeelFysiotherapie(feiten);
`,
  );
});

afterAll(() => rmSync(app, { recursive: true, force: true }));

const bundle = (outfile: string) =>
  build({ entryPoints: [join(app, "main.js")], bundle: true, format: "esm", platform: "node", outfile, plugins: [beleidEsbuild({ declarations: false })], logLevel: "silent" });

describe("the bundler plugin with esbuild", () => {
  it("bundles an app that imports a policy, and the bundle decides correctly", async () => {
    const outfile = join(app, "dist", "app.mjs");
    await bundle(outfile);
    const { beoordeel } = (await import(pathToFileURL(outfile).href)) as { beoordeel: (f: unknown) => { overeenkomst?: { naam: string } } };
    const feiten = JSON.parse(readFileSync("test/fixtures/fysio-feiten.json", "utf8")) as unknown;
    expect(beoordeel(feiten).overeenkomst?.naam).toBe("Zorgovereenkomst B");
  });

  it("fails on a broken policy with the Dutch diagnostic and its place", async () => {
    const source = readFileSync(POLICY, "utf8");
    const lines = source.split("\n");
    const line = lines.findIndex((text) => /^\s+voorwaarde: /.test(text));
    lines[line] = (lines[line] as string).replace(/voorwaarde: .*/, "voorwaarde: behandelindex_onbekend_feit > 3");
    writeFileSync(POLICY, lines.join("\n"));
    try {
      const failure = await bundle(join(app, "kapot", "app.mjs")).then(
        () => undefined,
        (error: unknown) => error as BuildFailure,
      );
      expect(failure).toBeDefined();
      const texts = failure!.errors.map((e) => e.text).join("\n");
      expect(texts).not.toContain("No loader is configured");
      expect(texts).toMatch(/BL\d{3}/);
      expect(texts).toContain("behandelindex_onbekend_feit");
      const located = failure!.errors.find((e) => e.location !== null);
      // esbuild gives the place relative to the working directory.
      expect(resolve(located?.location?.file ?? "")).toBe(POLICY);
      expect(located?.location?.line).toBe(line + 1);
    } finally {
      writeFileSync(POLICY, source);
    }
  });
});

describe("a bundler whose this.error only collects the error (webpack)", () => {
  it("gets an empty module next to the error, never the .policy file as JavaScript", async () => {
    const plugin = beleidPlugin.raw({ declarations: false }, { framework: "webpack" }) as { load: (this: unknown, id: string) => Promise<unknown> };
    const errors: unknown[] = [];
    const context = { error: (e: unknown) => void errors.push(e), warn: () => undefined, addWatchFile: () => undefined };
    const source = readFileSync(POLICY, "utf8");
    writeFileSync(POLICY, source.replace(/voorwaarde: .*/, "voorwaarde: onbekend_feit_hier > 3"));
    try {
      const result = await plugin.load.call(context, POLICY);
      expect(result).toEqual({ code: "", map: null });
      expect(errors).toHaveLength(1);
      expect(JSON.stringify(errors[0])).toContain("onbekend_feit_hier");
    } finally {
      writeFileSync(POLICY, source);
    }
  });
});
