/**
 * Policy tests: the model of a `.test.yaml` file (cases with facts and expectations), read
 * with the same YAML loader and schema validation as a policy, and checked against the
 * policy's model so a misspelt fact, rule or agreement is a diagnostic with a position, not a
 * silently passing test.
 */

import { basename, dirname, join } from "node:path";
import { diagnostic, hasErrors, uniqueDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import { RULE_KIND_IN_MESSAGES } from "../diagnostics/messages.js";
import { coerceFactValue, missingFact } from "../facts/coerce.js";
import { displayPath, readPolicySource } from "../load/loadPolicy.js";
import { describePlace, validateTestData } from "../load/validate.js";
import { pointer, readYamlTree, type Location } from "../load/yamlTree.js";
import type { CareType, PolicyModel, RuleKind } from "../model.js";
import { dateRulesFor, factsFor, rulesFor } from "../queries.js";
import type { SourceFiles, Span } from "../span.js";
import { closestName } from "../suggest.js";
import type { Uitkomst } from "../../runtime/decision.js";
import { opsomming } from "../../runtime/sentences.js";
import { impossibleDateHint, isValidIsoDate } from "../../grammar/toAst.js";
import { impossibleFactorCount, numberNotation, testFileNumbers } from "./numbers.js";
import { valueHint, type ValueHint } from "./valueHints.js";

export interface Expectation {
  readonly inAanmerking?: boolean;
  readonly benaderd?: boolean;
  /** Tier (or agreement) id, or null for "geen". */
  readonly overeenkomst?: string | null;
  readonly factoren?: number;
  readonly regels?: Readonly<Record<string, Uitkomst>>;
  readonly datums?: Readonly<Record<string, string | null>>;
  readonly ontbreekt?: Readonly<Record<string, readonly string[]>>;
  readonly toelichtingBevat?: readonly string[];
  readonly feitenfout?: readonly string[];
}

export interface TestCase {
  readonly name: string;
  readonly careType: string;
  readonly facts: Readonly<Record<string, unknown>>;
  readonly expected: Expectation;
  readonly span: Span;
}

export interface TestSuite {
  readonly file: string;
  /** The policy file the cases are about. */
  readonly policyFile: string;
  readonly cases: readonly TestCase[];
  /** How many cases do not run because of an error in them (reported as a diagnostic). */
  readonly skipped: number;
}

interface RawFacts {
  uitgangspunt?: string;
  feiten?: Record<string, unknown>;
}

interface RawCase extends RawFacts {
  naam: string;
  /** May be left out when the policy has one care type. */
  zorgsoort?: string;
  verwacht: {
    in_aanmerking?: "ja" | "nee";
    benaderd?: "ja" | "nee";
    overeenkomst?: string;
    factoren?: number;
    regels?: Record<string, Uitkomst>;
    datums?: Record<string, string>;
    ontbreekt?: Record<string, string[]>;
    toelichting_bevat?: string[];
    feitenfout?: string[];
  };
}

const OUTCOMES: Record<RuleKind, readonly Uitkomst[]> = {
  randvoorwaarde: ["voldaan", "niet_voldaan", "niet_van_toepassing"],
  aanvullende_voorwaarde: ["voldaan", "niet_voldaan", "niet_van_toepassing"],
  differentiatiefactor: ["voldaan", "niet_voldaan", "niet_van_toepassing"],
  benaderingsvoorwaarde: ["voldaan", "niet_voldaan", "niet_van_toepassing"],
  uitsluiting: ["uitgesloten", "niet_uitgesloten", "uitzondering", "niet_van_toepassing"],
  benaderingsuitsluiting: ["uitgesloten", "niet_uitgesloten", "uitzondering", "niet_van_toepassing"],
  selectieve_inkoop: ["voldaan", "niet_voldaan", "niet_van_toepassing"],
};

/** The policy a test file belongs to: `beleid:` in the file, or the .policy with the same name. */
export function policyFileOf(testFile: string, declared?: string): string {
  if (declared) return displayPath(join(dirname(testFile), declared));
  return displayPath(join(dirname(testFile), basename(testFile).replace(/\.test\.ya?ml$/, ".policy")));
}

export interface ReadTestFile {
  readonly path: string;
  readonly data: Record<string, unknown> | undefined;
  readonly locations: ReadonlyMap<string, Location>;
  readonly diagnostics: readonly Diagnostic[];
  readonly policyFile: string;
  /** Cases with an error in their own structure (see `validateTestData`): they do not run, the others do. */
  readonly brokenCases: ReadonlySet<number>;
  /** How many cases the file has, when it can be read that far (also when `data` is refused). */
  readonly caseCount?: number;
}

/**
 * The structure of a test file read as YAML (`tree`, from `text`): the test schema, then its
 * numbers as the policy loader reads a policy's. `data` is undefined when no case can run;
 * `brokenCases` are the cases with an error in their own structure. The language server reads
 * an open test file's text with this too.
 */
export function validateTestTree(path: string, text: string, tree: ReturnType<typeof readYamlTree>): { diagnostics: Diagnostic[]; data: Record<string, unknown> | undefined; brokenCases: ReadonlySet<number> } {
  const diagnostics: Diagnostic[] = [...tree.diagnostics];
  let data: Record<string, unknown> | undefined;
  let brokenCases: ReadonlySet<number> = new Set();
  if (!hasErrors(diagnostics)) {
    if (tree.data === null || tree.data === undefined || (typeof tree.data === "string" && tree.data.trim() === "")) {
      diagnostics.push(diagnostic("BL011", { file: path, start: 0, end: 0 }, { wat: "Het testbestand" }));
    } else if (typeof tree.data !== "object" || Array.isArray(tree.data)) {
      // Text or a list where the test file's keys belong.
      const found = Array.isArray(tree.data) ? "een lijst" : `‘${String(tree.data).slice(0, 40)}’`;
      diagnostics.push(diagnostic("BL005", { file: path, start: 0, end: Math.min(text.length, 1) }, { verwacht: "een lijst van sleutels met waarden (taalversie, gevallen, …)", gevonden: found }));
    } else {
      const validation = validateTestData(tree.data, path, tree.locations);
      // Numbers as the policy loader reads them (loadPolicy.ts): `factoren: 0x2` is BL015,
      // not 2. A number the schema refused already (`.inf`) is told once.
      const numbers = testFileNumbers(text, tree.data, tree.locations);
      const numberAt = new Set(numbers.diagnostics.map((d) => d.span.start));
      diagnostics.push(...validation.diagnostics.filter((d) => !numberAt.has(d.span.start)), ...numbers.diagnostics);
      if (validation.brokenCases && !numbers.fileBroken) {
        data = tree.data as Record<string, unknown>;
        brokenCases = new Set([...validation.brokenCases, ...numbers.brokenCases]);
      }
    }
  }
  return { diagnostics, data, brokenCases };
}

/** Reads and validates a test file (without the policy). */
export function readTestFile(path: string, sources: SourceFiles): ReadTestFile {
  const shown = displayPath(path);
  // Read as a policy is read: too large, unreadable or not UTF-8 is a diagnostic (BL010, BL008, BL013).
  const source = readPolicySource(shown, sources);
  if (source.text === undefined) {
    return { path: shown, data: undefined, locations: new Map(), diagnostics: source.diagnostics, policyFile: policyFileOf(shown), brokenCases: new Set() };
  }
  const text = source.text;
  sources.add(shown, text);
  const tree = readYamlTree(shown, text);
  const { diagnostics, data, brokenCases } = validateTestTree(shown, text, tree);
  const cases = tree.data !== null && typeof tree.data === "object" ? (tree.data as Record<string, unknown>).gevallen : undefined;
  const declared = data?.beleid ?? (tree.data !== null && typeof tree.data === "object" ? (tree.data as Record<string, unknown>).beleid : undefined);
  return {
    path: shown,
    data,
    locations: tree.locations,
    diagnostics,
    policyFile: policyFileOf(shown, typeof declared === "string" ? declared : undefined),
    brokenCases,
    ...(Array.isArray(cases) ? { caseCount: cases.length } : {}),
  };
}

/** Checks a read test file against the policy model and builds the suite. */
export function buildSuite(file: ReadTestFile, model: PolicyModel): { suite: TestSuite | undefined; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const data = file.data;
  if (!data) return { suite: undefined, diagnostics };
  const fallback: Span = { file: file.path, start: 0, end: 0 };
  const at = (path: (string | number)[]): Span => file.locations.get(pointer(path))?.span ?? fallback;
  const keyAt = (path: (string | number)[]): Span => file.locations.get(pointer(path))?.keySpan ?? at(path);
  const facts = new Map(model.facts.map((f) => [f.id, f]));
  const sets = (data.feitensets ?? {}) as Record<string, RawFacts>;

  // Facts whose absence another diagnostic already explains: a value that was refused, or the
  // fact an unknown name probably means (‘Bedoelt u …?’). Reset per case by `checkCase`.
  let explained = new Set<string>();
  // A fact set that does not exist (or a cycle): then every fact is missing, which BL506 says.
  let missingBase = false;

  // A fact the case expects to be refused is passed on as written, so the evaluator can refuse it.
  const resolveFacts = (raw: RawFacts, path: (string | number)[], seen: string[], refused: ReadonlySet<string> = new Set()): Record<string, unknown> => {
    let result: Record<string, unknown> = {};
    if (raw.uitgangspunt !== undefined) {
      const base = sets[raw.uitgangspunt];
      if (!base || seen.includes(raw.uitgangspunt)) {
        const suggestion = closestName(raw.uitgangspunt, Object.keys(sets));
        const cycle = seen.includes(raw.uitgangspunt) ? [...seen.slice(seen.indexOf(raw.uitgangspunt)), raw.uitgangspunt] : undefined;
        const melding = cycle
          ? `De feitenset ‘${raw.uitgangspunt}’ komt via ‘uitgangspunt’ weer bij zichzelf uit (${cycle.join(" → ")}); zo is geen van deze feitensets compleet.`
          : `Er is geen feitenset ‘${raw.uitgangspunt}’.`;
        missingBase = true;
        diagnostics.push(diagnostic("BL506", at([...path, "uitgangspunt"]), { melding }, cycle ? "Laat één feitenset in de kring zonder ‘uitgangspunt’ beginnen." : suggestion ? `Bedoelt u ‘${suggestion}’?` : null));
      } else {
        result = resolveFacts(base, ["feitensets", raw.uitgangspunt], [...seen, raw.uitgangspunt], refused);
      }
    }
    for (const [name, value] of Object.entries(raw.feiten ?? {})) {
      const factPath = [...path, "feiten", name];
      const fact = facts.get(name);
      if (!fact) {
        const suggestion = closestName(name, facts.keys());
        // `{ fte: 2,9 }`: between { } a comma separates facts, so ‘9’ became a fact of its own.
        const decimalComma = /^\d+$/.test(name) ? "Staat hier een getal met een komma, zoals 2,9? Schrijf 2.9: tussen { } scheidt een komma de feiten." : null;
        diagnostics.push(diagnostic("BL501", keyAt(factPath), { naam: name }, decimalComma ?? (suggestion ? `Bedoelt u ‘${suggestion}’?` : null)));
        if (suggestion !== undefined) explained.add(suggestion);
        continue;
      }
      const coerced = coerceFactValue(fact, value, "test");
      // A number written as a policy does not write it (`1e3`, `0x2`, `+5`): as a number field in the policy.
      const notation = numberNotation(fact, value);
      const problem = "problem" in coerced ? coerced.problem : notation?.problem;
      if (problem !== undefined && refused.has(name)) {
        result[name] = typeof value === "string" && value.trim().toLowerCase() === "onbekend" ? null : value;
        continue;
      }
      if (problem !== undefined) {
        // The hints the policy check gives for the same mistake in a condition (valueHints.ts).
        const own: ValueHint | undefined = "problem" in coerced && coerced.hint !== undefined ? { text: coerced.hint } : undefined;
        const hint = own ?? (notation?.hint !== undefined ? { text: notation.hint, replacement: notation.replacement } : valueHint(fact, value));
        diagnostics.push(diagnostic("BL502", at(factPath), { probleem: problem }, hint?.text ?? null, hint?.replacement));
        explained.add(name);
        continue;
      }
      if (!("value" in coerced)) continue;
      result[name] = coerced.value;
    }
    return result;
  };

  /** The fact set a chain of `uitgangspunt` starts from (the one without its own); undefined without one. */
  const rootFactSet = (name: string | undefined): string | undefined => {
    const seen = new Set<string>();
    let current = name;
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      const next = sets[current]?.uitgangspunt;
      if (next === undefined || sets[next] === undefined) return current;
      current = next;
    }
    return current;
  };

  /** The case checked against the model; undefined for an unknown care type (its other problems are diagnostics too). */
  const checkCase = (raw: RawCase, index: number): TestCase | undefined => {
    const path = ["gevallen", index];
    const careTypeIds = model.careTypes.map((c) => c.id);
    // As `beleid eval` without --zorgsoort: a policy with one care type needs no name for it.
    if (raw.zorgsoort === undefined) {
      if (model.careTypes.length === 1) return checkCaseOf(raw, index, model.careTypes[0] as CareType);
      const which = careTypeIds.length === 0 ? null : `Dit beleid heeft ${careTypeIds.length} zorgsoorten: ${opsomming(careTypeIds.map((id) => `‘${id}’`))}; noem bij elk geval de zorgsoort die het beoordeelt, bijvoorbeeld ‘zorgsoort: ${careTypeIds[0] as string}’.`;
      diagnostics.push(diagnostic("BL004", keyAt([...path, "naam"]), { veld: "zorgsoort", plaats: describePlace(pointer(path)) }, which));
      return undefined;
    }
    const careType = model.careTypes.find((c) => c.id === raw.zorgsoort);
    if (!careType) {
      const suggestion = closestName(raw.zorgsoort, careTypeIds);
      const list = careTypeIds.length > 0 ? `Zorgsoorten van dit beleid: ${opsomming(careTypeIds.map((id) => `‘${id}’`))}.` : null;
      diagnostics.push(diagnostic("BL503", at([...path, "zorgsoort"]), { id: raw.zorgsoort }, suggestion ? `Bedoelt u ‘${suggestion}’?` : list));
      return undefined;
    }
    return checkCaseOf(raw, index, careType);
  };

  /** The case checked against the model for its care type. */
  const checkCaseOf = (raw: RawCase, index: number, careType: CareType): TestCase | undefined => {
    const path = ["gevallen", index];
    explained = new Set();
    missingBase = false;
    // A misspelt name under feitenfout (BL501 below) stands for the fact it probably means: that
    // fact's refused value is the same mistake, not a second one.
    const refused = (raw.verwacht.feitenfout ?? []).map((id) => (facts.has(id) ? id : (closestName(id, facts.keys()) ?? id)));
    const caseFacts = resolveFacts(raw, path, [], new Set(refused));
    // A fact the care type needs and the case does not give (nor its fact sets) is the file's
    // mistake, not a failing decision: said here, at the case, in the file's words. Also next to
    // other problems with the facts, so one run shows them all; but not for a fact another
    // problem already explains (a refused value, a misspelt name), nor after a missing fact set.
    // A case built on fact sets: said once, at the set they all start from (a fact new in the
    // policy is missing from every case), not once per case.
    const root = rootFactSet(raw.uitgangspunt);
    for (const fact of missingBase ? [] : factsFor(model, careType.id)) {
      if (!(fact.id in caseFacts) && !explained.has(fact.id) && !(raw.verwacht.feitenfout ?? []).includes(fact.id)) {
        if (root !== undefined) {
          diagnostics.push(diagnostic("BL502", keyAt(["feitensets", root]), { probleem: missingFact(fact, "test") }, `Geef het feit in de feitenset ‘${root}’, waarop de gevallen voortbouwen, of in ‘feiten’ van elk geval dat het nodig heeft.`));
        } else {
          diagnostics.push(diagnostic("BL502", keyAt([...path, "naam"]), { probleem: missingFact(fact, "test") }, "Geef het feit in ‘feiten’ van het geval of van zijn ‘uitgangspunt’."));
        }
      }
    }
    const v = raw.verwacht;
    const rules = new Map(rulesFor(model, careType.id).map((r) => [r.id, r]));
    const regels: Record<string, Uitkomst> = {};
    for (const [ruleId, outcome] of Object.entries(v.regels ?? {})) {
      const rule = rules.get(ruleId);
      const rulePath = [...path, "verwacht", "regels", ruleId];
      if (!rule) {
        const suggestion = closestName(ruleId, rules.keys());
        diagnostics.push(diagnostic("BL504", keyAt(rulePath), { id: ruleId, zorgsoort: careType.id }, suggestion ? `Bedoelt u ‘${suggestion}’?` : null));
        continue;
      }
      const allowed = OUTCOMES[rule.kind];
      if (!allowed.includes(outcome)) {
        diagnostics.push(diagnostic("BL507", at(rulePath), { uitkomst: outcome, soort: RULE_KIND_IN_MESSAGES[rule.kind], mogelijk: allowed.join(", ") }));
        continue;
      }
      regels[ruleId] = outcome;
    }
    const tierIds = careType.differentiation ? careType.differentiation.tiers.map((t) => t.id) : [careType.id];
    const checkTier = (id: string, where: Span) => {
      if (tierIds.includes(id)) return true;
      // A one-letter id (D where there are A–C) is not a typo of the nearest letter: list them.
      const suggestion = id.length > 2 ? closestName(id, tierIds) : undefined;
      diagnostics.push(diagnostic("BL505", where, { id, zorgsoort: careType.id }, suggestion ? `Bedoelt u ‘${suggestion}’?` : `Zorgovereenkomsten: ${tierIds.join(", ")}.`));
      return false;
    };
    let overeenkomst: string | null | undefined;
    if (v.overeenkomst !== undefined) {
      overeenkomst = v.overeenkomst === "geen" ? null : v.overeenkomst;
      if (overeenkomst !== null) checkTier(overeenkomst, at([...path, "verwacht", "overeenkomst"]));
    }
    if (v.factoren !== undefined) {
      // `factoren: 7` for a care type with 3 factors would just fail: say why it never holds.
      const impossible = impossibleFactorCount(v.factoren, careType, [...rules.values()]);
      if (impossible) diagnostics.push(diagnostic("BL510", at([...path, "verwacht", "factoren"]), { reden: impossible.reden }, impossible.hint, impossible.replacement));
    }
    const dateIds = dateRulesFor(model, careType.id).map((d) => d.id);
    const datums: Record<string, string | null> = {};
    for (const [id, value] of Object.entries(v.datums ?? {})) {
      if (!dateIds.includes(id)) {
        diagnostics.push(diagnostic("BL509", keyAt([...path, "verwacht", "datums", id]), { id, zorgsoort: careType.id }));
        continue;
      }
      if (value === "onbekend") {
        datums[id] = null;
        continue;
      }
      // As a date in the policy: one that does not exist is BL105, another form BL007.
      if (!isValidIsoDate(value)) {
        const where = at([...path, "verwacht", "datums", id]);
        diagnostics.push(
          /^\d{4}-\d{2}-\d{2}$/.test(value)
            ? diagnostic("BL105", where, { tekst: value }, impossibleDateHint(value))
            : diagnostic("BL007", where, { waarde: value, vorm: "een datum als jjjj-mm-dd, bijvoorbeeld 2025-10-24, of ‘onbekend’" }),
        );
        continue;
      }
      datums[id] = value;
    }
    const ontbreekt: Record<string, string[]> = {};
    for (const [tier, factorIds] of Object.entries(v.ontbreekt ?? {})) {
      if (!checkTier(tier, keyAt([...path, "verwacht", "ontbreekt", tier]))) continue;
      const factorRules = [...rules.values()].filter((r) => r.kind === "differentiatiefactor").map((r) => r.id);
      factorIds.forEach((id, i) => {
        if (rules.has(id)) return;
        const suggestion = closestName(id, factorRules);
        diagnostics.push(diagnostic("BL504", at([...path, "verwacht", "ontbreekt", tier, i]), { id, zorgsoort: careType.id }, suggestion ? `Bedoelt u ‘${suggestion}’?` : null, suggestion));
      });
      ontbreekt[tier] = factorIds;
    }
    for (const [i, id] of (v.feitenfout ?? []).entries()) {
      if (facts.has(id)) continue;
      const suggestion = closestName(id, facts.keys());
      diagnostics.push(diagnostic("BL501", at([...path, "verwacht", "feitenfout", i]), { naam: id }, suggestion ? `Bedoelt u ‘${suggestion}’?` : null, suggestion));
    }
    const expected: Expectation = {
      ...(v.in_aanmerking !== undefined ? { inAanmerking: v.in_aanmerking === "ja" } : {}),
      ...(v.benaderd !== undefined ? { benaderd: v.benaderd === "ja" } : {}),
      ...(overeenkomst !== undefined ? { overeenkomst } : {}),
      ...(v.factoren !== undefined ? { factoren: v.factoren } : {}),
      ...(v.regels ? { regels } : {}),
      ...(v.datums ? { datums } : {}),
      ...(v.ontbreekt ? { ontbreekt } : {}),
      ...(v.toelichting_bevat ? { toelichtingBevat: v.toelichting_bevat } : {}),
      ...(v.feitenfout ? { feitenfout: v.feitenfout } : {}),
    };
    return { name: raw.naam, careType: careType.id, facts: caseFacts, expected, span: at(path) };
  };

  const cases: TestCase[] = [];
  let skipped = 0;
  (data.gevallen as RawCase[]).forEach((raw, index) => {
    // A case with an error (in its structure, an unknown care type, fact, rule, …) does not run; the others do.
    if (file.brokenCases.has(index)) {
      skipped++;
      return;
    }
    const before = diagnostics.length;
    const checked = checkCase(raw, index);
    if (checked && !hasErrors(diagnostics.slice(before))) cases.push(checked);
    else skipped++;
  });
  // A fact set's problem is found for every case built on it: reported once. A suite also when
  // no case can run (a problem in the fact set they share), so the file keeps its summary line.
  return { suite: { file: file.path, policyFile: file.policyFile, cases, skipped }, diagnostics: uniqueDiagnostics(diagnostics) };
}
