/**
 * The cache of compiled results (`compiler/cache/compileCache.ts`): a result from the cache is
 * exactly what a compile gives (model, diagnostics and source texts, for every policy, from an
 * empty and from a full cache), an edited included file or policy file is compiled again, a
 * damaged entry is compiled again and replaced, results with errors are not stored, and a
 * cache that cannot be written is no error.
 */

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { CompileCache, projectCompileCache } from "../../compiler/cache/compileCache.js";
import { compilerFingerprint } from "../../compiler/cache/fingerprint.js";
import { planBuild } from "../../compiler/build.js";
import { compileFile, type CompileResult } from "../../compiler/compile.js";
import { findPolicyFiles } from "../../compiler/files.js";
import { packageFile } from "../../compiler/packageRoot.js";
import { SourceFiles } from "../../compiler/span.js";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "beleid-modellen-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function texts(sources: SourceFiles): Record<string, string | undefined> {
  return Object.fromEntries(sources.paths().map((path) => [path, sources.get(path)?.text]));
}

function expectSame(actual: CompileResult, expected: CompileResult): void {
  expect(actual.model).toStrictEqual(expected.model);
  expect(actual.diagnostics).toStrictEqual(expected.diagnostics);
  expect(texts(actual.sources)).toStrictEqual(texts(expected.sources));
}

/** A policy that includes a shared file, copied to a folder of its own. */
function copiedPolicy(): { policy: string; shared: string } {
  const dir = tempDir();
  mkdirSync(join(dir, "paramedische-zorg"));
  mkdirSync(join(dir, "algemeen"));
  const policy = join(dir, "paramedische-zorg", "2026-07.policy");
  const shared = join(dir, "algemeen", "2026.policy");
  cpSync(packageFile("policies", "paramedische-zorg", "2026-07.policy"), policy);
  cpSync(packageFile("policies", "algemeen", "2026.policy"), shared);
  return { policy, shared };
}

describe("CompileCache", () => {
  it("has a fingerprint of the compiler; the manifest npm run compile writes holds that of build/", async () => {
    expect(compilerFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    const built = (await import(pathToFileURL(packageFile("build", "compiler", "cache", "fingerprint.js")).href)) as typeof import("../../compiler/cache/fingerprint.js");
    const manifest = JSON.parse(readFileSync(built.manifestPath(), "utf8")) as { hash: string; files: [string][] };
    expect(manifest.files.map(([file]) => file)).toContain("build/compiler/check/policy.js");
    expect(manifest.files.map(([file]) => file)).toContain("node_modules/yaml/package.json");
    expect(built.compilerFingerprint()).toBe(manifest.hash);
    expect(built.hashedFingerprint()).toBe(manifest.hash);
    // The sources the tests run are another compiler than build/.
    expect(compilerFingerprint()).not.toBe(manifest.hash);
  });

  it("gives exactly what a compile gives, for every policy, from an empty and from a full cache", () => {
    const files = findPolicyFiles([packageFile("policies")]).files;
    expect(files.length).toBeGreaterThan(10);
    const cache = new CompileCache(tempDir());
    let hits = 0;
    for (const path of files) {
      const fresh = compileFile(path);
      const cold = cache.compileFile(path, {}, new SourceFiles(), compileFile);
      expectSame(cold, fresh);
      const warm = cache.lookup(path, {}, new SourceFiles());
      if (fresh.model) {
        expect(warm, path).toBeDefined();
        expectSame(warm as CompileResult, fresh);
        hits++;
      }
      // Also through a new instance (a new process) and via compileFile.
      const again = new CompileCache(cache.directory).compileFile(path, {}, new SourceFiles(), () => {
        if (fresh.model) throw new Error("compiled although the cache had it");
        return compileFile(path);
      });
      expectSame(again, fresh);
    }
    expect(hits).toBeGreaterThan(10);
  });

  it("adds the texts to SourceFiles shared with other compiles", () => {
    const cache = new CompileCache(tempDir());
    const path = packageFile("policies", "paramedische-zorg", "2026-07.policy");
    cache.compileFile(path, {}, new SourceFiles(), compileFile);
    const sources = new SourceFiles();
    compileFile(packageFile("policies", "mondzorg", "2025.policy"), {}, sources);
    const before = sources.paths().length;
    const result = cache.lookup(path, {}, sources) as CompileResult;
    expect(result.sources).toBe(sources);
    expect(sources.paths().length).toBeGreaterThan(before);
    for (const d of result.diagnostics) expect(sources.get(d.span.file), d.span.file).toBeDefined();
  });

  it("compiles again when an included shared file or the policy file is edited", () => {
    const { policy, shared } = copiedPolicy();
    const cache = new CompileCache(tempDir());
    const first = cache.compileFile(policy, {}, new SourceFiles(), compileFile);
    expect(first.model).toBeDefined();
    expect(cache.lookup(policy, {}, new SourceFiles())).toBeDefined();

    writeFileSync(shared, readFileSync(shared, "utf8").replace("titel: Caresq\n", "titel: Caresq Nederland\n"));
    expect(cache.lookup(policy, {}, new SourceFiles())).toBeUndefined();
    const edited = cache.compileFile(policy, {}, new SourceFiles(), compileFile);
    expectSame(edited, compileFile(policy));
    expect(edited.model).not.toStrictEqual(first.model);
    expectSame(cache.lookup(policy, {}, new SourceFiles()) as CompileResult, compileFile(policy));

    writeFileSync(policy, readFileSync(policy, "utf8") + "\n# een opmerking\n");
    expect(cache.lookup(policy, {}, new SourceFiles())).toBeUndefined();
    expectSame(cache.compileFile(policy, {}, new SourceFiles(), compileFile), compileFile(policy));
  });

  it("compiles again when an included file is gone, and reports it as a compile does", () => {
    const { policy, shared } = copiedPolicy();
    const cache = new CompileCache(tempDir());
    cache.compileFile(policy, {}, new SourceFiles(), compileFile);
    rmSync(shared);
    expect(cache.lookup(policy, {}, new SourceFiles())).toBeUndefined();
    const result = cache.compileFile(policy, {}, new SourceFiles(), compileFile);
    expect(result.model).toBeUndefined();
    expectSame(result, compileFile(policy));
  });

  it("stores no result with errors", () => {
    const { policy } = copiedPolicy();
    writeFileSync(policy, readFileSync(policy, "utf8").replace("taalversie: 1", "taalversie: 99"));
    const dir = tempDir();
    const cache = new CompileCache(dir);
    const result = cache.compileFile(policy, {}, new SourceFiles(), compileFile);
    expect(result.model).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("keys on the compile options", () => {
    const path = packageFile("policies", "algemeen", "2026.policy");
    const cache = new CompileCache(tempDir());
    cache.compileFile(path, {}, new SourceFiles(), compileFile);
    expect(cache.lookup(path, { maxFileBytes: 10_000_000 }, new SourceFiles())).toBeUndefined();
    expect(cache.lookup(path, { readText: (file) => readFileSync(file, "utf8") }, new SourceFiles())).toBeUndefined();
  });

  it("compiles again when an entry is damaged, and replaces it", () => {
    const dir = tempDir();
    const path = packageFile("policies", "algemeen", "2026.policy");
    const cache = new CompileCache(dir);
    const fresh = cache.compileFile(path, {}, new SourceFiles(), compileFile);
    const [name] = readdirSync(dir);
    const entry = join(dir, name as string);
    const bytes = readFileSync(entry);
    for (const damaged of [bytes.subarray(0, bytes.length >> 1), Buffer.concat([bytes.subarray(0, bytes.length - 10), Buffer.from("xxxxxxxxxx")]), Buffer.from("")]) {
      writeFileSync(entry, damaged);
      expect(cache.lookup(path, {}, new SourceFiles())).toBeUndefined();
      expectSame(cache.compileFile(path, {}, new SourceFiles(), compileFile), fresh);
      expect(readFileSync(entry)).toEqual(bytes);
    }
    expect(readdirSync(dir)).toEqual([name]);
  });

  it("is no error when it cannot be written", () => {
    const file = join(tempDir(), "een-bestand");
    writeFileSync(file, "");
    const path = packageFile("policies", "algemeen", "2026.policy");
    const cache = new CompileCache(join(file, "modellen"));
    expectSame(cache.compileFile(path, {}, new SourceFiles(), compileFile), compileFile(path));
  });

  it("lives under node_modules/.cache/beleid of the project, or under CACHE_DIR", () => {
    const previous = process.env.CACHE_DIR;
    try {
      delete process.env.CACHE_DIR;
      expect(projectCompileCache([packageFile("policies", "algemeen", "2026.policy")], packageFile())?.directory).toBe(packageFile("node_modules", ".cache", "beleid", "modellen"));
      process.env.CACHE_DIR = "/ergens";
      expect(projectCompileCache([], packageFile())?.directory).toBe(join("/ergens", "beleid", "modellen"));
    } finally {
      if (previous === undefined) delete process.env.CACHE_DIR;
      else process.env.CACHE_DIR = previous;
    }
  });
});

describe("planBuild with a CompileCache", () => {
  it("writes byte for byte what a build without the cache writes, and leaves every policy it compiled in the cache", async () => {
    // 2025 compares with 2024, which the build compiles too without building it.
    const files = ["policies/mondzorg/2025.policy"];
    const cache = new CompileCache(tempDir());
    const contents = async (options: Parameters<typeof planBuild>[2]) => (await planBuild(files, "/uit", options)).outputs.map((o) => [o.path, o.content]);
    const without = await contents({});
    expect(await contents({ compileCache: cache })).toEqual(without);
    for (const path of ["policies/mondzorg/2025.policy", "policies/mondzorg/2024.policy"]) expect(cache.lookup(path, {}, new SourceFiles()), path).toBeDefined();
    expect(await contents({ compileCache: cache })).toEqual(without);
  });
});
