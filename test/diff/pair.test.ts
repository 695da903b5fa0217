/**
 * Warnings about the pair of versions itself (compiler/diff/index.ts, `checkPair`): none for
 * the consecutive versions of the policies in policies/, BL602 for every such pair the wrong
 * way round, and BL601 for two different domains.
 */

import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { consecutivePairs } from "../../compiler/diff/pairs.js";
import { diffModels } from "../../compiler/diff/index.js";
import { findPolicyFiles } from "../../compiler/files.js";
import type { PolicyModel } from "../../compiler/model.js";

const models = findPolicyFiles(["policies"])
  .files.map((f) => compileFile(f).model)
  .filter((m): m is PolicyModel => m !== undefined);
const consecutive = consecutivePairs(models, (path) => compileFile(path).model);
const pairs = consecutive.pairs;
const codes = (older: PolicyModel, newer: PolicyModel) => diffModels(older, newer).diagnostics.map((d) => d.code);

describe("the pair of versions", () => {
  it("raises no warning for consecutive versions of one policy", () => {
    expect(pairs.length).toBeGreaterThan(4);
    expect(consecutive.diagnostics).toEqual([]);
    for (const { older, newer } of pairs) expect(codes(older, newer), newer.file).toEqual([]);
  });

  it("warns when the versions are the wrong way round, at the version of the one given as old", () => {
    for (const { older, newer } of pairs) {
      const diagnostics = diffModels(newer, older).diagnostics;
      expect(diagnostics.map((d) => d.code), newer.file).toEqual(["BL602"]);
      expect(diagnostics[0]?.span.file).toBe(newer.file);
      expect(diagnostics[0]?.message).toContain(`De oude versie (${newer.meta.version}) is de opvolger van de nieuwe versie (${older.meta.version})`);
    }
  });

  it("also when the one given as old was published later, without naming the other", () => {
    const { older, newer } = pairs[0] as { older: PolicyModel; newer: PolicyModel };
    const { previous: _previous, ...meta } = newer.meta;
    const later: PolicyModel = { ...newer, meta: { ...meta, published: "2030-01-01" } };
    const unpublished: PolicyModel = { ...older, meta: { ...older.meta, published: "2020-01-01" } };
    const diagnostics = diffModels(later, unpublished).diagnostics;
    expect(diagnostics.map((d) => d.code)).toEqual(["BL602"]);
    expect(diagnostics[0]?.message).toContain("is later gepubliceerd dan de nieuwe versie");
  });

  it("also when the pair skips a version, given the wrong way round (2026-07 against 2025)", () => {
    const version = (domain: string, v: string) => models.find((m) => m.meta.domain === domain && m.meta.version === v) as PolicyModel;
    for (const domain of ["paramedische-zorg", "hulpmiddelen"]) {
      const [first, last] = [version(domain, "2025"), version(domain, "2026-07")];
      expect(codes(first, last), domain).toEqual([]);
      const diagnostics = diffModels(last, first).diagnostics;
      expect(diagnostics.map((d) => d.code), domain).toEqual(["BL602"]);
      expect(diagnostics[0]?.message).toBe("De oude versie (2026-07) is een latere versie dan de nieuwe versie (2025): het verslag beschrijft de wijzigingen terug in de tijd.");
    }
  });

  it("warns when two domains are compared, at the domain of the new one", () => {
    const mondzorg = models.find((m) => m.meta.domain === "mondzorg") as PolicyModel;
    const paramedisch = models.find((m) => m.meta.domain === "paramedische-zorg") as PolicyModel;
    const diagnostics = diffModels(mondzorg, paramedisch).diagnostics;
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([["BL601", "waarschuwing"]]);
    expect(diagnostics[0]?.message).toBe("Het oude beleid gaat over ‘mondzorg’, het nieuwe over ‘paramedische-zorg’: het verslag vergelijkt twee verschillende beleidsdomeinen.");
    expect(diagnostics[0]?.span.file).toBe(paramedisch.file);
  });

  it("warns when the previous version a policy names cannot be compared with (BL603), and makes no pair", () => {
    const newer = models.find((m) => m.file.endsWith("paramedische-zorg/2026-07.policy")) as PolicyModel;
    const shared = models.find((m) => m.kind !== "inkoopbeleid") as PolicyModel;
    const reasons = (load: (path: string) => PolicyModel | undefined) => {
      const result = consecutivePairs([newer], load);
      expect(result.pairs).toEqual([]);
      expect(result.diagnostics.map((d) => [d.code, d.severity, d.span.file])).toEqual([["BL603", "waarschuwing", newer.file]]);
      return result.diagnostics[0]?.message;
    };
    expect(reasons(() => undefined)).toBe(`Er komt geen wijzigingsverslag ten opzichte van de vorige versie ‘2026-04’: ‘policies/paramedische-zorg/2026-04.policy’ bevat fouten (zie beleid check policies/paramedische-zorg/2026-04.policy).`);
    expect(reasons(() => shared)).toContain("‘policies/paramedische-zorg/2026-04.policy’ is geen inkoopbeleid.");
    const { previous: _previous, ...meta } = newer.meta;
    const orphan: PolicyModel = { ...newer, meta: { ...meta, previous: "2019" } };
    expect(consecutivePairs([orphan], () => undefined).diagnostics[0]?.message).toContain("het bestand ‘policies/paramedische-zorg/2019.policy’ bestaat niet");
  });
});
