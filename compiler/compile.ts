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

/** A scalar as written at `path` in the file, without its quotes; undefined when not written. */
function writtenScalar(file: LoadedFile, path: readonly string[]): string | undefined {
  const span = file.locations.get(pointer(path))?.span;
  return span === undefined ? undefined : file.text.slice(span.start, span.end).trim().replace(/^(["'])(.*)\1$/s, "$2");
}

/**
 * Whether BL317 `diagnostic`, on an entry `groep g` of a chapter's `volgorde`, is about a group
 * that stays but whose rules written in that chapter (by their own `hoofdstuk`, else the
 * group's) were all removed for an error already told: cut out by the load stage (a rule
 * without `tekst`), or with an error within the rule, for which the check leaves it out (an
 * unknown fact in its condition). Then the group is placed nowhere in that chapter only because
 * of those errors. A group with no rule written in that chapter is still told.
 */
function namesGroupOfRemovedRules(file: LoadedFile, diagnostic: Diagnostic, entry: string, errors: readonly Diagnostic[]): boolean {
  const match = /^["']?groep\s+([^"']+?)["']?$/.exec(entry.trim());
  const groups = file.data.groepen as Record<string, { hoofdstuk?: unknown; regels?: Record<string, unknown> } | undefined> | undefined;
  const group = match ? groups?.[match[1] as string] : undefined;
  const chapters = file.data.hoofdstukken;
  if (!match || group === undefined || typeof chapters !== "object" || chapters === null) return false;
  const id = match[1] as string;
  const chapter = Object.keys(chapters).find((c) => {
    const order = file.locations.get(pointer(["hoofdstukken", c, "volgorde"]))?.span;
    return order !== undefined && order.start <= diagnostic.span.start && diagnostic.span.end <= order.end;
  });
  if (chapter === undefined) return false;
  const rulesAt = pointer(["groepen", id, "regels"]) + "/";
  const written = [...file.locations.keys()].filter((key) => key.startsWith(rulesAt) && !key.slice(rulesAt.length).includes("/"));
  const here = written.filter((key) => {
    const rule = key.slice(rulesAt.length).replace(/~1/g, "/").replace(/~0/g, "~");
    return (writtenScalar(file, ["groepen", id, "regels", rule, "hoofdstuk"]) ?? group.hoofdstuk) === chapter;
  });
  return (
    here.length > 0 &&
    here.every((key) => {
      const rule = key.slice(rulesAt.length).replace(/~1/g, "/").replace(/~0/g, "~");
      if (!(typeof group.regels === "object" && group.regels !== null && Object.hasOwn(group.regels, rule))) return true;
      const location = file.locations.get(key);
      if (location === undefined) return false;
      const start = location.keySpan?.start ?? location.span.start;
      return errors.some((e) => e.span.file === file.path && start <= e.span.start && e.span.end <= location.span.end);
    })
  );
}

function finish(loaded: LoadResult, sources: SourceFiles): CompileResult {
  if (!loaded.file) {
    return { model: undefined, diagnostics: uniqueDiagnostics(sortDiagnostics(loaded.diagnostics)), sources };
  }
  const file = loaded.file;
  const checked = checkPolicy(file);
  // A reference to something that was cut out because of an earlier error is a follow-up,
  // not a new problem.
  const errors = [...loaded.diagnostics, ...checked.diagnostics].filter((d) => d.severity === "fout" && d.code !== "BL317");
  const followUps = checked.diagnostics.filter((d) => {
    const text = sources.get(d.span.file)?.text.slice(d.span.start, d.span.end) ?? "";
    if (d.code === "BL317") return d.span.file === file.path && ((file.pruned.size > 0 && namesCutOutPart(file, text)) || namesGroupOfRemovedRules(file, d, text, errors));
    return file.pruned.size > 0 && FOLLOW_UP_CODES.has(d.code) && file.pruned.has(text);
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
