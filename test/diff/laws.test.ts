/**
 * Laws of the change report, as property tests: a version compared with itself has no
 * changes; swapping the versions mirrors every change (added <-> removed, strenger <->
 * soepeler, old <-> new); reordering a file and renumbering its chapters gives only
 * redactioneel changes.
 */

import fc from "fast-check";
import { isMap, parseDocument, type YAMLMap } from "yaml";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { mirrorClass, type Change } from "../../compiler/diff/changes.js";
import { diffModels } from "../../compiler/diff/index.js";
import { OPPOSITE, kindSpec } from "../../compiler/diff/kinds.js";
import { findPolicyFiles } from "../../compiler/files.js";
import { BASE, model, variant } from "./base.js";
import { CASES } from "./cases.js";

function flat(changes: readonly Change[]): Change[] {
  return changes.flatMap((c) => [{ ...c, consequences: [] }, ...c.consequences]);
}

function signature(c: Change, mirrored: boolean): string {
  const spec = kindSpec(c.kind);
  const args: Record<string, unknown> = { ...c.args };
  if (mirrored) {
    for (const [a, b] of spec.swap ?? []) {
      // A rule's old name is there only when it was renamed, a table's old title only when it
      // has another now; the name and the title always are.
      if ((a === "oude_naam" || a === "oude_tabel") && c.args[a] === undefined) continue;
      [args[a], args[b]] = [c.args[b], c.args[a]];
    }
    for (const name of spec.flip ?? []) args[name] = OPPOSITE[String(args[name])] ?? args[name];
  }
  // Some arguments are only there for some changes (the contract years of a date).
  for (const name of Object.keys(args)) if (args[name] === undefined) delete args[name];
  const kind = mirrored ? spec.mirror : c.kind;
  const chapter = mirrored ? [c.chapter.new ?? null, c.chapter.old ?? null] : [c.chapter.old ?? null, c.chapter.new ?? null];
  const sortedArgs = Object.keys(args)
    .sort()
    .map((k) => [k, args[k]]);
  return JSON.stringify([kind, mirrored ? mirrorClass(c.class) : c.class, c.key, [...c.careTypes].sort(), sortedArgs, chapter]);
}

describe("diff(a, a) is empty", () => {
  it.each(findPolicyFiles(["policies"]).files)("%s", (file) => {
    const m = compileFile(file).model!;
    expect(diffModels(m, m).changes).toEqual([]);
  });
});

describe("diff(b, a) mirrors diff(a, b)", () => {
  it("for combinations of the fixture changes", () => {
    const mutations = CASES.map((c) => [c.before ?? [], c.after ?? []] as const);
    fc.assert(
      fc.property(fc.subarray(mutations.map((_, i) => i), { minLength: 1, maxLength: 4 }), (picked) => {
        let older: ReturnType<typeof model>;
        let newer: ReturnType<typeof model>;
        try {
          older = model(variant(picked.flatMap((i) => (mutations[i] as (typeof mutations)[number])[0])));
          newer = model(variant(picked.flatMap((i) => (mutations[i] as (typeof mutations)[number])[1])));
        } catch {
          fc.pre(false); // these fixture changes touch the same text and cannot be combined
          return;
        }
        const forward = flat(diffModels(older, newer).changes).map((c) => signature(c, true)).sort();
        const backward = flat(diffModels(newer, older).changes).map((c) => signature(c, false)).sort();
        expect(backward).toEqual(forward);
      }),
      { numRuns: 200 },
    );
  });
});

/** Shuffles the entries of the maps at the given paths and renumbers chapters. */
function reorderAndRenumber(text: string, seed: number[], renumber: boolean): string {
  const doc = parseDocument(text);
  let s = 0;
  const shuffle = (map: unknown) => {
    if (!isMap(map)) return;
    const items = (map as YAMLMap).items;
    for (let i = items.length - 1; i > 0; i--) {
      const j = (seed[s++ % seed.length] as number) % (i + 1);
      [items[i], items[j]] = [items[j] as (typeof items)[number], items[i] as (typeof items)[number]];
    }
  };
  shuffle(doc.contents);
  for (const section of ["feiten", "zorgsoorten", "groepen", "tabellen", "planning", "teksten", "datumregels", "hoofdstukken"]) {
    const value = doc.get(section);
    shuffle(value);
    if (section === "groepen" && isMap(value)) for (const group of value.items) shuffle((group.value as YAMLMap).get("regels"));
  }
  if (renumber) {
    const chapters = doc.get("hoofdstukken") as YAMLMap;
    for (const item of chapters.items) {
      const chapter = item.value as YAMLMap;
      chapter.set("nummer", `1${String(chapter.get("nummer"))}`);
    }
  }
  return doc.toString();
}

describe("reordering and renumbering", () => {
  it("gives only redactioneel changes", () => {
    const base = model(BASE);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 5, maxLength: 20 }), fc.boolean(), (seed, renumber) => {
        const moved = model(reorderAndRenumber(BASE, seed, renumber));
        const changes = flat(diffModels(base, moved).changes);
        expect(changes.filter((c) => c.class !== "redactioneel")).toEqual([]);
        if (!renumber) expect(changes).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
