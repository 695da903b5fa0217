/**
 * The date pattern of the facts schema (compiler/emit/factsSchema.ts) is read the same way by
 * every JSON Schema validator, not only by JavaScript's: it keeps to the portable subset of
 * regular expressions (no `\d`, which matches other digits in Python; no lookaround, which RE2
 * and Go refuse) and agrees with `isIsoDate` on the cases that need care. Where Python is
 * installed, its `re` is asked too. test/compiler/factsSchema.test.ts compares the pattern with
 * `isIsoDate` on random texts and whole years.
 */

import { Ajv } from "ajv";
import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DATE_PATTERN, factValueSchema } from "../../compiler/emit/factsSchema.js";
import type { Fact } from "../../compiler/model.js";
import { isIsoDate } from "../../runtime/dates.js";

const CASES = [
  "2025-10-24",
  "２０２５-10-24", // full-width digits
  "٢٠٢٥-10-24", // Arabic-Indic digits
  "2025-1٠-24",
  "0000-01-01",
  "0000-02-29",
  "0001-01-01",
  "0004-02-29",
  "0100-02-29",
  "0400-02-29",
  "1900-02-29",
  "2000-02-29",
  "2024-02-29",
  "2025-02-29",
  "9999-12-31",
  "2025-10-24\n",
  "\n2025-10-24",
  "2025-10-24 ",
];

const pythonAvailable = spawnSync("python3", ["--version"]).status === 0;

describe("the date pattern of the facts schema", () => {
  it("keeps to the portable subset: ASCII digit classes, plain groups, no lookaround", () => {
    expect(DATE_PATTERN).not.toMatch(/\\d/);
    expect(DATE_PATTERN).not.toMatch(/\(\?/);
  });

  it("agrees with isIsoDate on non-ASCII digits, year 0000 and the leap days of centuries", () => {
    const pattern = new RegExp(DATE_PATTERN, "u");
    const date = factValueSchema({ id: "d", type: "datum", description: "" } as Fact);
    const validate = new Ajv().compile(date);
    for (const s of CASES) {
      expect(validate(s), JSON.stringify(s)).toBe(isIsoDate(s));
      if (s.length === 10) expect(pattern.test(s), s).toBe(isIsoDate(s));
    }
    expect(CASES.filter((s) => isIsoDate(s))).toEqual(["2025-10-24", "0001-01-01", "0004-02-29", "0400-02-29", "2000-02-29", "2024-02-29", "9999-12-31"]);
  });

  it.skipIf(!pythonAvailable)("is read the same way by Python's re (with the schema's length, as its $ also matches before a final newline)", () => {
    const script = [
      "import json, re, sys",
      "pattern, cases = json.load(sys.stdin)",
      "print(json.dumps([len(s) == 10 and re.search(pattern, s) is not None for s in cases]))",
    ].join("\n");
    const output = execFileSync("python3", ["-c", script], { input: JSON.stringify([DATE_PATTERN, CASES]), encoding: "utf8" });
    expect(JSON.parse(output)).toEqual(CASES.map((s) => isIsoDate(s)));
  });
});
