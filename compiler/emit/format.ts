/**
 * Formats generated code with prettier, with fixed options so the same policy always gives
 * the same bytes, whatever prettier configuration the user's project has.
 */

import { format } from "prettier";

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

export async function formatJavaScript(code: string): Promise<string> {
  return format(code, { ...OPTIONS, parser: "babel" });
}

export async function formatTypeScript(code: string): Promise<string> {
  return format(code, { ...OPTIONS, parser: "typescript" });
}
