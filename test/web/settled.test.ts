/**
 * What the checker shows before every question is answered (web/controle/settled.ts) must never
 * be changed by an answer still to come. For every care type of two policies, with the real
 * evaluator and the facts per rule the site writes into the page (compiler/site/checkerLayout.ts):
 * a provider's complete answers, a random part of them given, and the page's conclusions from
 * that part compared with the decision on the complete answers. Half the runs lean towards a
 * provider who meets the conditions, so that "eligible" and a settled agreement occur too; the
 * other half answer at random, so that exclusions and exceptions occur.
 */

import { readFileSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import type { PolicyModel } from "../../compiler/model.js";
import { dateFacts, ruleFacts } from "../../compiler/site/checkerLayout.js";
import type { Beslissing, FeitBeschrijving, ZorgsoortBeschrijving } from "../../runtime/index.js";
import { settle, withStandIns } from "../../web/controle/settled.js";

interface Evaluator {
  readonly FEITEN: Readonly<Record<string, FeitBeschrijving>>;
  readonly ZORGSOORTEN: Readonly<Record<string, ZorgsoortBeschrijving>>;
  beoordeel(zorgsoort: string, feiten: unknown): Beslissing;
}

/** Answers of a provider who meets (almost) everything. */
const GOOD: Record<string, unknown> = {
  ...(JSON.parse(readFileSync("test/fixtures/fysio-feiten.json", "utf8")) as Record<string, unknown>),
  eisen_bo_geboortezorg: true,
  deelname_alle_vsv_werkgebied: true,
  certificaten_kraamzorg: ["HKZ-certificaat"],
  kz_lip_klim: true,
  aandeel_loondienst: 50,
  verleent_partusassistentie: true,
  postcodewerkgebieden_via_vektis: true,
  kz_alle_zorgaanvragen: true,
  kz_digitalisering_zn: true,
  fte_kraamverzorgenden: 45,
  opleidingsplekken: 2,
  opleiding_sbb_of_erkend: true,
  aangesloten_ksv: true,
  bereikbaar_24_7: true,
  juiste_vektis_registratie: true,
  vragenlijst_bevestigd_op: "2025-06-01",
  vragenlijst_positief: true,
};

const NUMBERS = [0, 1, 2, 3, 5, 10, 19.9, 20, 24, 30, 45, 49.9, 50, 50.1, 100, 120, 150, 151, 180, 2020, 2022, 2023, 2025];
const DATES = ["2024-06-01", "2025-07-01", "2025-10-24", "2025-10-25", "2026-01-01", "2026-03-15"];

function anyValue(fact: FeitBeschrijving): fc.Arbitrary<unknown> {
  const values = fact.waarden ?? [];
  const known: fc.Arbitrary<unknown> = (() => {
    switch (fact.type) {
      case "getal":
      case "percentage":
      case "bedrag": {
        const fitting = NUMBERS.filter((n) => (fact.minimum === undefined || n >= fact.minimum) && (fact.maximum === undefined || n <= fact.maximum) && (!fact.geheel || Number.isInteger(n)));
        return fc.constantFrom(...(fitting.length > 0 ? fitting : [fact.minimum ?? 0]));
      }
      case "datum":
        return fc.constantFrom(...DATES);
      case "ja/nee":
        return fc.boolean();
      case "keuze":
        return fc.constantFrom(...values);
      case "verzameling":
        return fc.subarray([...values]);
      case "tekst":
        return fc.constantFrom("", "tekst");
    }
  })();
  return fact.onbekend !== undefined ? fc.oneof({ arbitrary: known, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }) : known;
}

/** A provider's complete answers (with `leaning`, mostly good ones) and which of them are given. */
function provider(facts: readonly FeitBeschrijving[], leaning: boolean): fc.Arbitrary<{ complete: Record<string, unknown>; given: Record<string, boolean> }> {
  const value = (fact: FeitBeschrijving) => (leaning && fact.id in GOOD ? fc.oneof({ arbitrary: fc.constant(GOOD[fact.id]), weight: 3 }, { arbitrary: anyValue(fact), weight: 1 }) : anyValue(fact));
  return fc.record({
    complete: fc.record(Object.fromEntries(facts.map((f) => [f.id, value(f)]))),
    given: fc.record(Object.fromEntries(facts.map((f) => [f.id, fc.boolean()]))),
  });
}

const POLICIES = ["policies/paramedische-zorg/2026-07.policy", "policies/geboortezorg/2026.policy"];
const loaded: { model: PolicyModel; evaluator: Evaluator }[] = [];

beforeAll(async () => {
  for (const path of POLICIES) {
    const model = compileFile(path).model as PolicyModel;
    loaded.push({ model, evaluator: (await loadEvaluator(model)) as unknown as Evaluator });
  }
}, 60_000);

describe("what the checker shows before every question is answered", () => {
  it("is what the complete answers decide, whatever the open answers are", () => {
    const seen = { notEligible: 0, eligible: 0, agreement: 0 };
    for (const { model, evaluator } of loaded) {
      for (const careType of model.careTypes) for (const leaning of [true, false]) {
        const description = evaluator.ZORGSOORTEN[careType.id] as ZorgsoortBeschrijving;
        const facts = description.feiten.map((f) => evaluator.FEITEN[f] as FeitBeschrijving);
        const rules = ruleFacts(model, careType.id);
        const dates = dateFacts(model, careType.id);
        fc.assert(
          fc.property(provider(facts, leaning), ({ complete, given }) => {
            const answered = Object.fromEntries(Object.entries(complete).filter(([id]) => given[id]));
            const open = new Set(facts.filter((f) => !given[f.id]).map((f) => f.id));
            let full: Beslissing;
            let partial: Beslissing;
            try {
              full = evaluator.beoordeel(careType.id, complete);
              partial = evaluator.beoordeel(careType.id, withStandIns(facts, answered));
            } catch {
              return; // a part larger than its whole: the page asks to correct it first
            }
            const settled = settle(partial, description, open, rules, dates);
            const where = `${careType.id}, gegeven: ${JSON.stringify(answered)}`;
            if (settled.eligible !== undefined) expect(full.inAanmerking, where).toBe(settled.eligible);
            if (settled.eligible === false) seen.notEligible++;
            if (settled.eligible === true) seen.eligible++;
            if (settled.agreements.length === 1 && full.inAanmerking) {
              expect(full.overeenkomst?.id, where).toBe(settled.agreements[0]?.id);
              if (open.size > 0 && careType.differentiation) seen.agreement++;
            }
            if (settled.eligible === true) expect(settled.agreements.map((a) => a.id), where).toContain(full.overeenkomst?.id);
            for (const rule of partial.regels) {
              if (!settled.finalRules.has(rule.id)) continue;
              const actual = full.regels.find((r) => r.id === rule.id);
              expect({ id: rule.id, uitkomst: actual?.uitkomst, onbekend: actual?.onbekend }, where).toEqual({ id: rule.id, uitkomst: rule.uitkomst, onbekend: rule.onbekend });
            }
            if (settled.approachFinal) expect(full.benaderd, where).toBe(partial.benaderd);
            if (settled.factorsFinal) expect(full.differentiatie?.factorenVoldaan, where).toBe(partial.differentiatie?.factorenVoldaan);
            for (const id of settled.finalDates) expect((full.datums as Record<string, unknown>)[id], where).toBe((partial.datums as Record<string, unknown>)[id]);
          }),
          { numRuns: 300, seed: 20261208 },
        );
      }
    }
    // The page does conclude something before the last answer, in each way.
    expect(seen.notEligible).toBeGreaterThan(50);
    expect(seen.eligible).toBeGreaterThan(5);
    expect(seen.agreement).toBeGreaterThan(5);
  }, 120_000);

  it("shows nothing as final that the given answers leave open", async () => {
    const { model, evaluator } = loaded[0] as { model: PolicyModel; evaluator: Evaluator };
    const description = evaluator.ZORGSOORTEN.fysiotherapie as ZorgsoortBeschrijving;
    const facts = description.feiten.map((f) => evaluator.FEITEN[f] as FeitBeschrijving);
    const decide = (answered: Record<string, unknown>) => {
      const open = new Set(facts.filter((f) => !(f.id in answered)).map((f) => f.id));
      const decision = evaluator.beoordeel("fysiotherapie", withStandIns(facts, answered));
      return settle(decision, description, open, ruleFacts(model, "fysiotherapie"), dateFacts(model, "fysiotherapie"));
    };
    // A behandelindex of 180 without an answer about the exception: an exception could still be granted.
    expect(decide({ behandelindex: 180 }).eligible).toBeUndefined();
    expect(decide({ behandelindex: 180 }).finalRules.has("behandelindex_hoger_dan_150")).toBe(false);
    // Without exception, not eligible: the exclusion is the reason, the approach exclusion is not.
    const excluded = decide({ behandelindex: 180, uitzondering_behandelindex: false });
    expect(excluded.eligible).toBe(false);
    expect(excluded.reasons.map((r) => r.id)).toEqual(["behandelindex_hoger_dan_150"]);
    expect(excluded.agreements).toEqual([]);
    // With a behandelindex of 120 the exception does not matter.
    expect(decide({ behandelindex: 120 }).finalRules.has("behandelindex_hoger_dan_150")).toBe(true);
    // An unknown behandelindex is an answer (the policy counts it as not excluded), not an open question.
    expect(decide({ behandelindex: null, uitzondering_behandelindex: false }).finalRules.has("behandelindex_hoger_dan_150")).toBe(true);
    expect(decide({}).finalRules.has("behandelindex_hoger_dan_150")).toBe(false);
  });
});
