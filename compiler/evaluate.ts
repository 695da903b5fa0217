/**
 * Loads the evaluator of a checked policy in this process, for `beleid eval` and `beleid
 * test`: the same generated code `beleid build` writes, imported from memory (a data: URL)
 * with the compiled runtime of this package. No interpreter is involved.
 */

import { pathToFileURL } from "node:url";
import type { Beslissing, Besluit } from "../runtime/decision.js";
import { emitModule } from "./emit/js.js";
import type { PolicyModel } from "./model.js";
import { packageFile } from "./packageRoot.js";

export interface LoadedEvaluator {
  beoordeel(zorgsoort: string, feiten: unknown): Beslissing;
  besluit(zorgsoort: string, feiten: unknown): Besluit;
}

export async function loadEvaluator(model: PolicyModel): Promise<LoadedEvaluator> {
  const runtime = pathToFileURL(packageFile("build", "runtime", "index.js")).href;
  const code = emitModule(model, { runtimeImport: runtime, sourceName: model.file });
  const url = `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`;
  return (await import(/* @vite-ignore */ url)) as LoadedEvaluator;
}
