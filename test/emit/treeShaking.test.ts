/**
 * A bundler drops what an app does not use of a generated evaluator: the module-level data are
 * marked `@__PURE__` and read no property at module level (each chapter, fact and care type is
 * a constant of its own, which the others name), so an app that imports one care type's
 * `besluit…` gets that care type and its facts, not the other care types, and an app that
 * imports the module for nothing gets (close to) nothing, also without the `"sideEffects":
 * false` that `beleid build` writes next to the modules. Bundled by Vite (Rolldown) without
 * minifying, so the names stay readable.
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Rollup } from "vite";
import { beforeAll, describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { emitPolicy } from "../../compiler/emit/index.js";
import { packageFile } from "../../compiler/packageRoot.js";

const SOURCE = "policies/paramedische-zorg/2026-07.policy";
const app = mkdtempSync(join(tmpdir(), "beleid-treeshake-"));

beforeAll(async () => {
  const model = compileFile(SOURCE).model!;
  const { js } = await emitPolicy(model, { runtimeImport: packageFile("build", "runtime", "index.js"), sourceName: SOURCE });
  writeFileSync(join(app, "evaluator.js"), js);
});

/** The bundle of an app that imports `imports` from the evaluator and logs it. */
function bundle(imports: string): Promise<string> {
  return bundleApp(`import ${imports} from "./evaluator.js";\nconsole.log(m);\n`);
}

/** The bundle of an app with this source, next to the evaluator. */
async function bundleApp(source: string): Promise<string> {
  writeFileSync(join(app, "app.js"), source);
  const output = (await build({
    root: app,
    configFile: false,
    logLevel: "silent",
    build: { write: false, minify: false, lib: { entry: join(app, "app.js"), formats: ["es"], fileName: () => "app.js" } },
  })) as Rollup.RollupOutput[];
  return output[0]!.output[0].code;
}

describe("an app that bundles a generated evaluator", () => {
  it("leaves out the other care types when it imports one care type's decision", async () => {
    const whole = await bundle("* as m");
    const one = await bundle("{ besluitFysiotherapie as m }");
    expect(whole).toContain("ZORGSOORT_DIETETIEK");
    for (const other of ["ZORGSOORT_DIETETIEK", "OVEREENKOMSTEN_DIETETIEK", "beslisDietetiek", "Diëtetiek", "UITLEG_FYSIOTHERAPIE", "REGELS"]) expect(one).not.toContain(other);
    expect(one).toContain("beslisFysiotherapie");
    expect(one.length).toBeLessThan(whole.length / 3);
  });

  it("leaves out the other care types' explanations when it imports one care type's full decision", async () => {
    const one = await bundle("{ beoordeelFysiotherapie as m }");
    expect(one).toContain("UITLEG_FYSIOTHERAPIE");
    // Its Uitleg gets the care type's rules (REGELS_…), not all rules of the policy.
    for (const other of ["UITLEG_DIETETIEK", "ZORGSOORT_DIETETIEK", "beslisDietetiek", "REGELS =", "REGEL_GLI_LICENTIE", "HOOFDSTUK_PLANNING"]) expect(one).not.toContain(other);
    expect(one).toContain("REGEL_BEHANDELINDEX_HOGER_DAN150");
  });

  it("leaves out the decision, the explanation and the other care types when it imports one care type's care not purchased", async () => {
    const one = await bundle("{ nietIngekochtFysiotherapie as m }");
    expect(one).toContain("selectiefFysiotherapie");
    expect(one).toContain("feitenInOrdeFysiotherapie");
    for (const other of ["beslisFysiotherapie", "UITLEG_FYSIOTHERAPIE", "selectiefOefentherapie", "ZORGSOORT_DIETETIEK", "REGELS", "HOOFDSTUK"]) expect(one).not.toContain(other);
  });

  it("leaves out everything when the app imports the module only for its side effects (it has none)", async () => {
    const nothing = await bundleApp(`import "./evaluator.js";\n`);
    for (const name of ["HOOFDSTUK", "FEIT", "REGELS", "ZORGSOORT", "Uitleg", "FIRST_SLOTS"]) expect(nothing).not.toContain(name);
    // What a bundler cannot know to be pure and a module has at its top level (nothing, or a line).
    expect(nothing.length).toBeLessThan(200);
  });

  it("leaves out the other care types' facts and the whole FEITEN when it imports one care type's decision", async () => {
    const one = await bundle("{ besluitFysiotherapie as m }");
    expect(one).toContain("FEIT_BEHANDELINDEX");
    for (const other of ["export const FEITEN", "FEITEN =", "HOOFDSTUK", "FEIT_GLI_INTERVENTIE", "WAARDEN_GLI_INTERVENTIE", "FEIT_ZORGMODULE_VOETULCERA"]) expect(one).not.toContain(other);
  });

  it("still decides, and checks the facts, in the bundle of an app that imports one care type's decision", async () => {
    const source = [
      `import { besluitFysiotherapie } from "./evaluator.js";`,
      `const feiten = JSON.parse(process.argv[2]);`,
      `try { console.log(JSON.stringify(besluitFysiotherapie(feiten))); } catch (error) { console.log(error.name + ": " + error.message); }`,
      "",
    ].join("\n");
    const bundled = join(app, "bundled.mjs");
    writeFileSync(bundled, await bundleApp(source));
    const unbundled = join(app, "unbundled.mjs");
    writeFileSync(unbundled, source);
    const run = (file: string, feiten: unknown) => {
      const result = spawnSync(process.execPath, [file, JSON.stringify(feiten)], { encoding: "utf8" });
      expect(result.stderr).toBe("");
      return result.stdout;
    };
    const facts = JSON.parse(readFileSync("test/fixtures/fysio-feiten.json", "utf8")) as Record<string, unknown>;
    expect(JSON.parse(run(bundled, facts))).toEqual({ inAanmerking: true, benaderd: true, overeenkomst: { id: "B", naam: "Zorgovereenkomst B", factoren: 2 } });
    // Facts that are not usable: the same FeitenFout, with the same message, as from the module itself.
    const wrong = { ...facts, behandelindex: "hoog", kwaliteitsregisters: ["onbekend register"] };
    expect(run(bundled, wrong)).toMatch(/^FeitenFout: .*Fysiotherapie/);
    expect(run(bundled, wrong)).toBe(run(unbundled, wrong));
  });
});
