/**
 * The pipeline for one file, callable as a library (the CLI, the tests, the language server
 * and the bundler plugin all use it): load -> check -> model. Emission is separate
 * (`emit/`), so tools that only need the model do not pay for it.
 */

import { hasErrors, sortDiagnostics, uniqueDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.js";
import { analysePolicy } from "./analyse/index.js";
import { checkPolicy } from "./check/policy.js";
import { loadPolicyFile, loadPolicyText, type LoadedFile, type LoadOptions, type LoadResult } from "./load/loadPolicy.js";
import { pointer } from "./load/yamlTree.js";
import type { PolicyModel } from "./model.js";
import { SourceFiles } from "./span.js";

export interface CompileResult {
  readonly model: PolicyModel | undefined;
  /** All diagnostics of the file (and its included files), sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: SourceFiles;
}

/** Codes whose span is exactly a name that may refer to an entity cut out by the load stage. */
const FOLLOW_UP_CODES = new Set(["BL201", "BL301", "BL302", "BL209", "BL210"]);

/** Where the parts a chapter's `volgorde` names are written (`tabel vektis`: /tabellen/vektis). */
const ORDER_SECTIONS: Readonly<Record<string, string>> = { tekst: "teksten", groep: "groepen", tabel: "tabellen", datumregel: "datumregels", overeenkomst: "zorgsoorten", differentiatie: "zorgsoorten" };

/**
 * Whether an entry of `volgorde` (`tabel vektis`, as written) names a part the file writes but
 * the load stage cut out for an error it told (a table without `titel`): then BL317 ‘Hoofdstuk …
 * heeft geen tabel …’ is a follow-up. By where the part is written, not only by its name, so a
 * table that was never written is still told, though something else of that name was cut out.
 */
function namesCutOutPart(file: LoadedFile, entry: string): boolean {
  const match = /^["']?(\S+)\s+([^"']+?)["']?$/.exec(entry.trim());
  const section = match ? ORDER_SECTIONS[match[1] as string] : undefined;
  if (!match || section === undefined) return false;
  const id = match[2] as string;
  const written = file.data[section];
  return file.locations.has(pointer([section, id])) && !(typeof written === "object" && written !== null && Object.hasOwn(written, id));
}

function finish(loaded: LoadResult, sources: SourceFiles): CompileResult {
  if (!loaded.file) {
    return { model: undefined, diagnostics: uniqueDiagnostics(sortDiagnostics(loaded.diagnostics)), sources };
  }
  const file = loaded.file;
  const checked = checkPolicy(file);
  // A reference to something that was cut out because of an earlier error is a follow-up,
  // not a new problem.
  const followUps = checked.diagnostics.filter((d) => {
    if (file.pruned.size === 0) return false;
    const text = sources.get(d.span.file)?.text.slice(d.span.start, d.span.end) ?? "";
    if (d.code === "BL317") return d.span.file === file.path && namesCutOutPart(file, text);
    return FOLLOW_UP_CODES.has(d.code) && file.pruned.has(text);
  });
  const diagnostics = [...loaded.diagnostics, ...checked.diagnostics.filter((d) => !followUps.includes(d))];
  if (checked.model && !hasErrors(diagnostics)) diagnostics.push(...analysePolicy(checked.model));
  return {
    model: hasErrors(diagnostics) ? undefined : checked.model,
    // An anchored value's problem is found once per alias to it: reported once.
    diagnostics: uniqueDiagnostics(sortDiagnostics(diagnostics)),
    sources,
  };
}

export function compileFile(path: string, options: LoadOptions = {}, sources = new SourceFiles()): CompileResult {
  return finish(loadPolicyFile(path, sources, options), sources);
}

export function compileText(path: string, text: string, options: LoadOptions = {}, sources = new SourceFiles()): CompileResult {
  return finish(loadPolicyText(path, text, sources, options), sources);
}
