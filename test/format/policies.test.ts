/**
 * `beleid fmt` on every policy that exists (other policies are added all the time; this test
 * takes whatever is in policies/ and the test fixtures): the layout is idempotent, the compiled
 * model is the same before and after, and every comment line survives.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { findPolicyFiles } from "../../compiler/files.js";
import { formatPolicyText } from "../../compiler/format/formatPolicy.js";
import { commentLines } from "../../compiler/format/verify.js";
import { comparableModel } from "./comparableModel.js";

const policies = findPolicyFiles(["policies"]).files;
const fixtures = findPolicyFiles(["test/fixtures"]).files;

describe.each(policies)("fmt %s", (path) => {
  const original = readFileSync(path, "utf8");
  const formatted = formatPolicyText(original, path);

  it("is kept in the canonical layout (run `beleid fmt policies` after editing)", () => {
    expect(formatted.changed).toBe(false);
  });

  it("formats without a problem, and a second time changes nothing", () => {
    expect(formatted.diagnostics).toEqual([]);
    const again = formatPolicyText(formatted.text, path);
    expect(again.changed).toBe(false);
    expect(again.text).toBe(formatted.text);
  });

  it("compiles to the same model with the same diagnostics", () => {
    const before = compileText(path, original);
    const after = compileText(path, formatted.text);
    expect(after.diagnostics.map((d) => `${d.code} ${d.message}`).sort()).toEqual(before.diagnostics.map((d) => `${d.code} ${d.message}`).sort());
    expect(comparableModel(after.model)).toEqual(comparableModel(before.model));
  });

  it("keeps every comment line", () => {
    expect(commentLines(formatted.text).sort()).toEqual(commentLines(original).sort());
  });
});

describe("fmt on the test fixtures (also broken ones)", () => {
  it.each(fixtures)("%s", (path) => {
    const original = readFileSync(path, "utf8");
    const formatted = formatPolicyText(original, path);
    if (formatted.diagnostics.length > 0) {
      // A file with a YAML error (or the BL701 fixture) is left exactly as it is.
      expect(formatted.text).toBe(original);
      return;
    }
    expect(formatPolicyText(formatted.text, path).text).toBe(formatted.text);
    const before = compileText(path, original);
    const after = compileText(path, formatted.text);
    expect(after.diagnostics.map((d) => d.code).sort()).toEqual(before.diagnostics.map((d) => d.code).sort());
    expect(comparableModel(after.model)).toEqual(comparableModel(before.model));
    expect(commentLines(formatted.text).sort()).toEqual(commentLines(original).sort());
  });
});
