/**
 * The Dutch texts the language server shows (hover and completion documentation) for the
 * things a policy names: facts, rules, chapters, tables and their columns, the built-in names
 * and the functions. Everything comes from the checked model and the function library.
 */

import { RULE_KIND_NAME } from "../queries.js";
import { BUILTIN_NAMES } from "../check/expressions.js";
import { FUNCTIONS_BY_NAME, type FunctionSignature } from "../check/functions.js";
import type { Chapter, Fact, PolicyModel, Rule, Table } from "../model.js";

export const BUILTIN_DOCS: Readonly<Record<(typeof BUILTIN_NAMES)[number], string>> = {
  zorgsoort: "De sleutel van de zorgsoort die wordt beoordeeld (een tekst).",
  contractjaar: "Het `jaar` van het beleid (een getal).",
  voorwaarden_voldaan:
    "ja als de zorgaanbieder aan alle randvoorwaarden en aanvullende voorwaarden van de zorgsoort voldoet (uitsluitingen tellen niet mee). Alleen in een benaderingsvoorwaarde of benaderingsuitsluiting.",
  in_aanmerking:
    "ja als de zorgaanbieder in aanmerking komt voor een zorgovereenkomst: aan de voorwaarden voldaan, niet uitgesloten en (bij differentiatie) genoeg factoren. Alleen in een benaderingsvoorwaarde of benaderingsuitsluiting.",
};

export function chapterLabel(model: PolicyModel | undefined, id: string): string {
  const chapter = model?.chapters.find((c) => c.id === id);
  return chapter ? `hoofdstuk ${chapter.number} ${chapter.title}` : `hoofdstuk ‘${id}’`;
}

export function describeFact(fact: Fact): string {
  const lines = [`**${fact.id}** — feit (${fact.type}${fact.unit ? `, in ${fact.unit}` : ""})`, "", fact.description];
  if (fact.values) lines.push("", `Waarden: ${fact.values.map((v) => `‘${v}’`).join(", ")}.`);
  const range = [
    fact.integer ? "geheel" : "",
    fact.minimum !== undefined ? `ten minste ${fact.minimum}` : "",
    fact.maximum !== undefined ? `ten hoogste ${fact.maximum}` : "",
    fact.notGreaterThan !== undefined ? `niet groter dan ‘${fact.notGreaterThan}’` : "",
  ].filter((part) => part !== "");
  if (range.length > 0) lines.push("", `Bereik: ${range.join(", ")}; een andere waarde weigert de evaluator.`);
  if (fact.referenceYearOffset !== undefined && fact.referenceYearOffset !== 0) {
    const years = -fact.referenceYearOffset;
    lines.push("", `Peiljaar: ${years} jaar vóór het contractjaar.`);
  }
  if (fact.declarationOf) lines.push("", `De zorgaanbieder verklaart dit zelf (regel ‘${fact.declarationOf}’).`);
  lines.push("", fact.unknownReason ? `*Kan onbekend zijn:* ${fact.unknownReason}` : "*Altijd bekend.*");
  return lines.join("\n");
}

export function describeRule(model: PolicyModel, rule: Rule): string {
  const what = rule.carePart !== undefined ? `${RULE_KIND_NAME[rule.kind]} van ${rule.carePart}` : RULE_KIND_NAME[rule.kind];
  return [`**${rule.name}** — ${what}, ${chapterLabel(model, rule.chapter)}`, "", ...rule.text.split("\n").map((line) => `> ${line}`)].join("\n");
}

export function describeChapter(chapter: Chapter): string {
  return `**Hoofdstuk ${chapter.number}** — ${chapter.title}${chapter.from ? `\n\nUit ${chapter.from}.` : ""}`;
}

export function describeTable(model: PolicyModel, table: Table): string {
  const columns = table.columns.map((c) => `- \`${c.id}\` (${c.type}): ${c.title}`);
  return [`**${table.id}** — tabel ‘${table.title}’, ${chapterLabel(model, table.chapter)}`, "", `Sleutel: ${table.key.title}${table.key.careTypes ? " (de zorgsoorten)" : ""}.`, "", ...columns].join("\n");
}

export function signature(fn: FunctionSignature): string {
  return `${fn.name}(${fn.params.join(", ")})`;
}

export function describeFunction(name: string): string | undefined {
  const fn = FUNCTIONS_BY_NAME.get(name);
  if (!fn) return undefined;
  return [`**${signature(fn)}** — functie`, "", fn.description, "", "Voorbeeld:", "", "```", fn.example, "```"].join("\n");
}

export function describeName(model: PolicyModel | undefined, name: string): string | undefined {
  if (name in BUILTIN_DOCS) return `**${name}** — vaste waarde\n\n${BUILTIN_DOCS[name as keyof typeof BUILTIN_DOCS]}`;
  const fact = model?.facts.find((f) => f.id === name);
  if (fact) return describeFact(fact);
  const table = model?.tables.find((t) => t.id === name);
  if (model && table) return describeTable(model, table);
  return undefined;
}

/** An alias (`*naam`): the line of its anchor (`&naam`) in `text`, and the value when it is a text (an expression, say). */
export function describeAlias(name: string, text: string, anchorOffset: number, value: unknown): string {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < anchorOffset; i = text.indexOf("\n", i + 1)) line++;
  const head = `**\\*${name}** — dezelfde waarde als bij het anker ‘&${name}’ (regel ${line})`;
  return typeof value === "string" ? [head, "", "```", value, "```"].join("\n") : head;
}
