/**
 * Language features end to end (checker, emitter, runtime) on a policy written to use them
 * all: test/fixtures/kenmerken/. The cases and their expectations are in kenmerken.test.yaml.
 */

import { describe, expect, it } from "vitest";
import { runTestFiles } from "../../compiler/testing/index.js";
import { renderDiagnostics } from "../../compiler/diagnostics/render.js";

describe("language features", async () => {
  const run = await runTestFiles(["test/fixtures/kenmerken/kenmerken.test.yaml"]);
  it("compile without diagnostics", () => {
    expect(renderDiagnostics(run.diagnostics, run.sources, { colour: false })).toBe("");
  });
  for (const result of run.files[0]?.results ?? []) {
    it(result.testCase.name, () => expect(result.differences.join("\n")).toBe(""));
  }
  it("are covered completely by these cases", () => {
    expect(run.files[0]?.coverage?.gaps.filter((g) => g.kind === "regel").map((g) => g.id)).toEqual([]);
  });
});
