/**
 * The VS Code extension folder stays consistent: the files its manifest names exist, the
 * TextMate grammars are valid and their patterns compile, and the pattern for an expression
 * after `voorwaarde:` picks out the expression (and not a trailing comment).
 */

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = "editors/vscode";
const manifest = JSON.parse(readFileSync(join(DIR, "package.json"), "utf8")) as {
  main: string;
  contributes: { grammars: { path: string }[]; languages: { configuration: string; extensions: string[] }[] };
};

function patterns(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => patterns(n, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if ((key === "match" || key === "begin" || key === "end") && typeof value === "string") found.push(value);
      else patterns(value, found);
    }
  }
  return found;
}

describe("editors/vscode", () => {
  it("names files that exist", () => {
    expect(existsSync(join(DIR, manifest.main))).toBe(true);
    for (const grammar of manifest.contributes.grammars) expect(existsSync(join(DIR, grammar.path)), grammar.path).toBe(true);
    for (const language of manifest.contributes.languages) expect(existsSync(join(DIR, language.configuration))).toBe(true);
    expect(manifest.contributes.languages[0]?.extensions).toEqual([".policy"]);
  });

  it("has grammars whose patterns compile", () => {
    for (const grammar of manifest.contributes.grammars) {
      const json = JSON.parse(readFileSync(join(DIR, grammar.path), "utf8")) as unknown;
      // An `end` pattern may refer to a capture of its `begin` (\\1); TextMate fills that in.
      for (const pattern of patterns(json)) expect(() => new RegExp(pattern.replace(/\\\d/g, " "), "u"), pattern).not.toThrow();
    }
  });

  it("finds the expression after voorwaarde:", () => {
    const grammar = JSON.parse(readFileSync(join(DIR, "syntaxes/beleid.tmLanguage.json"), "utf8")) as { repository: { "expressie-regel": { match: string } } };
    const line = new RegExp(grammar.repository["expressie-regel"].match, "u");
    expect(line.exec("        voorwaarde: behandelindex > 150 # grens")?.[4]).toBe("behandelindex > 150");
    expect(line.exec("        voorwaarde: >-")).toBeNull();
  });
});
