/**
 * Finding .policy files: the paths a user names, folders searched recursively, in a stable
 * order. Nothing is opened here, only looked at (stat), so a named pipe never makes a command
 * wait; what cannot be read as a policy is returned as a problem, for the CLI to say why.
 */

import { lstatSync, readdirSync, readlinkSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";

/**
 * Why a path with the extension (named, or found in a folder) is not a file that can be read:
 * - `lus`: a loop of symbolic links (ELOOP), it leads to no file at all;
 * - `koppeling-naar-niets`: a symbolic link to a path that does not exist (`target`);
 * - `fifo`, `socket`, `apparaat`: not a regular file; reading a named pipe would wait forever;
 * - `ontoegankelijk`: it, or the folder it is in, may not be read (EACCES and the like).
 */
export type SpecialKind = "lus" | "koppeling-naar-niets" | "fifo" | "socket" | "apparaat" | "ontoegankelijk";

export interface SpecialPath {
  readonly path: string;
  readonly kind: SpecialKind;
  /** For `koppeling-naar-niets`: where the link points, as written in the link. */
  readonly target?: string;
  /** For `ontoegankelijk`: the system's error code when it is not a lack of permission (EIO…). */
  readonly code?: string;
}

export interface FoundFiles {
  readonly files: string[];
  /** Paths that do not exist, for a usage error. */
  readonly missing: string[];
  /**
   * Paths named explicitly that are not a file with the extension (`x.json`, a test file, a
   * device): never read as a policy, so a command can refuse them instead of overwriting or
   * misreading them. A folder is always searched, whatever its name (also `x.policy/`).
   */
  readonly other: string[];
  /**
   * Paths with the extension, named or found in a folder, that are not a readable regular
   * file (see SpecialKind), and folders that cannot be searched. A folder with a name that ends
   * in the extension is not one of them: it is searched like any folder, and named in
   * `emptyPolicyFolders` when nothing is found in it.
   */
  readonly special: SpecialPath[];
  /**
   * Folders whose name ends in the extension (`x.policy/`) without any file in them, named or
   * found while searching, as they were reached (a named one as named): a user who wrote or
   * kept such a name expects a file there, so a command says it found none instead of passing
   * over it in silence.
   */
  readonly emptyPolicyFolders: string[];
}

export function findPolicyFiles(paths: readonly string[], extension = ".policy"): FoundFiles {
  const files: string[] = [];
  const missing: string[] = [];
  const other: string[] = [];
  const special: SpecialPath[] = [];
  const emptyPolicyFolders: string[] = [];
  const visitedFolders = new Set<string>();
  const visit = (path: string, explicit: boolean) => {
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (error) {
      const problem = whyNoFile(path, error);
      if (problem === undefined) {
        if (explicit) missing.push(path);
      } else if (explicit || path.endsWith(extension)) {
        special.push(problem);
      }
      return;
    }
    if (stats.isDirectory()) {
      // A folder reached again through a link (a link to a folder above it) is searched once:
      // otherwise its files would be found again at every level, until the path is too long.
      const id = `${stats.dev}:${stats.ino}`;
      if (visitedFolders.has(id)) return;
      visitedFolders.add(id);
      let entries: string[];
      try {
        entries = readdirSync(path).sort();
      } catch (error) {
        // Whatever its name: the policies in a folder that cannot be read would be passed over.
        special.push(whyNoFile(path, error) ?? { path, kind: "ontoegankelijk" });
        return;
      }
      const before = files.length;
      for (const entry of entries) {
        if (entry.startsWith(".") || entry === "node_modules") continue;
        visit(join(path, entry), false);
      }
      if (hasExtension(path, extension) && files.length === before) emptyPolicyFolders.push(path);
    } else if (stats.isFile() && path.endsWith(extension)) {
      files.push(path);
    } else if (!stats.isFile() && path.endsWith(extension)) {
      special.push({ path, kind: stats.isFIFO() ? "fifo" : stats.isSocket() ? "socket" : "apparaat" });
    } else if (explicit) {
      other.push(path);
    }
  };
  for (const path of paths) visit(path, true);
  return { files: [...new Set(files)], missing, other: [...new Set(other)], special: unique(special), emptyPolicyFolders: [...new Set(emptyPolicyFolders)] };
}

/** Whether the name of `path` ends in `extension`, also when it is written with a trailing slash (`x.policy/`, as a shell completes a folder). */
function hasExtension(path: string, extension: string): boolean {
  return path.replace(/[/\\]+$/, "").endsWith(extension);
}

/** Why `stat` failed on a path that is there in some form; undefined when it is simply missing. */
function whyNoFile(path: string, error: unknown): SpecialPath | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ELOOP") return { path, kind: "lus" };
  if (code === "ENOENT" || code === "ENOTDIR") {
    // A link whose target is missing is there, but leads nowhere: say where it points.
    try {
      if (lstatSync(path).isSymbolicLink()) return { path, kind: "koppeling-naar-niets", target: readlinkSync(path) };
    } catch {
      // Not there at all.
    }
    return undefined;
  }
  return code === undefined || code === "EACCES" || code === "EPERM" ? { path, kind: "ontoegankelijk" } : { path, kind: "ontoegankelijk", code };
}

function unique(paths: readonly SpecialPath[]): SpecialPath[] {
  const seen = new Set<string>();
  return paths.filter((p) => !seen.has(p.path) && seen.add(p.path));
}
