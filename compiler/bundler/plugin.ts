/**
 * The bundler plugin: `import { beoordeelFysiotherapie } from "./fysio.policy"` in an app built
 * with Vite, Rollup, Rolldown, esbuild or webpack (one implementation through `unplugin`).
 *
 * - The .policy file is compiled with the same emitter as `beleid build`; the module imports
 *   its helpers from `beleid/runtime`.
 * - A policy with errors fails the build; the message is the Dutch diagnostic with
 *   `pad:regel:kolom` and a code frame, as `beleid check` prints it. Warnings become warnings.
 * - Types: next to each imported policy the plugin writes `<naam>.policy.d.ts` (only when it
 *   changed, atomically). TypeScript finds it for `import … from "./naam.policy"` like any
 *   declaration file next to a module, so every policy has its own exact types.
 * - The policy and the files it includes are watched in watch and dev mode.
 */

import { createUnplugin, type UnpluginInstance } from "unplugin";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { renderDiagnostics } from "../diagnostics/render.js";
import { writeFileAtomic } from "../output.js";
import { compilePolicyModule } from "./compileModule.js";

export interface BeleidPluginOptions {
  /** Write `<naam>.policy.d.ts` next to each policy (default: true). */
  readonly declarations?: boolean;
  /** Where the generated code imports the runtime from (default: `beleid/runtime`). */
  readonly runtimeImport?: string;
}

const POLICY = /\.policy$/;

function writeIfChanged(path: string, content: string): void {
  if (existsSync(path) && readFileSync(path, "utf8") === content) return;
  writeFileAtomic(path, content);
}

export const beleidPlugin: UnpluginInstance<BeleidPluginOptions | undefined, false> = createUnplugin((options: BeleidPluginOptions | undefined) => ({
  name: "beleid",
  enforce: "pre",
  loadInclude: (id: string) => POLICY.test(id.split("?")[0] ?? id),
  async load(id: string) {
    const file = id.split("?")[0] ?? id;
    const compiled = await compilePolicyModule(file, options?.runtimeImport ? { runtimeImport: options.runtimeImport } : {});
    for (const read of compiled.files) this.addWatchFile(resolve(read));
    const errors = compiled.diagnostics.filter((d) => d.severity === "fout");
    for (const warning of compiled.diagnostics.filter((d) => d.severity !== "fout")) {
      this.warn(renderDiagnostics([warning], compiled.sources, { colour: false }));
    }
    if (compiled.code === undefined || errors.length > 0) {
      const first = errors[0];
      const position = first ? compiled.sources.get(first.span.file)?.positionOf(first.span.start) : undefined;
      this.error({
        message: `\n${renderDiagnostics(errors, compiled.sources, { colour: false })}\n`,
        id: file,
        ...(first && position ? { loc: { file: resolve(first.span.file), line: position.line, column: position.column - 1 } } : {}),
      });
      // Rollup, Vite and Rolldown stop at `this.error`. esbuild and webpack only collect the
      // error, and without a module they would load the .policy file itself: esbuild then
      // fails with "No loader is configured" and drops the collected message, webpack parses
      // the YAML as JavaScript. An empty module lets the collected diagnostic fail the build.
      return { code: "", map: null };
    }
    if (options?.declarations !== false && compiled.dts !== undefined) writeIfChanged(`${file}.d.ts`, compiled.dts);
    return { code: compiled.code, map: null };
  },
}));

export const beleidVite = beleidPlugin.vite;
export const beleidRollup = beleidPlugin.rollup;
export const beleidRolldown = beleidPlugin.rolldown;
export const beleidEsbuild = beleidPlugin.esbuild;
export const beleidWebpack = beleidPlugin.webpack;
export default beleidPlugin;
