/**
 * A fingerprint of the compiler itself, part of every key of the cache of compiled results
 * (`compileCache.ts`): a SHA-256 over the code that runs (compiler/, grammar/ and runtime/,
 * from `build/` for the CLI or from the TypeScript sources in the tests), the precompiled
 * schemas, the JSON Schemas and the package.json of the libraries the compile stages use.
 * Any change to any of these gives another fingerprint, so no entry made by another compiler
 * is ever used.
 *
 * Hashing ~1 MB of code costs 7–15 ms per process, so `npm run compile` also writes a manifest
 * (`build/schema/compiler.fingerprint.json`, next to the precompiled schemas): the hash with
 * the size and modification time of every file it covers. A process that finds exactly those
 * files with exactly those sizes and times uses the hash from the manifest (150 `stat`s);
 * otherwise (a changed, added or removed file, no manifest, the tests) it hashes the files
 * itself. When a file cannot be read there is no fingerprint and so no cache.
 */

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { packageFile, packageRoot } from "../packageRoot.js";

/** The libraries whose behaviour shapes a compiled result (reading YAML, the schema, the grammar, suggestions). */
const LIBRARIES = ["yaml", "ajv", "chevrotain", "fastest-levenshtein"] as const;
const CODE_FOLDERS = ["compiler", "grammar", "runtime"] as const;
const CODE_EXTENSIONS = [".js", ".cjs", ".mjs", ".ts", ".json"] as const;
const MANIFEST_FORMAT = "beleid-vingerafdruk 1";

interface Manifest {
  readonly format: string;
  readonly hash: string;
  /** Path relative to the package root, size, modification time in ms. */
  readonly files: readonly (readonly [string, number, number])[];
}

export function manifestPath(): string {
  return packageFile("build", "schema", "compiler.fingerprint.json");
}

/** The folder holding the running compiler: `build/` for the CLI, the package root in the tests. */
function codeRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
}

function walk(dir: string, into: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, into);
    else if (CODE_EXTENSIONS.some((extension) => entry.name.endsWith(extension)) && !entry.name.endsWith(".d.ts")) into.push(path);
  }
}

/** Where Node finds a package from beleid's own folder (the node_modules folders upwards). */
function libraryManifest(name: string): string {
  for (let dir = packageRoot(); ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name, "package.json");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`${name} not found`);
  }
}

/** Every file the fingerprint covers, absolute, in a fixed order. */
function coveredFiles(): string[] {
  const root = codeRoot();
  const files: string[] = [];
  for (const folder of CODE_FOLDERS) walk(join(root, folder), files);
  for (const name of readdirSync(packageFile("compiler", "schema"))) files.push(packageFile("compiler", "schema", name));
  const precompiled = packageFile("build", "schema");
  if (existsSync(precompiled)) for (const name of readdirSync(precompiled)) if (name.endsWith(".cjs")) files.push(join(precompiled, name));
  for (const name of LIBRARIES) files.push(libraryManifest(name));
  return [...new Set(files)].sort();
}

function hashFiles(files: readonly string[]): string {
  const hash = createHash("sha256");
  const root = packageRoot();
  for (const file of files) {
    const text = readFileSync(file);
    hash.update(`${relative(root, file)}\n${text.length}\n`);
    hash.update(text);
  }
  return hash.digest("hex");
}

function statsOf(files: readonly string[]): [string, number, number][] {
  const root = packageRoot();
  return files.map((file) => {
    const stat = statSync(file);
    return [relative(root, file), stat.size, stat.mtimeMs];
  });
}

let memo: { value: string | undefined } | undefined;

/** The fingerprint of the running compiler, or undefined when it cannot be made (then nothing is cached). */
export function compilerFingerprint(): string | undefined {
  if (memo) return memo.value;
  let value: string | undefined;
  try {
    const files = coveredFiles();
    const stats = statsOf(files);
    value = manifestHash(stats) ?? hashFiles(files);
  } catch {
    value = undefined;
  }
  memo = { value };
  return value;
}

/** The hash from the manifest when it describes exactly these files, sizes and times. */
function manifestHash(stats: readonly (readonly [string, number, number])[]): string | undefined {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath(), "utf8")) as Manifest;
  } catch {
    return undefined;
  }
  if (manifest.format !== MANIFEST_FORMAT || !Array.isArray(manifest.files) || manifest.files.length !== stats.length) return undefined;
  const same = stats.every(([path, size, time], index) => {
    const recorded = manifest.files[index];
    return recorded !== undefined && recorded[0] === path && recorded[1] === size && recorded[2] === time;
  });
  return same && typeof manifest.hash === "string" ? manifest.hash : undefined;
}

/** Writes the manifest (run by `npm run compile`, from `build/`, after the precompiled schemas). */
export function writeFingerprintManifest(): void {
  const files = coveredFiles();
  const before = statsOf(files);
  const hash = hashFiles(files);
  const after = statsOf(files);
  // A file that changed while it was hashed would make the manifest lie; then write none.
  if (JSON.stringify(before) !== JSON.stringify(after)) return;
  const manifest: Manifest = { format: MANIFEST_FORMAT, hash, files: after };
  const path = manifestPath();
  writeFileSync(`${path}.tmp`, JSON.stringify(manifest) + "\n");
  renameSync(`${path}.tmp`, path);
}

/** The fingerprint made by hashing the files, never from the manifest (for tests). */
export function hashedFingerprint(): string {
  return hashFiles(coveredFiles());
}

/** For tests: forget the fingerprint of this process. */
export function forgetFingerprint(): void {
  memo = undefined;
}
