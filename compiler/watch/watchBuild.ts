/**
 * `beleid build --watch`: build once, then rebuild whenever a policy or a file it includes
 * changes, until stopped. A build with errors writes nothing (as always) and the loop simply
 * waits for the next change; outputs are written atomically, so a reader of `dist/` never
 * sees a half-written file.
 *
 * The file system watcher and the clock are passed in, so the loop can be tested in-process
 * without sleeping. Folders are watched rather than single files: editors often save by
 * writing a new file and renaming it, which a watch on the old file would not see. Every
 * folder under the folders the user named (`roots`) is watched too, so a new domain folder or
 * policy is built. A watched folder that is removed, moved or replaced (`rm -rf`, `mv`, `cp -r`
 * back) triggers a build, and after every build each folder is watched anew when it is no
 * longer the folder the watch was set on; a folder that does not exist is stood in for by its
 * nearest existing ancestor, which sees it come back.
 */

import { readdirSync, realpathSync, statSync, watch as watchFs } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import { planBuild, type BuildPlan } from "../build.js";
import type { FormatCache } from "../emit/formatCache.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { ForeignFilesError, writeBuildOutputs } from "../outputManifest.js";

export interface Watcher {
  /** Calls `onChange` with the name of the changed entry in `dir` (or null when unknown). */
  watch(dir: string, onChange: (name: string | null) => void): { close(): void };
}

export interface Clock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type WatchEvent =
  | {
      readonly kind: "gebouwd";
      readonly plan: BuildPlan;
      readonly files: readonly string[];
      readonly written: boolean;
      readonly removed: readonly string[];
      /** The outputs written because they are new or changed (absolute); the others were left as they were. */
      readonly changed: readonly string[];
      readonly warning?: string;
    }
  | {
      readonly kind: "mislukt";
      readonly message: string;
      /** When the policies compiled but the outputs could not be written: the build, of which nothing was written. */
      readonly plan?: BuildPlan;
      readonly files?: readonly string[];
      /**
       * Files in the output folder that beleid did not write and would overwrite (absolute): the
       * loop builds again as soon as one of them is moved, removed or changed.
       */
      readonly blocking?: readonly string[];
    };

export interface WatchOptions {
  /** The policy files to build; asked again before every build, so new files are picked up. */
  readonly findFiles: () => string[];
  /**
   * Folders watched with everything below them (the folders the user named), so a new policy
   * or a new folder of policies anywhere below them is built; none by default.
   */
  readonly roots?: readonly string[];
  readonly outDir: string;
  readonly report: (event: WatchEvent) => void;
  readonly watcher?: Watcher;
  readonly clock?: Clock;
  /** Quiet time after the last change before building (editors write in bursts). */
  readonly debounceMs?: number;
  /** Cache of formatted evaluators, so a rebuild formats only what changed. */
  readonly formatCache?: FormatCache;
}

export interface WatchSession {
  /** Resolves when no build is running or waiting for its debounce. */
  idle(): Promise<void>;
  /** The files whose change triggers a build (absolute paths). */
  watchedFiles(): readonly string[];
  /** The folders being watched (absolute paths). */
  watchedFolders(): readonly string[];
  close(): void;
}

export const nodeWatcher: Watcher = {
  watch(dir, onChange) {
    const watcher = watchFs(dir, (_event, name) => onChange(name === null ? null : String(name)));
    // A watched folder that is removed ends its watch; the session notices and watches anew.
    watcher.on("error", () => undefined);
    return watcher;
  },
};

export const systemClock: Clock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Which folder is at `dir` now (device and inode), or undefined when there is none. */
function folderIdentity(dir: string): string | undefined {
  try {
    const stats = statSync(dir);
    return stats.isDirectory() ? `${stats.dev}:${stats.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/** Entries `findPolicyFiles` never looks at. */
function hidden(path: string): boolean {
  const name = basename(path);
  return name.startsWith(".") || name === "node_modules";
}

/** Whether `path` is a file (following links), as `findPolicyFiles` would build it. */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isWithin(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/** `dir` when it exists, otherwise its nearest existing ancestor. */
function nearestExisting(dir: string): string {
  let current = dir;
  while (folderIdentity(current) === undefined && dirname(current) !== current) current = dirname(current);
  return current;
}

/** `root` and every folder below it, skipped as `findPolicyFiles` skips them, and never `outDir`. */
function foldersBelow(root: string, outDir: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (dir: string) => {
    if (isWithin(dir, outDir)) return;
    let real: string;
    let entries: string[];
    try {
      real = realpathSync(dir);
      entries = readdirSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return; // a symbolic link back up the tree
    seen.add(real);
    found.push(dir);
    for (const entry of entries.sort()) {
      const path = join(dir, entry);
      if (hidden(path)) continue;
      if (folderIdentity(path) !== undefined) visit(path);
    }
  };
  visit(root);
  return found;
}

export function watchBuild(options: WatchOptions): WatchSession {
  const watcher = options.watcher ?? nodeWatcher;
  const clock = options.clock ?? systemClock;
  const debounceMs = options.debounceMs ?? 100;
  const outDir = resolve(options.outDir);
  const roots = (options.roots ?? []).map((root) => resolve(root));
  const dirWatchers = new Map<string, { readonly handle: { close(): void }; readonly identity: string | undefined }>();
  let watched = new Set<string>();
  /** Files in the output folder that stopped the last build (not beleid's); their removal triggers a build. */
  let blocking = new Set<string>();
  /** The folders wanted (before standing in missing ones by an ancestor): any change of one of them or its ancestors counts. */
  let wanted: string[] = [];
  let timer: unknown;
  let building: Promise<void> | undefined;
  let again = false;
  let closed = false;
  let waiters: (() => void)[] = [];

  const settle = () => {
    if (building || timer !== undefined) return;
    const done = waiters;
    waiters = [];
    for (const resolveIdle of done) resolveIdle();
  };

  /** Whether a change of `name` in the watched folder `dir` can change the build. */
  const matters = (dir: string, name: string | null): boolean => {
    if (name === null) return true;
    const path = resolve(dir, name);
    if (blocking.has(path)) return true;
    if (isWithin(path, outDir)) return false;
    if (watched.has(path)) return true;
    if (!hidden(path) && path.endsWith(".policy")) return true;
    // A watched folder (or one on the way to it) removed, moved away or put back.
    if (wanted.some((folder) => isWithin(folder, path))) return true;
    // A new folder below a root: it may hold policies.
    if (!hidden(path) && roots.some((root) => isWithin(path, root)) && folderIdentity(path) !== undefined) return true;
    // The watched folder itself was removed or replaced (its own event carries its own name).
    return dirWatchers.get(dir)?.identity !== folderIdentity(dir);
  };

  const onChange = (dir: string, handle: { close(): void }, name: string | null) => {
    // An event still under way from a watch that was closed since is not about the current folders.
    if (closed || dirWatchers.get(dir)?.handle !== handle || !matters(dir, name)) return;
    schedule();
  };

  const schedule = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = clock.setTimeout(() => {
      timer = undefined;
      start();
    }, debounceMs);
  };

  const start = () => {
    if (closed) return;
    if (building) {
      again = true;
      return;
    }
    building = build().finally(() => {
      building = undefined;
      if (again && !closed) {
        again = false;
        start();
      }
      settle();
    });
  };

  const build = async () => {
    let files: string[];
    try {
      files = options.findFiles();
    } catch (error) {
      // No files (a folder removed): keep watching what was there, to see it come back.
      updateWatchers();
      options.report({ kind: "mislukt", message: (error as Error).message });
      return;
    }
    let plan: BuildPlan | undefined;
    try {
      plan = await planBuild(files, outDir, options.formatCache ? { formatCache: options.formatCache } : {});
      // Stopped (Ctrl+C) while compiling: nothing is written after that.
      if (closed) return;
      const failed = hasErrors(plan.diagnostics);
      watched = new Set([...files, ...plan.sources.paths()].map((p) => resolve(p)));
      blocking = new Set();
      // Written with the output folder's record: outputs of a policy removed since are removed.
      const written = failed ? undefined : writeBuildOutputs(plan.outputs, { outDir, sources: files, projectDirs: [process.cwd(), ...(options.roots ?? [])] });
      updateWatchers();
      const removed = written?.removed ?? [];
      options.report({ kind: "gebouwd", plan, files, written: !failed, removed, changed: written?.changed ?? [], ...(written?.warning !== undefined ? { warning: written.warning } : {}) });
    } catch (error) {
      if (error instanceof ForeignFilesError) blocking = new Set(error.files);
      updateWatchers();
      const compiled = plan && !hasErrors(plan.diagnostics) ? { plan, files } : {};
      options.report({ kind: "mislukt", message: (error as Error).message, ...compiled, ...(error instanceof ForeignFilesError ? { blocking: error.files } : {}) });
    }
  };

  const updateWatchers = () => {
    if (closed) return;
    wanted = [...new Set([...[...watched, ...blocking].map((file) => dirname(file)), ...roots.flatMap((root) => (folderIdentity(root) ? foldersBelow(root, outDir) : [root]))])];
    const dirs = new Set(wanted.map(nearestExisting));
    for (const [dir, entry] of dirWatchers) {
      // Gone, replaced by another folder of the same name, or no longer needed: a new watch (or none).
      if (!dirs.has(dir) || entry.identity !== folderIdentity(dir)) {
        entry.handle.close();
        dirWatchers.delete(dir);
      }
    }
    let unseen = false;
    for (const dir of [...dirs].sort()) {
      if (dirWatchers.has(dir)) continue;
      const identity = folderIdentity(dir);
      try {
        const handle: { close(): void } = watcher.watch(dir, (name) => onChange(dir, handle, name));
        dirWatchers.set(dir, { handle, identity });
      } catch {
        // A folder that disappeared just now; the next build reports the missing file.
        continue;
      }
      // A policy that arrived below a root between finding the files and this watch would go unseen.
      if (!roots.some((root) => isWithin(dir, root))) continue;
      try {
        unseen ||= readdirSync(dir).some((name) => name.endsWith(".policy") && !hidden(join(dir, name)) && !watched.has(join(dir, name)) && isFile(join(dir, name)));
      } catch {
        // Gone again: its removal is an event of the folder above.
      }
    }
    if (unseen) schedule();
  };

  start();

  return {
    idle: () =>
      new Promise<void>((resolveIdle) => {
        waiters.push(resolveIdle);
        settle();
      }),
    watchedFiles: () => [...watched].sort(),
    watchedFolders: () => [...dirWatchers.keys()].sort(),
    close() {
      closed = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      for (const { handle } of dirWatchers.values()) handle.close();
      dirWatchers.clear();
      settle();
    },
  };
}
