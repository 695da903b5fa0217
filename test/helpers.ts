/**
 * Shared test helpers: ASTs without spans (for comparing shapes), and an in-process CLI run.
 */

import type { Expr } from "../grammar/ast.js";
import { runCli } from "../bin/cli/program.js";
import type { CliIo } from "../bin/cli/io.js";

/** Removes spans so ASTs can be compared by shape. */
export function stripSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSpans);
  if (value && typeof value === "object") {
    const result: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (key === "span" || key.endsWith("Span")) continue;
      result[key] = stripSpans(v);
    }
    return result;
  }
  return value;
}

export function shape(expr: Expr): unknown {
  return stripSpans(expr);
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function cli(args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readStdin: async () => options.stdin ?? "",
    colour: false,
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
