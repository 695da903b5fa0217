/**
 * Formats generated code the way prettier does, with fixed options so the same policy always
 * gives the same bytes, whatever prettier configuration the user's project has. Generated
 * modules and declarations are laid out by `layout/`, which leaves to prettier only the
 * statements whose layout it is not sure of. (`emitPolicy` keeps the results in a
 * FormatCache, `formatCache.ts`.)
 */

import { layoutModule, type Statement } from "./layout/index.js";

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

/** A generated module, laid out by `layout/` with prettier for the statements it leaves. */
export async function layoutJavaScript(statements: readonly Statement[]): Promise<string> {
  return layoutWith(statements, { ...OPTIONS, parser: "babel" });
}

/**
 * Generated declarations, the same way. What is left to prettier goes through babel's
 * TypeScript parser: the same output as prettier's `typescript` parser for every declaration
 * file beleid writes (they use no syntax where the two differ; test/compiler/layout.test.ts),
 * and a cold process does not load and compile the much larger TypeScript parser.
 */
export async function layoutTypeScript(statements: readonly Statement[]): Promise<string> {
  return layoutWith(statements, { ...OPTIONS, parser: "babel-ts" });
}

function layoutWith(statements: readonly Statement[], options: import("prettier").Options): Promise<string> {
  return layoutModule(statements, (code, printWidth) => format(code, { ...options, printWidth }));
}
