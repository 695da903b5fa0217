/**
 * A rename keeps the history of what it renames: when the policy has a previous version
 * (`vorige`) in which the thing has the old key, the renamed declaration gets `was: <oude
 * sleutel>`, so the change report says "hernoemd" rather than "vervallen" and "nieuw" (and
 * the comparison warns no BL605). Nothing is added when the declaration has a `was` already,
 * when no previous version has the old key, or when the declaration is not a block mapping
 * (`feit: { type: getal }`): there the author writes it. The line goes where `beleid fmt`
 * would put it, by the schema's order of keys (`schemaShape.ts`).
 */

import { resolve } from "node:path";
import { schemaShape, type SchemaShape } from "../format/schemaShape.js";
import { readPolicyYaml } from "../load/simpleYaml.js";
import { includesOf, previousOf } from "./includers.js";
import { splitPointer, valueAt } from "./locate.js";
import { indexOfText, type Found, type NameKind } from "./references.js";
import { yamlReading } from "./rename.js";

type TextOf = (file: string) => string | undefined;

/** Text to insert at `offset` (in the text of `file` as `textOf` gives it). */
export interface Insertion {
  readonly file: string;
  readonly offset: number;
  readonly text: string;
}

/** The kinds whose declaration can say what it was called in the previous version. */
const WITH_WAS: ReadonlySet<NameKind> = new Set(["feit", "regel", "tabel", "zorgsoort", "hoofdstuk", "groep", "tekst", "datumregel"]);

let shape: SchemaShape | undefined;

/** The `was:` line a rename of `found` adds to its declaration, or undefined when it adds none. */
export function wasInsertion(found: Found, textOf: TextOf): Insertion | undefined {
  const { named, declaration } = found;
  if (!declaration || !WITH_WAS.has(named.kind) || !declaration.span.file.endsWith(".policy")) return undefined;
  const home = resolve(declaration.span.file);
  if (!inPreviousVersion(found, home, textOf)) return undefined;
  const text = textOf(declaration.span.file);
  if (text === undefined) return undefined;
  const tree = readPolicyYaml(declaration.span.file, text);
  let path: string[] | undefined;
  for (const [at, location] of tree.locations) {
    if (location.keySpan?.start === declaration.span.start && location.keySpan.end === declaration.span.end) path = splitPointer(at);
  }
  const entity = path && valueAt(tree.data, path);
  if (!path || entity === null || typeof entity !== "object" || Array.isArray(entity) || Object.hasOwn(entity, "was")) return undefined;

  // The keys of the declaration's mapping, in the order of the text, and how far it reaches.
  const keys: { key: string; start: number }[] = [];
  let end = -1;
  for (const [at, location] of tree.locations) {
    const inner = splitPointer(at);
    if (inner.length <= path.length || !path.every((part, i) => inner[i] === part)) continue;
    end = Math.max(end, location.span.end);
    if (inner.length === path.length + 1 && location.keySpan) keys.push({ key: inner[path.length] as string, start: location.keySpan.start });
  }
  keys.sort((a, b) => a.start - b.start);
  const first = keys[0];
  // A flow mapping (`{ type: getal }`) or an empty one: no line to add.
  if (!first || text[first.start - 1] === "{" || !/^[ \t]*$/.test(text.slice(lineStart(text, first.start), first.start))) return undefined;
  const indent = text.slice(lineStart(text, first.start), first.start);
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const line = `${indent}was: ${yamlReading(named.id) === undefined ? named.id : JSON.stringify(named.id)}`;

  shape ??= schemaShape();
  const order = shape.keyOrder(path);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const after = keys.find((k) => rank(k.key) > rank("was"));
  if (after) {
    // Before the key that follows `was`, and before the comment lines above it (they belong to that key).
    let at = lineStart(text, after.start);
    while (at > 0) {
      const above = lineStart(text, at - 1);
      if (!/^[ \t]*#/.test(text.slice(above, at))) break;
      at = above;
    }
    return { file: declaration.span.file, offset: at, text: `${line}${eol}` };
  }
  // After the last line of the mapping's values (a comment on that line included).
  let last = end;
  while (last > 0 && /\s/.test(text[last - 1] as string)) last -= 1;
  const newline = text.indexOf("\n", last);
  const at = newline === -1 ? text.length : newline > 0 && text[newline - 1] === "\r" ? newline - 1 : newline;
  return { file: declaration.span.file, offset: at, text: `${eol}${line}` };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/**
 * Whether a policy that uses the declaring file (`home`) has a previous version that declares
 * the thing under its old key, in a file the rename leaves alone (a shared file both versions
 * include is renamed in both).
 */
function inPreviousVersion(found: Found, home: string, textOf: TextOf): boolean {
  const { kind, id } = found.named;
  for (const compilation of found.compilations) {
    if (!compilation.files.some((file) => resolve(file) === home)) continue;
    const policy = compilation.files[0] as string;
    const policyText = compilation.textOf(policy);
    const previous = policyText === undefined ? undefined : previousOf(policy, policyText);
    const previousText = previous === undefined ? undefined : textOf(previous);
    if (previous === undefined || previousText === undefined) continue;
    for (const file of [previous, ...includesOf(previous, previousText)]) {
      if (resolve(file) === home) continue;
      const fileText = textOf(file);
      const index = fileText === undefined ? undefined : indexOfText(file, fileText);
      if (index?.occurrences?.some((o) => o.definition && o.kind === kind && o.id === id)) return true;
    }
  }
  return false;
}
