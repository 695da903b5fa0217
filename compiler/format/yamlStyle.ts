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
 * The schema the formatter prints with: the failsafe schema the loader reads with (every
 * scalar a string), checked against YAML 1.2's core schema so that a text such as `04`, `3.1`
 * or `true` is quoted and any YAML tool reads it as the same text.
 */
export function printingSchema(): Schema {
  return new Schema({
    schema: "failsafe",
    compat: "core",
    customTags: (tags) => [laidOutTag, flowSeqTag, flowMapTag, ...tags],
  });
}
