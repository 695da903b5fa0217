/**
 * Finds files that ship with the package (the JSON Schema, the compiled runtime) both when
 * running from the TypeScript sources (tests) and from `build/` (the installed CLI).
 */

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "package.json");
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, "utf8")) as { name?: string };
      if (pkg.name === "beleid") return (cached = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package root of beleid not found");
    dir = parent;
  }
}

export function packageFile(...segments: string[]): string {
  return join(packageRoot(), ...segments);
}

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(packageFile("package.json"), "utf8")) as { version: string };
  return pkg.version;
}
