/**
 * The JSON Schemas that ship with beleid, and their precompiled validators.
 *
 * The compiler skips the meta-schema check when it compiles a schema (it costs every process
 * time), so the schemas are checked here, with ajv's strict mode as the compiler uses it. The
 * validators that `npm run compile` precompiles into build/schema/ (compiler/load/precompiled.ts)
 * must give exactly the errors and the coerced data of a validator compiled on the spot, and
 * must be ignored when they were made from another schema.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compileText } from "../../compiler/compile.js";
import { loadPrecompiled, PRECOMPILED_SCHEMAS, validatorFingerprint } from "../../compiler/load/precompiled.js";
import { AJV_OPTIONS as OPTIONS, precompile, readSchema, schemaCompiler } from "../../compiler/load/validate.js";

describe("the schemas of the package", () => {
  for (const name of PRECOMPILED_SCHEMAS) {
    it(`${name} is a valid JSON Schema`, () => {
      const ajv = schemaCompiler({ validateSchema: true });
      const schema = readSchema(name);
      expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
      expect(() => ajv.compile(schema)).not.toThrow();
    });
  }
});

describe("precompiled validators", () => {
  const text = readFileSync("compiler/schema/policy.schema.json", "utf8");
  const fingerprint = validatorFingerprint(text, OPTIONS);

  it("are precompiled by npm run compile for the current schema, and ignored for another", () => {
    expect(precompile("policy.schema.json").startsWith(`// ${fingerprint}\n`)).toBe(true);
    expect(loadPrecompiled("policy.schema.json", fingerprint)).toBeTypeOf("function");
    expect(loadPrecompiled("policy.schema.json", validatorFingerprint(`${text} `, OPTIONS))).toBeUndefined();
    expect(loadPrecompiled("policy.schema.json", validatorFingerprint(text, { ...OPTIONS, allErrors: false }))).toBeUndefined();
  });

  it("give the same errors and coerce the same as a validator compiled on the spot", () => {
    const precompiled = loadPrecompiled("policy.schema.json", fingerprint);
    const compiled = schemaCompiler({ validateSchema: false }).compile(JSON.parse(text) as object);
    if (!precompiled) throw new Error("no precompiled validator: run npm run compile");
    const dir = "test/fixtures/diagnostics";
    const files = [
      ...readdirSync(dir).map((code) => join(dir, code, "invoer.policy")),
      ...readdirSync("policies").flatMap((domain) => readdirSync(join("policies", domain)).filter((f) => f.endsWith(".policy")).map((f) => join("policies", domain, f))),
    ];
    let invalid = 0;
    for (const file of files) {
      let data: unknown;
      try {
        data = parse(readFileSync(file, "utf8"));
      } catch {
        continue; // not YAML: never reaches the schema
      }
      const a = structuredClone(data);
      const b = structuredClone(data);
      const validA = precompiled(a);
      const validB = compiled(b);
      expect(validA, file).toBe(validB);
      expect(precompiled.errors ?? null, file).toEqual(compiled.errors ?? null);
      expect(a, file).toEqual(b);
      if (!validA) invalid++;
    }
    expect(invalid).toBeGreaterThan(5);
  });
});

describe("the version of a policy", () => {
  const base = readFileSync("test/fixtures/diagnostics/BL007/invoer.policy", "utf8");
  const codes = (version: string) => compileText("v.policy", base.replace("versie: juli 2026", `versie: "${version}"`)).diagnostics.filter((d) => d.code === "BL007").length;

  it("is a year, or a year and a month that exists (a month 13 stopped the change report with an internal error)", () => {
    expect(codes("2026")).toBe(0);
    expect(codes("2026-07")).toBe(0);
    expect(codes("2026-12")).toBe(0);
    expect(codes("2026-13")).toBe(1);
    expect(codes("2026-00")).toBe(1);
  });

  it("is published on a date with a month and day that can exist", () => {
    const published = (date: string) => compileText("v.policy", base.replace("versie: juli 2026", `versie: "2026"\ngepubliceerd: "${date}"`)).diagnostics.filter((d) => d.code === "BL007").length;
    expect(published("2025-07-01")).toBe(0);
    expect(published("2025-13-01")).toBe(1);
    expect(published("2025-07-32")).toBe(1);
  });

  it("has dates that exist: a publication date or milestone on 30 February is an error with its position", () => {
    const policy = readFileSync("policies/paramedische-zorg/2026-07.policy", "utf8");
    const bad = policy.replace("gepubliceerd: 2025-07-01", "gepubliceerd: 2025-02-30").replace("    datum: 2025-10-24", "    datum: 2025-02-29");
    const found = compileText("policies/paramedische-zorg/2026-07.policy", bad).diagnostics.filter((d) => d.code === "BL105");
    expect(found.map((d) => d.message)).toEqual(["‘2025-02-30’ is geen bestaande datum.", "‘2025-02-29’ is geen bestaande datum."]);
    expect(found.map((d) => bad.slice(d.span.start, d.span.end))).toEqual(["2025-02-30", "2025-02-29"]);
    expect(compileText("policies/paramedische-zorg/2026-07.policy", policy).diagnostics.filter((d) => d.code === "BL105")).toEqual([]);
  });
});
