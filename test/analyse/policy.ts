/**
 * A small policy to try conditions in: facts of every type, one care type (or two), and a
 * place for the rules under test. Used by the tests of the static analysis.
 */

import { compileText, type CompileResult } from "../../compiler/compile.js";

export const FACTS = `feiten:
  x:
    type: getal
    omschrijving: Een getal dat onbekend mag zijn.
    onbekend: Soms is het niet bekend.
  y:
    type: getal
    omschrijving: Een getal.
  p:
    type: percentage
    omschrijving: Een percentage.
  d:
    type: datum
    omschrijving: Een datum.
  t:
    type: tekst
    omschrijving: Een tekst.
  k:
    type: keuze
    omschrijving: Een keuze.
    waarden: [rood, groen, blauw]
  s:
    type: verzameling
    omschrijving: Een verzameling.
    waarden: [v1, v2, v3, v4, v5, v6, v7, v8]
  a:
    type: ja/nee
    omschrijving: Een ja/nee-feit.
  b:
    type: ja/nee
    omschrijving: Nog een ja/nee-feit.
`;

/**
 * A policy with `body` (groups, YAML) after the facts; two care types, `een` and `twee`;
 * `differentiation` (YAML lines under `overeenkomsten:`) makes `een` differentiated.
 */
export function policyWith(body: string, differentiation = ""): string {
  return `taalversie: 1
organisatie: Caresq
zorgverzekeraar: Eucare
domein: proef
titel: Proefbeleid
jaar: 2026
versie: "2026"
hoofdstukken:
  h: { nummer: "3", titel: Voorwaarden }
${FACTS}zorgsoorten:
  een:
    naam: Een
    overeenkomst: { soort: nieuw, hoofdstuk: h, tekst: Een overeenkomst. }
${differentiation ? `    differentiatie:\n      hoofdstuk: h\n      overeenkomsten:\n${differentiation}` : ""}  twee:
    naam: Twee
    overeenkomst: { soort: nieuw, hoofdstuk: h, tekst: Een overeenkomst. }
groepen:
${body}`;
}

/**
 * A policy with one care type, `een`, and one group `g` of `soort` in chapter `h` holding
 * `rules` (made with `rule`); `facts` are YAML lines under `feiten:`, `extra` YAML after the
 * groups (date rules). For tests that need facts of their own.
 */
export function oneCareTypePolicy(options: { title: string; facts: string; soort: string; rules: string; extra?: string }): string {
  return `taalversie: 1
organisatie: Caresq
zorgverzekeraar: Eucare
domein: proef
titel: ${options.title}
jaar: 2026
versie: "2026"
hoofdstukken:
  h: { nummer: "3", titel: Voorwaarden }
feiten:
${options.facts}zorgsoorten:
  een:
    naam: Een
    overeenkomst: { soort: nieuw, hoofdstuk: h, tekst: Een overeenkomst. }
groepen:
  g:
    titel: Voorwaarden
    hoofdstuk: h
    soort: ${options.soort}
    zorgsoorten: alle
    regels:
${options.rules}${options.extra ?? ""}`;
}

/** One group of `soort` with rules given as YAML lines (indented under `regels:`). */
export function group(id: string, soort: string, rules: string, careTypes = "alle"): string {
  return `  ${id}:
    titel: Groep ${id}
    hoofdstuk: h
    soort: ${soort}
    zorgsoorten: ${careTypes}
    regels:
${rules}`;
}

/** A rule with a condition; `bij_onbekend: onwaar` is harmless when it cannot be unknown. */
export function rule(id: string, condition: string, more = ""): string {
  return `      ${id}:
        tekst: Regel ${id}.
        voorwaarde: ${yamlText(condition)}
        bij_onbekend: onwaar
${more}`;
}

/** A YAML single-quoted scalar. */
export function yamlText(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

export function compile(text: string): CompileResult {
  return compileText("proef.policy", text);
}

/** The codes of the analysis warnings, with the text they point at. */
export function warnings(result: CompileResult, prefix = "BL4"): string[] {
  return result.diagnostics
    .filter((d) => d.code.startsWith(prefix) && d.code !== "BL405")
    .map((d) => `${d.code} ${result.sources.get(d.span.file)?.text.slice(d.span.start, d.span.end) ?? ""}`);
}
