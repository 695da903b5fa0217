/**
 * The cache of formatted code (`compiler/emit/formatCache.ts`): a build from the cache writes
 * the same bytes as a build without it, an entry is used only for exactly the same input, a
 * damaged entry is formatted again, two builds at once share the cache safely, and a cache
 * that cannot be written is no error.
 */

import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as prettier from "prettier";
import { afterEach, describe, expect, it } from "vitest";
import { planBuild } from "../../compiler/build.js";
import { FormatCache, projectFormatCache } from "../../compiler/emit/formatCache.js";

const CODE = 'const   a = {b:1,   c:"x"}\nexport   default a\n';
const FORMATTED = 'const a = { b: 1, c: "x" };\nexport default a;\n';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "beleid-opmaak-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A format function that counts how often prettier would have run. */
function counting(result: string) {
  const calls = { count: 0 };
  return { calls, format: async () => (calls.count++, result) };
}

describe("FormatCache", () => {
  it("formats once, then serves the same text from disk, also to a new process (a new instance)", async () => {
    const dir = tempDir();
    const first = counting(FORMATTED);
    expect(await new FormatCache(dir).format(CODE, { parser: "babel" }, first.format)).toBe(FORMATTED);
    const second = counting("ANDERS");
    expect(await new FormatCache(dir).format(CODE, { parser: "babel" }, second.format)).toBe(FORMATTED);
    expect([first.calls.count, second.calls.count]).toEqual([1, 0]);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it("uses an entry only for the same code and the same options", async () => {
    const cache = new FormatCache(tempDir());
    await cache.format(CODE, { parser: "babel" }, counting(FORMATTED).format);
    const otherCode = counting("x");
    const otherOptions = counting("y");
    expect(await cache.format(CODE + " ", { parser: "babel" }, otherCode.format)).toBe("x");
    expect(await cache.format(CODE, { parser: "typescript" }, otherOptions.format)).toBe("y");
    expect([otherCode.calls.count, otherOptions.calls.count]).toEqual([1, 1]);
  });

  it("formats again when an entry is damaged, and repairs it", async () => {
    const dir = tempDir();
    const cache = new FormatCache(dir);
    await cache.format(CODE, { parser: "babel" }, counting(FORMATTED).format);
    const [name] = readdirSync(dir);
    const path = join(dir, name as string);
    writeFileSync(path, readFileSync(path, "utf8").slice(0, -5));
    const again = counting(FORMATTED);
    expect(await cache.format(CODE, { parser: "babel" }, again.format)).toBe(FORMATTED);
    expect(again.calls.count).toBe(1);
    expect(await new FormatCache(dir).format(CODE, { parser: "babel" }, counting("ANDERS").format)).toBe(FORMATTED);
  });

  it("lets two builds write the same entries at once, leaving only whole entries", async () => {
    const dir = tempDir();
    const codes = Array.from({ length: 20 }, (_, i) => `${CODE}const b${i} = ${i}\n`);
    const results = await Promise.all(
      [new FormatCache(dir), new FormatCache(dir)].flatMap((cache) => codes.map((code) => cache.format(code, { parser: "babel" }, () => prettier.format(code, { parser: "babel" })))),
    );
    expect(results.slice(0, 20)).toEqual(results.slice(20));
    expect(readdirSync(dir).filter((name) => !name.endsWith(".txt"))).toEqual([]);
    expect(readdirSync(dir)).toHaveLength(20);
  });

  it("is no error when the cache cannot be written", async () => {
    const file = join(tempDir(), "een-bestand");
    writeFileSync(file, "");
    const cache = new FormatCache(join(file, "cache"));
    expect(await cache.format(CODE, { parser: "babel" }, counting(FORMATTED).format)).toBe(FORMATTED);
  });

  it("removes entries unused for 30 days when it writes a new one", async () => {
    const dir = tempDir();
    await new FormatCache(dir).format("oud", {}, counting("oud").format);
    const [old] = readdirSync(dir);
    const longAgo = new Date(Date.now() - 31 * 86_400_000);
    utimesSync(join(dir, old as string), longAgo, longAgo);
    await new FormatCache(dir).format("nieuw", {}, counting("nieuw").format);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readdirSync(dir)).not.toContain(old);
  });

  it("lives under node_modules/.cache/beleid of the project, or under CACHE_DIR", () => {
    const previous = process.env.CACHE_DIR;
    try {
      delete process.env.CACHE_DIR;
      expect(projectFormatCache(["policies/mondzorg/2024.policy"], process.cwd())?.directory).toBe(join(process.cwd(), "node_modules", ".cache", "beleid", "opmaak"));
      process.env.CACHE_DIR = "/ergens";
      expect(projectFormatCache([], process.cwd())?.directory).toBe(join("/ergens", "beleid", "opmaak"));
    } finally {
      if (previous === undefined) delete process.env.CACHE_DIR;
      else process.env.CACHE_DIR = previous;
    }
  });
});

describe("planBuild with a FormatCache", () => {
  it("writes byte for byte what a build without the cache writes, with an empty and with a full cache", async () => {
    const files = ["policies/mondzorg/2024.policy", "policies/mondzorg/2025.policy"];
    const cache = new FormatCache(tempDir());
    const contents = async (options: Parameters<typeof planBuild>[2]) => (await planBuild(files, "/uit", options)).outputs.map((o) => [o.path, o.content]);
    const without = await contents({});
    expect(await contents({ formatCache: cache })).toEqual(without);
    expect(readdirSync(cache.directory)).toHaveLength(4);
    expect(await contents({ formatCache: cache })).toEqual(without);
  });
});
