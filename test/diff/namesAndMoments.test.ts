/**
 * How the change report names what it compares and what it lists: the versions (by publication
 * date, by month, by year; never by their key `2026-04`), the moments of the planning (dates
 * written out, moments in words as the author wrote them, in running text), lists (one rule:
 * commas and a last "en") and the condition of a declaration in JSON (the fact, as for every
 * other condition).
 */

import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { diffModels } from "../../compiler/diff/index.js";
import { formatArg, nameList } from "../../compiler/diff/format.js";
import { renderReport } from "../../compiler/diff/render.js";
import { reportTitle } from "../../compiler/diff/report.js";
import { SourceFiles } from "../../compiler/span.js";
import { BASE, model, variant } from "./base.js";

/** The base policy as version `versie`, optionally with a publication date and another title or year. */
function version(versie: string, extra: readonly (readonly [string, string])[] = [], published?: string): string {
  return variant([["versie: 2026-07", `versie: ${versie}${published ? `\ngepubliceerd: ${published}` : ""}`], ...extra], BASE);
}

/** A real change, so the report has a body: the exclusion's threshold. */
const LOWER = [["voorwaarde: behandelindex > 150", "voorwaarde: behandelindex > 160"]] as const;

function report(older: string, newer: string) {
  return diffModels(model(older, "voorbeeld/oud.policy"), model(newer, "voorbeeld/nieuw.policy")).report;
}

const opening = (text: string) => text.split("\n").slice(0, 3).join("\n");

describe("the versions a report compares", () => {
  it("names a month version without a publication date by its month, never by its key", () => {
    const r = report(version("2026-04", LOWER), version("2026-07"));
    expect(opening(renderReport(r, "md"))).toBe(
      "# Wijzigingen ten opzichte van het inkoopbeleid 2026 van april\n\nInkoopbeleid Voorbeeldzorg 2026 (versie van juli) vergeleken met de versie van april.",
    );
    expect(renderReport(r, "tekst").split("\n").slice(0, 2)).toEqual(["Wijzigingen ten opzichte van het inkoopbeleid 2026 van april", "Inkoopbeleid Voorbeeldzorg 2026 (versie van juli) vergeleken met de versie van april."]);
    expect(renderReport(r, "html")).toContain(`<p class="versies">Inkoopbeleid Voorbeeldzorg 2026 (versie van juli) vergeleken met de versie van april.</p>`);
    const json = JSON.parse(renderReport(r, "json"));
    expect(json.titel).toBe("Wijzigingen ten opzichte van het inkoopbeleid 2026 van april");
    // The key stays in JSON, where a program looks for it.
    expect([json.oud.versie, json.nieuw.versie]).toEqual(["2026-04", "2026-07"]);
    for (const format of ["tekst", "md", "html", "json"] as const) expect(renderReport(r, format)).not.toMatch(/versie 2026-0\d/);
  });

  it("adds the contract year where the text does not name it already", () => {
    const older = version("2025-10", [...LOWER, ["jaar: 2026", "jaar: 2025"], ["titel: Inkoopbeleid Voorbeeldzorg 2026", "titel: Inkoopbeleid Voorbeeldzorg 2025"]]);
    const r = report(older, version("2026-04"));
    expect(r.title).toBe("Wijzigingen ten opzichte van het inkoopbeleid 2025 van oktober");
    expect(opening(renderReport(r, "md")).split("\n")[2]).toBe("Inkoopbeleid Voorbeeldzorg 2026 (versie van april) vergeleken met de versie van oktober van het inkoopbeleid 2025.");
    // A title without the year: the year goes with the version.
    const untitled = report(version("2026-04", LOWER), version("2026-07", [["titel: Inkoopbeleid Voorbeeldzorg 2026", "titel: Inkoopbeleid Voorbeeldzorg"]]));
    expect(opening(renderReport(untitled, "md")).split("\n")[2]).toBe("Inkoopbeleid Voorbeeldzorg (2026, versie van juli) vergeleken met de versie van april van het inkoopbeleid 2026.");
  });

  it("keeps naming a version by its publication date when it has one, and a whole year by its year", () => {
    const r = report(version("2026-04", LOWER, "2025-04-01"), version("2026-07", [], "2025-07-01"));
    expect(opening(renderReport(r, "md"))).toBe(
      "# Wijzigingen ten opzichte van het inkoopbeleid 2026 van 1 april 2025\n\nInkoopbeleid Voorbeeldzorg 2026 (versie van 1 juli 2025) vergeleken met de versie van 1 april 2025.",
    );
    const yearly = report(version("2025", [...LOWER, ["jaar: 2026", "jaar: 2025"], ["titel: Inkoopbeleid Voorbeeldzorg 2026", "titel: Inkoopbeleid Voorbeeldzorg 2025"]]), version("2026"));
    expect(opening(renderReport(yearly, "md"))).toBe("# Wijzigingen ten opzichte van het inkoopbeleid van 2025\n\nInkoopbeleid Voorbeeldzorg 2026 vergeleken met het inkoopbeleid van 2025.");
  });

  it("gives the site's page the same title (reportTitle)", () => {
    expect(reportTitle(model(version("2026-04"), "voorbeeld/2026-04.policy"))).toBe("Wijzigingen ten opzichte van het inkoopbeleid 2026 van april");
  });
});

describe("the moments of the planning", () => {
  const PUBLICATION = "    wanneer: Vanaf 12 november 2025\n";
  const sentences = (older: string, newer: string) => report(older, newer).sections.flatMap((s) => s.items.map((i) => i.sentence));

  it("writes a date out and a moment in words as written, without its capital, in every kind of sentence", () => {
    // A date that became a moment in words, and the other way round: no ISO date, no capital.
    const dated = variant([[PUBLICATION, "    datum: 2025-11-12\n"]]);
    expect(sentences(dated, BASE)).toEqual(["In hoofdstuk 5 is het moment van ‘Publicatie gecontracteerde zorgaanbieders’ gewijzigd: voorheen 12 november 2025, nu vanaf 12 november 2025."]);
    expect(sentences(BASE, dated)).toEqual(["In hoofdstuk 5 is het moment van ‘Publicatie gecontracteerde zorgaanbieders’ gewijzigd: voorheen vanaf 12 november 2025, nu 12 november 2025."]);
    const half = variant([[PUBLICATION, "    wanneer: Half november 2025\n"]]);
    expect(sentences(BASE, half)).toEqual(["In hoofdstuk 5 is het moment van ‘Publicatie gecontracteerde zorgaanbieders’ gewijzigd: voorheen vanaf 12 november 2025, nu half november 2025."]);
    // Added and removed: the same two ways, between brackets.
    const without = variant([["  publicatie:\n    onderwerp: Publicatie gecontracteerde zorgaanbieders\n    hoofdstuk: planning\n" + PUBLICATION, ""]]);
    expect(sentences(without, half)).toEqual(["In hoofdstuk 5 is in de planning ‘Publicatie gecontracteerde zorgaanbieders’ opgenomen (half november 2025)."]);
    expect(sentences(without, dated)).toEqual(["In hoofdstuk 5 is in de planning ‘Publicatie gecontracteerde zorgaanbieders’ opgenomen (12 november 2025)."]);
    expect(sentences(dated, without)).toEqual(["In hoofdstuk 5 is ‘Publicatie gecontracteerde zorgaanbieders’ (12 november 2025) uit de planning vervallen."]);
  });

  it("keeps what the author wrote in capitals, and JSON keeps the moment as written", () => {
    expect(["Half mei 2025", "Na Prinsjesdag", "VECOZO opent de vragenlijst", "Q3 2025", "2025-07-01"].map((m) => formatArg("moment", m))).toEqual([
      "half mei 2025",
      "na Prinsjesdag",
      "VECOZO opent de vragenlijst",
      "Q3 2025",
      "1 juli 2025",
    ]);
    const dated = variant([[PUBLICATION, "    datum: 2025-11-12\n"]]);
    const json = JSON.parse(renderReport(report(dated, BASE), "json"));
    expect(json.wijzigingen[0].argumenten).toMatchObject({ oud: "2025-11-12", nieuw: "Vanaf 12 november 2025" });
  });

  it("reads in the geboortezorg report as the sources' planning has it", () => {
    const sources = new SourceFiles();
    const before = compileFile("policies/geboortezorg/2025.policy", {}, sources).model!;
    const after = compileFile("policies/geboortezorg/2026.policy", {}, sources).model!;
    const planning = diffModels(before, after).report.sections.flatMap((s) => s.items.map((i) => i.sentence)).filter((s) => s.includes("planning"));
    expect(planning).toEqual([
      "In hoofdstuk 5 is in de planning ‘Aanbieding vragenlijst Kraamzorg via VECOZO’ opgenomen (half mei 2025).",
      "In hetzelfde hoofdstuk is in de planning ‘Deadline invullen vragenlijst Kraamzorg in VECOZO’ opgenomen (1 juli 2025).",
    ]);
  });
});

describe("lists in the report", () => {
  it("follow one rule: commas and a last en, never semicolons, also for items with a comma", () => {
    expect(formatArg("opsomming", ["het thema a, b en c", "de tekst over d"])).toBe("het thema a, b en c en de tekst over d");
    expect(formatArg("namen", ["Compensatie arm, hand en vingerfunctie", "TENS", "BAHA"])).toBe("‘Compensatie arm, hand en vingerfunctie’, ‘TENS’ en ‘BAHA’");
    expect(formatArg("tekst", ["a, b", "c"])).toBe("a, b en c");
    // Names in running text quote a name with its own comma or "en", as a heading does.
    expect(nameList(["BAHA", "Compensatie arm, hand en vingerfunctie", "TENS"])).toBe("BAHA, ‘Compensatie arm, hand en vingerfunctie’ en TENS");
    expect(formatArg("zorgsoorten", ["Fysiotherapie", "Bemiddelingsbureaus en ZZP samenwerkingsverbanden"])).toBe("fysiotherapie en ‘Bemiddelingsbureaus en ZZP samenwerkingsverbanden’");
  });

  it("in a sentence: a fact's range with a decimal comma keeps commas between its clauses", () => {
    const before = variant([["    omschrijving: De landelijke behandelindex.\n", "    omschrijving: De landelijke behandelindex.\n    minimum: 0\n"]]);
    const after = variant([["    omschrijving: De landelijke behandelindex.\n", "    omschrijving: De landelijke behandelindex.\n    minimum: 2.5\n    maximum: 500\n    geheel: nee\n"]]);
    const sentence = report(before, after).sections.flatMap((s) => s.items.map((i) => i.sentence)).find((s) => s.includes("landelijke behandelindex ("));
    expect(sentence).toBe("In hoofdstuk 3.1 mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) niet langer kleiner zijn dan 2,5 (voorheen minimum 0) en mag niet langer groter zijn dan 500.");
  });
});

describe("a declaration that became a tested condition (mondzorg 2024 → 2025)", () => {
  const sources = new SourceFiles();
  const before = compileFile("policies/mondzorg/2024.policy", {}, sources).model!;
  const after = compileFile("policies/mondzorg/2025.policy", {}, sources).model!;
  const json = JSON.parse(renderReport(diffModels(before, after).report, "json"));
  const conditions = json.wijzigingen.filter((w: { soort: string }) => w.soort === "voorwaarde_gewijzigd");

  it("gives in JSON the fact the provider declared as `oud`, as every other change gives the condition", () => {
    const declaration = conditions.find((w: { argumenten: { verklaring: string } }) => w.argumenten.verklaring === "vervallen");
    expect(declaration.argumenten).toMatchObject({ oud: "impl_digitale_zorg", nieuw: "aantal(doelen_digitale_zorg) >= 1" });
    for (const w of conditions) expect(w.argumenten.oud).toMatch(/^[a-z_]+$/);
  });

  it("still tells it once for both care types, each with its own rule", () => {
    const declaration = conditions.find((w: { argumenten: { verklaring: string } }) => w.argumenten.verklaring === "vervallen");
    expect(declaration.sleutel).toBe("regel:impl_digitale_zorg+tp_digitale_zorg");
    expect(declaration.zorgsoorten).toEqual(["implantologie", "tandprothetische_zorg"]);
    expect(declaration.zin).toBe("In hoofdstuk 3 is de randvoorwaarde ‘gebruik van digitale zorg’ niet langer een verklaring van de zorgaanbieder, maar een voorwaarde die wordt getoetst; ook de tekst is aangepast.");
  });
});
