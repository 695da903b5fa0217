/**
 * The documentation stays true: the complete example in docs/taal.md compiles and decides
 * as the text says, every function of the language is documented there, and every field of
 * the JSON Schema is mentioned. The error the README's tour shows is the real one. Every page
 * tells a reader in this repository to type `npm run beleid -- …` (and says once that `npx
 * beleid` is for a project that installed beleid as a package), with commands and options
 * that exist.
 */

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FUNCTIONS } from "../compiler/check/functions.js";
import { compileText } from "../compiler/compile.js";
import { loadEvaluator } from "../compiler/evaluate.js";
import { renderDiagnostics } from "../compiler/diagnostics/render.js";
import { cli } from "./helpers.js";

const taal = readFileSync("docs/taal.md", "utf8");

describe("docs/taal.md", () => {
  it("documents every function", () => {
    for (const fn of FUNCTIONS) expect(taal, fn.name).toContain(`\`${fn.name}(`);
  });

  it("mentions every field of the policy schema", () => {
    const schema = readFileSync("compiler/schema/policy.schema.json", "utf8");
    const fields = new Set([...schema.matchAll(/"([a-z_]+)": \{/g)].map((m) => m[1] as string));
    for (const ignored of ["properties", "additionalProperties", "items", "then", "else", "if", "propertyNames"]) fields.delete(ignored);
    for (const field of fields) expect(taal, field).toMatch(new RegExp(`\`${field}[:\`]|\\b${field}:`));
  });

  it("has a complete example that compiles and decides as described", async () => {
    const section = taal.slice(taal.indexOf("## 2. Een klein, volledig voorbeeld"));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    const result = compileText("voorbeeld.policy", yaml);
    expect(renderDiagnostics(result.diagnostics, result.sources, { colour: false })).toBe("");
    const evaluator = await loadEvaluator(result.model!);
    const base = { behandelindex: 120, richtlijnen: true, keurmerk: true };
    expect(evaluator.besluit("voorbeeldzorg", base).overeenkomst?.id).toBe("A");
    expect(evaluator.besluit("voorbeeldzorg", { ...base, keurmerk: false }).overeenkomst?.id).toBe("B");
    expect(evaluator.besluit("voorbeeldzorg", { ...base, behandelindex: 160 }).inAanmerking).toBe(false);
    expect(evaluator.besluit("voorbeeldzorg", { ...base, behandelindex: null }).inAanmerking).toBe(true);
  });
});

describe("README.md", () => {
  it("shows in step 2 the error beleid check really gives for the edit it describes", async () => {
    const readme = readFileSync("README.md", "utf8");
    const step = readme.slice(readme.indexOf("**2. Controleren.**"), readme.indexOf("**3. "));
    const edit = /maak van `([^`]+)` in het voorbeeld hierboven `([^`]+)`/.exec(step);
    const shown = /```text\n([\s\S]*?)```/.exec(step)?.[1];
    expect(edit, "the edit step 2 describes").not.toBeNull();
    expect(shown, "the output step 2 shows").toBeDefined();
    const [, before, after] = edit as RegExpExecArray;
    const policy = "policies/paramedische-zorg/2026-07.policy";
    const dir = mkdtempSync(join(tmpdir(), "beleid-readme-"));
    try {
      for (const folder of ["policies/paramedische-zorg", "policies/algemeen"]) cpSync(folder, join(dir, folder), { recursive: true });
      const text = readFileSync(policy, "utf8");
      // The condition of the rule step 1 shows, the first in the file.
      const at = text.indexOf(`voorwaarde: ${before}\n`);
      expect(at, `‘voorwaarde: ${before}’ in ${policy}`).toBeGreaterThan(-1);
      const target = `voorwaarde: ${before}`.length;
      writeFileSync(join(dir, policy), text.slice(0, at) + `voorwaarde: ${after}` + text.slice(at + target));
      const run = await cli(["check", policy], { cwd: dir });
      expect(run.code).toBe(1);
      // The in-process CLI names a file outside the test's own working directory by its full path.
      expect(run.stderr.replaceAll(`${dir}/`, "").trimEnd() + "\n").toBe(shown);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The README and every page in docs/, by name. */
const PAGES = ["README.md", ...readdirSync("docs").filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)].map((name) => ({ name, text: readFileSync(name, "utf8") }));

/** The paragraph that holds offset `at`: from the blank line before it to the one after. */
function paragraphAt(text: string, at: number): string {
  const start = text.lastIndexOf("\n\n", at);
  const end = text.indexOf("\n\n", at);
  return text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end);
}

/**
 * What follows `npm run beleid --` (or `npm run -s beleid --`) wherever a page shows it: in a
 * shell block (lines continued with a backslash joined, comments cut off) and in inline code,
 * one entry per command of a `… && …`.
 */
function shownCommands(markdown: string): string[] {
  const commands: string[] = [];
  const invocations = (code: string) => {
    for (const part of code.split("&&")) {
      const rest = /^\s*npm run (?:-s )?beleid -- (.*)$/.exec(part.replace(/\s+/g, " "))?.[1]?.trim();
      if (rest) commands.push(rest);
    }
  };
  const prose = markdown.replace(/```(\w*)\n([\s\S]*?)```/g, (_, language: string, body: string) => {
    if (language === "sh") for (const line of body.replace(/\\\n\s*/g, " ").split("\n")) invocations(line.replace(/\s#.*$/, ""));
    return "";
  });
  // A span between double backticks (`` ` ``) first, so it does not pair the single ones wrongly.
  for (const match of prose.replace(/``[\s\S]*?``/g, "").matchAll(/`([^`]+)`/g)) invocations(match[1] as string);
  return commands;
}

describe("the commands the documentation shows", () => {
  it.each(PAGES.map((p) => [p.name, p.text]))("%s says npx beleid only for a project that installed beleid as a package", (_name, text) => {
    for (const match of text.matchAll(/npx beleid/g)) {
      expect(paragraphAt(text, match.index), "the paragraph around ‘npx beleid’").toContain("project dat beleid als pakket heeft geïnstalleerd");
    }
  });

  it.each(PAGES.filter((p) => shownCommands(p.text).length > 0).map((p) => [p.name, p.text]))("%s, which shows npm run beleid --, says what to type in a project that installed beleid", (_name, text) => {
    const note = [...text.matchAll(/npx beleid/g)].map((m) => paragraphAt(text, m.index));
    expect(note.some((paragraph) => paragraph.includes("project dat beleid als pakket heeft geïnstalleerd")), "a note on npx beleid").toBe(true);
  });

  it("finds the commands on every page that shows them (so the checks here see them)", () => {
    for (const name of ["docs/taal.md", "docs/wijzigingen.md", "docs/testen.md", "docs/beslissing.md", "docs/site.md", "docs/editor.md", "docs/bulk.md", "README.md"]) {
      expect(shownCommands(readFileSync(name, "utf8")).length, name).toBeGreaterThan(0);
    }
  });

  it("shows only commands and options that beleid has", async () => {
    const commands = new Set([...(await cli(["--help"])).stdout.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1] as string));
    expect(commands).toContain("check");
    const helpOf = new Map<string, string>();
    for (const page of PAGES) {
      for (const shown of shownCommands(page.text)) {
        const [command, ...args] = shown.split(" ");
        if (command === undefined || command.startsWith("<")) continue; // `npm run beleid -- <opdracht>`
        expect(commands, `${page.name}: ‘${shown}’`).toContain(command);
        if (!helpOf.has(command)) helpOf.set(command, (await cli([command, "--help"])).stdout);
        for (const arg of args) {
          const option = /^(--?[a-z][a-z-]*)/.exec(arg)?.[1];
          if (option === undefined) continue;
          expect(helpOf.get(command), `${page.name}: ${option} in ‘${shown}’`).toMatch(new RegExp(`(^|[\\s,(])${option}(?![\\w-])`, "m"));
        }
      }
    }
  });
});
