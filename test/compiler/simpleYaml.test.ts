/**
 * The fast YAML reader (`compiler/load/simpleYaml.ts`) must give exactly what the yaml library
 * gives through `readYamlTree` — the same data and the same locations, in the same order — or
 * nothing at all (then the library reads the file). Compared on every YAML file in the
 * repository, on hand-made cases for each construct, on random documents built from what the
 * reader knows (with comments and blank lines anywhere), and on random mutations of the
 * policies. `npm run fuzz` runs the random parts longer (FUZZ_RUNS).
 */

import fc from "fast-check";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPolicyText } from "../../compiler/load/loadPolicy.js";
import { readSimpleYaml } from "../../compiler/load/simpleYaml.js";
import { readYamlTree } from "../../compiler/load/yamlTree.js";
import { SourceFiles } from "../../compiler/span.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const SEED = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {};
const TIMEOUT = process.env.FUZZ_RUNS ? 0 : 60_000;

/** What the fast reader gives: "refused", or "same" when it is what the yaml library gives. */
function compare(text: string): "refused" | "same" {
  const fast = readSimpleYaml("t.policy", text);
  if (fast === undefined) return "refused";
  const slow = readYamlTree("t.policy", text);
  expect(slow.diagnostics.map((d) => d.message), text).toEqual([]);
  expect(fast.data, text).toEqual(slow.data);
  expect([...fast.locations], text).toEqual([...slow.locations]);
  return "same";
}

const files = execFileSync("git", ["ls-files", "*.policy", "*.yaml"], { encoding: "utf8" }).trim().split("\n");

describe("the fast YAML reader", () => {
  it("reads every YAML file of the repository as the yaml library does, or leaves it to the library", () => {
    const refused = files.filter((file) => compare(readFileSync(file, "utf8").replace(/^\uFEFF/, "")) === "refused");
    // The policies themselves all go the fast way.
    const policies = files.filter((f) => f.startsWith("policies/") && f.endsWith(".policy"));
    expect(policies.length).toBeGreaterThanOrEqual(13);
    expect(refused.filter((f) => policies.includes(f))).toEqual([]);
  });

  it.each([
    ["plain, quoted, empty and null values", 'a: 1\nb: x y  # c\nc: "q # r"\nd: \'it\'\'s\'\ne:\nf: ~\ng: null\nh:  # c\ni: 3.10\n'],
    ["nested maps and lists, a list at the indentation of its key", "a:\n  b:\n    c: 1\n  d:\n  - x\n  - 'y'\ne:\n    - [1, 2]\n"],
    ["text over several lines", "a: een\n  twee\n\n  drie\nb: 1\n"],
    ["block scalars with and without a final line break", "a: |\n  x\n\n  y\n\n\nb: |-\n  p\n    q\nc: >-\n  f1\n  f2\n\n  f3\nd: >\n  z\n"],
    ["flow lists and maps, nested", 'a: [ ]\nb: []\nc: { n: Zorgovereenkomst A, f: 3 }\nd: { x: [a, "b c"], y: {} }\ne: [zorg@caresq.nl, 50%]\n'],
    ["anchors and aliases, redefined", "a: &x\n  p: 1\n  q: [1]\nb: *x\nc: &y tekst\nd: *y  # c\ne: &y ander\nf: *y\n"],
    ["an alias after an anchor redefined after the map that holds it", "a: &x\n  b: &y 1\nc: &y 2\nd: *x\ne: *y\n"],
    ["anchors and aliases inside brackets, and to a map from brackets", 'a: { b: &i x "y" z, c: *i }\nd: [*i, &j 3]\ne: &m\n  f: 1\ng: { h: *m }\nk: *j\n'],
    ["keys with spaces, dots and dashes", "Vragen over zorginkoop: { bereikbaarheid: zorginkoop@caresq.nl }\na.b: 1\na-b: 2\n"],
    ["comments everywhere", "# kop\n\na:  # c\n  # c\n  b: 1\n\n  # c\n  c: 2\n# c\nd:\n  e:\n    f: 1\n  # bij d\ng: 1\n"],
    ["comments after the last value of a nested collection", "a:\n  b:\n    c: 1\n\n # c\nd: 1\n"],
    ["a comment kept by the collection that ends there, and its parents", "a:\n  b:\n    c:\n      d: 1\n      # c\n  e: 1\n"],
    ["an empty value last, at the end of the text", "a:\n  b: 1\n  c:\n"],
    ["comments after an empty value", "a:\n  b:\n  # c\nc:\n\n    # c\n\nd:  # c\n# c\ne:\n"],
    ["no line break at the end", "a: 1\nb:\n  - x"],
  ])("reads %s as the yaml library does", (_name, text) => {
    expect(compare(text)).toBe("same");
  });

  it.each([
    ["a tab", "a:\tb\n"],
    ["Windows line endings", "a: 1\r\nb: 2\r\n"],
    ["an escape", 'a: "x\\ny"\n'],
    ["a map in a list", "a:\n  - b: 1\n"],
    ["a kept final line break", "a: |+\n  x\n\n"],
    ["an indentation indicator", "a: |2\n   x\n"],
    ["a more indented line in folded text", "a: >\n  x\n    y\n"],
    ["a quoted text over two lines", 'a: "x\n  y"\n'],
    ["a tag", "a: !!str 1\n"],
    ["an anchor inside brackets without a value", "a: { b: &x , c: 1 }\n"],
    ["an alias to an anchor that is not there", "a: *x\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["__proto__", "__proto__: 1\n"],
    ["a second document", "a: 1\n---\nb: 2\n"],
    ["a comment indented under a last text value", "a:\n  b: 1\n    # c\nc: 1\n"],
    ["a colon and space inside a plain text", "a: b: c\n"],
    ["a top level that is not a map", "- a\n- b\n"],
  ])("leaves %s to the yaml library", (_name, text) => {
    expect(readSimpleYaml("t.policy", text)).toBeUndefined();
    expect(loadPolicyText("t.policy", text, new SourceFiles()).diagnostics.length).toBeGreaterThanOrEqual(0); // and the library still reads it
  });

  it("stops at the limits of the yaml reader, which then reports them", () => {
    const deep = Array.from({ length: 70 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n") + " x\n";
    expect(readSimpleYaml("t.policy", deep)).toBeUndefined();
    const many = Array.from({ length: 50 }, (_, i) => `k${i}: ${i}`).join("\n");
    expect(readSimpleYaml("t.policy", many, { maxNodes: 20, maxAliases: 100 })).toBeUndefined();
    expect(readSimpleYaml("t.policy", "a: &x 1\nb: *x\nc: *x\n", { maxNodes: 100, maxAliases: 1 })).toBeUndefined();
  });

  it(
    "reads random documents of its kind as the yaml library does",
    () => {
      let same = 0;
      fc.assert(
        fc.property(fc.integer(), (seed) => {
          if (compare(randomDocument(seed)) === "same") same++;
        }),
        { numRuns: RUNS, ...SEED },
      );
      expect(same).toBeGreaterThan(RUNS / 5); // not a test of refusing everything
    },
    TIMEOUT,
  );

  it(
    "reads mutated parts of the policies as the yaml library does, or leaves them to it",
    () => {
      const texts = files.map((file) => readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
      let same = 0;
      fc.assert(
        fc.property(fc.integer(), (seed) => {
          if (compare(mutatedPart(texts, seed)) === "same") same++;
        }),
        { numRuns: RUNS, ...SEED },
      );
      expect(same).toBeGreaterThan(RUNS / 20);
    },
    TIMEOUT,
  );
});

/** mulberry32: a small seeded generator, so that a failing seed repeats its document. */
function generator(seed: number): { next: () => number; pick: <T>(items: readonly T[]) => T; below: (n: number) => number } {
  let state = seed | 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: number) => Math.floor(next() * n);
  return { next, below, pick: (items) => items[below(items.length)] as (typeof items)[number] };
}

const WORDS = ["a", "ja", "nee", "~", "null", "3.10", "04", "x y", "De praktijk", "zorg@caresq.nl", "a-b", "-1", "1:2", "http://x", "p # q", "50%", "‘quote’", "é"];
const KEYS = ["a", "b", "c", "naam", "tekst", "voorwaarde", "x_y", "Vragen over", "k1", "a.b", "a-b"];

/** A document of maps, lists and every kind of value, with comments and blank lines anywhere. */
function randomDocument(seed: number): string {
  const { next, below, pick } = generator(seed);
  const anchors: string[] = [];
  const scalar = (indent: number): string => {
    const r = next();
    if (r < 0.4) return pick(WORDS);
    if (r < 0.5) return `"${pick(WORDS)}"`;
    if (r < 0.6) return `'${pick(WORDS)}''s'`;
    const flowItem = () => {
      const s = next();
      if (s < 0.1 && anchors.length > 0) return `*${pick(anchors)}`;
      if (s < 0.2) {
        const name = anchors.length > 0 && next() < 0.3 ? pick(anchors) : `f${anchors.length}`;
        anchors.push(name);
        return `&${name} ${pick(["a", "'b'", "x \"y\" z", "[1, 2]"])}`;
      }
      return pick(["a", "'b'", '"c d"', "[x]", "{ p: q }", "zorg@x.nl", "x \"y\" z", "[1, 2]", "c d"]);
    };
    if (r < 0.65) return `[${Array.from({ length: below(3) }, flowItem).join(", ")}]`;
    if (r < 0.7) return `{ ${Array.from({ length: 1 + below(3) }, (_, i) => `k${i}: ${flowItem()}`).join(", ")} }`;
    if (r < 0.78) {
      const pad = " ".repeat(indent + 1 + below(3));
      const lines = Array.from({ length: 1 + below(4) }, () => (next() < 0.2 ? "" : pad + pick(WORDS) + (next() < 0.1 ? "  " : "")));
      if (lines[0] === "") lines[0] = `${pad}x`;
      if (next() < 0.2 && lines.length > 1) lines[lines.length - 1] = `${pad}  meer`;
      return `${pick(["|", "|-", ">", ">-", "|+", ">2"])}${next() < 0.1 ? " # c" : ""}\n${lines.join("\n")}${next() < 0.3 ? "\n" : ""}`;
    }
    if (r < 0.85) {
      const pad = " ".repeat(indent + 1 + below(3));
      const first = pick(WORDS.filter((w) => !/[#~]|^null$/.test(w)));
      return first + Array.from({ length: 1 + below(3) }, () => `\n${next() < 0.2 ? "" : pad + pick(["meer", "tekst", "en zo: verder", "# geen", "- x"])}`).join("");
    }
    if (r < 0.9 && anchors.length > 0) return `*${pick(anchors)}`;
    if (r < 0.95) {
      // Sometimes a name again: an alias refers to the last anchor of its name before it.
      const name = anchors.length > 0 && next() < 0.3 ? pick(anchors) : `n${anchors.length}`;
      anchors.push(name);
      return `&${name} ${pick(WORDS)}`;
    }
    return "";
  };
  const noise = (indent: number): string[] => {
    const lines: string[] = [];
    while (next() < 0.25) lines.push(next() < 0.5 ? "" : `${" ".repeat(Math.max(0, indent + below(5) - 2))}# opmerking`);
    return lines;
  };
  const sequence = (indent: number): string[] =>
    Array.from({ length: 1 + below(3) }, () => [...noise(indent), `${" ".repeat(indent)}-${next() < 0.05 ? "" : " "}${scalar(indent)}`]).flat();
  const map = (indent: number, depth: number): string[] => {
    const lines: string[] = [];
    const used = new Set<string>();
    for (let n = 1 + below(4); n > 0; n--) {
      const key = pick(KEYS);
      if (used.has(key) && next() < 0.9) continue;
      used.add(key);
      lines.push(...noise(indent));
      const pad = " ".repeat(indent);
      const r = next();
      if (depth < 4 && r < 0.35) {
        const anchorName = anchors.length > 0 && next() < 0.3 ? pick(anchors) : `m${anchors.length}`;
        const anchor = next() < 0.15 ? ` &${anchorName}` : "";
        if (anchor) anchors.push(anchorName);
        lines.push(`${pad}${key}:${anchor}${next() < 0.1 ? "  # c" : ""}`, ...noise(indent + 2), ...map(indent + 1 + below(3), depth + 1));
      } else if (depth < 4 && r < 0.5) {
        lines.push(`${pad}${key}:`, ...sequence(next() < 0.3 ? indent : indent + 2));
      } else lines.push(`${pad}${key}:${next() < 0.05 ? "" : " "}${scalar(indent)}${next() < 0.1 ? " # c" : ""}`);
    }
    lines.push(...noise(indent));
    return lines.length > 0 ? lines : [`${" ".repeat(indent)}a: b`];
  };
  return map(0, 0).join("\n") + (next() < 0.8 ? "\n" : "");
}

const FRAGMENTS = [":", "#", " #", "-", "- ", "[", "]", "{", "}", "&a ", "*a", "|", ">", "'", '"', " ", "  ", "\n", ": ", "x", "|-", ">-", ",", "~", "null"];

/** Up to 40 lines of a repository file, less indented as a whole, with up to three random changes. */
function mutatedPart(texts: readonly string[], seed: number): string {
  const { next, below, pick } = generator(seed);
  const all = pick(texts).split("\n");
  const from = below(all.length);
  let lines = all.slice(from, from + 3 + below(40));
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const least = indents.length > 0 ? Math.min(...indents) : 0;
  lines = lines.map((l) => l.slice(Math.min(least, /^ */.exec(l)?.[0].length ?? 0)));
  if (next() < 0.8) {
    for (let n = 1 + below(3); n > 0; n--) {
      const i = below(lines.length);
      const line = lines[i] ?? "";
      const r = next();
      if (r < 0.15) lines.splice(i, 1);
      else if (r < 0.3) lines.splice(i, 0, lines[below(lines.length)] ?? "");
      else if (r < 0.45) lines[i] = " ".repeat(below(3)) + line;
      else if (r < 0.55) lines[i] = line.replace(/^ {1,2}/, "");
      else if (r < 0.65) lines.splice(i, 0, `${" ".repeat(below(9))}# c`);
      else if (r < 0.72) lines.splice(i, 0, "");
      else {
        const at = below(line.length + 1);
        lines[i] = line.slice(0, at) + pick(FRAGMENTS) + line.slice(at + (next() < 0.5 ? 1 : 0));
      }
    }
  }
  return lines.join("\n") + (next() < 0.7 ? "\n" : "");
}
