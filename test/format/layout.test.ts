/**
 * The canonical layout on a deliberately messy policy (golden file, reviewed by eye), the
 * expression layout with the author's line breaks, the prettier plugin, and `beleid fmt`.
 */

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as prettier from "prettier";
import { afterAll, describe, expect, it } from "vitest";
import { canonicalExpressionLines } from "../../compiler/format/expressionLayout.js";
import { formatPolicyText } from "../../compiler/format/formatPolicy.js";
import plugin from "../../compiler/format/prettierPlugin.js";
import { cli } from "../helpers.js";

const MESSY = "test/fixtures/format/rommelig.policy";

describe("the canonical layout", () => {
  it("of a messy policy", async () => {
    const result = formatPolicyText(readFileSync(MESSY, "utf8"), MESSY);
    expect(result.diagnostics).toEqual([]);
    await expect(result.text).toMatchFileSnapshot("../golden/format/rommelig.policy");
    expect(formatPolicyText(result.text).text).toBe(result.text);
  });

  it("gives a file with Windows line endings the same layout, and keeps them on every line", () => {
    for (const path of [MESSY, "policies/mondzorg/2024.policy"]) {
      const text = readFileSync(path, "utf8");
      const formatted = formatPolicyText(text.replace(/\n/g, "\r\n")).text;
      // Comments and folded texts kept a \r of their own before, next to lines without one.
      expect(formatted.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
      expect(formatted).toBe(formatPolicyText(text).text.replace(/\n/g, "\r\n"));
    }
  });

  it("keeps a byte order mark, as prettier does", () => {
    const text = readFileSync(MESSY, "utf8");
    expect(formatPolicyText(`\uFEFF${text}`).text).toBe(`\uFEFF${formatPolicyText(text).text}`);
    const canonical = readFileSync("policies/mondzorg/2024.policy", "utf8");
    expect(formatPolicyText(`\uFEFF${canonical}`).changed).toBe(false);
  });

  it("leaves a canonical file with Windows line endings as it is", () => {
    const canonical = readFileSync("policies/mondzorg/2024.policy", "utf8").replace(/\n/g, "\r\n");
    expect(formatPolicyText(canonical).changed).toBe(false);
  });

  it("leaves a canonical file exactly as it is", () => {
    const canonical = readFileSync("test/golden/format/rommelig.policy", "utf8");
    expect(formatPolicyText(canonical).changed).toBe(false);
  });

  it("keeps a comment above the entry it was written above, also after a nested block", () => {
    const text = [
      "feiten:",
      "  a:",
      "    omschrijving: A",
      "    type: getal",
      "    # over het type van a",
      "",
      "  # --- over b ---",
      "  b:",
      "    type: getal",
      "    omschrijving: B",
      "",
    ].join("\n");
    expect(formatPolicyText(text).text).toBe(
      ["feiten:", "  a:", "    type: getal", "    omschrijving: A", "    # over het type van a", "", "  # --- over b ---", "  b:", "    type: getal", "    omschrijving: B", ""].join("\n"),
    );
  });

  it("refuses a file with a YAML error and leaves it alone", () => {
    const text = 'taalversie: 1\ntitel: "open\n';
    const result = formatPolicyText(text, "kapot.policy");
    expect(result.text).toBe(text);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["BL001"]);
  });
});

describe("expression layout", () => {
  it("uses the grammar's canonical spelling", () => {
    expect(canonicalExpressionLines("a>1   en(b≠2)")).toEqual(["a > 1 en b != 2"]);
    expect(canonicalExpressionLines("aandeel( x ,y )>=30%")).toEqual(["aandeel(x, y) >= 30%"]);
  });

  it("keeps the author's line breaks, at the same tokens", () => {
    const text = "aandeel(a,b) >= 30%\nen  c >= 24\nof d";
    expect(canonicalExpressionLines(text, [text.indexOf("en"), text.indexOf("of d")])).toEqual(["aandeel(a, b) >= 30%", "en c >= 24", "of d"]);
  });

  it("moves a break inside parentheses to the next space", () => {
    const text = "max(\na, b) > 1";
    expect(canonicalExpressionLines(text, [5])).toEqual(["max(a,", "b) > 1"]);
  });

  it("keeps parentheses after niet around a comparison, for the reader, and drops others", () => {
    expect(canonicalExpressionLines('niet (a bevat "x")')).toEqual(['niet (a bevat "x")']);
    expect(canonicalExpressionLines("niet x > 3")).toEqual(["niet (x > 3)"]);
    expect(canonicalExpressionLines("niet (a)")).toEqual(["niet a"]);
  });

  it("keeps an expression the author wrote as a folded block a folded block, also on one line", () => {
    const text = "groepen:\n  g:\n    regels:\n      r:\n        voorwaarde: &lang >-\n          niet   (a en b)\n";
    expect(formatPolicyText(text).text).toContain("voorwaarde: &lang >-\n          niet (a en b)\n");
  });

  it("leaves an expression that does not parse as written", () => {
    expect(canonicalExpressionLines("a >")).toBeUndefined();
    expect(canonicalExpressionLines("a & b")).toBeUndefined();
  });
});

describe("the prettier plugin", () => {
  it("formats a .policy file like beleid fmt", async () => {
    const text = readFileSync(MESSY, "utf8");
    const formatted = await prettier.format(text, { filepath: "rommelig.policy", plugins: [plugin] });
    expect(formatted).toBe(formatPolicyText(text).text);
  });

  it("reports a YAML error in Dutch", async () => {
    await expect(prettier.format('titel: "open\n', { filepath: "kapot.policy", plugins: [plugin] })).rejects.toThrow(/BL001/);
  });
});

describe("beleid fmt", () => {
  const dir = mkdtempSync(join(tmpdir(), "beleid-fmt-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("--check lists the files that would change and exits 1; fmt writes them; then --check passes", async () => {
    cpSync(MESSY, join(dir, "rommelig.policy"));
    cpSync("test/golden/format/rommelig.policy", join(dir, "net.policy"));
    const check = await cli(["fmt", "--check", dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("rommelig.policy");
    expect(check.stdout).not.toContain("net.policy");
    expect(readFileSync(join(dir, "rommelig.policy"), "utf8")).toBe(readFileSync(MESSY, "utf8"));

    // --verschil shows the change as a unified diff and writes nothing either.
    const shown = await cli(["fmt", "--verschil", dir]);
    expect(shown.code).toBe(1);
    expect(shown.stdout).toMatch(/^--- .*rommelig\.policy\tzoals het is$/m);
    expect(shown.stdout).toMatch(/^\+\+\+ .*rommelig\.policy\topgemaakt$/m);
    expect(shown.stdout).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/m);
    expect(readFileSync(join(dir, "rommelig.policy"), "utf8")).toBe(readFileSync(MESSY, "utf8"));

    const write = await cli(["fmt", dir]);
    expect(write.code).toBe(0);
    expect(write.stdout).toBe("1 bestand opgemaakt, 1 ongewijzigd.\n");
    expect(readFileSync(join(dir, "rommelig.policy"), "utf8")).toBe(readFileSync("test/golden/format/rommelig.policy", "utf8"));

    const again = await cli(["fmt", "--check", dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("alles is opgemaakt");
  });

  it("does not touch a file with an error and exits 1", async () => {
    const file = join(dir, "kapot.policy");
    writeFileSync(file, 'taalversie: 1\ntitel: "open\n');
    const run = await cli(["fmt", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("BL001");
    expect(readFileSync(file, "utf8")).toBe('taalversie: 1\ntitel: "open\n');
  });
});
