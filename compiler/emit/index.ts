/**
 * The emit stage for one checked policy: the ES module and its declarations, formatted.
 */

import type { PolicyModel } from "../model.js";
import { emitDeclarations } from "./dts.js";
import { formatJavaScript, formatTypeScript } from "./format.js";
import { emitModule } from "./js.js";

export interface EmittedPolicy {
  readonly js: string;
  readonly dts: string;
}

export interface EmitPolicyOptions {
  readonly runtimeImport: string;
  readonly sourceName: string;
}

export async function emitPolicy(model: PolicyModel, options: EmitPolicyOptions): Promise<EmittedPolicy> {
  const [js, dts] = await Promise.all([
    formatJavaScript(emitModule(model, options)),
    formatTypeScript(emitDeclarations(model, options)),
  ]);
  return { js, dts };
}
