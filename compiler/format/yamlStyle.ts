/**
 * How the formatter tells the `yaml` package's printer what it cannot express with its own
 * options: a scalar whose text the formatter has already laid out (a folded block with the
 * author's line breaks, a whole number written plain), and flow collections written as
 * `[a, b]` but `{ a: b }`. Everything else (comments, anchors, quoting) is the yaml printer's.
 */

import { Schema, type CollectionTag, type Scalar, type ScalarTag, type YAMLMap, type YAMLSeq } from "yaml";
import type { StringifyContext } from "yaml/util";
import { mapTag, seqTag } from "yaml/util";

/** A scalar value the formatter has laid out itself. */
export class LaidOut {
  constructor(readonly render: (indent: string) => string) {}
}

/** A folded block scalar (`>-`, or the header given) with exactly these lines. */
export function foldedBlock(lines: readonly string[], header = ">-"): LaidOut {
  return new LaidOut((indent) => `${header}\n${lines.map((line) => (line === "" ? "" : indent + line)).join("\n")}`);
}

/** A plain scalar written exactly as given. */
export function plainText(text: string): LaidOut {
  return new LaidOut(() => text);
}

/** A character a reader cannot see: control and format characters, and spaces other than ' '. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}\u034f\u115f\u1160\u3164\uffa0]/u;

/** Whether `value` holds a character that is only visible as an escape (a line break is visible). */
export function hasInvisible(value: string): boolean {
  for (const char of value) if (char !== " " && char !== "\n" && INVISIBLE.test(char)) return true;
  return false;
}

/**
 * A double-quoted scalar on one line, with every invisible character as an escape (`\t`,
 * `\u00a0`), so the reader sees it and every YAML reader reads it: a raw tab in a plain text
 * stops PyYAML, a raw no-break space or zero-width space is invisible in an editor.
 */
export function doubleQuoted(value: string): LaidOut {
  let text = "";
  for (const char of value) {
    if (char === "\\" || char === '"') text += `\\${char}`;
    else if (char === "\n") text += "\\n";
    else if (char === "\t") text += "\\t";
    else if (char !== " " && INVISIBLE.test(char)) text += escapeOf(char.codePointAt(0)!);
    else text += char;
  }
  return new LaidOut(() => `"${text}"`);
}

const escapeOf = (code: number): string => (code > 0xffff ? `\\U${code.toString(16).padStart(8, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);

type OnComment = () => void;

const laidOutTag: ScalarTag = {
  identify: (value: unknown) => value instanceof LaidOut,
  default: true,
  tag: "tag:beleid,2025:opgemaakt",
  resolve: (text: string) => text,
  stringify(item: Scalar, ctx: StringifyContext, onComment?: OnComment): string {
    const value = item.value as LaidOut;
    const text = value.render(ctx.indent);
    if (!text.startsWith(">") || !item.comment) return text;
    // A comment on a block scalar goes on its header line.
    const newline = text.indexOf("\n");
    onComment?.();
    return `${text.slice(0, newline)} #${item.comment.replace(/\s*\n\s*/g, " ")}${text.slice(newline)}`;
  },
};

// The yaml package types a collection tag without `stringify`, but calls one when present.
const flowSeqTag = {
  ...seqTag,
  stringify(item: YAMLSeq, ctx: StringifyContext, onComment?: OnComment, onChompKeep?: OnComment): string {
    return item.toString({ ...ctx, flowCollectionPadding: "" } as StringifyContext, onComment, onChompKeep);
  },
} as unknown as CollectionTag;

const flowMapTag = {
  ...mapTag,
  stringify(item: YAMLMap, ctx: StringifyContext, onComment?: OnComment, onChompKeep?: OnComment): string {
    return item.toString({ ...ctx, flowCollectionPadding: " " } as StringifyContext, onComment, onChompKeep);
  },
} as unknown as CollectionTag;

/**
 * The tags a plain text must not look like: those of YAML 1.2's core schema (`04`, `3.1`,
 * `true`) and of YAML 1.1, which many tools still read with (PyYAML, older Java and Ruby
 * readers: `yes`, `on`, `Y`, `2024-01-01`, `12:30`, `1_000`).
 */
const readAsSomethingElse = (): ScalarTag[] => {
  const tags = [...new Schema({ schema: "core" }).tags, ...new Schema({ schema: "yaml-1.1" }).tags];
  return tags.filter((tag): tag is ScalarTag => "test" in tag && tag.test instanceof RegExp && tag.tag !== "tag:yaml.org,2002:merge");
};

/**
 * The schema the formatter prints with: the failsafe schema the loader reads with (every
 * scalar a string), checked against YAML 1.2's core schema and YAML 1.1 so that a text such
 * as `04`, `3.1`, `true` or `yes` is quoted and any YAML tool reads it as the same text.
 */
export function printingSchema(): Schema {
  return new Schema({
    schema: "failsafe",
    compat: readAsSomethingElse(),
    customTags: (tags) => [laidOutTag, flowSeqTag, flowMapTag, ...tags],
  });
}
