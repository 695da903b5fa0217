/**
 * How a path is shown to the user, and so the `file` of every span: relative to the working
 * directory when it lies inside it (`dist/policies/…`), else absolute (`--out ../gedeeld` is
 * shown as `/home/…/gedeeld`, never as `../gedeeld`). One rule for every message: diagnostics,
 * summaries, write errors, the lock and foreign-file messages of the output folder, BL604.
 * Its own module (without the YAML reader) so the cache of compiled results
 * (`cache/compileCache.ts`) can name a file without loading the compiler.
 */

import { isAbsolute, normalize, relative } from "node:path";

/** `path` relative to the working directory when inside it, else absolute and normalised, for display. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : normalize(path);
}
