/**
 * The generated evaluator for Paramedische zorg 2026-07 as golden files (JavaScript and
 * declarations), reviewed by eye when they change; plus properties every generated module
 * must have: deterministic, formatted, importing only the runtime, no eval.
 */

import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { emitPolicy } from "../../compiler/emit/index.js";

const SOURCE = "policies/paramedische-zorg/2026-07.policy";

async function emitted() {
  const result = compileFile(SOURCE);
  if (!result.model) throw new Error("policy does not compile");
  return emitPolicy(result.model, { runtimeImport: "../../runtime/index.js", sourceName: SOURCE });
}

describe("emitted evaluator", () => {
  it("matches the golden JavaScript and declarations", async () => {
    const { js, dts } = await emitted();
    await expect(js).toMatchFileSnapshot("../golden/emit/paramedische-zorg-2026-07.js");
    await expect(dts).toMatchFileSnapshot("../golden/emit/paramedische-zorg-2026-07.d.ts");
  });

  it("is deterministic", async () => {
    const a = await emitted();
    const b = await emitted();
    expect(a).toEqual(b);
  });

  it("imports only the runtime and never interprets code", async () => {
    const { js } = await emitted();
    const imports = [...js.matchAll(/^import [^;]*? from "([^"]+)";/gm)].map((m) => m[1]);
    expect(imports).toEqual(["../../runtime/index.js"]);
    expect(js).not.toMatch(/\beval\(|new Function|Function\(/);
  });

  it("has one function pair per care type", async () => {
    const { js } = await emitted();
    for (const name of ["Fysiotherapie", "Oefentherapie", "Logopedie", "Dietetiek", "PreventieveVoetzorg", "Gli", "Valpreventie"]) {
      expect(js).toContain(`export function beoordeel${name}(feiten)`);
      expect(js).toContain(`export function besluit${name}(feiten)`);
    }
  });
});
