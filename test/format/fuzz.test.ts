/**
 * The formatter's laws on generated input (fast-check): random policy-shaped YAML written in
 * random styles (indentation, quoting, block and flow collections, folded lines, comments
 * everywhere, noisy spacing in expressions). For each: fmt reports no problem, fmt(fmt(x)) ==
 * fmt(x), the data is the same (expressions as trees) and every comment line survives. And
 * long chains of `en`/`of` in random styles and places: fmt breaks one that does not fit
 * before each operator of its outermost chain, and both YAML readers read it back the same.
 * BELEID_FUZZ_RUNS=2000 runs it longer; BELEID_FUZZ_SEED=<n> repeats a run (fast-check prints
 * the seed of a failing run).
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Document, isScalar, visit } from "yaml";
import { canonicalExpressionLines, parseCleanly } from "../../compiler/format/expressionLayout.js";
import { formatPolicyText, LINE_WIDTH } from "../../compiler/format/formatPolicy.js";
import { readSimpleYaml } from "../../compiler/load/simpleYaml.js";
import { readYamlTree } from "../../compiler/load/yamlTree.js";
import type { Expr } from "../../grammar/ast.js";
import { stripSpans } from "../helpers.js";
import { commentLines, comparableData, stableJson } from "../../compiler/format/verify.js";
import { expressionLexer } from "../../grammar/tokens.js";

const WORDS = ["De", "praktijk", "zorg", "a:b", "x: y", "#", "# niet", "'", '"', "-", "- item", "04", "3.1", "ja", "true", "null", "~", "[a]", "{b}", "€", "ë", "*", "&", "!", "%", "@", "`", "|", ">", "?", ",", "…", "‘x’"];
const text = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constant("\n")), { minLength: 1, maxLength: 14 }).map((words) => words.join(" ").replace(/ ?\n ?/g, "\n").trim() || "tekst");

const atom = fc.constantFrom("a", "behandelindex", "x_1", "150", "30%", "€ 10", "2026-01-01", '"CooL"', "ja", "zorgsoort", "vektis[zorgsoort].beroep", "aantal(l)", "[1, 2]", "aandeel(omzet_verbijzonderd, omzet_totaal)", '"Keurmerk Fysiotherapie Individueel Register"');
const expression = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small" },
    atom,
    fc.tuple(tie("e"), fc.constantFrom("en", "of", "+", "*"), tie("e")).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(atom, fc.constantFrom(">", "<=", "=", "!=", "≠", "bevat", "in"), atom).map(([a, op, b]) => `${a} ${op} ${b}`),
    tie("e").map((e) => `niet (${e})`),
    tie("e").map((e) => `(${e})`),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => `max(${a}, ${b})`),
  ),
})).e;

/** The expression with its spacing disturbed: extra spaces between tokens, spaces removed where safe. */
const noisy = fc.tuple(expression, fc.array(fc.constantFrom("", " ", "  ", "\n"), { minLength: 40, maxLength: 40 })).map(([e, gaps]) => {
  const tokens = expressionLexer.tokenize(e).tokens;
  let out = "";
  tokens.forEach((token, i) => {
    if (i > 0) {
      const previous = tokens[i - 1]!;
      const hadSpace = previous.endOffset! + 1 < token.startOffset;
      const gap = gaps[i % gaps.length]!;
      out += hadSpace ? (gap === "" ? " " : gap) : gap === "\n" ? "" : gap;
    }
    out += token.image;
  });
  return out;
});

const keyed = <T,>(prefix: string, value: fc.Arbitrary<T>) =>
  fc.array(value, { minLength: 1, maxLength: 3 }).map((values) => Object.fromEntries(values.map((v, i) => [`${prefix}${i}`, v])));

/** An object with its keys in a random order. */
const shuffled = (entries: Record<string, fc.Arbitrary<unknown>>, optional: string[] = []) =>
  fc.tuple(fc.record(entries, { requiredKeys: Object.keys(entries).filter((k) => !optional.includes(k)) }), fc.array(fc.integer(), { minLength: 12, maxLength: 12 })).map(([record, order]) => {
    const keys = Object.keys(record);
    return Object.fromEntries(keys.map((k, i) => [k, order[i % order.length]! + i] as const).sort((a, b) => a[1] - b[1]).map(([k]) => [k, (record as Record<string, unknown>)[k]]));
  });

const policy = shuffled(
  {
    taalversie: fc.constant("1"),
    titel: text,
    jaar: fc.constantFrom("2026", "2025"),
    versie: fc.constantFrom("2026-07", "2026"),
    hoofdstukken: keyed("h", shuffled({ titel: text, nummer: fc.constantFrom("3", "3.1", "3.10", "04") })),
    feiten: keyed("f", shuffled({ type: fc.constantFrom("getal", "ja/nee"), omschrijving: text, onbekend: text, peiljaar: fc.constantFrom("-2", "0") }, ["onbekend", "peiljaar"])),
    groepen: keyed(
      "g",
      shuffled({
        titel: text,
        hoofdstuk: fc.constant("h0"),
        soort: fc.constant("randvoorwaarde"),
        zorgsoorten: fc.oneof(fc.constant("alle"), fc.array(fc.constantFrom("a", "b", "04"), { minLength: 1, maxLength: 3 })),
        regels: keyed("r", shuffled({ tekst: text, voorwaarde: noisy, van_toepassing_als: noisy, bij_onbekend: fc.constant("onwaar") }, ["van_toepassing_als", "bij_onbekend"])),
      }),
    ),
    datumregels: keyed("d", shuffled({ omschrijving: text, berekening: noisy })),
    tabellen: keyed(
      "t",
      shuffled({
        titel: text,
        kolommen: fc.constant({ c: { titel: "C", type: "voorwaarde" }, n: { titel: "N", type: "getal" } }),
        rijen: keyed("rij", shuffled({ c: noisy, n: fc.constantFrom("04", "12", "1.5") })),
      }),
    ),
  },
  ["datumregels", "tabellen"],
);

const RUNS = Number(process.env.BELEID_FUZZ_RUNS ?? 40);
const SEED = process.env.BELEID_FUZZ_SEED === undefined ? {} : { seed: Number(process.env.BELEID_FUZZ_SEED) };

const COMMENTS = [" opmerking", " --- kop ---", "", " # dubbel", "x", " ëü: a"];
const STYLES = ["PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_FOLDED", "BLOCK_LITERAL"] as const;

/** Writes the data as YAML in random styles with random comments. */
const yamlText = fc.tuple(policy, fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), fc.integer({ min: 2, max: 4 }), fc.integer({ min: 30, max: 120 })).map(([data, choices, indent, lineWidth]) => {
  const document = new Document(data, { schema: "failsafe" });
  let n = 0;
  const choose = (k: number) => choices[n++ % choices.length]! % k;
  visit(document, {
    Map(_key, node) {
      if (choose(5) === 0) node.flow = true;
      if (choose(6) === 0) node.comment = COMMENTS[choose(COMMENTS.length)]!;
    },
    Seq(_key, node) {
      node.flow = choose(2) === 0;
    },
    Pair(_key, pair) {
      if (isScalar(pair.key)) {
        if (choose(5) === 0) pair.key.commentBefore = COMMENTS[choose(COMMENTS.length)]!;
        if (choose(6) === 0) pair.key.spaceBefore = true;
      }
    },
    Scalar(_key, node) {
      node.type = STYLES[choose(STYLES.length)];
      if (choose(8) === 0) node.comment = COMMENTS[choose(COMMENTS.length)]!;
    },
  });
  if (choose(3) === 0) document.commentBefore = " bovenaan";
  return document.toString({ indent, lineWidth, minContentWidth: 10 });
});

describe("fmt on generated policies", () => {
  it("is idempotent and loses no value or comment", () => {
    fc.assert(
      fc.property(yamlText, (original) => {
        const before = comparableData(original);
        fc.pre(before !== undefined);
        const formatted = formatPolicyText(original, "fuzz.policy");
        expect(formatted.diagnostics.map((d) => d.message)).toEqual([]);
        expect(formatPolicyText(formatted.text).text).toBe(formatted.text);
        expect(stableJson(comparableData(formatted.text))).toBe(stableJson(before));
        expect(commentLines(formatted.text).sort()).toEqual(commentLines(original).sort());
      }),
      { numRuns: RUNS, ...SEED },
    );
  }, 30_000 + RUNS * 500);

  it("breaks an expression that does not fit before each en/of of its outermost chain, and reads it back the same", () => {
    fc.assert(
      fc.property(longExpressionDocument, ({ text, expression, place }) => {
        const formatted = formatPolicyText(text, "lang.policy");
        expect(formatted.diagnostics.map((d) => d.message)).toEqual([]);
        expect(formatPolicyText(formatted.text).text).toBe(formatted.text);
        // Both readers read the same expression, and it is the same tree as the one written.
        const slow = place.read(readYamlTree("lang.policy", formatted.text).data);
        const fast = readSimpleYaml("lang.policy", formatted.text);
        if (fast) expect(place.read(fast.data)).toBe(slow);
        expect(typeof slow).toBe("string");
        expect(stripSpans(parseCleanly(slow as string))).toEqual(stripSpans(parseCleanly(expression)));

        const lines = formatted.text.split("\n");
        const fits = lines.every((line) => [...line].length <= LINE_WIDTH);
        const start = lines.findIndex((line) => line.startsWith(place.lead));
        const value = lines[start]!.slice(place.lead.length).replace(/^&v /, "");
        if (value.startsWith(">")) {
          // The block's lines: each starts where the canonical text has an operator or the author broke.
          const block = lines.slice(start + 1).filter((line, i, all) => all.slice(0, i + 1).every((l) => l.startsWith(`${place.indent}  `)));
          expect(block.join(" ").replace(/ +/g, " ").trim()).toBe(slow);
          if (!fits) {
            // Too wide: every operator of the outermost chain starts a line.
            const offsets = chainOperators(slow as string);
            const starts = new Set<number>();
            let at = 0;
            for (const line of block.map((l) => l.trim())) {
              starts.add(at);
              at += line.length + 1;
            }
            for (const offset of offsets) expect(starts.has(offset), `${slow}\n${formatted.text}`).toBe(true);
          }
        } else if (place.plain) {
          // Written on one line and kept there: it fits, or there is no chain to break.
          expect(fits || chainOperators(slow as string).length === 0, formatted.text).toBe(true);
        }
      }),
      { numRuns: RUNS * 2, ...SEED },
    );
  }, 30_000 + RUNS * 500);

  it("generates interesting input", () => {
    // Guard against a generator that only produces trivial documents.
    const sample = fc.sample(yamlText, { numRuns: 20, seed: 1 });
    expect(sample.some((t) => t.includes(">") && t.includes("#") && t.includes("{"))).toBe(true);
    // And long expressions: some too wide for a line, some not.
    const long = fc.sample(longExpressionDocument, { numRuns: 50, seed: 1 }).map(({ expression }) => (canonicalExpressionLines(expression) ?? [""])[0]!.length);
    expect(long.filter((n) => n > LINE_WIDTH).length).toBeGreaterThan(10);
    expect(long.filter((n) => n < 60).length).toBeGreaterThan(5);
  });
});

/** The offsets of the operators of the outermost `en`/`of` chain of a canonical expression. */
function chainOperators(text: string): number[] {
  const root = parseCleanly(text);
  if (!root || root.kind !== "binary" || (root.operator !== "en" && root.operator !== "of")) return [];
  const offsets: number[] = [];
  let node: Expr = root;
  while (node.kind === "binary" && node.operator === root.operator) {
    // In canonical text the operator follows the left operand (and its `)`) after one space.
    const after = text.slice(node.left.span.end);
    offsets.push(node.left.span.end + after.indexOf(` ${root.operator} `) + 1);
    node = node.left;
  }
  return offsets;
}

/** Where the long expression stands: a rule's condition, an exception's, or a cell of a table. */
const PLACES = [
  { lead: "        voorwaarde: ", indent: "        ", wrap: (v: string) => `groepen:\n  g:\n    regels:\n      r:\n        voorwaarde: ${v}\n`, read: (d: any) => d?.groepen?.g?.regels?.r?.voorwaarde },
  {
    lead: "          voorwaarde: ",
    indent: "          ",
    wrap: (v: string) => `groepen:\n  g:\n    regels:\n      r:\n        uitzondering:\n          voorwaarde: ${v}\n`,
    read: (d: any) => d?.groepen?.g?.regels?.r?.uitzondering?.voorwaarde,
  },
  {
    lead: "      - c: ",
    indent: "        ",
    wrap: (v: string) => `tabellen:\n  t:\n    kolommen:\n      c: { titel: C, type: voorwaarde }\n    rijen:\n      - c: ${v}\n`,
    read: (d: any) => d?.tabellen?.t?.rijen?.[0]?.c,
  },
] as const;

/** A chain of 2 to 7 operands joined by `en` and `of`, written plain, quoted, or folded with random breaks. */
const longExpressionDocument = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom("en", "of"), expression), { minLength: 1, maxLength: 6 }),
    expression,
    fc.constantFrom(0, 1, 2),
    fc.constantFrom("plain", "quoted", "folded"),
    fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    fc.boolean(),
  )
  .map(([rest, first, placeIndex, style, breaks, anchored]) => {
    const place = PLACES[placeIndex]!;
    const operands = [first, ...rest.map(([, e]) => e)];
    const expression = operands.reduce((text, operand, i) => (i === 0 ? operand : `${text} ${rest[i - 1]![0]} ${operand}`));
    const canonical = canonicalExpressionLines(expression)?.join(" ") ?? expression;
    let value: string;
    if (style === "plain" && /^[a-z(]/.test(canonical) && !/: | #/.test(canonical)) value = canonical;
    else if (style === "folded") {
      // The author's breaks before some operands.
      const pieces = expression.split(/ (?=(?:en|of) )/);
      value = `>-\n${place.indent}  ${pieces.map((p, i) => (i > 0 && breaks[i % breaks.length] ? `\n${place.indent}  ` : i > 0 ? " " : "") + p).join("")}`;
    } else value = JSON.stringify(canonical);
    return { text: place.wrap(`${anchored ? "&v " : ""}${value}`), expression, place: { ...place, plain: value === canonical } };
  });
