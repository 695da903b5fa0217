/**
 * The impact of a change on a dataset of providers: both versions evaluate every row, the
 * table counts who moves from which outcome to which, the summary says it in Dutch, a set
 * value only one version knows counts for the other as no value, and rows a version cannot
 * use are counted apart. Plus the command line: `beleid diff --aanbieders` and
 * `beleid aanbieders --ook`.
 */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { careParts } from "../../compiler/queries.js";
import { computeImpact, impactFacts } from "../../compiler/diff/impact.js";
import { diffModels } from "../../compiler/diff/index.js";
import { renderReport } from "../../compiler/diff/render.js";
import { compileFile } from "../../compiler/compile.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import type { PolicyModel } from "../../compiler/model.js";
import { cli } from "../helpers.js";
import { groupOfKind, model, selectiveGroup, variant } from "./base.js";

/** A register fact (a set) and a rule on it, so that set values can differ between versions. */
const WITH_REGISTERS: [string, string][] = [
  [
    "  aanvraagdatum:\n",
    "  registers:\n    type: verzameling\n    omschrijving: De registers waarin de praktijk staat.\n    waarden: [Register X, Register Y]\n  aanvraagdatum:\n",
  ],
  ["        voorwaarde: register\n", "        voorwaarde: register en aantal(registers) >= 1\n"],
];

const OLDER = model(variant(WITH_REGISTERS));
const NEWER = model(
  variant([
    ...WITH_REGISTERS.slice(1),
    [
      "  aanvraagdatum:\n",
      "  registers:\n    type: verzameling\n    omschrijving: De registers waarin de praktijk staat.\n    waarden: [Register X, Register Y, Register Z]\n  aanvraagdatum:\n",
    ],
    ["voorwaarde: behandelindex > 150", "voorwaarde: behandelindex > 120"],
    ["A: { naam: Zorgovereenkomst A, factoren: 2 }", "A: { naam: Zorgovereenkomst A, factoren: 1 }"],
    ["B: { naam: Zorgovereenkomst B, factoren: 1 }", "B: { naam: Zorgovereenkomst B, factoren: 0 }"],
    ["        C: { naam: Zorgovereenkomst C, factoren: 0 }\n", ""],
  ]),
);

const HEADER = "aanbieder,behandelindex,uitzondering,register,registers,aandeel_loondienst,interventie,keurmerk,prem,aanvraagdatum";
const good = "100,nee,ja,Register X,60%,CooL";

const ROWS = [
  HEADER,
  `P1,${good.replace("100", "130")},ja,ja,2026-01-15`, // index 130: excluded now; was A
  `P2,${good},ja,nee,2026-01-15`, // one factor: was B, now A
  `P3,${good},nee,nee,2026-01-15`, // no factors: was C, now B
  `P4,${good},ja,ja,2026-01-15`, // A stays A
  `P5,${good.replace("Register X", "Register Z")},ja,ja,2026-01-15`, // a register only the new version knows
  `P6,${good.replace("60%", "zestig")},ja,ja,2026-01-15`, // unreadable
].join("\n");

async function impactOf(older: PolicyModel, newer: PolicyModel, csv: string) {
  const evaluators = { older: await loadEvaluator(older), newer: await loadEvaluator(newer) };
  return computeImpact(older, newer, evaluators, Readable.from([csv]), "csv");
}

describe("computeImpact", () => {
  it("counts the moves between outcomes per care type and sums them up in Dutch", async () => {
    const tables = await impactOf(OLDER, NEWER, ROWS);
    const fysio = tables.find((t) => t.zorgsoort === "Fysiotherapie")!;
    expect(fysio.aantal).toBe(5);
    expect(fysio.afgewezen).toBe(1);
    expect(fysio.kolommen).toEqual(["Zorgovereenkomst A", "Zorgovereenkomst B", "geen zorgovereenkomst"]);
    expect(fysio.rijen).toEqual([
      { van: "Zorgovereenkomst A", aantallen: [1, 0, 1] },
      { van: "Zorgovereenkomst B", aantallen: [1, 0, 0] },
      { van: "Zorgovereenkomst C", aantallen: [0, 1, 0] },
      { van: "geen zorgovereenkomst", aantallen: [1, 0, 0] },
    ]);
    expect(fysio.samenvatting).toBe(
      "Van de 5 zorgaanbieders: 1 komt niet meer in aanmerking, 1 komt nieuw in aanmerking en 2 krijgen een hogere zorgovereenkomst.",
    );
  });

  it("treats a set value one version does not name as no value for that version", async () => {
    const tables = await impactOf(OLDER, NEWER, ROWS);
    const oefen = tables.find((t) => t.zorgsoort === "Oefentherapie")!;
    // P5 names only Register Z: the old version sees no register, the new one sees one.
    expect(oefen.nieuwInAanmerking).toBe(1);
    expect(oefen.afgewezenDoorOud).toBe(0);
    expect(impactFacts(OLDER, NEWER).find((f) => f.id === "registers")?.values).toEqual(["Register X", "Register Y", "Register Z"]);
  });

  it("says so when nothing changes", async () => {
    // Without the new version, Register Z is an unknown value: that row cannot be read either.
    const tables = await impactOf(OLDER, OLDER, ROWS);
    expect(tables.map((t) => [t.samenvatting, t.afgewezen])).toEqual([
      ["Voor geen van de 4 zorgaanbieders verandert de uitkomst.", 2],
      ["Voor geen van de 4 zorgaanbieders verandert de uitkomst.", 2],
    ]);
  });

  it("rejects a row only for the care types that need the fact it cannot use, and says why (was: rejected for every care type)", async () => {
    const csv = [...ROWS.split("\n").slice(0, 5), `P9,${good.replace("100", "hoog")},ja,ja,2026-01-15`, `P10,${good.replace("100", "hoog")},ja,ja,2026-01-15`].join("\n");
    const tables = await impactOf(OLDER, NEWER, csv);
    // behandelindex is a fact of fysiotherapie only: oefentherapie assesses the rows, as
    // `beleid eval --zorgsoort oefentherapie --aanbieders` does.
    expect(tables.map((t) => [t.zorgsoort, t.aantal, t.afgewezen])).toEqual([
      ["Fysiotherapie", 4, 2],
      ["Oefentherapie", 6, 0],
    ]);
    expect(tables[0]!.afgewezenPerProbleem).toEqual([{ feit: "behandelindex", soort: "type", omschrijving: "‘behandelindex’ heeft een waarde van de verkeerde soort", aantal: 2 }]);
    expect(tables[1]!.afgewezenPerProbleem).toEqual([]);
    // The same with JSON lines.
    const jsonl = csv.split("\n").slice(1).map((line) => {
      const cells = line.split(",");
      const row = Object.fromEntries(HEADER.split(",").map((h, i) => [h, cells[i]]));
      return JSON.stringify({ ...row, behandelindex: row.behandelindex === "hoog" ? "hoog" : Number(row.behandelindex), uitzondering: false, register: true, registers: [row.registers], aandeel_loondienst: 60, prem: row.prem === "ja", keurmerk: row.keurmerk === "ja" });
    });
    const evaluators = { older: await loadEvaluator(OLDER), newer: await loadEvaluator(NEWER) };
    const fromJson = await computeImpact(OLDER, NEWER, evaluators, Readable.from([jsonl.join("\n") + "\n"]), "jsonl");
    expect(fromJson.map((t) => [t.zorgsoort, t.afgewezen])).toEqual([
      ["Fysiotherapie", 2],
      ["Oefentherapie", 0],
    ]);
  });

  it("counts rows only one version cannot use apart", async () => {
    // A choice value only the old version knows: the new version rejects the row.
    const older = model(variant([["waarden: [CooL, SLIMMER, BeweegKuur]", "waarden: [CooL, SLIMMER, BeweegKuur, Oud]"]]));
    const newer = model(variant([]));
    const csv = [HEADER.replace(",registers", ""), "P1,100,nee,ja,60%,Oud,ja,ja,2026-01-15", "P2,100,nee,ja,60%,CooL,ja,ja,2026-01-15"].join("\n");
    const [fysio] = await impactOf(older, newer, csv);
    expect(fysio).toMatchObject({ aantal: 1, afgewezen: 0, afgewezenDoorOud: 0, afgewezenDoorNieuw: 1 });
  });
});

describe("selective purchase in the impact", () => {
  const SELECTIVE = selectiveGroup();
  const REQUIREMENT = groupOfKind();
  const withGroup = (group: string) => model(variant([["\ndatumregels:", `${group}\ndatumregels:`]]));
  const header = HEADER.replace(",registers", "");
  const csv = [
    header,
    "P1,100,nee,ja,60%,CooL,nee,ja,2026-01-15", // no keurmerk: newly qualifies, without the Parkinson care
    "P2,100,nee,ja,60%,CooL,ja,ja,2026-01-15", // keurmerk: all the same
    "P3,100,nee,nee,60%,CooL,nee,ja,2026-01-15", // no register either: qualifies in neither
  ].join("\n");

  it("counts, when a requirement becomes one, those who qualify now but from whom that care is not purchased", async () => {
    const [fysio, oefen] = await impactOf(withGroup(REQUIREMENT), withGroup(SELECTIVE), csv);
    expect(fysio?.nieuwInAanmerking).toBe(1);
    expect(fysio?.deelzorg).toEqual([{ zorg: "zorg bij de ziekte van Parkinson", voortaanNietIngekocht: 1, voortaanWelIngekocht: 0 }]);
    expect(fysio?.samenvatting).toBe("Van de 3 zorgaanbieders: 1 komt nieuw in aanmerking en bij 1 wordt zorg bij de ziekte van Parkinson voortaan niet ingekocht.");
    expect(oefen?.deelzorg).toEqual([]);
  });

  it("the reverse: who no longer qualifies is not also counted as a care part purchased", async () => {
    const [fysio] = await impactOf(withGroup(SELECTIVE), withGroup(REQUIREMENT), csv);
    expect(fysio?.nietMeerInAanmerking).toBe(1);
    expect(fysio?.deelzorg).toEqual([{ zorg: "zorg bij de ziekte van Parkinson", voortaanNietIngekocht: 0, voortaanWelIngekocht: 0 }]);
    expect(fysio?.samenvatting).toBe("Van de 3 zorgaanbieders: 1 komt niet meer in aanmerking.");
  });

  it("counts a care part purchased again from a provider who qualifies in both", async () => {
    const looser = withGroup(SELECTIVE.replace("voorwaarde: keurmerk", "voorwaarde: keurmerk of prem"));
    const [fysio] = await impactOf(withGroup(SELECTIVE), looser, csv);
    expect(fysio?.deelzorg).toEqual([{ zorg: "zorg bij de ziekte van Parkinson", voortaanNietIngekocht: 0, voortaanWelIngekocht: 1 }]);
    expect(fysio?.samenvatting).toBe("Van de 3 zorgaanbieders: bij 1 wordt zorg bij de ziekte van Parkinson voortaan wel ingekocht.");
  });

  it("lists a part whose only rule is an intention, with zeros (an intention withholds nothing); bulk evaluation leaves it out", async () => {
    const intention = withGroup(SELECTIVE.replace("    soort: selectieve_inkoop\n", "    soort: selectieve_inkoop\n    status: voornemen\n"));
    const [fysio] = await impactOf(withGroup(REQUIREMENT), intention, csv);
    expect(fysio?.deelzorg).toEqual([{ zorg: "zorg bij de ziekte van Parkinson", voortaanNietIngekocht: 0, voortaanWelIngekocht: 0 }]);
    expect(careParts(intention, "fysiotherapie")).toEqual([]);
    expect(careParts(intention, "fysiotherapie", { intentions: true })).toEqual(["zorg bij de ziekte van Parkinson"]);
    expect(careParts(withGroup(SELECTIVE), "fysiotherapie")).toEqual(["zorg bij de ziekte van Parkinson"]);
  });

  it("is a small table of its own in Markdown and HTML and a line in text, only when something changed", async () => {
    const older = withGroup(REQUIREMENT);
    const newer = withGroup(SELECTIVE);
    const tables = await impactOf(older, newer, csv);
    const { report } = diffModels(older, newer);
    expect(renderReport(report, "tekst", false, tables)).toContain("  zorg bij de ziekte van Parkinson voortaan niet ingekocht: 1\n");
    const markdown = renderReport(report, "md", false, tables);
    expect(markdown).toContain("| deel van de zorg | voortaan niet ingekocht | voortaan wel ingekocht |\n|---|---:|---:|\n| zorg bij de ziekte van Parkinson | 1 | 0 |");
    expect(markdown.match(/deel van de zorg/g)).toHaveLength(1);
    expect(renderReport(report, "html", false, tables)).toContain('<th scope="row">zorg bij de ziekte van Parkinson</th><td class="getal">1</td><td class="getal">0</td>');
  });
});

describe("the impact in the change report", () => {
  it("is a table in Markdown and HTML and a list of moves in text, numbers in Dutch notation", async () => {
    const tables = await impactOf(OLDER, NEWER, ROWS);
    const { report } = diffModels(OLDER, NEWER);
    const text = renderReport(report, "tekst", false, tables);
    expect(text).toContain(
      [
        "Gevolgen voor zorgaanbieders",
        "",
        "Fysiotherapie (5 zorgaanbieders beoordeeld; 1 rij niet bruikbaar)",
        "  Van de 5 zorgaanbieders: 1 komt niet meer in aanmerking, 1 komt nieuw in aanmerking en 2 krijgen een hogere zorgovereenkomst.",
        "  Zorgovereenkomst A → geen zorgovereenkomst: 1",
        "  Zorgovereenkomst B → Zorgovereenkomst A: 1",
        "  Zorgovereenkomst C → Zorgovereenkomst B: 1",
        "  geen zorgovereenkomst → Zorgovereenkomst A: 1",
        "  Zelfde uitkomst: 1",
      ].join("\n"),
    );
    const markdown = renderReport(report, "md", false, tables);
    expect(markdown).toContain("| vorige versie ↓  nieuwe versie → | Zorgovereenkomst A | Zorgovereenkomst B | geen zorgovereenkomst |");
    expect(markdown).toContain("| Zorgovereenkomst C | 0 | 1 | 0 |");
    const html = renderReport(report, "html", false, tables);
    expect(html).toContain('<th scope="row">Zorgovereenkomst B</th><td class="getal">1</td>');
    const json = JSON.parse(renderReport(report, "json", false, tables));
    expect(json.zorgaanbieders[0].zorgsoort).toBe("Fysiotherapie");
  });
});

describe("why rows could not be used, in the change report", () => {
  it("names at most ten kinds of problem per care type, most rows first, and counts the rest", async () => {
    const [table] = await impactOf(OLDER, NEWER, ROWS);
    const groups = Array.from({ length: 12 }, (_, i) => ({ feit: `feit_${i}`, soort: "type", omschrijving: `‘feit_${i}’ heeft een waarde van de verkeerde soort`, aantal: 12 - i }));
    const { report } = diffModels(OLDER, NEWER);
    const text = renderReport(report, "tekst", false, [{ ...table!, afgewezen: 40, afgewezenPerProbleem: groups }]);
    expect(text).toContain(
      [
        "  Waarom de 40 rijen niet bruikbaar zijn, per feit en soort probleem (een rij met meer problemen telt bij elk daarvan mee):",
        ...groups.slice(0, 10).map((g) => `    ${g.omschrijving}: ${g.aantal}`),
        "    en nog 2 andere soorten problemen; alle staan in het verslag als JSON (--format json), onder afgewezenPerProbleem",
        "",
      ].join("\n"),
    );
    const one = renderReport(report, "tekst", false, [{ ...table!, afgewezen: 1, afgewezenPerProbleem: [{ feit: "", soort: "regel", reden: "te_weinig_kolommen", omschrijving: "te weinig kolommen", aantal: 1 }] }]);
    expect(one).toContain("  Waarom de rij niet bruikbaar is, per feit en soort probleem:\n    te weinig kolommen: 1\n");
  });
});

describe("beleid diff --aanbieders", () => {
  const dir = mkdtempSync(join(tmpdir(), "beleid-gevolgen-"));
  const older = "policies/paramedische-zorg/2025.policy";
  const newer = "policies/paramedische-zorg/2026-07.policy";

  it("generates a dataset for both versions and reports the impact", async () => {
    const data = join(dir, "aanbieders.csv");
    const made = await cli(["aanbieders", newer, "--ook", older, "-n", "200", "--uit", data]);
    expect(made.code).toBe(0);
    const header = readFileSync(data, "utf8").split("\n")[0]!.split(",");
    const needed = impactFacts(compileFile(older).model!, compileFile(newer).model!).map((f) => f.id);
    expect(header.slice(1).sort()).toEqual([...needed].sort());
    const run = await cli(["diff", older, newer, "--aanbieders", data, "--format", "md"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("## Gevolgen voor zorgaanbieders");
    expect(run.stdout).toMatch(/\*\*Fysiotherapie \(200 zorgaanbieders beoordeeld\)\*\*/);
    expect(run.stdout).not.toContain("niet bruikbaar");
  });

  it("explains a dataset that lacks facts and how to make one: an error in the input, exit 1 as with beleid eval --aanbieders (was 2)", async () => {
    const data = join(dir, "te-weinig.csv");
    writeFileSync(data, "aanbieder,behandelindex\nP1,100\n");
    const run = await cli(["diff", older, newer, "--aanbieders", data]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^fout: .*te-weinig\.csv: De kolommen ‘.*’ ontbreken in de kopregel\./);
    expect(run.stderr).toContain("beleid aanbieders");
    expect(run.stderr).toContain("--ook");
    expect(run.stdout).toBe("");
    // With --format json the same error as JSON on standard output, as beleid eval --json gives it.
    const json = await cli(["diff", older, newer, "--aanbieders", data, "--format", "json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ fout: "aanbiedersbestand", bericht: run.stderr.replace(/^fout: /, "").trimEnd() });
    // Only a missing column gets the hint to make a file with both versions' facts.
    writeFileSync(data, "");
    const empty = await cli(["diff", older, newer, "--aanbieders", data, "--format", "json"]);
    expect([empty.code, JSON.parse(empty.stdout)]).toEqual([1, { fout: "aanbiedersbestand", bericht: `${data}: Het bestand is leeg: de eerste regel moet de kolomnamen (de feiten) bevatten.` }]);
  });

  it("with rows a care type cannot use: why, per care type and problem, in the report (was: on standard error only), and exit 1 as beleid eval --aanbieders", async () => {
    const data = join(dir, "hoog.csv");
    const source = join(dir, "aanbieders-hoog.csv");
    expect((await cli(["aanbieders", newer, "--ook", older, "-n", "200", "--uit", source])).code).toBe(0);
    const lines = readFileSync(source, "utf8").split("\n");
    const column = lines[0]!.split(",").indexOf("behandelindex");
    const bad = lines.map((line, i) => (i >= 1 && i <= 3 ? line.split(",").map((cell, c) => (c === column ? "hoog" : cell)).join(",") : line));
    writeFileSync(data, bad.join("\n"));
    const run = await cli(["diff", older, newer, "--aanbieders", data]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Fysiotherapie (197 zorgaanbieders beoordeeld; 3 rijen niet bruikbaar)");
    expect(run.stdout).toContain("Oefentherapie (200 zorgaanbieders beoordeeld)");
    expect(run.stdout).toContain("  Waarom de 3 rijen niet bruikbaar zijn, per feit en soort probleem:\n    ‘behandelindex’ heeft een waarde van de verkeerde soort: 3\n\nOefentherapie");
    expect(run.stdout.match(/niet bruikbaar zijn/g)).toHaveLength(1);
    expect(run.stderr).toBe(
      `Niet elke rij van ${data} is bruikbaar; waarom, staat per zorgsoort in het verslag. Met beleid eval <beleid> --zorgsoort <zorgsoort> --aanbieders ${data} --uit resultaten.csv staat elke afgekeurde rij met de reden in resultaten.csv.\n`,
    );
    const markdown = await cli(["diff", older, newer, "--aanbieders", data, "--format", "md"]);
    expect(markdown.stdout).toContain("Waarom de 3 rijen niet bruikbaar zijn, per feit en soort probleem:\n\n- ‘behandelindex’ heeft een waarde van de verkeerde soort: 3\n");
    const html = await cli(["diff", older, newer, "--aanbieders", data, "--format", "html"]);
    expect(html.stdout).toContain("<p>Waarom de 3 rijen niet bruikbaar zijn, per feit en soort probleem:</p><ul><li>‘behandelindex’ heeft een waarde van de verkeerde soort: 3</li></ul>");
    const json = await cli(["diff", older, newer, "--aanbieders", data, "--format", "json"]);
    expect(json.code).toBe(1);
    const fysio = (JSON.parse(json.stdout) as { zorgaanbieders: { zorgsoort: string; afgewezenPerProbleem: unknown }[] }).zorgaanbieders.find((t) => t.zorgsoort === "Fysiotherapie");
    expect(fysio?.afgewezenPerProbleem).toEqual([{ feit: "behandelindex", soort: "type", omschrijving: "‘behandelindex’ heeft een waarde van de verkeerde soort", aantal: 3 }]);
  });

  it("names a missing file: an error in the input, exit 1 (was 2)", async () => {
    const run = await cli(["diff", older, newer, "--aanbieders", join(dir, "bestaat-niet.csv")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("bestaat niet");
  });
});
