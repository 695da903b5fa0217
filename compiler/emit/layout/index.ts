/**
 * Lays out a generated module (statements from `code.ts`) as prettier would: `lines.ts` for
 * what it is sure of, prettier for the rest, one statement at a time. Running prettier over
 * every evaluator and declaration file was 60% of a cold `beleid build`, and prettier first
 * parses the text back into the structure the emitter already had.
 *
 * A statement's layout does not depend on what is around it, so prettier formats it on its own
 * with the width left at its indentation (an interface member inside an interface of its own):
 * per module one prettier call per indentation, each distinct statement once. The tests hold
 * the result to prettier's own: every policy and fixture, random conditions and mutated
 * policies (test/compiler/layout.test.ts, test/fuzz/policies.test.ts).
 */

import { statementSource, type Statement } from "./code.js";
import { layoutStatement, pad, Unsure, width, WIDTH } from "./lines.js";

export * from "./code.js";

/** Where a statement prettier lays out goes: replaced by its lines when prettier has run. */
interface Pending {
  readonly source: string;
  readonly indent: number;
  /** A member of an interface goes to prettier inside an interface. */
  readonly inInterface: boolean;
  lines?: string[];
}

type Line = string | Pending;

/** Whether the head of a block fits on its line (a width the layout cannot count is no fit). */
function headFits(line: string): boolean {
  try {
    return width(line) <= WIDTH;
  } catch (error) {
    if (error instanceof Unsure) return false;
    throw error;
  }
}

function layoutStatements(statements: readonly Statement[], indent: number, pending: Pending[], inInterface = false): Line[] {
  const out: Line[] = [];
  /** Leaves the statement to prettier: its place waits for the lines. */
  const defer = (s: Statement) => {
    const p: Pending = { source: statementSource(s, ""), indent, inInterface };
    pending.push(p);
    out.push(p);
  };
  for (const s of statements) {
    if (s.kind === "lines") {
      for (const l of s.lines) out.push(l === "" ? "" : pad(indent) + l);
      continue;
    }
    if (s.kind === "block" && !headFits(`${pad(indent)}${s.head} {`)) {
      // A head too long for its line (a function with a very long name): prettier breaks its parameters; the whole block goes to it.
      defer(s);
      continue;
    }
    if (s.kind === "block") {
      // An empty body is `{}` on the line of the head (an interface without members, as for a policy without facts).
      if (s.body.every((b) => b.kind === "lines" && b.lines.every((l) => l === ""))) {
        out.push(`${pad(indent)}${s.head} {}`);
        continue;
      }
      out.push(`${pad(indent)}${s.head} {`);
      out.push(...layoutStatements(s.body, indent + 2, pending, /\binterface\b/.test(s.head)));
      out.push(`${pad(indent)}}`);
      continue;
    }
    try {
      out.push(...layoutStatement(s, indent));
    } catch (error) {
      if (!(error instanceof Unsure)) throw error;
      defer(s);
    }
  }
  return out;
}

/** Formats source text with prettier (the options are fixed by the caller). */
export type Formatter = (source: string, printWidth: number) => Promise<string>;

/** Lays out a whole module; `format` runs prettier for the statements whose layout is not certain here. */
export async function layoutModule(statements: readonly Statement[], format: Formatter): Promise<string> {
  const pending: Pending[] = [];
  const lines = layoutStatements(statements, 0, pending);
  await formatPending(pending, format);
  const text = lines.flatMap((l) => (typeof l === "string" ? [l] : (l.lines as string[])));
  // As prettier: at most one empty line in a row, none at the start or end of a block or the file.
  const keep = new Array<boolean>(text.length);
  let next: string | undefined; // the next line that is not empty
  for (let i = text.length - 1; i >= 0; i--) {
    const line = text[i] as string;
    keep[i] = line !== "" || (next !== undefined && !/^\s*}/.test(next));
    if (line !== "") next = line;
  }
  const out: string[] = [];
  text.forEach((line, i) => {
    const previous = out[out.length - 1];
    if (line === "" && (!keep[i] || previous === undefined || previous === "" || previous.endsWith("{"))) return;
    out.push(line);
  });
  return out.join("\n") + "\n";
}

/** Separates statements in one prettier call; prettier keeps a comment on its own line where it is. */
const SEPARATOR = "// @beleid-layout-separator";

/** Formats every pending statement: one prettier call per indentation, each distinct statement once. */
async function formatPending(pending: readonly Pending[], format: Formatter): Promise<void> {
  const groups = new Map<string, { indent: number; inInterface: boolean; sources: Map<string, Pending[]> }>();
  for (const p of pending) {
    const key = `${p.indent} ${p.inInterface}`;
    const group = groups.get(key) ?? { indent: p.indent, inInterface: p.inInterface, sources: new Map<string, Pending[]>() };
    groups.set(key, group);
    group.sources.set(p.source, [...(group.sources.get(p.source) ?? []), p]);
  }
  await Promise.all(
    [...groups.values()].flatMap(({ indent, inInterface, sources }) => {
      const texts = [...sources.keys()];
      // A statement that holds the separator itself (it never does: comments in statements are rule ids) is formatted on its own.
      const alone = texts.filter((t) => t.includes(SEPARATOR));
      const together = texts.filter((t) => !t.includes(SEPARATOR));
      return [together, ...alone.map((t) => [t])].filter((batch) => batch.length > 0).map((batch) => formatBatch(batch, indent, inInterface, sources, format));
    }),
  );
}

/**
 * Formats statements (each distinct) at one indentation in one prettier call, and gives every
 * pending place its lines. When prettier fails (its printer recurses once per operator, so a
 * chain of thousands of rules overflows its stack), the statements are formatted one by one,
 * and one that prettier cannot format at all keeps the plain layout of its source.
 */
async function formatBatch(texts: readonly string[], indent: number, inInterface: boolean, sources: Map<string, Pending[]>, format: Formatter): Promise<void> {
  const place = (text: string, formatted: string) => {
    const lines = formatted.split("\n").map((l) => (l === "" ? "" : pad(indent) + l));
    for (const p of sources.get(text) as Pending[]) p.lines = lines;
  };
  let parts: string[];
  try {
    parts = await formatTogether(texts, indent, inInterface, format);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // The plain source, its continuation lines one level deeper.
    if (texts.length === 1) return place(texts[0] as string, (texts[0] as string).trimEnd().replace(/\n(?=.)/g, "\n  "));
    await Promise.all(texts.map((text) => formatBatch([text], indent, inInterface, sources, format)));
    return;
  }
  texts.forEach((text, i) => place(text, parts[i] as string));
}

/**
 * The statements formatted in one prettier call (with the width left at `indent`), separately
 * again and without that indentation; a member inside an interface of its own, one level deep.
 */
async function formatTogether(texts: readonly string[], indent: number, inInterface: boolean, format: Formatter): Promise<string[]> {
  const base = inInterface ? indent - 2 : indent;
  const joined = texts.join(`\n${SEPARATOR}\n`);
  let formatted = (await format(inInterface ? `interface I {\n${joined}\n}\n` : joined, WIDTH - base)).replace(/\n$/, "");
  if (inInterface) formatted = formatted.split("\n").slice(1, -1).map((l) => l.replace(/^ {2}/, "")).join("\n");
  const parts = texts.length === 1 ? [formatted] : formatted.split(new RegExp(`\\n${SEPARATOR}\\n`));
  if (parts.length !== texts.length) throw new Error(`layout: ${texts.length} statements went to prettier, ${parts.length} came back`);
  return parts;
}
