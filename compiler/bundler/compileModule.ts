/**
 * One .policy file as an ES module for a bundler: the same emitter as `beleid build`, with the
 * runtime imported from the package (`beleid/runtime`), plus its declarations (`.d.ts`) and
 * the files it read (the policy and what it includes), so the bundler can watch them.
 */

import { readFileSync } from "node:fs";
import { compileFile } from "../compile.js";
import { hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import { emitPolicy } from "../emit/index.js";
import type { SourceFiles } from "../span.js";

export interface CompiledModule {
  /** The module's JavaScript; undefined when the policy has errors. */
  readonly code: string | undefined;
  readonly dts: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: SourceFiles;
  /** Every file that was read (the policy and its includes). */
  readonly files: readonly string[];
}

export interface CompileModuleOptions {
  /** Where the generated code imports the runtime from. */
  readonly runtimeImport?: string;
}

export const DEFAULT_RUNTIME_IMPORT = "beleid/runtime";

export async function compilePolicyModule(path: string, options: CompileModuleOptions = {}): Promise<CompiledModule> {
  // Read as bytes each time (a bundler watches the files; not from the cache of included files), so that BL013 finds a file that is not UTF-8.
  const result = compileFile(path, { readText: (file) => readFileSync(file) });
  const files = result.sources.paths();
  if (hasErrors(result.diagnostics) || !result.model) {
    return { code: undefined, dts: undefined, diagnostics: result.diagnostics, sources: result.sources, files };
  }
  if (result.model.kind !== "inkoopbeleid") {
    // A shared file has no evaluator; as a module it exports its description only.
    return { code: "export {};\n", dts: "export {};\n", diagnostics: result.diagnostics, sources: result.sources, files };
  }
  const emitted = await emitPolicy(result.model, { runtimeImport: options.runtimeImport ?? DEFAULT_RUNTIME_IMPORT, sourceName: result.model.file.replace(/\\/g, "/") });
  return { code: emitted.js, dts: emitted.dts, diagnostics: result.diagnostics, sources: result.sources, files };
}
