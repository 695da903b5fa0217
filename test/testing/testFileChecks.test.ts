/**
 * A policy test file (.test.yaml) is checked as a policy is: a case of a policy with one care
 * type needs no `zorgsoort`, a date in an expectation must exist, and a fact value that does
 * not fit gets the hint the policy check gives for the same value (‘Bedoelt u ‘ISO 9001’?’,
 * ‘schrijf ja’). The policy is test/fixtures/policytests/wijkverpleging/2026.policy (one care
 * type, four agreements A–D by three factors) or, for two care types, test/analyse/policy.ts.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runTestFiles } from "../../compiler/testing/index.js";
import { group, policyWith, rule } from "../analyse/policy.js";
import { problems, runWijkverpleging } from "./wijkverpleging.js";




describe("zorgsoort in a case", () => {
  it("may be left out when the policy has one care type", async () => {
    const run = await runWijkverpleging(`  - naam: Alles voldaan geeft A
    uitgangspunt: compleet
    verwacht:
      overeenkomst: A
  - naam: Met de zorgsoort erbij ook
    zorgsoort: wijkverpleging
    uitgangspunt: compleet
    verwacht:
      factoren: 3
`);
    expect(problems(run)).toEqual([]);
    expect(run.passed).toBe(2);
    expect(run.files[0]?.results.map((r) => r.testCase.careType)).toEqual(["wijkverpleging", "wijkverpleging"]);
  });

  it("is still checked when it is given", async () => {
    const run = await runWijkverpleging(`  - naam: Verkeerde zorgsoort
    zorgsoort: wijkverpleeging
    uitgangspunt: compleet
    verwacht:
      overeenkomst: A
  - naam: Een zorgsoort die er niet is
    zorgsoort: huisartsenzorg
    uitgangspunt: compleet
    verwacht:
      overeenkomst: A
`);
    expect(problems(run)).toEqual([
      { code: "BL503", message: "‘wijkverpleeging’ is geen zorgsoort van het beleid.", hint: "Bedoelt u ‘wijkverpleging’?", replacement: undefined },
      { code: "BL503", message: "‘huisartsenzorg’ is geen zorgsoort van het beleid.", hint: "Zorgsoorten van dit beleid: ‘wijkverpleging’.", replacement: undefined },
    ]);
  });

  it("is required when the policy has more than one, and the message names them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-testbestand-"));
    writeFileSync(join(dir, "proef.policy"), policyWith(group("g", "randvoorwaarde", rule("r", "a"))));
    const file = join(dir, "proef.test.yaml");
    writeFileSync(
      file,
      "taalversie: 1\ngevallen:\n  - naam: Zonder zorgsoort\n    feiten: { x: 1, y: 2, p: 3, d: 2026-01-01, t: x, k: rood, s: [v1], a: ja, b: ja }\n    verwacht:\n      in_aanmerking: ja\n  - naam: Met zorgsoort\n    zorgsoort: een\n    feiten: { x: 1, y: 2, p: 3, d: 2026-01-01, t: x, k: rood, s: [v1], a: ja, b: ja }\n    verwacht:\n      in_aanmerking: ja\n",
    );
    const run = await runTestFiles([file]);
    expect(problems(run)).toEqual([
      {
        code: "BL004",
        message: "Het verplichte veld ‘zorgsoort’ ontbreekt in geval 1.",
        hint: "Dit beleid heeft 2 zorgsoorten: ‘een’ en ‘twee’; noem bij elk geval de zorgsoort die het beoordeelt, bijvoorbeeld ‘zorgsoort: een’.",
        replacement: undefined,
      },
    ]);
    // The message points at the case's name; the other case runs.
    const source = run.sources.get(run.diagnostics[0]!.span.file);
    expect(source?.positionOf(run.diagnostics[0]!.span.start).line).toBe(3);
    expect(run.passed).toBe(1);
    expect(run.skipped).toBe(1);
  });
});

describe("a date in an expectation", () => {
  it("that does not exist is BL105, with why, as in the policy", async () => {
    const run = await runWijkverpleging(`  - naam: Een maand 13
    uitgangspunt: compleet
    feiten:
      aanvraagdatum: 2026-01-01
    verwacht:
      datums: { ingangsdatum: 2026-13-01 }
  - naam: Een 30 februari
    uitgangspunt: compleet
    feiten:
      aanvraagdatum: 2026-02-02
    verwacht:
      datums: { ingangsdatum: 2026-02-30 }
`);
    expect(problems(run)).toEqual([
      { code: "BL105", message: "‘2026-13-01’ is geen bestaande datum.", hint: "Een maand is 01 tot en met 12: jjjj-mm-dd.", replacement: undefined },
      { code: "BL105", message: "‘2026-02-30’ is geen bestaande datum.", hint: "Februari heeft 28 dagen.", replacement: undefined },
    ]);
    expect(run.passed + run.failed).toBe(0);
  });

  it("in another form is BL007; onbekend and a real date are fine", async () => {
    const run = await runWijkverpleging(`  - naam: Als in een brief
    uitgangspunt: compleet
    feiten:
      aanvraagdatum: 2026-01-01
    verwacht:
      datums: { ingangsdatum: 1-1-2026 }
  - naam: Zonder aanvraag
    uitgangspunt: compleet
    verwacht:
      datums: { ingangsdatum: onbekend }
  - naam: Na 1 januari
    uitgangspunt: compleet
    feiten:
      aanvraagdatum: 2026-01-02
    verwacht:
      datums: { ingangsdatum: 2026-02-01 }
`);
    expect(problems(run)).toEqual([
      { code: "BL007", message: "‘1-1-2026’ heeft niet de juiste vorm: een datum als jjjj-mm-dd, bijvoorbeeld 2025-10-24, of ‘onbekend’.", hint: undefined, replacement: undefined },
    ]);
    expect(run.passed).toBe(2);
  });
});

describe("a fact value that does not fit", () => {
  it("gets the hints the policy check gives", async () => {
    const run = await runWijkverpleging(`  - naam: Fouten in de feiten
    uitgangspunt: compleet
    feiten:
      keurmerk: ISO9001
      uitzondering_uren: true
      bereikbaar_24_uur: 0
      aanvraagdatum: 2026-02-30
    verwacht:
      overeenkomst: A
  - naam: Een datum als in een brief
    uitgangspunt: compleet
    feiten:
      aanvraagdatum: 31-10-2025
      keurmerk: hkz
    verwacht:
      overeenkomst: A
`);
    expect(problems(run)).toEqual([
      { code: "BL502", message: "‘keurmerk’ moet een van deze waarden zijn: ‘HKZ’, ‘ISO 9001’, ‘geen’; het is ‘ISO9001’.", hint: "Bedoelt u ‘ISO 9001’?", replacement: "ISO 9001" },
      { code: "BL502", message: "‘uitzondering_uren’ moet ja of nee zijn, maar is ‘true’.", hint: "In een testbestand heten de waarden van een ja/nee-feit ‘ja’ en ‘nee’, zoals in een voorwaarde; schrijf ‘ja’.", replacement: "ja" },
      { code: "BL502", message: "‘bereikbaar_24_uur’ moet ja of nee zijn, maar is ‘0’.", hint: "In een testbestand heten de waarden van een ja/nee-feit ‘ja’ en ‘nee’, zoals in een voorwaarde; schrijf ‘nee’.", replacement: "nee" },
      { code: "BL502", message: "‘aanvraagdatum’ moet een bestaande datum zijn; 2026-02-30 bestaat niet.", hint: "Februari heeft 28 dagen.", replacement: undefined },
      { code: "BL502", message: expect.stringContaining("‘31-10-2025’") as unknown as string, hint: "Schrijf een datum als jjjj-mm-dd: 2025-10-31 in plaats van 31-10-2025.", replacement: "2025-10-31" },
      { code: "BL502", message: "‘keurmerk’ moet een van deze waarden zijn: ‘HKZ’, ‘ISO 9001’, ‘geen’; het is ‘hkz’.", hint: "Bedoelt u ‘HKZ’?", replacement: "HKZ" },
    ]);
  });
});

describe("names in an expectation", () => {
  it("a misspelt factor under ontbreekt and a misspelt fact under feitenfout get ‘Bedoelt u …?’", async () => {
    const run = await runWijkverpleging(`  - naam: Geen factoren
    uitgangspunt: compleet
    feiten:
      hbo_verpleegkundigen_fte: 0
      clientervaring_score: onbekend
      keurmerk: geen
    verwacht:
      ontbreekt:
        C: [clientervaring, hbo_inzet, keurmerk_factr]
  - naam: Een weigering
    uitgangspunt: compleet
    feiten:
      keurmerk: ISO9001
    verwacht:
      feitenfout: [keurmerkk]
`);
    expect(problems(run)).toEqual([
      { code: "BL504", message: "‘keurmerk_factr’ is geen regel die voor ‘wijkverpleging’ geldt.", hint: "Bedoelt u ‘keurmerk_factor’?", replacement: "keurmerk_factor" },
      { code: "BL501", message: "‘keurmerkk’ is geen feit van het beleid.", hint: "Bedoelt u ‘keurmerk’?", replacement: "keurmerk" },
    ]);
  });
});

describe("ontbreekt (as docs/testen.md describes it)", () => {
  it("lists every factor not met, also when only some of them are needed; an agreement already reached has []", async () => {
    const run = await runWijkverpleging(`  - naam: Alleen hbo-inzet geeft C
    uitgangspunt: compleet
    feiten:
      clientervaring_score: 7
      keurmerk: geen
    verwacht:
      overeenkomst: C
      factoren: 1
      ontbreekt:
        B: [keurmerk_factor, clientervaring]
        A: [clientervaring, keurmerk_factor]
        C: []
  - naam: Alleen de nodige factor is niet genoeg
    uitgangspunt: compleet
    feiten:
      clientervaring_score: 7
      keurmerk: geen
    verwacht:
      ontbreekt:
        B: [clientervaring]
`);
    expect(problems(run)).toEqual([]);
    expect(run.files[0]?.results.map((r) => r.passed)).toEqual([true, false]);
    expect(run.files[0]?.results[1]?.differences[0]).toBe("ontbreekt voor ‘B’: verwacht clientervaring, maar was clientervaring, keurmerk_factor");
  });
});
