/**
 * The headings of a care type's differentiation as the source writes them
 * (`differentiatie.kop`, `differentiatie.factoren_kop`), and the anchor every factor has per
 * care type, also a factor that oefentherapie and logopedie share (PREM).
 */

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { diffModels } from "../../compiler/diff/index.js";
import type { PolicyModel } from "../../compiler/model.js";
import { renderDocument } from "../../compiler/render/document.js";
import { planSite } from "../../compiler/site/plan.js";
import { model } from "./models.js";

/** Copies of a domain's policies (and the shared ones) in a temporary folder, each text changed by `edit`. */
function copies(domain: string, files: readonly string[], edit: (text: string) => string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "beleid-koppen-"));
  cpSync("policies/algemeen", join(dir, "algemeen"), { recursive: true });
  cpSync(join("policies", domain), join(dir, domain), { recursive: true });
  return files.map((file) => {
    const path = join(dir, domain, file);
    writeFileSync(path, edit(readFileSync(path, "utf8")));
    return path;
  });
}

/** Adds lines right after `hoofdstuk` of the differentiation of the care type whose block starts with `careType:`. */
function withHeadings(careType: string, lines: string) {
  return (text: string): string => {
    const start = text.indexOf(`\n  ${careType}:\n`);
    const at = text.indexOf("\n    differentiatie:\n      hoofdstuk: ", start);
    if (start < 0 || at < 0) throw new Error(`geen differentiatie voor ${careType}`);
    const end = text.indexOf("\n", at + "\n    differentiatie:\n".length + 1);
    return `${text.slice(0, end + 1)}${lines}${text.slice(end + 1)}`;
  };
}

/** The differentiation section of a care type in the document. */
function section(html: string, careType: string): string {
  const start = html.indexOf(`<section class="differentiatie" aria-labelledby="differentiatie-${careType}"`);
  expect(start, careType).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf("</section>", start));
}

const PARAMEDISCH = "policies/paramedische-zorg/2026-07.policy";

describe("the headings of a differentiation", () => {
  it("are the care type's name and 'Differentiatiefactoren:' when the policy gives none", () => {
    const fysio = section(renderDocument(model(PARAMEDISCH)).content.value, "fysiotherapie");
    expect(fysio).toMatch(/<h\d id="differentiatie-fysiotherapie">Fysiotherapie<\/h\d>/);
    expect(fysio).toContain('<p class="lijstkop">Differentiatiefactoren:</p>');
  });

  it("written as the defaults, change nothing in the document", () => {
    const [path] = copies("paramedische-zorg", ["2026-07.policy"], withHeadings("fysiotherapie", "      kop: Fysiotherapie\n      factoren_kop: 'Differentiatiefactoren:'\n"));
    expect(renderDocument(model(path as string)).content.value).toBe(renderDocument(model(PARAMEDISCH)).content.value);
  });

  it("are the source's when the policy gives them, for that care type only", () => {
    const [path] = copies(
      "paramedische-zorg",
      ["2026-07.policy"],
      withHeadings("logopedie", "      kop: Gedifferentieerde inkoop logopedie\n      factoren_kop: Logopedie - differentiatiefactoren\n"),
    );
    const html = renderDocument(model(path as string)).content.value;
    const logopedie = section(html, "logopedie");
    expect(logopedie).toMatch(/<h\d id="differentiatie-logopedie">Gedifferentieerde inkoop logopedie<\/h\d>/);
    expect(logopedie).toContain('<p class="lijstkop">Logopedie - differentiatiefactoren</p>');
    expect(logopedie).not.toContain("Differentiatiefactoren:");
    expect(section(html, "oefentherapie")).toContain('<p class="lijstkop">Differentiatiefactoren:</p>');
    // The table of contents does not list these headings; the chapter heading stays.
    expect(html).toContain("Voorwaarden gedifferentieerde zorginkoop");
  });

  it("Geboortezorg: 'Gedifferentieerde inkoop Kraamzorg' and 'Kraamzorg - differentiatiefactoren', without a change report item when both versions have them", () => {
    // The policies write the source's headings in both versions; without them the report is the same.
    const withoutHeadings = (text: string) => text.replace("      kop: Gedifferentieerde inkoop Kraamzorg\n", "").replace("      factoren_kop: Kraamzorg - differentiatiefactoren\n", "");
    const [older, newer] = copies("geboortezorg", ["2025.policy", "2026.policy"], withoutHeadings).map(model) as [PolicyModel, PolicyModel];
    const real = [model("policies/geboortezorg/2025.policy"), model("policies/geboortezorg/2026.policy")] as const;
    const kraamzorg = section(renderDocument(real[1]).content.value, "kraamzorg");
    expect(kraamzorg).toMatch(/<h\d id="differentiatie-kraamzorg">Gedifferentieerde inkoop Kraamzorg<\/h\d>/);
    expect(kraamzorg).toContain('<p class="lijstkop">Kraamzorg - differentiatiefactoren</p>');
    expect(section(renderDocument(newer).content.value, "kraamzorg")).not.toContain("Gedifferentieerde inkoop Kraamzorg");
    expect(JSON.stringify(diffModels(...real).changes)).toBe(JSON.stringify(diffModels(older, newer).changes));
  });

  it("are refused when empty, with a Dutch message", () => {
    const [path] = copies("paramedische-zorg", ["2026-07.policy"], withHeadings("fysiotherapie", "      factoren_kop: ''\n"));
    const result = compileFile(path as string);
    expect(result.model).toBeUndefined();
    const messages = result.diagnostics.map((d) => d.message).join("\n");
    expect(messages).toMatch(/factoren_kop/);
    expect(messages).not.toMatch(/\bat \w+ \(|Error:/);
  });
});

describe("the anchors of differentiation factors", () => {
  const paramedisch = model(PARAMEDISCH);
  const html = renderDocument(paramedisch).content.value;

  it("give every factor an anchor per care type it counts for, once, in that care type's section", () => {
    const factors = paramedisch.rules.filter((r) => r.kind === "differentiatiefactor");
    expect(factors.length).toBeGreaterThan(0);
    for (const rule of factors) {
      for (const careType of rule.careTypes) {
        const id = `regel-${rule.id}-${careType}`;
        expect(html.split(`id="${id}"`).length - 1, id).toBe(1);
        expect(section(html, careType), id).toContain(`id="${id}"`);
      }
    }
  });

  it("let logopedie's PREM factor be found under logopedie, not only under oefentherapie", () => {
    expect(section(html, "logopedie")).toContain('id="regel-prem_meetbureau-logopedie"');
    expect(section(html, "oefentherapie")).toContain('id="regel-prem_meetbureau-oefentherapie"');
    // The rule's own anchor stays, once, where it is first shown.
    expect(html.split('id="regel-prem_meetbureau"').length - 1).toBe(1);
  });

  it("give the checker page the list title of each care type's factors", () => {
    const page = planSite({ evaluators: [{ model: paramedisch, js: "" }] }, mkdtempSync(join(tmpdir(), "beleid-site-")), { changeReports: null }).find((f) =>
      f.path.endsWith("2026-07-controle.html"),
    );
    const config = JSON.parse(/<script type="application\/json" id="controle-gegevens">(.*?)<\/script>/s.exec(page?.content ?? "")?.[1] ?? "{}");
    expect(config.factoren).toEqual({ fysiotherapie: "Differentiatiefactoren", oefentherapie: "Differentiatiefactoren", logopedie: "Differentiatiefactoren" });
  });
});
