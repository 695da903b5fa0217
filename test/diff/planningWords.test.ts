/**
 * A planning item prints its words (`wanneer`) in the document, also when it has a `datum`. Other
 * words with the same date are a change the reader sees: `mijlpaal_moment_gewijzigd`, classed as
 * a changed date is (a deadline whose words name a later day is soepeler, an earlier one strenger;
 * other words onbepaald), another spelling redactioneel. Found by the tester: `publicatie_zorgzoeker`
 * from "Vanaf 12 november 2025" to "Vanaf 1 december 2025" gave "Er zijn geen wijzigingen."
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { diffModels } from "../../compiler/diff/index.js";
import type { PolicyModel } from "../../compiler/model.js";
import { model, variant } from "./base.js";

const PUBLICATION = "    wanneer: Vanaf 12 november 2025\n";
const DEADLINE = "    datum: 2025-10-24\n    soort: deadline\n";

/** The base policy with a date under the publication and words under the deadline. */
function planning(publication: string, deadline = "Uiterlijk 24 oktober 2025", date = "2025-11-12"): string {
  return variant([
    [PUBLICATION, `    datum: ${date}\n    wanneer: ${publication}\n`],
    [DEADLINE, `    datum: 2025-10-24\n    wanneer: ${deadline}\n    soort: deadline\n`],
  ]);
}

function read(older: PolicyModel, newer: PolicyModel) {
  return diffModels(older, newer).report.sections.flatMap((s) => s.items.map((i) => ({ kind: i.change.kind, class: i.change.class, sentence: i.sentence })));
}

function both(before: string, after: string) {
  const [a, b] = [model(before), model(after)];
  return { forward: read(a, b), backward: read(b, a) };
}

describe("other words for a planning item with a date", () => {
  it("are reported as the moment changed, onbepaald, in both directions", () => {
    expect(both(planning("Vanaf 12 november 2025"), planning("Vanaf 1 december 2025"))).toEqual({
      forward: [
        {
          kind: "mijlpaal_moment_gewijzigd",
          class: "onbepaald",
          sentence: "In hoofdstuk 5 is het moment van ‘Publicatie gecontracteerde zorgaanbieders’ gewijzigd: voorheen vanaf 12 november 2025, nu vanaf 1 december 2025.",
        },
      ],
      backward: [
        {
          kind: "mijlpaal_moment_gewijzigd",
          class: "onbepaald",
          sentence: "In hoofdstuk 5 is het moment van ‘Publicatie gecontracteerde zorgaanbieders’ gewijzigd: voorheen vanaf 1 december 2025, nu vanaf 12 november 2025.",
        },
      ],
    });
  });

  it("of a deadline naming a later day are soepeler, an earlier day strenger", () => {
    const { forward, backward } = both(planning("Vanaf 12 november 2025"), planning("Vanaf 12 november 2025", "Uiterlijk 31 oktober 2025"));
    expect(forward.map((i) => [i.kind, i.class, i.sentence])).toEqual([
      ["mijlpaal_moment_gewijzigd", "soepeler", "In hoofdstuk 5 is het moment van ‘Deadline vragenlijst’ gewijzigd: voorheen uiterlijk 24 oktober 2025, nu uiterlijk 31 oktober 2025."],
    ]);
    expect(backward.map((i) => [i.kind, i.class])).toEqual([["mijlpaal_moment_gewijzigd", "strenger"]]);
  });

  it("of a deadline that name no one day are onbepaald", () => {
    const { forward, backward } = both(planning("Vanaf 12 november 2025"), planning("Vanaf 12 november 2025", "Eind oktober 2025"));
    expect(forward.map((i) => i.class)).toEqual(["onbepaald"]);
    expect(backward.map((i) => i.class)).toEqual(["onbepaald"]);
  });

  it("in another spelling are redactioneel", () => {
    const { forward, backward } = both(planning("Vanaf 12 november 2025"), planning("vanaf 12 November 2025"));
    expect(forward.map((i) => [i.kind, i.class])).toEqual([["mijlpaal_moment_gewijzigd", "redactioneel"]]);
    expect(backward.map((i) => [i.kind, i.class])).toEqual([["mijlpaal_moment_gewijzigd", "redactioneel"]]);
  });

  it("with another date too are one change, of the date", () => {
    const { forward } = both(planning("Vanaf 12 november 2025"), planning("Vanaf 1 december 2025", undefined, "2025-12-01"));
    expect(forward.map((i) => [i.kind, i.sentence])).toEqual([["mijlpaal_verschoven", "In hoofdstuk 5 is de datum van ‘Publicatie gecontracteerde zorgaanbieders’ uitgesteld van 12 november 2025 naar 1 december 2025."]]);
  });

  it("the same words and date are no change", () => {
    expect(both(planning("Vanaf 12 november 2025"), planning("Vanaf 12 november 2025"))).toEqual({ forward: [], backward: [] });
  });

  it("words and date moved on a contract year are part of the rollover, counted once per item", () => {
    const year = (jaar: number, text: string) => text.replace("jaar: 2026", `jaar: ${jaar}`).replace("titel: Inkoopbeleid Voorbeeldzorg 2026", `titel: Inkoopbeleid Voorbeeldzorg ${jaar}`);
    const older = model(year(2026, planning("Vanaf 12 november 2025")), "voorbeeld/oud.policy");
    const withWords = diffModels(older, model(year(2027, planning("Vanaf 12 november 2026", "Uiterlijk 24 oktober 2026", "2026-11-12").replace("datum: 2025-10-24", "datum: 2026-10-24")), "voorbeeld/nieuw.policy"));
    const withoutWords = diffModels(
      model(year(2026, variant([[PUBLICATION, "    datum: 2025-11-12\n"]])), "voorbeeld/oud.policy"),
      model(year(2027, variant([[PUBLICATION, "    datum: 2026-11-12\n"], ["datum: 2025-10-24", "datum: 2026-10-24"]])), "voorbeeld/nieuw.policy"),
    );
    expect(withWords.changes.map((c) => c.kind)).not.toContain("mijlpaal_moment_gewijzigd");
    const rolled = (r: typeof withWords) => r.changes.find((c) => c.kind === "jaar_opgeschoven")?.args.aantal;
    expect(rolled(withWords)).toBe(rolled(withoutWords));
  });
});

describe("the tester's case in paramedische zorg 2026-07", () => {
  it("publicatie_zorgzoeker from ‘Vanaf 12 november 2025’ to ‘Vanaf 1 december 2025’", () => {
    const path = "policies/paramedische-zorg/2026-07.policy";
    const text = readFileSync(path, "utf8");
    const from = "    datum: 2025-11-12\n    wanneer: Vanaf 12 november 2025\n";
    expect(text.split(from)).toHaveLength(2);
    const [a, b] = [compileText(path, text).model!, compileText(path, text.replace(from, "    datum: 2025-11-12\n    wanneer: Vanaf 1 december 2025\n")).model!];
    expect(read(a, b)).toEqual([
      {
        kind: "mijlpaal_moment_gewijzigd",
        class: "onbepaald",
        sentence: "In hoofdstuk 5 is het moment van ‘Publicatie gecontracteerde zorgaanbieders op zorgzoeker en website’ gewijzigd: voorheen vanaf 12 november 2025, nu vanaf 1 december 2025.",
      },
    ]);
    expect(read(b, a).map((i) => [i.kind, i.class])).toEqual([["mijlpaal_moment_gewijzigd", "onbepaald"]]);
  });
});
