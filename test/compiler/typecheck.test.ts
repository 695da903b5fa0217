/**
 * The generated declarations make wrong facts a compile error: a consumer fixture is type
 * checked with the TypeScript compiler against the emitted .d.ts.
 */

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planBuild } from "../../compiler/build.js";

const DIR = "test/fixtures/consumer";
const OUT = join(DIR, "evaluator");

beforeAll(async () => {
  const plan = await planBuild(["policies/paramedische-zorg/2026-07.policy"], OUT);
  for (const file of plan.outputs) {
    mkdirSync(join(file.path, ".."), { recursive: true });
    writeFileSync(file.path, file.content);
  }
});

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

function typeErrors(file: string): { line: number; message: string }[] {
  const program = ts.createProgram([join(DIR, file)], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: false,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ({
    line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
    message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
  }));
}

describe("typed facts in the generated declarations", () => {
  it("accept a correct consumer", () => {
    expect(typeErrors("goed.ts")).toEqual([]);
  });

  it("reject wrong facts, one error per wrong line", () => {
    const errors = typeErrors("fout.ts");
    expect(errors.map((e) => e.line).sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9, 10, 12, 13, 14, 17, 18, 19, 20, 22, 23, 25, 27, 28]);
    expect(errors.find((e) => e.line === 5)?.message).toContain("not assignable to type 'number'");
    expect(errors.find((e) => e.line === 6)?.message).toContain("gli_interventie");
    expect(errors.find((e) => e.line === 8)?.message).toContain("24 oktober 2025");
    // A date with a one-digit month or day, in the Dutch order or with month 13 is not a Datum, and the message names the type.
    for (const line of [13, 14, 22, 23]) expect(errors.find((e) => e.line === line)?.message).toContain("not assignable to type 'Datum | null'");
    // Only the agreements, rules and fact types of the policy: comparing with anything else is an error.
    expect(errors.find((e) => e.line === 17)?.message).toContain(`'"A" | "B" | "C" | "D" | undefined' and '"E"' have no overlap`);
    expect(errors.find((e) => e.line === 18)?.message).toContain(`and '"audit_top"' have no overlap`);
    expect(errors.find((e) => e.line === 19)?.message).toContain(`and '"Zorgovereenkomst E"' have no overlap`);
    expect(errors.find((e) => e.line === 20)?.message).toContain(`'"getal"' and '"tekst"' have no overlap`);
    for (const line of [27, 28]) expect(errors.find((e) => e.line === line)?.message).toContain(`'"A" | "B" | "C" | "D" | undefined' and '"E"' have no overlap`);
    expect(errors.find((e) => e.line === 25)?.message).toContain(`'"uitsluiting"' and '"randvoorwaarde"' have no overlap`);
    // A zorgsoort that may be any of them needs the facts of all of them, not those of one.
    expect(errors.find((e) => e.line === 12)?.message).toContain("FeitenFysiotherapie & FeitenOefentherapie");
  });
});
