/**
 * A bundler drops what an app does not use of a generated evaluator: the module-level data are
 * marked `@__PURE__` and read no property of another care type's data, so an app that imports
 * one care type's `besluit…` gets that care type and the shared facts, not the other care
 * types. Bundled by Vite (Rolldown) without minifying, so the names stay readable.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
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
async function bundle(imports: string): Promise<string> {
  writeFileSync(join(app, "app.js"), `import ${imports} from "./evaluator.js";\nconsole.log(m);\n`);
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
    for (const other of ["UITLEG_DIETETIEK", "ZORGSOORT_DIETETIEK", "beslisDietetiek"]) expect(one).not.toContain(other);
  });
});
