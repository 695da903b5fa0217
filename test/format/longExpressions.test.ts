/**
 * fmt breaks an expression that does not fit within the line width (LINE_WIDTH, 100) over
 * several lines of a folded block (`>-`), with a line starting before each `en`/`of` of the
 * outermost chain; a short expression stays as it is. Both YAML readers (the fast one the
 * loader uses and the yaml library) read the block back as the canonical text on one line, and
 * a diagnostic in the second line of a broken expression points at that line (`beleid check`).
 */

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { canonicalExpressionLines } from "../../compiler/format/expressionLayout.js";
import { formatPolicyText, LINE_WIDTH } from "../../compiler/format/formatPolicy.js";
import { readSimpleYaml } from "../../compiler/load/simpleYaml.js";
import { readYamlTree } from "../../compiler/load/yamlTree.js";
import { cli } from "../helpers.js";

/** A policy fragment with one rule whose condition is `condition`, written as given. */
const rule = (condition: string) => `groepen:\n  g:\n    regels:\n      r:\n        voorwaarde: ${condition}\n`;
/** The condition of that rule as a YAML reader reads it. */
const conditionOf = (data: unknown): unknown => (data as { groepen: { g: { regels: { r: { voorwaarde: unknown } } } } }).groepen.g.regels.r.voorwaarde;

/** Operands of about 30 characters, so that four of them no longer fit on one line. */
const A = 'aandeel(omzet_a, omzet) >= 30%';
const B = 'behandelindex <= 150';
const C = 'kwaliteitsregister bevat "SKF"';
const D = "aantal(zorgverleners) >= 2";

describe("breaking a long expression", () => {
  it("breaks before each en/of of the outermost chain, and only that chain", () => {
    expect(canonicalExpressionLines("a en b en c", [], true)).toEqual(["a", "en b", "en c"]);
    // `of` binds more weakly: the outermost chain is the one of `of`.
    expect(canonicalExpressionLines("a en b of c en d", [], true)).toEqual(["a en b", "of c en d"]);
    // Parentheses and grouping as written: a group stays on its line.
    expect(canonicalExpressionLines("(a of b) en (c of d) en e", [], true)).toEqual(["(a of b)", "en (c of d)", "en e"]);
    expect(canonicalExpressionLines("a en (b en c) en d", [], true)).toEqual(["a", "en (b en c)", "en d"]);
    expect(canonicalExpressionLines("a of (b en c) of d", [], true)).toEqual(["a", "of (b en c)", "of d"]);
    // The `en` of `tussen … en …` is no chain.
    expect(canonicalExpressionLines("x tussen 1 en 5 en y", [], true)).toEqual(["x tussen 1 en 5", "en y"]);
    // No chain at the top: nothing to break.
    expect(canonicalExpressionLines("niet (a en b en c)", [], true)).toEqual(["niet (a en b en c)"]);
    expect(canonicalExpressionLines("max(a, b) > 3", [], true)).toEqual(["max(a, b) > 3"]);
  });

  it("keeps the author's own breaks and adds the chain's", () => {
    const text = "a en max(\nb, c) > 1 en d";
    expect(canonicalExpressionLines(text, [text.indexOf("b,")], true)).toEqual(["a", "en max(b,", "c) > 1", "en d"]);
  });

  it("writes a condition that does not fit as a folded block, one line per operand of the chain", () => {
    const long = `${A} en ${B} en ${C} of ${D}`;
    const result = formatPolicyText(rule(long));
    expect(result.diagnostics).toEqual([]);
    expect(result.text).toBe(rule(`>-\n          ${A} en ${B} en ${C}\n          of ${D}`));

    const chain = `${A} en ${B} en ${C} en ${D}`;
    expect(formatPolicyText(rule(chain)).text).toBe(rule(`>-\n          ${A}\n          en ${B}\n          en ${C}\n          en ${D}`));
  });

  it("leaves a condition that fits as it is, up to exactly the line width", () => {
    const prefix = "        voorwaarde: ";
    // a en b… with the second name as long as makes the line exactly LINE_WIDTH.
    const fits = `a en ${"b".repeat(LINE_WIDTH - prefix.length - 5)}`;
    expect(`${prefix}${fits}`).toHaveLength(LINE_WIDTH);
    expect(formatPolicyText(rule(fits)).changed).toBe(false);
    expect(formatPolicyText(rule(`${fits}x`)).text).toBe(rule(`>-\n          a\n          en ${"b".repeat(LINE_WIDTH - prefix.length - 5)}x`));
    expect(formatPolicyText(rule(`${A} en ${B}`)).changed).toBe(false);
  });

  it("counts the anchor and the quotes YAML needs on the line", () => {
    const name = "b".repeat(LINE_WIDTH - "        voorwaarde: ".length - 2 - '"x" in lijst en '.length);
    const condition = `"x" in lijst en ${name}`;
    // With its quotes exactly LINE_WIDTH: fits; with an anchor it does not.
    const written = `'${condition}'`;
    expect(`        voorwaarde: ${written}`).toHaveLength(LINE_WIDTH);
    expect(formatPolicyText(rule(written)).changed).toBe(false);
    expect(formatPolicyText(rule(`&v ${written}`)).text).toBe(rule(`&v >-\n          "x" in lijst\n          en ${name}`));
  });

  it("keeps the author's breaks when every line fits, and adds the chain's when one does not", () => {
    const fitting = rule(`>-\n          ${A} en ${B}\n          en ${C} en ${D}`);
    expect(formatPolicyText(fitting).changed).toBe(false);
    const tooWide = rule(`>-\n          ${A} en ${B} en ${C} en ${D}\n          en x`);
    expect(formatPolicyText(tooWide).text).toBe(rule(`>-\n          ${A}\n          en ${B}\n          en ${C}\n          en ${D}\n          en x`));
  });

  it("leaves a long expression without a chain on its line, and one inside { } too", () => {
    const call = `niet (${A} en ${B} en ${C} en ${D})`;
    expect(formatPolicyText(rule(call)).changed).toBe(false);
    const table = `tabellen:\n  t:\n    kolommen:\n      c: { titel: C, type: voorwaarde }\n    rijen:\n      - { c: ${A} en ${B} en ${C} en ${D} }\n`;
    expect(formatPolicyText(table).changed).toBe(false);
  });

  it("leaves a long date computation (a call) on its line, and breaks a long cell of a condition column", () => {
    const dates = `datumregels:\n  d:\n    berekening: als(${A} en ${B} en ${C}, 2026-01-01, 2027-01-01)\n`;
    expect(formatPolicyText(dates).changed).toBe(false);
    const table = `tabellen:\n  t:\n    kolommen:\n      c: { titel: C, type: voorwaarde }\n    rijen:\n      - c: ${A} en ${B} en ${C} en ${D}\n`;
    expect(formatPolicyText(table).text).toBe(
      `tabellen:\n  t:\n    kolommen:\n      c: { titel: C, type: voorwaarde }\n    rijen:\n      - c: >-\n          ${A}\n          en ${B}\n          en ${C}\n          en ${D}\n`,
    );
  });

  it("is idempotent, and both YAML readers read the same expression back", () => {
    for (const condition of [`${A} en ${B} en ${C} of ${D}`, `(${A} of ${B}) en (${C} of ${D}) en x`, `'"x" in lijst en ${"b".repeat(70)}'`, `${A} of (${B} en ${C}) of ${D}`]) {
      const once = formatPolicyText(rule(condition)).text;
      expect(formatPolicyText(once).text).toBe(once);
      const canonical = (canonicalExpressionLines(conditionOf(readYamlTree("t", rule(condition)).data) as string) ?? []).join(" ");
      expect(conditionOf(readYamlTree("t.policy", once).data)).toBe(canonical);
      expect(conditionOf(readSimpleYaml("t.policy", once)?.data)).toBe(canonical);
    }
  });
});

describe("beleid check on a broken expression", () => {
  const dir = mkdtempSync(join(tmpdir(), "beleid-lang-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("points at the line and column of a mistake in the second line", async () => {
    cpSync("policies/algemeen", join(dir, "algemeen"), { recursive: true });
    cpSync("policies/paramedische-zorg", join(dir, "paramedische-zorg"), { recursive: true });
    const file = join(dir, "paramedische-zorg", "2026-07.policy");
    const original = readFileSync(file, "utf8");
    // The rule as an author writes it first: on one line, too long for it.
    const broken = '        voorwaarde: >-\n          aantal(gli_uitgevoerd_door) >= 1\n          en niet (gli_uitgevoerd_door bevat "een ander beroep")\n';
    expect(original).toContain(broken);
    writeFileSync(file, original.replace(broken, '        voorwaarde: aantal(gli_uitgevoerd_door) >= 1 en niet (gli_uitgevoerd_door bevat "een ander beroep")\n'));
    expect((await cli(["fmt", file])).code).toBe(0);
    const formatted = readFileSync(file, "utf8");
    expect(formatted).toContain(broken);

    // A mistake in the second line of the block: a fact that does not exist.
    writeFileSync(file, formatted.replace(broken, broken.replace("niet (gli_uitgevoerd_door", "niet (gli_uitgevoerd_dor")));
    const lines = readFileSync(file, "utf8").split("\n");
    const line = lines.findIndex((l) => l.includes("gli_uitgevoerd_dor "));
    expect(lines[line - 1]).toBe("          aantal(gli_uitgevoerd_door) >= 1");
    const check = await cli(["check", "--json", file]);
    expect(check.code).toBe(1);
    const found = (JSON.parse(check.stdout) as { diagnosen: { code: string; bestand: string; begin: { regel: number; kolom: number }; eind: { regel: number; kolom: number } }[] }).diagnosen.filter((d) => d.bestand.endsWith("2026-07.policy") && d.code === "BL201");
    expect(found).toHaveLength(1);
    const column = (lines[line] as string).indexOf("gli_uitgevoerd_dor") + 1;
    expect(found[0]).toMatchObject({ begin: { regel: line + 1, kolom: column }, eind: { regel: line + 1, kolom: column + "gli_uitgevoerd_dor".length } });
    // The text output names the same place.
    expect((await cli(["check", file])).stderr + (await cli(["check", file])).stdout).toContain(`2026-07.policy:${line + 1}:${column}`);
  });
});
