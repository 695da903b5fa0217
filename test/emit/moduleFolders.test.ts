/**
 * `beleid build` marks `dist/policies/` and `dist/runtime/` as folders of ES modules with a
 * `package.json` of their own (compiler/build.ts), so that the two folders, copied into a
 * project whose package.json says nothing about module types, load without Node's
 * MODULE_TYPELESS_PACKAGE_JSON warning.
 */

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { planBuild } from "../../compiler/build.js";

describe("the output folders of ES modules", () => {
  it("each have a package.json with type module, and load in a project without one", async () => {
    const out = mkdtempSync(join(tmpdir(), "beleid-modules-"));
    const plan = await planBuild(["policies/mondzorg/2025.policy"], out);
    const packages = plan.outputs.filter((o) => o.path.endsWith("package.json"));
    expect(packages.map((o) => relative(out, o.path)).sort()).toEqual([join("policies", "package.json"), join("runtime", "package.json")]);
    for (const file of packages) expect(JSON.parse(file.content)).toMatchObject({ type: "module", sideEffects: false });

    // A project of its own, with a package.json without "type", holding copies of the two folders.
    const project = mkdtempSync(join(tmpdir(), "beleid-cjs-"));
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "aanvrager" }));
    for (const output of plan.outputs) {
      const path = relative(out, output.path);
      if (!path.startsWith("policies") && !path.startsWith("runtime")) continue;
      mkdirSync(dirname(join(project, path)), { recursive: true });
      writeFileSync(join(project, path), output.content);
    }
    const run = spawnSync(process.execPath, ["-e", 'import("./policies/mondzorg/2025.js").then((m) => console.log(typeof m.beoordeel))'], { cwd: project, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("function\n");
  });
});
