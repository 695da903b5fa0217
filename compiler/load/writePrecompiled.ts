/**
 * Script run by `npm run compile` (and `npm test`): writes the precompiled validators of the
 * package's JSON Schemas into build/schema/ (see precompiled.ts), then the manifest of the
 * compiler's fingerprint next to them (see ../cache/fingerprint.ts).
 */

import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { writeFingerprintManifest } from "../cache/fingerprint.js";
import { PRECOMPILED_SCHEMAS, precompiledPath } from "./precompiled.js";
import { precompile } from "./validate.js";

for (const name of PRECOMPILED_SCHEMAS) {
  const path = precompiledPath(name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, precompile(name));
  renameSync(`${path}.tmp`, path);
}

writeFingerprintManifest();
