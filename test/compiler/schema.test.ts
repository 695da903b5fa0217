/**
 * The JSON Schemas that ship with beleid are valid JSON Schemas. The compiler skips this check
 * when it compiles them (compiler/load/validate.ts: it costs every process time), so it is
 * done here, with ajv's strict mode as the compiler uses it.
 */

import { describe, expect, it } from "vitest";
import { readSchema, schemaCompiler } from "../../compiler/load/validate.js";

describe("the schemas of the package", () => {
  for (const name of ["policy.schema.json", "policytest.schema.json"]) {
    it(`${name} is a valid JSON Schema`, () => {
      const ajv = schemaCompiler({ validateSchema: true });
      const schema = readSchema(name);
      expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
      expect(() => ajv.compile(schema)).not.toThrow();
    });
  }
});
