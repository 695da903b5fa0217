/**
 * `beleid build --watch`: build once, then rebuild whenever a policy or a file it includes
 * changes, until stopped. A build with errors writes nothing (as always) and the loop simply
 * waits for the next change; outputs are written atomically, so a reader of `dist/` never
 * sees a half-written file.
 *
 * The file system watcher and the clock are passed in, so the loop can be tested in-process
 * without sleeping. Folders are watched rather than single files: editors often save by
 * writing a new file and renaming it, which a watch on the old file would not see.
 */

import { watch as watchFs } from "node:fs";
import { dirname, resolve } from "node:path";
import { planBuild, type BuildPlan } from "../build.js";
import type { FormatCache } from "../emit/formatCache.js";
import { hasErrors } from "../diagnostics/diagnostic.js";
import { writeOutputs } from "../output.js";

export interface Watcher {
  /** Calls `onChange` with the name of the changed entry in `dir` (or null when unknown). */
  watch(dir: string, onChange: (name: string | null) => void): { close(): void };
}

export interface Clock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type WatchEvent =
  | { readonly kind: "gebouwd"; readonly plan: BuildPlan; readonly files: readonly string[]; readonly written: boolean }
  | { readonly kind: "mislukt"; readonly message: string };

export interface WatchOptions {
  /** The policy files to build; asked again before every build, so new files are picked up. */
  readonly findFiles: () => string[];
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
  close(): void;
}

export const nodeWatcher: Watcher = {
  watch(dir, onChange) {
    const watcher = watchFs(dir, (_event, name) => onChange(name === null ? null : String(name)));
    watcher.on("error", () => undefined);
    return watcher;
  },
};

export const systemClock: Clock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export function watchBuild(options: WatchOptions): WatchSession {
  const watcher = options.watcher ?? nodeWatcher;
  const clock = options.clock ?? systemClock;
  const debounceMs = options.debounceMs ?? 100;
  const dirWatchers = new Map<string, { close(): void }>();
  let watched = new Set<string>();
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

  const onChange = (dir: string, name: string | null) => {
    if (closed) return;
    if (name !== null && !watched.has(resolve(dir, name)) && !name.endsWith(".policy")) return;
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
      options.report({ kind: "mislukt", message: (error as Error).message });
      return;
    }
    try {
      const plan = await planBuild(files, options.outDir, options.formatCache ? { formatCache: options.formatCache } : {});
      const failed = hasErrors(plan.diagnostics);
      if (!failed) writeOutputs(plan.outputs);
      watched = new Set([...files, ...plan.sources.paths()].map((p) => resolve(p)));
      updateWatchers();
      options.report({ kind: "gebouwd", plan, files, written: !failed });
    } catch (error) {
      options.report({ kind: "mislukt", message: (error as Error).message });
    }
  };

  const updateWatchers = () => {
    const dirs = new Set([...watched].map((file) => dirname(file)));
    for (const [dir, handle] of dirWatchers) {
      if (!dirs.has(dir)) {
        handle.close();
        dirWatchers.delete(dir);
      }
    }
    for (const dir of dirs) {
      if (dirWatchers.has(dir)) continue;
      try {
        dirWatchers.set(dir, watcher.watch(dir, (name) => onChange(dir, name)));
      } catch {
        // A folder that disappeared; the next build reports the missing file.
      }
    }
  };

  start();

  return {
    idle: () =>
      new Promise<void>((resolveIdle) => {
        waiters.push(resolveIdle);
        settle();
      }),
    watchedFiles: () => [...watched].sort(),
    close() {
      closed = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      for (const handle of dirWatchers.values()) handle.close();
      dirWatchers.clear();
      settle();
    },
  };
}
