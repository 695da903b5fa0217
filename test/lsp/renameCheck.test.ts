/**
 * The rename's check by the compiler (renameCheck.ts) starting from a compilation the server
 * already made (`rememberCompilation`, an open policy's analysis): that compilation counts only
 * while the texts it was made from are the texts now, and a name that brings an error is still
 * refused. The comparison with the previous version is made again when that version changed.
 */

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { errorBroughtBy, rememberCompilation } from "../../compiler/lsp/renameCheck.js";

const policy = "policies/paramedische-zorg/2026-07.policy";
const text = readFileSync(policy, "utf8");
const readText = (file: string) => readFileSync(file);
const renamedFact = (source: string, name: string) => source.replace(/^ {2}behandelindex:$/m, `  ${name}:`).replaceAll("voorwaarde: behandelindex > 150", `voorwaarde: ${name} > 150`);
/** The texts of a rename: `renamed` for the policy, the file on disk for the others. */
const textsWith = (current: string) => (file: string) => (resolve(file) === resolve(policy) ? current : readFileSync(file, "utf8"));

describe("a rename's check from a compilation the server made", () => {
  it("still refuses a name that brings an error", () => {
    const compiled = compileText(policy, text, { readText });
    expect(compiled.diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
    rememberCompilation(policy, compiled);
    const error = errorBroughtBy([policy], textsWith(text), new Map([[resolve(policy), renamedFact(text, "__proto__")]]));
    expect(error?.code).toBe("BL012");
    expect(errorBroughtBy([policy], textsWith(text), new Map([[resolve(policy), renamedFact(text, "landelijke_index")]]))).toBeUndefined();
  });

  it("is not used for other texts: an error the policy has now is not one the rename brings", () => {
    // The server compiled the policy without the error; since then the text has one (an unknown fact).
    rememberCompilation(policy, compileText(policy, text, { readText }));
    const now = text.replace("voorwaarde: uitzondering_behandelindex\n", "voorwaarde: uitzondering_behandelindx\n");
    expect(compileText(policy, now, { readText }).diagnostics.filter((d) => d.severity === "fout").map((d) => d.code)).toEqual(["BL201"]);
    const error = errorBroughtBy([policy], textsWith(now), new Map([[resolve(policy), renamedFact(now, "landelijke_index")]]));
    expect(error).toBeUndefined();
  });

  it("compares with the previous version again when that changed, also for the same policy text", () => {
    const previous = "policies/paramedische-zorg/2026-04.policy";
    const previousText = readFileSync(previous, "utf8");
    // The newer version named the fact anew and says what it was called.
    const now = renamedFact(text, "landelijke_index").replace("  landelijke_index:\n", "  landelijke_index:\n    was: behandelindex\n");
    const textOf = (file: string) => (resolve(file) === resolve(policy) ? now : readFileSync(file, "utf8"));
    expect(errorBroughtBy([policy], textOf, new Map())).toBeUndefined();
    // Renaming the fact in the previous version alone leaves that ‘was:’ pointing at nothing (BL310).
    const renamedPrevious = previousText.replace(/^ {2}behandelindex:$/m, "  b2:").replaceAll("behandelindex > 150", "b2 > 150");
    expect(errorBroughtBy([policy], textOf, new Map([[resolve(previous), renamedPrevious]]))?.code).toBe("BL310");
    // And again, from the same compilations.
    expect(errorBroughtBy([policy], textOf, new Map())).toBeUndefined();
    expect(errorBroughtBy([policy], textOf, new Map([[resolve(previous), renamedPrevious]]))?.code).toBe("BL310");
  });
});
