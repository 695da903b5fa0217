/**
 * The change reports between the encoded versions, as golden files: for every source document
 * the report against each earlier version its first page lists ("Wijzigingen ten opzichte van
 * …"). A change to a policy or to the report engine shows in review as a change of these
 * files; docs/wijzigingen.md explains, bullet by bullet, how they relate to the published
 * lists.
 */

import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { renderDiagnostics } from "../../compiler/diagnostics/render.js";
import { diffModels } from "../../compiler/diff/index.js";
import { renderReport } from "../../compiler/diff/render.js";
import { SourceFiles } from "../../compiler/span.js";

/**
 * [domein, oude versie, nieuwe versie], as the sources' first pages compare them, and the
 * reports `beleid build` also writes along the `vorige` chain (2025 → 2026-04): those are
 * published too, so a reconstructed version that differs from its successor in more than the
 * listed changes shows here.
 */
const PAIRS: readonly (readonly [string, string, string])[] = [
  ["paramedische-zorg", "2026-04", "2026-07"],
  ["paramedische-zorg", "2025", "2026-07"],
  ["paramedische-zorg", "2025", "2026-04"],
  ["hulpmiddelen", "2026-04", "2026-07"],
  ["hulpmiddelen", "2025", "2026-07"],
  ["hulpmiddelen", "2025", "2026-04"],
  ["geboortezorg", "2025", "2026"],
  ["mondzorg", "2024", "2025"],
];

describe.each(PAIRS)("het wijzigingsverslag %s %s → %s", (domain, older, newer) => {
  const sources = new SourceFiles();
  const before = compileFile(`policies/${domain}/${older}.policy`, {}, sources);
  const after = compileFile(`policies/${domain}/${newer}.policy`, {}, sources);

  it("compares two versions without diagnostics", () => {
    expect(renderDiagnostics([...before.diagnostics, ...after.diagnostics], sources, { colour: false })).toBe("");
  });

  it("matches the golden report", async () => {
    const result = diffModels(before.model!, after.model!);
    expect(result.diagnostics).toEqual([]);
    await expect(renderReport(result.report, "md")).toMatchFileSnapshot(`../golden/reports/${domain}-${older}_${newer}.md`);
  });
});
