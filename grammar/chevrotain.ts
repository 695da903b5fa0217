/**
 * Chevrotain, loaded from its single-file bundle. The package's entry point (lib/src/api.js)
 * imports some 700 modules one by one (its own, @chevrotain/*, and all of lodash-es), which
 * cost every `beleid` command 0.3–0.4 s and 30 MB before it did anything (the bundle: 20 ms);
 * lib/chevrotain.mjs in the same package is the same version built into one file
 * (test/grammar/chevrotain.test.ts keeps the two equal). Where the bundle is not found
 * (another layout, a bundler), the package entry is used.
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
