/**
 * Puts comments that the `yaml` package attaches to the end of a nested block back where the
 * author put them. The parser gives every comment after the last entry of a block to that
 * block, also a comment written further left, above the next entry:
 *
 *     feiten:
 *       a:
 *         type: getal
 *       # --- over b ---      <- belongs to b, not to the end of a
 *       b: …
 *
 * Printed as it was parsed, that comment would move into `a`. Here each such comment line is
 * moved, by its column in the source, to the entry it stands above (or further up when there
 * is none). Comments only move between places; none is added or lost.
 */

import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type YAMLMap, type YAMLSeq } from "yaml";

type Collection = YAMLMap | YAMLSeq;

export function settleTrailingComments(document: Document, text: string): void {
  const movedColumns = new WeakMap<object, number[]>();
  const columnOf = (offset: number): number => offset - (text.lastIndexOf("\n", offset - 1) + 1);

  /** Per entry of `node.comment` (split on newlines), its column; blank entries take the next one's. */
  const commentColumns = (node: Collection): number[] | undefined => {
    const entries = (node.comment ?? "").split("\n");
    const known = movedColumns.get(node);
    if (known && known.length === entries.length) return known;
    const range = node.range;
    if (!range) return undefined;
    const columns: number[] = [];
    let offset = range[1];
    for (const line of text.slice(range[1], range[2]).split("\n")) {
      const trimmed = line.trimStart();
      if (trimmed.startsWith("#")) columns.push(columnOf(offset + line.length - trimmed.length));
      offset += line.length + 1;
    }
    const result: number[] = new Array<number>(entries.length);
    let next = columns.length - 1;
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i] === "") {
        result[i] = result[i + 1] ?? 0;
      } else {
        if (next < 0) return undefined;
        result[i] = columns[next--] as number;
      }
    }
    return next === -1 ? result : undefined;
  };

  const settle = (node: unknown): void => {
    if (!isMap(node) && !isSeq(node)) return;
    const items = node.items as unknown[];
    items.forEach((item, index) => {
      const value = isMap(node) ? (item as { value: unknown }).value : item;
      settle(value);
      if ((!isMap(value) && !isSeq(value)) || value.flow || !value.comment) return;
      const threshold = entryColumn(node, item, text, columnOf);
      if (threshold === undefined) return;
      const columns = commentColumns(value);
      if (!columns) return;
      const cut = columns.findIndex((column) => column <= threshold);
      if (cut === -1) return;
      const entries = value.comment.split("\n");
      const kept = entries.slice(0, cut);
      const moved = entries.slice(cut);
      const movedCols = columns.slice(cut);
      value.comment = kept.length > 0 && kept.some((e) => e !== "") ? kept.join("\n") : null;
      if (value.comment === null) movedColumns.delete(value);
      else movedColumns.set(value, columns.slice(0, cut));

      const nextItem = items[index + 1];
      const target: YamlNode | null | undefined = nextItem === undefined ? undefined : isMap(node) ? ((nextItem as { key: YamlNode | null }).key) : (nextItem as YamlNode);
      if (target && (isScalar(target) || isMap(target) || isSeq(target))) {
        let lead = 0;
        while (moved[lead] === "") lead++;
        if (lead > 0) target.spaceBefore = true;
        const text = moved.slice(lead).join("\n");
        target.commentBefore = target.commentBefore ? `${text}\n${target.commentBefore}` : text;
      } else if (!target) {
        const own = node.comment ? node.comment.split("\n") : [];
        const ownColumns = own.length > 0 ? (commentColumns(node) ?? own.map(() => threshold)) : [];
        node.comment = [...moved, ...own].join("\n");
        movedColumns.set(node, [...movedCols, ...ownColumns]);
      } else {
        // An alias or other node cannot carry the comment; leave it where the parser put it.
        value.comment = entries.join("\n");
        movedColumns.set(value, columns);
      }
    });
  };

  settle(document.contents);
}

/** The column where an entry of a block collection starts: its key, or its `-`. */
function entryColumn(node: Collection, item: unknown, text: string, columnOf: (offset: number) => number): number | undefined {
  if (isMap(node)) {
    const key = (item as { key: YamlNode | null }).key;
    return key?.range ? columnOf(key.range[0]) : undefined;
  }
  const start = (item as YamlNode | null)?.range?.[0];
  if (start === undefined) return undefined;
  const dash = text.lastIndexOf("-", start);
  return dash === -1 ? undefined : columnOf(dash);
}
