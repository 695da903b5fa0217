/**
 * Chevrotain, loaded from its single-file bundle. The package's entry point (lib/src/api.js)
 * imports some 2,400 modules of lodash-es one by one, which cost every `beleid` command about
 * 0.4 s and 30 MB before it did anything; lib/chevrotain.mjs in the same package is the same
 * version built into one file (test/grammar/chevrotain.test.ts keeps the two equal). Where
 * the bundle is not found (another layout, a bundler), the package entry is used.
 */

import type * as Chevrotain from "chevrotain";

async function loadChevrotain(): Promise<typeof Chevrotain> {
  try {
    const entry = import.meta.resolve("chevrotain");
    if (entry.endsWith("/lib/src/api.js")) return (await import(new URL("../chevrotain.mjs", entry).href)) as typeof Chevrotain;
  } catch {
    // No import.meta.resolve or no bundle: the package entry below.
  }
  return import("chevrotain");
}

const chevrotain = await loadChevrotain();

export const { createToken, CstParser, Lexer } = chevrotain;
