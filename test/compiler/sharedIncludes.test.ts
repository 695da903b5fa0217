/**
 * A shared file included by several policies is read once per process while its text stays
 * the same (compiler/load/loadPolicy.ts; `beleid diff` compiles two versions that include the
 * same file). The results must be exactly those of reading it again, and an edited shared file
 * must be read again.
 */

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileFile, type CompileResult } from "../../compiler/compile.js";
import { packageFile } from "../../compiler/packageRoot.js";

const dir = mkdtempSync(join(tmpdir(), "beleid-gedeeld-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, "paramedische-zorg"));
mkdirSync(join(dir, "algemeen"));
const older = join(dir, "paramedische-zorg", "2026-04.policy");
const newer = join(dir, "paramedische-zorg", "2026-07.policy");
const shared = join(dir, "algemeen", "2026.policy");
cpSync(packageFile("policies", "paramedische-zorg", "2026-04.policy"), older);
cpSync(packageFile("policies", "paramedische-zorg", "2026-07.policy"), newer);
cpSync(packageFile("policies", "algemeen", "2026.policy"), shared);

/** A compile that reads every file again (the shared files are not kept for `readText`). */
const readAgain = (path: string): CompileResult => compileFile(path, { readText: (file) => readFileSync(file, "utf8") });

function expectSame(actual: CompileResult, expected: CompileResult): void {
  expect(actual.model).toStrictEqual(expected.model);
  expect(actual.diagnostics).toStrictEqual(expected.diagnostics);
  const texts = (result: CompileResult) => result.sources.paths().map((path) => [path, result.sources.get(path)?.text]);
  expect(texts(actual)).toStrictEqual(texts(expected));
}

describe("a shared file included by two policies", () => {
  it("gives each the same result as reading it again, with its text among the sources", () => {
    const first = compileFile(older);
    const second = compileFile(newer);
    expect(second.model).toBeDefined();
    expect(second.sources.paths().some((path) => path.endsWith("2026.policy") && path.includes("algemeen"))).toBe(true);
    expectSame(first, readAgain(older));
    expectSame(second, readAgain(newer));
    expectSame(compileFile(newer), second);
  });

  it("is read again when it was edited", () => {
    const before = compileFile(newer);
    writeFileSync(shared, readFileSync(shared, "utf8").replace("titel: Caresq\n", "titel: Caresq Nederland\n"));
    const after = compileFile(newer);
    expect(after.model).not.toStrictEqual(before.model);
    expectSame(after, readAgain(newer));
    expectSame(compileFile(older), readAgain(older));
  });
});
