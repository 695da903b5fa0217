/**
 * The emit stage for one checked policy: the ES module and its declarations, in prettier's
 * layout (`layout/`).
 */

import { compilerFingerprint } from "../cache/fingerprint.js";
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
  /** Emitted code from and to this cache (`beleid build`); without it, every module is emitted and laid out again. */
  readonly formatCache?: FormatCache;
}

export async function emitPolicy(model: PolicyModel, options: EmitPolicyOptions): Promise<EmittedPolicy> {
  const js = () => layoutJavaScript(moduleStatements(model, options));
  const dts = () => layoutTypeScript(declarationStatements(model, options));
  const cache = options.formatCache;
  const fingerprint = cache && compilerFingerprint();
  if (!cache || !fingerprint) {
    const [laidOutJs, laidOutDts] = await Promise.all([js(), dts()]);
    return { js: laidOutJs, dts: laidOutDts };
  }
  // Emitting is a function of the checked model, the options and the compiler: the cache key,
  // so a policy that did not change is not even emitted again.
  const input = JSON.stringify(model);
  const key = { runtimeImport: options.runtimeImport, sourceName: options.sourceName, compiler: fingerprint };
  const [cachedJs, cachedDts] = await Promise.all([cache.format(input, { ...key, output: "js" }, js), cache.format(input, { ...key, output: "d.ts" }, dts)]);
  return { js: cachedJs, dts: cachedDts };
}
