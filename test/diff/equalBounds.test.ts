/**
 * A bound that lets the same providers through is no change, whatever its operator: a date is a
 * whole day, so `<= 2025-10-24` and `< 2025-10-25` both end on 24 oktober 2025; a whole number
 * (`geheel: ja`) likewise, so `<= 5` is `< 6`. Other numbers keep the difference between `<` and
 * `<=`. A date bound whose operator changed along with its day is named by the days it allows:
 * "de uiterste datum vervroegd van 24 oktober 2025 naar 20 oktober 2025". Found by the tester in
 * paramedische zorg 2026-07, where both read as "versoepeld" (and the reverse "aangescherpt").
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { diffModels } from "../../compiler/diff/index.js";
import type { PolicyModel } from "../../compiler/model.js";
import { model, variant } from "./base.js";

const WHOLE_FACT = `  werkdagen:
    type: getal
    omschrijving: Het aantal werkdagen tot de eerste afspraak.
    minimum: 0
    geheel: ja
`;

/** The base policy with a whole-number fact and a group in chapter 4 whose rule reads `condition`. */
function withRule(condition: string, options: { kind?: string; whole?: boolean; applies?: string; exception?: string } = {}): string {
  const applies = options.applies ? `        van_toepassing_als: ${options.applies}\n` : "";
  const exception = options.exception ? `        uitzondering:\n          voorwaarde: ${options.exception}\n          route: Vraag een uitzondering aan via zorginkoop@caresq.nl.\n` : "";
  return variant([
    ["\nfeiten:\n", `\nfeiten:\n${options.whole === false ? WHOLE_FACT.replace("    geheel: ja\n", "") : WHOLE_FACT}`],
    [
      "\ndatumregels:",
      `  aanvragen:
    titel: Aanvragen
    hoofdstuk: procedure
    soort: ${options.kind ?? "randvoorwaarde"}
    zorgsoorten: [fysiotherapie]
    regels:
      aanvraag:
        naam: de aanvraag
        tekst: Over de aanvraag.
        voorwaarde: ${condition}
${applies}${exception}        bij_onbekend: onwaar

datumregels:`,
    ],
  ]);
}

function items(older: PolicyModel, newer: PolicyModel) {
  return diffModels(older, newer).report.sections.flatMap((s) => s.items);
}

/** The sentences and classes of the report in both directions. */
function both(before: string, after: string) {
  const [a, b] = [model(before), model(after)];
  const read = (x: PolicyModel, y: PolicyModel) => items(x, y).map((i) => ({ kind: i.change.kind, class: i.change.class, sentence: i.sentence, args: i.change.args }));
  return { forward: read(a, b), backward: read(b, a) };
}

const SENTENCE = "In hoofdstuk 4 is bij de randvoorwaarde ‘de aanvraag’ de";

describe("the same last day or whole number is no change", () => {
  it.each([
    ["aanvraagdatum <= 2025-10-24", "aanvraagdatum < 2025-10-25"],
    ["aanvraagdatum >= 2025-10-24", "aanvraagdatum > 2025-10-23"],
    ["aanvraagdatum <= 2025-10-24", "2025-10-25 > aanvraagdatum"],
    ["aanvraagdatum < 2026-01-01", "aanvraagdatum <= 2025-12-31"],
    ["aanvraagdatum < 2024-03-01", "aanvraagdatum <= 2024-02-29"],
    ["niet (aanvraagdatum > 2025-10-24)", "aanvraagdatum < 2025-10-25"],
    ["werkdagen <= 5", "werkdagen < 6"],
    ["werkdagen >= 3", "werkdagen > 2"],
    ["werkdagen < 5.5", "werkdagen <= 5"],
    ["register en werkdagen <= 5", "register en werkdagen < 6"],
  ])("%s → %s, in both directions", (before, after) => {
    expect(both(withRule(before), withRule(after))).toEqual({ forward: [], backward: [] });
  });

  it("in the condition for an exception and in when a rule applies", () => {
    expect(both(withRule("register", { kind: "uitsluiting", exception: "werkdagen <= 5" }), withRule("register", { kind: "uitsluiting", exception: "werkdagen < 6" }))).toEqual({ forward: [], backward: [] });
    expect(both(withRule("register", { applies: "werkdagen >= 1" }), withRule("register", { applies: "werkdagen > 0" }))).toEqual({ forward: [], backward: [] });
  });

  it("with another rule text it is only that text", () => {
    const after = withRule("werkdagen < 6").replace("tekst: Over de aanvraag.", "tekst: Over de aanvraag, anders gezegd.");
    expect(both(withRule("werkdagen <= 5"), after).forward.map((i) => [i.kind, i.class])).toEqual([["regel_tekst_gewijzigd", "redactioneel"]]);
  });
});

describe("numbers that need not be whole keep < and <= apart", () => {
  it("a number without geheel: <= 5 → < 6 lets 5.5 in", () => {
    const { forward, backward } = both(withRule("werkdagen <= 5", { whole: false }), withRule("werkdagen < 6", { whole: false }));
    expect(forward.map((i) => [i.kind, i.class])).toEqual([["voorwaarde_gewijzigd", "soepeler"]]);
    expect(backward.map((i) => [i.kind, i.class])).toEqual([["voorwaarde_gewijzigd", "strenger"]]);
  });

  it("a fact that is whole in one version only", () => {
    const { forward } = both(withRule("werkdagen <= 5"), withRule("werkdagen < 6", { whole: false }));
    expect(forward.filter((i) => i.kind === "voorwaarde_gewijzigd").map((i) => i.class)).toEqual(["soepeler"]);
  });

  it("a whole number whose allowed value moved keeps its direction", () => {
    const { forward, backward } = both(withRule("werkdagen <= 5"), withRule("werkdagen < 5"));
    expect(forward.map((i) => [i.kind, i.class, i.args.richting])).toEqual([["voorwaarde_gewijzigd", "strenger", "aangescherpt"]]);
    expect(backward.map((i) => [i.kind, i.class, i.args.richting])).toEqual([["voorwaarde_gewijzigd", "soepeler", "versoepeld"]]);
  });
});

describe("a limit of another type", () => {
  it("a fact that became a percentage: >= 5 → >= 5% is still a changed condition", () => {
    const percentage = (text: string) => text.replace(WHOLE_FACT, WHOLE_FACT.replace("type: getal", "type: percentage").replace("    geheel: ja\n", ""));
    const { forward, backward } = both(withRule("werkdagen >= 5"), percentage(withRule("werkdagen >= 5%")));
    expect(forward.filter((i) => i.kind === "voorwaarde_gewijzigd").map((i) => [i.class, i.args.richting])).toEqual([["onbepaald", "gewijzigd"]]);
    expect(backward.filter((i) => i.kind === "voorwaarde_gewijzigd").map((i) => [i.class, i.args.richting])).toEqual([["onbepaald", "gewijzigd"]]);
  });
});

describe("a date bound with another operator is named by the days it allows", () => {
  it("<= 24 oktober → < 21 oktober: the last day moves from 24 to 20 oktober", () => {
    const { forward, backward } = both(withRule("aanvraagdatum <= 2025-10-24"), withRule("aanvraagdatum < 2025-10-21"));
    expect(forward).toEqual([
      {
        kind: "drempel_gewijzigd",
        class: "strenger",
        sentence: `${SENTENCE} uiterste datum vervroegd van 24 oktober 2025 naar 20 oktober 2025.`,
        args: expect.objectContaining({ oud: "2025-10-24", nieuw: "2025-10-20", grens: "uiterste datum", richting: "vervroegd" }),
      },
    ]);
    expect(backward).toEqual([
      {
        kind: "drempel_gewijzigd",
        class: "soepeler",
        sentence: `${SENTENCE} uiterste datum uitgesteld van 20 oktober 2025 naar 24 oktober 2025.`,
        args: expect.objectContaining({ oud: "2025-10-20", nieuw: "2025-10-24", grens: "uiterste datum", richting: "uitgesteld" }),
      },
    ]);
  });

  it("the same date written, the day it allows moved: < 25 oktober → <= 25 oktober", () => {
    const { forward, backward } = both(withRule("aanvraagdatum < 2025-10-25"), withRule("aanvraagdatum <= 2025-10-25"));
    expect(forward.map((i) => [i.class, i.sentence])).toEqual([["soepeler", `${SENTENCE} uiterste datum uitgesteld van 24 oktober 2025 naar 25 oktober 2025.`]]);
    expect(backward.map((i) => [i.class, i.sentence])).toEqual([["strenger", `${SENTENCE} uiterste datum vervroegd van 25 oktober 2025 naar 24 oktober 2025.`]]);
  });

  it("a first day: >= 1 oktober → > 1 oktober", () => {
    const { forward } = both(withRule("aanvraagdatum >= 2026-10-01"), withRule("aanvraagdatum > 2026-10-01"));
    expect(forward.map((i) => [i.class, i.sentence])).toEqual([["strenger", `${SENTENCE} vroegste datum uitgesteld van 1 oktober 2026 naar 2 oktober 2026.`]]);
  });

  it("in an exclusion: the days on which it does not apply", () => {
    const { forward, backward } = both(withRule("aanvraagdatum >= 2026-10-01", { kind: "uitsluiting" }), withRule("aanvraagdatum > 2026-10-31", { kind: "uitsluiting" }));
    expect(forward.map((i) => [i.class, i.sentence])).toEqual([["soepeler", "In hoofdstuk 4 is bij de uitsluiting ‘de aanvraag’ de uiterste datum uitgesteld van 30 september 2026 naar 31 oktober 2026."]]);
    expect(backward.map((i) => i.class)).toEqual(["strenger"]);
  });

  it("across contract years, with the date as the older version wrote it", () => {
    const year = (jaar: number, condition: string) => withRule(condition).replace("jaar: 2026", `jaar: ${jaar}`);
    const forward = items(model(year(2026, "aanvraagdatum <= 2025-10-24"), "voorbeeld/oud.policy"), model(year(2027, "aanvraagdatum < 2026-10-21"), "voorbeeld/nieuw.policy")).filter((i) => i.change.kind === "drempel_gewijzigd");
    expect(forward.map((i) => [i.change.class, i.change.args.oud, i.change.args.nieuw])).toEqual([["strenger", "2025-10-24", "2026-10-20"]]);
    const same = items(model(year(2026, "aanvraagdatum <= 2025-10-24"), "voorbeeld/oud.policy"), model(year(2027, "aanvraagdatum < 2026-10-25"), "voorbeeld/nieuw.policy"));
    expect(same.map((i) => i.change.kind)).not.toContain("drempel_gewijzigd");
    expect(same.map((i) => i.change.kind)).not.toContain("voorwaarde_gewijzigd");
  });
});

describe("the tester's cases in paramedische zorg 2026-07", () => {
  const PATH = "policies/paramedische-zorg/2026-07.policy";
  const TEXT = readFileSync(PATH, "utf8");
  const compiled = (text: string) => {
    const result = compileText(PATH, text);
    if (!result.model) throw new Error("the policy does not compile");
    return result.model;
  };
  const original = compiled(TEXT);
  const replaced = (from: string, to: string) => {
    expect(TEXT.split(from)).toHaveLength(2);
    return compiled(TEXT.replace(from, to));
  };

  it("datum_vragenlijst_bevestigd <= 2025-10-24 → < 2025-10-25 is no change", () => {
    const other = replaced("datum_vragenlijst_bevestigd <= 2025-10-24", "datum_vragenlijst_bevestigd < 2025-10-25");
    expect(diffModels(original, other).changes).toEqual([]);
    expect(diffModels(other, original).changes).toEqual([]);
  });

  it("werkdagen_tot_eerste_afspraak <= 5 → < 6 is no change (geheel: ja)", () => {
    const other = replaced("werkdagen_tot_eerste_afspraak <= 5", "werkdagen_tot_eerste_afspraak < 6");
    expect(diffModels(original, other).changes).toEqual([]);
    expect(diffModels(other, original).changes).toEqual([]);
  });

  it("<= 2025-10-24 → < 2025-10-21 says the last day moved to 20 oktober", () => {
    const other = replaced("datum_vragenlijst_bevestigd <= 2025-10-24", "datum_vragenlijst_bevestigd < 2025-10-21");
    expect(items(original, other).map((i) => [i.change.class, i.sentence])).toEqual([
      ["strenger", "In hoofdstuk 4 is bij de voorwaarde om benaderd te worden ‘vragenlijst voor de deadline ingevuld en bevestigd’ de uiterste datum vervroegd van 24 oktober 2025 naar 20 oktober 2025."],
    ]);
    expect(items(other, original).map((i) => [i.change.class, i.sentence])).toEqual([
      ["soepeler", "In hoofdstuk 4 is bij de voorwaarde om benaderd te worden ‘vragenlijst voor de deadline ingevuld en bevestigd’ de uiterste datum uitgesteld van 20 oktober 2025 naar 24 oktober 2025."],
    ]);
  });
});
