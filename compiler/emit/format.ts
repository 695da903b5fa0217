/**
 * Formats generated code with prettier, with fixed options so the same policy always gives
 * the same bytes, whatever prettier configuration the user's project has. With a
 * FormatCache, code formatted before comes from the cache (`formatCache.ts`).
 */

import type { FormatCache } from "./formatCache.js";

// prettier is loaded when code is formatted: `beleid check` and `beleid diff` never need it,
// and loading it costs every process about 0.1 s.
const format = async (code: string, options: import("prettier").Options): Promise<string> => (await import("prettier")).format(code, options);

const OPTIONS = {
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
} as const;

export async function formatJavaScript(code: string, cache?: FormatCache): Promise<string> {
  return formatWith(code, { ...OPTIONS, parser: "babel" }, cache);
}

export async function formatTypeScript(code: string, cache?: FormatCache): Promise<string> {
  return formatWith(code, { ...OPTIONS, parser: "typescript" }, cache);
}

function formatWith(code: string, options: import("prettier").Options, cache: FormatCache | undefined): Promise<string> {
  return cache ? cache.format(code, options, () => format(code, options)) : format(code, options);
}
