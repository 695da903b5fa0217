/**
 * `beleid fmt`: the canonical layout of a .policy file. It works on the `yaml` package's
 * Document (which keeps every comment, anchor and alias) and changes only layout:
 *
 * - fixed keys in the order of the JSON Schema (entities such as facts keep the author's order);
 * - two spaces of indentation, `[a, b]` and `{ a: b }` for flow collections;
 * - quotes only where YAML needs them, or where a YAML reader would otherwise see something
 *   other than the text (`"04"`, `"3.1"`); chapter numbers always in quotes;
 * - expressions in the grammar's canonical spelling, with the author's line breaks; one too
 *   long for a line of LINE_WIDTH gets a break before each `en`/`of` of its outermost chain;
 * - folded texts (`>-`) keep the author's line breaks; one blank line between sections.
 *
 * A file the load stage rejects as a whole (a YAML error, an empty file, a list instead of
 * keys with values) is left as it is, with the same diagnostic as `beleid check`.
 *
 * Before anything is returned the result is read back and compared with the input: the same
 * data (expressions compared as trees) and the same comments. If that fails, the file is left
 * as it is and BL701 says so; the formatter never loses a value or a comment.
 */

import { Document, isAlias, isMap, isScalar, isSeq, type Node as YamlNode, type Pair, type Scalar, type YAMLMap } from "yaml";
import { diagnostic, hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import { documentShapeDiagnostics } from "../load/loadPolicy.js";
import { scalarOffsetMap, type ScalarStyle } from "../load/scalarOffsets.js";
import { readYamlTree } from "../load/yamlTree.js";
import { settleTrailingComments } from "./comments.js";
import { canonicalExpressionLines } from "./expressionLayout.js";
import { foldedSourceLines, plainSourceLines } from "./foldedText.js";
import { isExpressionPath, tableColumnType } from "./expressionPaths.js";
import { schemaShape, type SchemaShape } from "./schemaShape.js";
import { verifyFormatting } from "./verify.js";
import { doubleQuoted, foldedBlock, hasInvisible, plainText, printingSchema } from "./yamlStyle.js";

export interface FormatResult {
  /** The formatted text; the input unchanged when it could not be formatted. */
  readonly text: string;
  readonly changed: boolean;
  /** Why the file was not formatted (a YAML error, or BL701). */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Set when only part of the layout could be applied (the expressions stay as written): why
   * the full layout could not be, in Dutch.
   */
  readonly partial?: string;
}

export interface FormatOptions {
  /** Leave expressions exactly as written (the fallback when the full layout cannot be verified). */
  readonly conservative?: boolean;
}

let shape: SchemaShape | undefined;

/**
 * Formats the text of a .policy file. `path` is only used in diagnostics.
 *
 * When the full layout of a file cannot be verified (a comment in an exotic place would be
 * lost), the file gets the conservative layout; formatting that result again may then succeed
 * in full. So a conservative result is formatted again until it no longer changes, which keeps
 * fmt(fmt(x)) == fmt(x); a full layout is already settled. Every round is verified against
 * its own input.
 */
export function formatPolicyText(input: string, path = "<invoer>"): FormatResult {
  let { conservative, ...result } = formatOnce(input, path);
  for (let round = 0; round < 3 && conservative; round++) {
    const again = formatOnce(result.text, path);
    if (again.diagnostics.length > 0 || again.text === result.text) break;
    result = { text: again.text, changed: again.text !== input, diagnostics: [], ...(again.partial ? { partial: again.partial } : {}) };
    conservative = again.conservative;
  }
  return result;
}

/** One formatting; `conservative` tells whether the full layout had to be given up. */
function formatOnce(input: string, path: string): FormatResult & { readonly conservative: boolean } {
  const original = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const tree = readYamlTree(path, original);
  if (hasErrors(tree.diagnostics) || !tree.document) return { text: input, changed: false, diagnostics: tree.diagnostics, conservative: false };
  // What the load stage rejects as a whole (an empty file, a list, a bare text) is not a policy to lay out.
  const shapeProblems = documentShapeDiagnostics(path, original, tree.data);
  if (shapeProblems.length > 0) return { text: input, changed: false, diagnostics: shapeProblems, conservative: false };
  shape ??= schemaShape();
  // Laid out with \n only (the YAML library keeps a \r in comments and block texts); written
  // with the line ending most of the file's lines have, and with the byte order mark the file
  // had, so a Windows file stays one (as prettier does).
  const text = original.replace(/\r\n?/g, "\n");
  const crlf = (original.match(/\r\n/g)?.length ?? 0) * 2 > (original.match(/\n/g)?.length ?? 0);
  const bom = original === input ? "" : "\uFEFF";
  const written = (output: string) => bom + (crlf ? output.replace(/\n/g, "\r\n") : output);

  let failure = "de opgemaakte tekst zou andere gegevens bevatten";
  let at = { file: path, start: 0, end: Math.min(1, original.length) };
  for (const conservative of [false, true]) {
    let output: string;
    try {
      // A few exotic placements of comments (on an explicit `? key`) settle only in a second
      // pass; laying out until nothing changes makes fmt idempotent for those too.
      output = layOut(text, shape, { conservative });
      for (let pass = 0; pass < 3; pass++) {
        const again = layOut(output, shape, { conservative });
        if (again === output) break;
        output = again;
      }
    } catch (error) {
      failure = describeFailure(error);
      const alias = /verwijzing (\*\S+)/.exec(failure)?.[1];
      const offset = alias ? original.indexOf(alias) : -1;
      if (offset >= 0 && alias) at = { file: path, start: offset, end: offset + alias.length };
      continue;
    }
    const problem = verifyFormatting(text, output);
    if (problem === undefined) {
      const result = { text: written(output), changed: written(output) !== input, diagnostics: [], conservative };
      return conservative ? { ...result, partial: failure } : result;
    }
    failure = problem;
  }
  return { text: input, changed: false, diagnostics: [diagnostic("BL701", at, { reden: failure })], conservative: false };
}

/** What fmt and the language server say about a file that got only part of the layout. */
export function partialLayoutNote(path: string, reason: string): string {
  return `Let op: ‘${path}’ is maar gedeeltelijk opgemaakt; de expressies staan er nog zoals u ze schreef. In de volledige opmaak kan het niet veilig: ${reason}.`;
}

function describeFailure(error: unknown): string {
  const alias = /anchor must be set before the alias\)?:?\s*(\S+)/.exec(String((error as Error)?.message ?? error))?.[1];
  if (alias) return `in de vaste volgorde van de sleutels zou de verwijzing *${alias} vóór haar anker &${alias} komen`;
  return "de opmaak is onverwacht mislukt";
}

/** The formatted text, without the safety check. */
export function layOut(text: string, schema: SchemaShape, options: FormatOptions = {}): string {
  const tree = readYamlTree("<opmaak>", text);
  const document = tree.document as Document;
  const data = tree.data;
  settleTrailingComments(document, text);
  const sharedWithText = scalarsAliasedAsText(document, data);
  const visit = (node: unknown, path: string[], inFlow: boolean): void => {
    // Blank lines inside [ ] and { } are not kept.
    if ((isMap(node) || isSeq(node) || isScalar(node)) && inFlow) node.spaceBefore = false;
    if (isMap(node)) layOutMap(node, path, inFlow || Boolean(node.flow));
    else if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, String(index)], inFlow || Boolean(node.flow)));
    else if (isScalar(node)) layOutScalar(node, path, inFlow);
  };

  const layOutMap = (map: YAMLMap, path: string[], inFlow: boolean): void => {
    const order = schema.keyOrder(path);
    if (order.length > 0) {
      const first = map.items[0]?.key;
      if (map.commentBefore && isScalar(first) && path.length > 0 && !inFlow) {
        // A comment above the first key belongs to that key, wherever it moves.
        first.commentBefore = first.commentBefore ? `${map.commentBefore}\n${first.commentBefore}` : map.commentBefore;
        map.commentBefore = null;
      }
      const rank = (pair: Pair): number => {
        const index = order.indexOf(keyText(pair));
        return index === -1 ? order.length : index;
      };
      const firstBefore = map.items[0];
      map.items = map.items.map((pair, index) => ({ pair, index })).sort((a, b) => rank(a.pair) - rank(b.pair) || a.index - b.index).map((e) => e.pair);
      const header = firstBefore?.key;
      const newFirst = map.items[0]?.key;
      if (path.length === 0 && isScalar(header) && header.commentBefore && isScalar(newFirst) && newFirst !== header) {
        // The comment at the top of the file stays at the top.
        newFirst.commentBefore = newFirst.commentBefore ? `${header.commentBefore}\n${newFirst.commentBefore}` : header.commentBefore;
        header.commentBefore = null;
      }
    }
    map.items.forEach((pair, index) => {
      const key = pair.key as YamlNode | null;
      if (isScalar(key)) {
        key.type = "PLAIN";
        if (inFlow) key.spaceBefore = false;
        if (index === 0 && path.length > 0) key.spaceBefore = false;
        // One blank line before each section of the file.
        if (path.length === 0 && index > 0 && !inFlow && isMap(pair.value) && !pair.value.flow) key.spaceBefore = true;
      }
      visit(pair.value, [...path, keyText(pair)], inFlow);
    });
  };

  const layOutScalar = (node: Scalar, path: string[], inFlow: boolean): void => {
    if (typeof node.value !== "string") return;
    const value = node.value;
    const style = (node.type ?? "PLAIN") as ScalarStyle;
    const range = node.range;
    const source = range ? text.slice(range[0], range[1]) : value;
    const multiLine = source.includes("\n");

    if (style === "PLAIN" && (value === "" || value === "~" || value === "null")) {
      // The loader reads these as "no value"; quoting them would make them a text.
      node.value = plainText(value) as unknown as string;
      return;
    }
    if (writtenPlain(schema, path, data, value, style)) {
      node.value = plainText(value) as unknown as string;
      return;
    }
    if (path.length === 3 && path[0] === "hoofdstukken" && path[2] === "nummer") {
      node.type = "QUOTE_DOUBLE";
      return;
    }
    // An anchored expression that a text elsewhere refers to (`toelichting: *voorwaarde`) is
    // also that text, so it keeps its spelling.
    if (!options.conservative && isExpressionPath(path, data) && !sharedWithText.has(node)) {
      const breaks = multiLine && range ? lineBreaks(text, value, { style, start: range[0], end: range[1] }) : [];
      let lines = canonicalExpressionLines(value, breaks);
      if (lines && !inFlow) {
        // Too long for the line width: a line also starts before each `en`/`of` of the
        // outermost chain (the author's own breaks stay). Written that way, the expression is
        // already laid out, so formatting it again changes nothing.
        const folded = lines.length > 1 || style === "BLOCK_FOLDED";
        // Outside { } every level of the path is two spaces deeper (a list's `- ` too).
        const where = { column: 2 * (path.length - 1), key: path[path.length - 1] ?? "", anchor: node.anchor };
        if (!expressionFits(lines, folded, where)) lines = canonicalExpressionLines(value, breaks, true) ?? lines;
      }
      if (lines) {
        // A folded block stays one, also for a single line: the author chose it for a long line.
        if ((lines.length > 1 || style === "BLOCK_FOLDED") && !inFlow) {
          node.value = foldedBlock(lines) as unknown as string;
          return;
        }
        node.value = lines.join(" ");
        node.type = "PLAIN";
        return;
      }
    }
    // Also in the conservative layout: the printer would otherwise join the lines of a folded text.
    if (!inFlow && multiLine && (style === "BLOCK_FOLDED" || style === "PLAIN")) {
      const folded = style === "BLOCK_FOLDED" ? foldedSourceLines(source, value) : plainSourceLines(source);
      if (folded) {
        node.value = foldedBlock(folded.lines, folded.header) as unknown as string;
        return;
      }
    }
    if (style !== "BLOCK_LITERAL" && style !== "BLOCK_FOLDED" && hasInvisible(value)) {
      node.value = doubleQuoted(value) as unknown as string;
      return;
    }
    if (value.includes("\n")) {
      // A text with line breaks keeps its quotes or block; written plain, some cannot be read back.
      if (style === "PLAIN") node.type = "QUOTE_DOUBLE";
      return;
    }
    if (style !== "BLOCK_LITERAL" && style !== "BLOCK_FOLDED") node.type = "PLAIN";
  };

  visit(document.contents, [], false);
  document.schema = printingSchema();
  const output = document.toString({ indent: 2, indentSeq: true, lineWidth: 0, flowCollectionPadding: false, singleQuote: null });
  return output.replace(/^\n+/, "");
}

/**
 * The width of a line that `beleid fmt` keeps an expression within where it can, in
 * characters: prettier's default, which the emitted evaluators are laid out with too.
 */
export const LINE_WIDTH = 100;

/** Where an expression in a block map is written: its key's column, the key, and its anchor. */
interface ExpressionPlace {
  readonly column: number;
  readonly key: string;
  readonly anchor: string | undefined;
}

let scalarSchema: ReturnType<typeof printingSchema> | undefined;

/**
 * Whether an expression's lines fit within LINE_WIDTH: the lines of a folded block at two
 * spaces under the key, or one line after `key: ` (and `&anchor `) as the YAML printer writes
 * it, in quotes where YAML needs them.
 */
function expressionFits(lines: readonly string[], folded: boolean, place: ExpressionPlace): boolean {
  const width = (text: string): number => [...text].length;
  if (folded) return lines.every((line) => place.column + 2 + width(line) <= LINE_WIDTH);
  const text = lines.join(" ");
  const prefix = `${place.key}: ${place.anchor ? `&${place.anchor} ` : ""}`;
  // Quotes only make the line longer.
  if (place.column + width(prefix) + width(text) > LINE_WIDTH) return false;
  const document = new Document(text, { schema: "failsafe" });
  document.schema = (scalarSchema ??= printingSchema());
  const written = document.toString({ lineWidth: 0, singleQuote: null }).trimEnd();
  return place.column + width(prefix) + width(written) <= LINE_WIDTH;
}

/**
 * The scalars that an alias (`*naam`) repeats where the value is not an expression: their
 * text is data there, compared character by character, so it must stay as written.
 */
function scalarsAliasedAsText(document: Document, data: unknown): Set<Scalar> {
  const found = new Set<Scalar>();
  // Marks the scalars of `node`, repeated by an alias at `path`, that are texts there.
  const seen = new Set<unknown>();
  const mark = (node: unknown, path: string[]): void => {
    if (isAlias(node)) {
      const target = node.resolve(document);
      if (!seen.has(target)) {
        seen.add(target);
        mark(target, path);
        seen.delete(target);
      }
    } else if (isScalar(node)) {
      if (!isExpressionPath(path, data)) found.add(node);
    } else if (isMap(node)) {
      for (const pair of node.items) mark(pair.value, [...path, keyText(pair)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => mark(item, [...path, String(index)]));
    }
  };
  const walk = (node: unknown, path: string[]): void => {
    if (isAlias(node)) mark(node.resolve(document), path);
    else if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, keyText(pair)]);
    else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, String(index)]));
  };
  walk(document.contents, []);
  return found;
}

const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * Whether a value is written plain although a YAML reader would read it as something other
 * than a text: a whole number, a date or a number where the schema (or the table column) asks
 * for one, so reading it as a number or date reads what is meant; and a number the author
 * wrote plain under a key the schema does not know (`beleid check` reports the key).
 */
function writtenPlain(schema: SchemaShape, path: string[], data: unknown, value: string, style: ScalarStyle): boolean {
  if (schema.isInteger(path) && /^-?\d+$/.test(value)) return true;
  if (schema.isNumber(path) && DECIMAL.test(value)) return true;
  const column = tableColumnType(path, data);
  if ((schema.isDate(path) || column === "datum") && /^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
  if (column === "getal" && DECIMAL.test(value)) return true;
  return style === "PLAIN" && !schema.isKnown(path) && DECIMAL.test(value);
}

function keyText(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** Offsets in `value` where the author's source started a new line. */
function lineBreaks(text: string, value: string, source: { style: ScalarStyle; start: number; end: number }): number[] {
  const map = scalarOffsetMap(text, value, source);
  const breaks: number[] = [];
  let previous = -1;
  for (let i = 0; i < value.length; i++) {
    if (/\s/.test(value.charAt(i))) continue;
    if (previous >= 0 && text.slice(map(previous) + 1, map(i)).includes("\n")) breaks.push(i);
    previous = i;
  }
  return breaks;
}
