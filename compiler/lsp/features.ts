/**
 * The language features on one analysed document, as plain functions from an offset to an
 * answer with spans (the server turns spans into LSP ranges): hover, go to definition and
 * completion.
 */

import { dirname, join } from "node:path";
import { KEYWORDS } from "../../grammar/tokens.js";
import { BUILTIN_NAMES } from "../check/expressions.js";
import { FUNCTIONS } from "../check/functions.js";
import { isExpressionPath } from "../format/expressionPaths.js";
import { readPolicyYaml } from "../load/simpleYaml.js";
import { pointer } from "../load/yamlTree.js";
import type { PolicyModel } from "../model.js";
import type { Span } from "../span.js";
import type { Analysis } from "./analysis.js";
import { BUILTIN_DOCS, chapterLabel, describeAlias, describeChapter, describeFact, describeFunction, describeName, describeRule, describeTable, signature } from "./describe.js";
import { locate, type Target } from "./locate.js";

export interface HoverAnswer {
  readonly markdown: string;
  readonly span: Span;
}

export function hoverAt(analysis: Analysis, offset: number): HoverAnswer | undefined {
  const target = locate(analysis, offset);
  if (!target) return undefined;
  const markdown = hoverText(analysis, target);
  return markdown ? { markdown, span: target.span } : undefined;
}

function hoverText(analysis: Analysis, target: Target): string | undefined {
  const model = analysis.model;
  switch (target.kind) {
    case "key": {
      const [section, id, sub, ruleId] = target.path;
      if (target.path.length === 2 && section === "feiten") {
        const fact = model?.facts.find((f) => f.id === id);
        return fact ? describeFact(fact) : undefined;
      }
      if (target.path.length === 4 && section === "groepen" && sub === "regels") {
        const rule = model?.rules.find((r) => r.id === ruleId);
        return model && rule ? describeRule(model, rule) : undefined;
      }
      if (target.path.length === 2 && section === "hoofdstukken") {
        const chapter = model?.chapters.find((c) => c.id === id);
        return chapter ? describeChapter(chapter) : undefined;
      }
      if (target.path.length === 2 && section === "tabellen") {
        const table = model?.tables.find((t) => t.id === id);
        return model && table ? describeTable(model, table) : undefined;
      }
      return undefined;
    }
    case "value": {
      if (target.path[target.path.length - 1] === "hoofdstuk") {
        const chapter = model?.chapters.find((c) => c.id === target.text);
        return chapter ? describeChapter(chapter) : undefined;
      }
      if (target.path[target.path.length - 1] === "niet_groter_dan") return describeName(model, target.text);
      if (isCareTypeEntry(target.path)) {
        const careType = model?.careTypes.find((c) => c.id === target.text);
        return careType ? `**${careType.id}** — zorgsoort ‘${careType.name}’` : undefined;
      }
      const part = model ? orderPart(model, target) : undefined;
      return part?.describe;
    }
    case "name":
      return describeName(model, target.name);
    case "function":
      return describeFunction(target.name);
    case "column": {
      const table = model?.tables.find((t) => t.id === target.table);
      const column = table?.columns.find((c) => c.id === target.name);
      return table && column ? `**${column.id}** — kolom van tabel ‘${table.title}’ (${column.type})\n\n${column.title}` : undefined;
    }
    case "alias":
      return describeAlias(target.name, analysis.text, target.anchor.start, target.value);
  }
}

/** Where the thing under the cursor is declared, as a span in the current text of its file. */
export function definitionAt(analysis: Analysis, offset: number): Span | undefined {
  const target = locate(analysis, offset);
  if (!target) return undefined;
  const keyIn = (...path: string[]) => analysis.locations.get(pointer(path))?.keySpan;
  if (target.kind === "alias") return target.anchor;
  if (target.kind === "name") {
    const fact = analysis.model?.facts.find((f) => f.id === target.name);
    const table = analysis.model?.tables.find((t) => t.id === target.name);
    return (
      keyIn("feiten", target.name) ??
      keyIn("tabellen", target.name) ??
      (fact ? inCurrentText(analysis, fact.span, ["feiten", fact.id]) : undefined) ??
      (table ? inCurrentText(analysis, table.span, ["tabellen", table.id]) : undefined)
    );
  }
  if (target.kind === "column" && target.table) {
    return keyIn("tabellen", target.table, "kolommen", target.name) ?? keyIn("tabellen", target.table);
  }
  if (target.kind === "value" && target.path[target.path.length - 1] === "hoofdstuk") {
    const chapter = analysis.model?.chapters.find((c) => c.id === target.text);
    return keyIn("hoofdstukken", target.text) ?? (chapter ? inCurrentText(analysis, chapter.span, ["hoofdstukken", chapter.id]) : undefined);
  }
  if (target.kind === "value" && target.path[target.path.length - 1] === "niet_groter_dan") {
    const fact = analysis.model?.facts.find((f) => f.id === target.text);
    return keyIn("feiten", target.text) ?? (fact ? inCurrentText(analysis, fact.span, ["feiten", fact.id]) : undefined);
  }
  if (target.kind === "value" && isCareTypeEntry(target.path)) {
    const careType = analysis.model?.careTypes.find((c) => c.id === target.text);
    return keyIn("zorgsoorten", target.text) ?? (careType ? inCurrentText(analysis, careType.span, ["zorgsoorten", careType.id]) : undefined);
  }
  // An included file (`omvat`) or the previous version (`vorige`): the start of that file.
  if (target.kind === "value" && (target.path[0] === "omvat" || (target.path[0] === "vorige" && target.path.length === 1))) {
    const file = join(dirname(analysis.path), target.path[0] === "omvat" ? target.text : `${target.text}.policy`);
    return analysis.textOf(file) === undefined ? undefined : { file, start: 0, end: 0 };
  }
  const part = analysis.model && target.kind === "value" ? orderPart(analysis.model, target) : undefined;
  if (part) return keyIn(...part.path) ?? inCurrentText(analysis, part.span, part.path);
  return undefined;
}

/** An entry of a list of care types (`zorgsoorten: [verloskunde]` in a group or rule). */
const isCareTypeEntry = (path: readonly string[]): boolean => path.length > 2 && path[path.length - 2] === "zorgsoorten" && /^\d+$/.test(path[path.length - 1] as string);

/**
 * The part a `volgorde` entry under the cursor names ("groep gli"): its place in the file (the
 * YAML path of its key, and the model's span for an included file) and a description.
 */
function orderPart(model: PolicyModel, target: Extract<Target, { kind: "value" }>): { path: string[]; span: Span; describe: string } | undefined {
  const [section, chapterId, sub] = target.path;
  if (section !== "hoofdstukken" || sub !== "volgorde" || target.path.length !== 4) return undefined;
  const [kind, id] = target.text.trim().split(/\s+/);
  if (id === undefined) return undefined;
  const chapter = model.chapters.find((c) => c.id === chapterId);
  const where = chapter ? `, hoofdstuk ${chapter.number}` : "";
  switch (kind) {
    case "tekst": {
      const text = model.texts.find((t) => t.id === id);
      return text && { path: ["teksten", id], span: text.span, describe: `**${id}** — tekst${where}${text.heading ? ` onder ‘${text.heading}’` : ""}\n\n> ${text.text.split("\n")[0]}` };
    }
    case "groep": {
      const group = model.groups.find((g) => g.id === id);
      return group && { path: ["groepen", id], span: group.span, describe: `**${id}** — groep ‘${group.title}’ (${group.kind.replace(/_/g, " ")})` };
    }
    case "tabel": {
      const table = model.tables.find((t) => t.id === id);
      return table && { path: ["tabellen", id], span: table.span, describe: describeTable(model, table) };
    }
    case "datumregel": {
      const rule = model.dateRules.find((d) => d.id === id);
      return rule && { path: ["datumregels", id], span: rule.span, describe: `**${id}** — datumregel\n\n${rule.description}` };
    }
    case "overeenkomst":
    case "differentiatie": {
      const careType = model.careTypes.find((c) => c.id === id);
      const what = kind === "overeenkomst" ? "de tekst over de zorgovereenkomst" : "de differentiatie";
      return careType && { path: ["zorgsoorten", id, kind], span: careType.span, describe: `**${id}** — ${what} van ${careType.name}` };
    }
    default:
      return undefined;
  }
}

/**
 * A span of the model in the current text of its file. The model can be older than the text
 * (the last good one while the author types, also in an included file that is open): then the
 * key at `path` is looked up in the text as it is now, and there is no answer when it is gone.
 */
function inCurrentText(analysis: Analysis, span: Span, path: readonly string[]): Span | undefined {
  const now = analysis.textOf(span.file);
  if (now === undefined) return undefined;
  const then = analysis.modelSources?.get(span.file)?.text;
  if (then === now) return span;
  const tree = readPolicyYaml(span.file, now);
  if (tree.data !== undefined) return tree.locations.get(pointer(path))?.keySpan;
  // The YAML of the current text does not parse: the span moves with the edit, if it is outside it.
  return then === undefined ? undefined : throughEdit(then, now, span);
}

/**
 * A span of `then` in `now`, where `now` is `then` with one stretch changed (what lies before
 * and after it is the same): unchanged before the stretch, shifted after it, and none inside.
 */
function throughEdit(then: string, now: string, span: Span): Span | undefined {
  const most = Math.min(then.length, now.length);
  let prefix = 0;
  while (prefix < most && then.charCodeAt(prefix) === now.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < most - prefix && then.charCodeAt(then.length - 1 - suffix) === now.charCodeAt(now.length - 1 - suffix)) suffix++;
  if (span.end <= prefix) return span;
  if (span.start >= then.length - suffix) return { ...span, start: span.start + now.length - then.length, end: span.end + now.length - then.length };
  return undefined;
}

export type CompletionKind = "feit" | "tabel" | "kolom" | "vast" | "functie" | "sleutelwoord" | "hoofdstuk" | "onderdeel";

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail: string;
  readonly documentation?: string;
  /** Text to insert, when it differs from the label. */
  readonly insertText?: string;
}

const EXPRESSION_LINE = /^\s*(?:-\s+)?(voorwaarde|van_toepassing_als|berekening):/;
const CHAPTER_LINE = /^\s*hoofdstuk:\s*[\p{L}\d_]*$/u;
const NOT_GREATER_LINE = /^\s*niet_groter_dan:\s*[\p{L}\d_]*$/u;
const COLUMN_ACCESS = /([\p{L}_][\p{L}\d_]*)\[[^\]]*\]\.[\p{L}\d_]*$/u;

export function completionsAt(analysis: Analysis, offset: number): CompletionEntry[] {
  const lineStart = analysis.text.lastIndexOf("\n", offset - 1) + 1;
  const before = analysis.text.slice(lineStart, offset);
  const target = locate(analysis, offset);
  const inExpression = target ? target.kind !== "key" && target.kind !== "alias" && isExpressionPath(target.path, analysis.data) : EXPRESSION_LINE.test(before);
  if (inExpression || (!target && EXPRESSION_LINE.test(before))) return expressionCompletions(analysis, before);
  const orderChapter = orderChapterAt(analysis.text, lineStart, before);
  if (orderChapter !== undefined) return orderCompletions(analysis, orderChapter, before);
  if ((target?.kind === "value" && target.path[target.path.length - 1] === "niet_groter_dan") || NOT_GREATER_LINE.test(before)) {
    // The whole a part is not greater than: a fact that is a number.
    return (analysis.model?.facts ?? []).filter((f) => f.type === "getal").map((f) => ({ label: f.id, kind: "feit", detail: `feit (${f.type})`, documentation: describeFact(f) }));
  }
  if ((target?.kind === "value" && target.path[target.path.length - 1] === "hoofdstuk") || CHAPTER_LINE.test(before)) {
    return (analysis.model?.chapters ?? []).map((c) => ({ label: c.id, kind: "hoofdstuk", detail: `hoofdstuk ${c.number}`, documentation: c.title }));
  }
  return [];
}

/** An entry of a chapter's `volgorde` being typed: "- ", "- gr", "- groep ", "- groep va". */
const ORDER_ENTRY = /^\s*-\s+([\p{L}]*)(?:\s+([\p{L}\d_]*))?$/u;
const ORDER_KINDS = ["tekst", "groep", "tabel", "datumregel", "overeenkomst", "differentiatie", "overeenkomsten", "planning"] as const;

/**
 * The chapter whose `volgorde` the line at `lineStart` is an entry of, read from the lines
 * above (so it works while the YAML is broken): list items up to `volgorde:`, then the
 * chapter's key two spaces in.
 */
function orderChapterAt(text: string, lineStart: number, before: string): string | undefined {
  if (!ORDER_ENTRY.test(before)) return undefined;
  let end = lineStart - 1;
  let sawOrder = false;
  while (end > 0) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (!sawOrder) {
      if (/^\s*-\s/.test(line) || line.trim() === "") continue;
      if (!/^\s+volgorde:\s*$/.test(line)) return undefined;
      sawOrder = true;
      continue;
    }
    const chapter = /^ {2}([\p{L}\d_]+):\s*$/u.exec(line);
    if (chapter) return chapter[1];
    if (!/^ {4}/.test(line) && line.trim() !== "") return undefined;
  }
  return undefined;
}

/** The kinds of part, or after a kind the keys of that kind in the chapter. */
function orderCompletions(analysis: Analysis, chapter: string, before: string): CompletionEntry[] {
  const [, kind, key] = ORDER_ENTRY.exec(before) ?? [];
  if (key === undefined) {
    return ORDER_KINDS.map((k) => ({ label: k, kind: "onderdeel", detail: "onderdeel van het hoofdstuk", ...(k === "overeenkomsten" || k === "planning" ? {} : { insertText: `${k} ` }) }));
  }
  const model = analysis.model;
  if (!model) return [];
  const here = <T extends { chapter: string }>(items: readonly T[]) => items.filter((i) => i.chapter === chapter);
  const entry = (id: string, detail: string, documentation?: string): CompletionEntry => ({ label: id, kind: "onderdeel", detail, ...(documentation ? { documentation } : {}) });
  switch (kind) {
    case "tekst":
      return here(model.texts).map((t) => entry(t.id, "tekst", t.heading ?? t.subject));
    case "groep":
      return model.groups.filter((g) => g.chapter === chapter || model.rules.some((r) => r.group === g.id && r.chapter === chapter)).map((g) => entry(g.id, "groep", g.title));
    case "tabel":
      return here(model.tables).map((t) => entry(t.id, "tabel", t.title));
    case "datumregel":
      return here(model.dateRules).map((d) => entry(d.id, "datumregel", d.description));
    case "overeenkomst":
      return model.careTypes.filter((c) => c.agreement.chapter === chapter).map((c) => entry(c.id, "zorgovereenkomst", c.name));
    case "differentiatie":
      return model.careTypes.filter((c) => c.differentiation?.chapter === chapter).map((c) => entry(c.id, "differentiatie", c.name));
    default:
      return [];
  }
}

function expressionCompletions(analysis: Analysis, before: string): CompletionEntry[] {
  const model = analysis.model;
  const column = COLUMN_ACCESS.exec(before);
  if (column) {
    const table = model?.tables.find((t) => t.id === column[1]);
    if (table) return table.columns.map((c) => ({ label: c.id, kind: "kolom", detail: `kolom (${c.type})`, documentation: c.title }));
  }
  const entries: CompletionEntry[] = [];
  for (const fact of model?.facts ?? []) entries.push({ label: fact.id, kind: "feit", detail: `feit (${fact.type})`, documentation: describeFact(fact) });
  for (const table of model?.tables ?? []) entries.push({ label: table.id, kind: "tabel", detail: `tabel, ${chapterLabel(model, table.chapter)}`, documentation: describeTable(model as NonNullable<typeof model>, table) });
  for (const name of BUILTIN_NAMES) entries.push({ label: name, kind: "vast", detail: "vaste waarde", documentation: BUILTIN_DOCS[name] });
  for (const fn of FUNCTIONS) entries.push({ label: fn.name, kind: "functie", detail: signature(fn), documentation: describeFunction(fn.name) as string, insertText: `${fn.name}(` });
  for (const keyword of KEYWORDS) entries.push({ label: keyword, kind: "sleutelwoord", detail: "sleutelwoord" });
  return entries;
}
