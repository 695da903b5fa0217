/**
 * How a path is shown to the user, and so the `file` of every span: relative to the working
 * directory when that is shorter. Its own module (without the YAML reader) so the cache of
 * compiled results (`cache/compileCache.ts`) can name a file without loading the compiler.
 */

import { isAbsolute, normalize, relative } from "node:path";

/** Makes a path relative to the working directory when that is shorter, for display. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : normalize(path);
}
