/**
 * The emit stage for one checked policy: the ES module and its declarations, formatted.
 */

import type { PolicyModel } from "../model.js";
import { declarationStatements } from "./dts.js";
import { layoutJavaScript, layoutTypeScript } from "./format.js";
import type { FormatCache } from "./formatCache.js";
import { moduleStatements } from "./js.js";

export interface EmittedPolicy {
  readonly js: string;
  readonly dts: string;
}

export interface EmitPolicyOptions {
  readonly runtimeImport: string;
  readonly sourceName: string;
  /** Formatted code from and to this cache (`beleid build`); without it, prettier formats every time. */
  readonly formatCache?: FormatCache;
}

export async function emitPolicy(model: PolicyModel, options: EmitPolicyOptions): Promise<EmittedPolicy> {
  const [js, dts] = await Promise.all([
    layoutJavaScript(moduleStatements(model, options), options.formatCache),
    layoutTypeScript(declarationStatements(model, options), options.formatCache),
  ]);
  return { js, dts };
}
