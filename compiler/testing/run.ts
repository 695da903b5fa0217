/**
 * Runs a test suite against a policy's evaluator (the generated code, loaded in memory) and
 * compares each decision with what the case expects. Differences are Dutch sentences that
 * name the expected and the actual value.
 */

import type { Beslissing, Regeluitkomst } from "../../runtime/decision.js";
import type { FeitenFout } from "../../runtime/facts.js";
import type { LoadedEvaluator } from "../evaluate.js";
import type { TestCase, TestSuite } from "./suite.js";

export interface CaseResult {
  readonly testCase: TestCase;
  readonly passed: boolean;
  readonly differences: readonly string[];
  /** The decision, when the facts were usable. */
  readonly decision?: Beslissing;
}

const yesNo = (b: boolean) => (b ? "ja" : "nee");
const show = (value: string | null | undefined) => (value === null || value === undefined ? "geen" : `‘${value}’`);

function compare(testCase: TestCase, decision: Beslissing): string[] {
  const e = testCase.expected;
  const out: string[] = [];
  if (e.feitenfout) out.push(`verwacht werd een fout over de feiten ${e.feitenfout.map((f) => `‘${f}’`).join(", ")}, maar de feiten waren bruikbaar`);
  if (e.inAanmerking !== undefined && e.inAanmerking !== decision.inAanmerking) {
    out.push(`in aanmerking: verwacht ${yesNo(e.inAanmerking)}, maar was ${yesNo(decision.inAanmerking)}`);
  }
  if (e.benaderd !== undefined && e.benaderd !== decision.benaderd) {
    out.push(`benaderd: verwacht ${yesNo(e.benaderd)}, maar was ${yesNo(decision.benaderd)}`);
  }
  if (e.overeenkomst !== undefined && e.overeenkomst !== (decision.overeenkomst?.id ?? null)) {
    out.push(`zorgovereenkomst: verwacht ${show(e.overeenkomst)}, maar was ${show(decision.overeenkomst?.id)}`);
  }
  if (e.factoren !== undefined && e.factoren !== (decision.differentiatie?.factorenVoldaan ?? 0)) {
    out.push(`differentiatiefactoren voldaan: verwacht ${e.factoren}, maar was ${decision.differentiatie?.factorenVoldaan ?? 0}`);
  }
  const byId = new Map<string, Regeluitkomst>(decision.regels.map((r) => [r.id, r]));
  for (const [id, outcome] of Object.entries(e.regels ?? {})) {
    const actual = byId.get(id)?.uitkomst;
    if (actual !== outcome) out.push(`regel ‘${id}’: verwacht ‘${outcome}’, maar was ‘${actual ?? "afwezig"}’`);
  }
  const dates = decision.datums as Record<string, string | null>;
  for (const [id, value] of Object.entries(e.datums ?? {})) {
    if ((dates[id] ?? null) !== value) out.push(`datum ‘${id}’: verwacht ${value ?? "onbekend"}, maar was ${dates[id] ?? "onbekend"}`);
  }
  for (const [tier, factors] of Object.entries(e.ontbreekt ?? {})) {
    const actual = decision.differentiatie?.ontbreekt.find((o) => o.overeenkomst.id === tier)?.factoren.map((f) => f.id) ?? [];
    const want = [...factors].sort();
    const got = [...actual].sort();
    if (want.join(",") !== got.join(",")) {
      out.push(`ontbreekt voor ‘${tier}’: verwacht ${want.length > 0 ? want.join(", ") : "niets"}, maar was ${got.length > 0 ? got.join(", ") : "niets"}`);
    }
  }
  for (const part of e.toelichtingBevat ?? []) {
    if (!decision.toelichting.some((line) => line.includes(part))) out.push(`de toelichting bevat ‘${part}’ niet`);
  }
  if (out.length > 0) {
    out.push(`toelichting bij de beslissing:\n${decision.toelichting.map((l) => `        ${l}`).join("\n")}`);
  }
  return out;
}

export function runCase(evaluator: LoadedEvaluator, testCase: TestCase): CaseResult {
  let decision: Beslissing;
  try {
    decision = evaluator.beoordeel(testCase.careType, testCase.facts);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "FeitenFout") throw error;
    const problems = (error as FeitenFout).problemen;
    const expected = testCase.expected.feitenfout;
    if (expected) {
      const want = [...expected].sort().join(",");
      const got = problems.map((p) => p.feit).sort().join(",");
      if (want === got) return { testCase, passed: true, differences: [] };
      return { testCase, passed: false, differences: [`fout over de feiten: verwacht ${want}, maar was ${got}`] };
    }
    return { testCase, passed: false, differences: [`de feiten zijn niet bruikbaar:\n${problems.map((p) => `    - ${p.melding}`).join("\n")}`] };
  }
  const differences = compare(testCase, decision);
  return { testCase, passed: differences.length === 0, differences, decision };
}

export function runSuite(evaluator: LoadedEvaluator, suite: TestSuite): CaseResult[] {
  return suite.cases.map((c) => runCase(evaluator, c));
}
