/**
 * The JSON Schemas of the package, compiled ahead of time (ajv's standalone code) into
 * `build/schema/`. Compiling the policy schema with ajv takes about 0.1 s, in every `beleid`
 * process that reads a policy (most of `beleid diff` after start-up); loading the precompiled
 * validator takes a few milliseconds. `npm run compile` writes the files (writePrecompiled.ts);
 * `validate.ts` uses one only when it was made from the same schema text, ajv version and
 * options, and compiles the schema itself otherwise (a fresh checkout, a changed schema).
 */

import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Ajv, ValidateFunction } from "ajv";
import { packageFile } from "../packageRoot.js";

const require = createRequire(import.meta.url);

/** The schemas that are precompiled. */
export const PRECOMPILED_SCHEMAS = ["policy.schema.json", "policytest.schema.json"] as const;

export function precompiledPath(name: string): string {
  return packageFile("build", "schema", name.replace(/\.json$/, ".validate.cjs"));
}

/** What a precompiled validator must have been made from: the schema text, ajv and its options. */
export function validatorFingerprint(schemaText: string, options: object): string {
  const ajvVersion = (require("ajv/package.json") as { version: string }).version;
  return createHash("sha256").update(`${ajvVersion}\n${JSON.stringify(options)}\n${schemaText}`).digest("hex");
}

/** The precompiled validator of `name`, or undefined when there is none for this fingerprint. */
export function loadPrecompiled(name: string, fingerprint: string): ValidateFunction | undefined {
  const path = precompiledPath(name);
  if (!existsSync(path)) return undefined;
  const firstLine = readFileSync(path, "utf8").split("\n", 1)[0];
  if (firstLine !== `// ${fingerprint}`) return undefined;
  const loaded = require(path) as { default?: ValidateFunction };
  return loaded.default;
}

/** The standalone source of a validator, with its fingerprint on the first line. */
export function precompiledSource(ajv: Ajv, validate: ValidateFunction, fingerprint: string): string {
  const standaloneCode = (require("ajv/dist/standalone") as { default: (ajv: Ajv, validate: ValidateFunction) => string }).default;
  return `// ${fingerprint}\n"use strict";\n${standaloneCode(ajv, validate)}\n`;
}
