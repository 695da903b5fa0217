/**
 * Formats generated code with prettier, with fixed options so the same policy always gives
 * the same bytes, whatever prettier configuration the user's project has.
 */

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

export async function formatJavaScript(code: string): Promise<string> {
  return format(code, { ...OPTIONS, parser: "babel" });
}

export async function formatTypeScript(code: string): Promise<string> {
  return format(code, { ...OPTIONS, parser: "typescript" });
}
