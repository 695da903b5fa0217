/**
 * Every kind of change has a before/after fixture pair (derived from test/diff/base.ts) whose
 * report item has the expected kind, class and exact Dutch sentence; and the template
 * catalogue uses exactly the arguments each kind provides.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { CHANGE_KINDS, KIND_IDS, kindSpec } from "../../compiler/diff/kinds.js";
import { TEMPLATES } from "../../compiler/diff/templates.js";
import { model, variant } from "./base.js";
import { CASES, type Case } from "./cases.js";

function reportOf(c: Case) {
  const older = model(variant(c.before ?? []));
  const newer = model(variant(c.after ?? []));
  return { forward: diffModels(older, newer), backward: diffModels(newer, older) };
}

describe("change kinds", () => {
  it.each(CASES.map((c) => [c.kind, c] as const))("%s", (_kind, c) => {
    const { forward } = reportOf(c);
    const all = forward.report.sections.flatMap((s) => s.items.map((i) => ({ section: s.title, class: i.change.class, sentence: i.sentence, kinds: [i.change.kind, ...i.change.consequences.map((x) => x.kind)] })));
    // The other items a fixture brings (a care type split off along with it), and nothing else.
    const alongside = c.alongside ?? [];
    expect(all.filter((i) => alongside.includes(i.kinds[0]!)).map((i) => i.kinds[0])).toEqual(alongside);
    const items = all.filter((i) => !alongside.includes(i.kinds[0]!));
    expect(items).toHaveLength(1);
    expect(items[0]?.kinds).toContain(c.kind);
    expect({ section: items[0]?.section, class: items[0]?.class, sentence: items[0]?.sentence }).toEqual({ section: c.section, class: c.class, sentence: c.sentence });
  });

  it("every kind has a fixture", () => {
    const covered = new Set(CASES.map((c) => c.kind));
    expect(KIND_IDS.filter((k) => !covered.has(k))).toEqual([]);
  });
});

describe("the template catalogue", () => {
  it.each(KIND_IDS)("%s uses exactly the arguments its kind provides", (kind) => {
    const spec = kindSpec(kind);
    const used = new Set<string>();
    const samples: Record<string, unknown>[] = [
      Object.fromEntries(Object.keys(spec.args).map((k) => [k, k === "aantal" || k === "factoren" ? 1 : ["x"]])),
      Object.fromEntries(Object.keys(spec.args).map((k) => [k, k === "aantal" || k === "factoren" ? 2 : ["x", "y"]])),
      Object.fromEntries(Object.keys(spec.args).map((k) => [k, k === "nieuw" ? "definitief" : k === "ook_tekst" ? "ja" : k === "verklaring" ? "vervallen" : []])),
    ];
    for (const raw of samples) {
      const a = new Proxy({} as Record<string, string>, {
        get: (_t, name: string) => {
          used.add(name);
          return `<${name}>`;
        },
      });
      const recordedRaw = new Proxy(raw, {
        get: (target, name: string) => {
          used.add(name);
          return target[name];
        },
      });
      const sentence = TEMPLATES[kind]({ a, raw: recordedRaw, voor: "" });
      expect(sentence).toMatch(/[.)]$/);
    }
    // Arguments for machines only (`data`) stay out of the sentence.
    expect([...used].sort()).toEqual(Object.keys(spec.args).filter((k) => !spec.data?.includes(k)).sort());
  });

  it("pairs every kind with a mirror that mirrors back", () => {
    for (const kind of KIND_IDS) expect(CHANGE_KINDS[CHANGE_KINDS[kind].mirror].mirror).toBe(kind);
  });
});


describe("docs/wijzigingen.md", () => {
  it("names every kind of change the JSON report can give", async () => {
    const { readFileSync } = await import("node:fs");
    const { CHANGE_KINDS } = await import("../../compiler/diff/kinds.js");
    const table = readFileSync("docs/wijzigingen.md", "utf8").split("## Soorten wijzigingen")[1]!.split("\n## ")[0]!;
    const named = new Set([...table.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!));
    // "`tabelrijen_toegevoegd`, `_verwijderd`" names a family by its shared start.
    const documented = (kind: string) => named.has(kind) || [...named].some((n) => n.startsWith("_") && kind.endsWith(n) && [...named].some((m) => !m.startsWith("_") && kind.startsWith(m.slice(0, m.lastIndexOf("_")))));
    expect(Object.keys(CHANGE_KINDS).filter((k) => !documented(k))).toEqual([]);
  });
});
