/**
 * A date as a bound in a changed threshold is reported as the day providers read from it: the
 * last day they may be on ("de uiterste datum") or the first ("de vroegste datum"). A strict
 * bound leaves the written date out: `aanvraagdatum < 2026-10-01` has 30 september 2026 as its
 * last day, which is what the planning says, not 1 oktober 2026. Found by the 2027 tester.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { model, withRule } from "./base.js";

function change(kind: string, before: string, after: string) {
  const items = diffModels(model(withRule(kind, before)), model(withRule(kind, after))).report.sections.flatMap((s) => s.items);
  expect(items).toHaveLength(1);
  const item = items[0]!;
  return { sentence: item.sentence, class: item.change.class, oud: item.change.args.oud, nieuw: item.change.args.nieuw, grens: item.change.args.grens };
}

const SENTENCE = "In hoofdstuk 4 is bij de randvoorwaarde ‘de aanvraag’ de";

describe("a date bound in a requirement, for each operator", () => {
  it("<: the last day is the day before the date written", () => {
    expect(change("randvoorwaarde", "aanvraagdatum < 2026-10-01", "aanvraagdatum < 2026-09-15")).toEqual({
      sentence: `${SENTENCE} uiterste datum vervroegd van 30 september 2026 naar 14 september 2026.`,
      class: "strenger",
      oud: "2026-09-30",
      nieuw: "2026-09-14",
      grens: "uiterste datum",
    });
  });

  it("<=: the last day is the date written", () => {
    expect(change("randvoorwaarde", "aanvraagdatum <= 2026-10-01", "aanvraagdatum <= 2026-09-15")).toEqual({
      sentence: `${SENTENCE} uiterste datum vervroegd van 1 oktober 2026 naar 15 september 2026.`,
      class: "strenger",
      oud: "2026-10-01",
      nieuw: "2026-09-15",
      grens: "uiterste datum",
    });
  });

  it(">: the first day is the day after the date written", () => {
    expect(change("randvoorwaarde", "aanvraagdatum > 2026-09-30", "aanvraagdatum > 2026-10-31")).toEqual({
      sentence: `${SENTENCE} vroegste datum uitgesteld van 1 oktober 2026 naar 1 november 2026.`,
      class: "strenger",
      oud: "2026-10-01",
      nieuw: "2026-11-01",
      grens: "vroegste datum",
    });
  });

  it(">=: the first day is the date written", () => {
    expect(change("randvoorwaarde", "aanvraagdatum >= 2026-10-01", "aanvraagdatum >= 2026-09-15")).toEqual({
      sentence: `${SENTENCE} vroegste datum vervroegd van 1 oktober 2026 naar 15 september 2026.`,
      class: "soepeler",
      oud: "2026-10-01",
      nieuw: "2026-09-15",
      grens: "vroegste datum",
    });
  });
});

describe("a date bound read from the providers' side", () => {
  it("with the date on the left: 2026-10-01 > aanvraagdatum is before 1 oktober", () => {
    expect(change("randvoorwaarde", "2026-10-01 > aanvraagdatum", "2026-09-15 > aanvraagdatum").sentence).toBe(`${SENTENCE} uiterste datum vervroegd van 30 september 2026 naar 14 september 2026.`);
  });

  it("in an exclusion from a date on: the last day in order is the day before", () => {
    const result = change("uitsluiting", "aanvraagdatum >= 2026-10-01", "aanvraagdatum >= 2026-11-01");
    expect(result.sentence).toBe("In hoofdstuk 4 is bij de uitsluiting ‘de aanvraag’ de uiterste datum uitgesteld van 30 september 2026 naar 31 oktober 2026.");
    expect(result.class).toBe("soepeler");
  });

  it("in an exclusion after a date: the last day in order is the date itself", () => {
    expect(change("uitsluiting", "aanvraagdatum > 2026-09-30", "aanvraagdatum > 2026-10-31").sentence).toBe(
      "In hoofdstuk 4 is bij de uitsluiting ‘de aanvraag’ de uiterste datum uitgesteld van 30 september 2026 naar 31 oktober 2026.",
    );
  });

  it("under a niet: niet (aanvraagdatum < … en keurmerk) is in order from the date on for who has a keurmerk", () => {
    expect(change("randvoorwaarde", "niet (aanvraagdatum < 2026-10-01 en keurmerk)", "niet (aanvraagdatum < 2026-11-01 en keurmerk)").sentence).toBe(
      `${SENTENCE} vroegste datum uitgesteld van 1 oktober 2026 naar 1 november 2026.`,
    );
  });

  it("reads the same in the reverse diff", () => {
    expect(change("randvoorwaarde", "aanvraagdatum < 2026-09-15", "aanvraagdatum < 2026-10-01").sentence).toBe(`${SENTENCE} uiterste datum uitgesteld van 14 september 2026 naar 30 september 2026.`);
  });
});
