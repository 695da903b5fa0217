/**
 * A rule for selective purchase (soort: selectieve_inkoop) in the change report: named "voorwaarde
 * voor selectieve inkoop", and classed like a requirement, except that a requirement that
 * becomes one costs a provider that fails it only that part of the care: soepeler.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { renderReport } from "../../compiler/diff/render.js";
import { groupOfKind, model, selectiveGroup, variant } from "./base.js";

const SELECTIVE = selectiveGroup();
const REQUIREMENT = groupOfKind();

const withGroup = (group: string) => variant([["\ndatumregels:", `${group}\ndatumregels:`]]);

function items(older: string, newer: string) {
  return diffModels(model(older), model(newer)).report.sections.flatMap((s) => s.items.map((i) => [i.sentence, i.change.class]));
}

describe("a rule for selective purchase", () => {
  it("that is new is named as a condition for selective purchase of its care, and is strenger", () => {
    expect(items(variant([]), withGroup(SELECTIVE))).toEqual([["In hoofdstuk 3.1 is een voorwaarde voor selectieve inkoop van zorg bij de ziekte van Parkinson opgenomen: ‘aangesloten bij ParkinsonNet’.", "strenger"]]);
    // Two for the same care are named together; dropped, they are named as they were.
    const two = SELECTIVE.replace("    regels:\n", "    regels:\n      scholing:\n        naam: scholing over Parkinson\n        tekst: Scholing.\n        deelzorg: zorg bij de ziekte van Parkinson\n        voorwaarde: prem\n");
    expect(items(variant([]), withGroup(two))).toEqual([["In hoofdstuk 3.1 zijn voorwaarden voor selectieve inkoop van zorg bij de ziekte van Parkinson opgenomen: ‘scholing over Parkinson’ en ‘aangesloten bij ParkinsonNet’.", "strenger"]]);
    expect(items(withGroup(SELECTIVE), variant([]))).toEqual([["In hoofdstuk 3.1 is de voorwaarde voor selectieve inkoop van zorg bij de ziekte van Parkinson ‘aangesloten bij ParkinsonNet’ vervallen.", "soepeler"]]);
  });

  it("that a requirement became is soepeler, and the reverse strenger; both name the care it is about", () => {
    expect(items(withGroup(REQUIREMENT), withGroup(SELECTIVE))).toEqual([
      [
        "In hoofdstuk 3.1 is ‘aangesloten bij ParkinsonNet’ opgenomen als voorwaarde voor selectieve inkoop van zorg bij de ziekte van Parkinson en niet langer als randvoorwaarde: zorgaanbieders die er niet aan voldoen, houden hun zorgovereenkomst, maar deze zorg wordt niet bij hen ingekocht.",
        "soepeler",
      ],
    ]);
    expect(items(withGroup(SELECTIVE), withGroup(REQUIREMENT))).toEqual([
      [
        "In hoofdstuk 3.1 is ‘aangesloten bij ParkinsonNet’ opgenomen als randvoorwaarde en niet langer als voorwaarde voor selectieve inkoop van zorg bij de ziekte van Parkinson: zorgaanbieders die er niet aan voldoen, komen niet langer in aanmerking voor een zorgovereenkomst; voorheen werd alleen deze zorg niet bij hen ingekocht.",
        "strenger",
      ],
    ]);
  });

  it("that another kind of rule became, or the reverse, names the care it is about", () => {
    const approach = groupOfKind("benaderingsvoorwaarde");
    expect(items(withGroup(approach), withGroup(SELECTIVE)).map(([sentence]) => sentence)).toEqual([
      "In hoofdstuk 3.1 is ‘aangesloten bij ParkinsonNet’ opgenomen als voorwaarde voor selectieve inkoop van zorg bij de ziekte van Parkinson en niet langer als voorwaarde om benaderd te worden: bij zorgaanbieders die er niet aan voldoen, wordt deze zorg niet ingekocht.",
    ]);
    expect(items(withGroup(SELECTIVE), withGroup(approach)).map(([sentence]) => sentence)).toEqual([
      "In hoofdstuk 3.1 is ‘aangesloten bij ParkinsonNet’ opgenomen als voorwaarde om benaderd te worden en niet langer als voorwaarde voor selectieve inkoop van zorg bij de ziekte van Parkinson: deze zorg wordt voortaan ook ingekocht bij zorgaanbieders die er niet aan voldoen.",
    ]);
  });
});

describe("the care a rule for selective purchase is about (deelzorg)", () => {
  const other = SELECTIVE.replace("deelzorg: zorg bij de ziekte van Parkinson", "deelzorg: fysiotherapie bij de ziekte van Parkinson en aanverwante aandoeningen");

  it("that changed is reported, onbepaald (the words do not say whether it is more or less care), in both directions", () => {
    expect(items(withGroup(SELECTIVE), withGroup(other))).toEqual([
      [
        "In hoofdstuk 3.1 is bij de voorwaarde voor selectieve inkoop ‘aangesloten bij ParkinsonNet’ gewijzigd welke zorg niet wordt ingekocht bij zorgaanbieders die er niet aan voldoen: niet langer ‘zorg bij de ziekte van Parkinson’, maar ‘fysiotherapie bij de ziekte van Parkinson en aanverwante aandoeningen’.",
        "onbepaald",
      ],
    ]);
    expect(items(withGroup(other), withGroup(SELECTIVE))).toEqual([
      [
        "In hoofdstuk 3.1 is bij de voorwaarde voor selectieve inkoop ‘aangesloten bij ParkinsonNet’ gewijzigd welke zorg niet wordt ingekocht bij zorgaanbieders die er niet aan voldoen: niet langer ‘fysiotherapie bij de ziekte van Parkinson en aanverwante aandoeningen’, maar ‘zorg bij de ziekte van Parkinson’.",
        "onbepaald",
      ],
    ]);
  });

  it("with the rule's text is one change that says so", () => {
    const both = other.replace("met een keurmerk.", "met een geldig keurmerk.");
    expect(items(withGroup(SELECTIVE), withGroup(both))).toEqual([
      [
        "In hoofdstuk 3.1 is bij de voorwaarde voor selectieve inkoop ‘aangesloten bij ParkinsonNet’ gewijzigd welke zorg niet wordt ingekocht bij zorgaanbieders die er niet aan voldoen: niet langer ‘zorg bij de ziekte van Parkinson’, maar ‘fysiotherapie bij de ziekte van Parkinson en aanverwante aandoeningen’; ook de tekst is aangepast.",
        "onbepaald",
      ],
    ]);
  });

  it("only spelled otherwise is redactioneel", () => {
    const spelled = SELECTIVE.replace("deelzorg: zorg bij de ziekte van Parkinson", "deelzorg: zorg bij de ziekte van parkinson");
    expect(items(withGroup(SELECTIVE), withGroup(spelled)).map(([, cls]) => cls)).toEqual(["redactioneel"]);
  });

  it("is in the JSON report, with the care before and after, and in the HTML comparison of the rule", () => {
    const { changes, report } = diffModels(model(withGroup(SELECTIVE)), model(withGroup(other)));
    expect(changes[0]?.kind).toBe("deelzorg_gewijzigd");
    expect(changes[0]?.args).toMatchObject({ oud: "zorg bij de ziekte van Parkinson", nieuw: "fysiotherapie bij de ziekte van Parkinson en aanverwante aandoeningen" });
    const json = JSON.parse(renderReport(report, "json")) as { wijzigingen: { soort: string; argumenten: Record<string, string> }[] };
    expect(json.wijzigingen.map((w) => [w.soort, w.argumenten.oud, w.argumenten.nieuw])).toEqual([["deelzorg_gewijzigd", "zorg bij de ziekte van Parkinson", "fysiotherapie bij de ziekte van Parkinson en aanverwante aandoeningen"]]);
    const html = renderReport(report, "html");
    expect(html).toContain("<span class=\"label\">Deel van de zorg:</span> zorg bij de ziekte van Parkinson</p>");
    // The kind of rule as the report names it, not its key.
    expect(html).toMatch(/<span class="label">Hoofdstuk [\d.]+, voorwaarde voor selectieve inkoop:<\/span>/);
    expect(html).toContain("<span class=\"label\">Deel van de zorg:</span> fysiotherapie bij de ziekte van Parkinson en aanverwante aandoeningen</p>");
  });
});
