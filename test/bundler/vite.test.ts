/**
 * The bundler plugin in a real build: a tiny app imports a .policy file and is bundled by Vite
 * (library mode, as fast as it gets). The bundle must decide a provider like `beleid eval`, the
 * generated `.policy.d.ts` must type the import, and a broken policy must fail the build with
 * the Dutch diagnostic and its place.
 */

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { beleidVite } from "../../compiler/bundler/plugin.js";

const app = mkdtempSync(join(tmpdir(), "beleid-vite-"));

beforeAll(() => {
  // The app has beleid installed, as a user would (a link to this package).
  mkdirSync(join(app, "node_modules"));
  symlinkSync(resolve("."), join(app, "node_modules", "beleid"), "dir");
  cpSync("policies/algemeen", join(app, "policies", "algemeen"), { recursive: true });
  mkdirSync(join(app, "policies", "paramedische-zorg"));
  cpSync("policies/paramedische-zorg/2026-07.policy", join(app, "policies", "paramedische-zorg", "2026-07.policy"));
  writeFileSync(
    join(app, "main.ts"),
    `import { beoordeelFysiotherapie, type FeitenFysiotherapie } from "./policies/paramedische-zorg/2026-07.policy";
export function beoordeel(feiten: FeitenFysiotherapie) {
  return beoordeelFysiotherapie(feiten);
}
`,
  );
});

afterAll(() => rmSync(app, { recursive: true, force: true }));

async function bundle(entry: string, outDir: string) {
  return build({
    root: app,
    configFile: false,
    logLevel: "silent",
    plugins: [beleidVite()],
    build: { lib: { entry: join(app, entry), formats: ["es"], fileName: () => "app.js" }, outDir: join(app, outDir), minify: false, emptyOutDir: true },
  });
}

describe("the bundler plugin with Vite", () => {
  it("bundles an app that imports a policy, and the bundle decides correctly", async () => {
    await bundle("main.ts", "dist");
    const built = readFileSync(join(app, "dist", "app.js"), "utf8");
    expect(built).not.toContain("beleid/runtime");
    const { beoordeel } = (await import(pathToFileURL(join(app, "dist", "app.js")).href)) as { beoordeel: (f: unknown) => { overeenkomst?: { naam: string } } };
    const feiten = JSON.parse(readFileSync("test/fixtures/fysio-feiten.json", "utf8")) as unknown;
    expect(beoordeel(feiten).overeenkomst?.naam).toBe("Zorgovereenkomst B");
  });

  it("ships the JSON Schema where the documented editor line points, in the repository and installed", () => {
    const line = (text: string) => /yaml-language-server: \$schema=(\S+)/.exec(text)?.[1] ?? "";
    const docs = readFileSync("docs/editor.md", "utf8");
    const [inRepo, installed] = [...docs.matchAll(/`# yaml-language-server: \$schema=(\S+)`/g)].map((m) => m[1] as string);
    expect(existsSync(join("policies", "paramedische-zorg", inRepo ?? ""))).toBe(true);
    expect(existsSync(join(app, "policies", "paramedische-zorg", installed ?? ""))).toBe(true);
    expect(line(readFileSync("policies/paramedische-zorg/2026-07.policy", "utf8"))).toBe(inRepo);
  });

  it("writes a .policy.d.ts that gives the import its exact types", () => {
    const dts = join(app, "policies", "paramedische-zorg", "2026-07.policy.d.ts");
    expect(readFileSync(dts, "utf8")).toContain('from "beleid/runtime"');
    writeFileSync(
      join(app, "fout.ts"),
      `import { beoordeelFysiotherapie } from "./policies/paramedische-zorg/2026-07.policy";
beoordeelFysiotherapie({ behandelindex: "hoog" });
`,
    );
    const check = (file: string) => {
      const program = ts.createProgram([join(app, file)], { strict: true, noEmit: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"], skipLibCheck: true, types: [] });
      return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    };
    expect(check("main.ts")).toEqual([]);
    const errors = check("fout.ts");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("not assignable to type 'number'");
  });

  it("fails the build on a broken policy with the Dutch diagnostic and its place", async () => {
    const broken = readFileSync("policies/paramedische-zorg/2026-07.policy", "utf8").replace("voorwaarde: behandelindex > 150", "voorwaarde: behandelindex > ja");
    writeFileSync(join(app, "policies", "paramedische-zorg", "kapot.policy"), broken);
    writeFileSync(join(app, "kapot.ts"), `export { beoordeelFysiotherapie } from "./policies/paramedische-zorg/kapot.policy";\n`);
    const line = broken.split("\n").findIndex((l) => l.includes("behandelindex > ja")) + 1;
    await expect(bundle("kapot.ts", "dist-kapot")).rejects.toThrow(new RegExp(`kapot\\.policy:${line}:\\d+ fout BL202: ‘>’ kan een getal niet vergelijken met ja/nee`));
  });
});
