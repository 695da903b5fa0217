/**
 * Where a policy names the things it declares, for find references and rename: every
 * declaration (the key of a fact, rule, care type, chapter, group, table, column, date rule or
 * text) and every use of it — a name in a condition or computation, a column (`tabel[…].kolom`
 * and the cells of the table's rows), a care type in a condition (`zorgsoort = "…"`, a row of a
 * table keyed by care type) or in `zorgsoorten: […]`, a chapter after `hoofdstuk:`, the fact
 * after `niet_groter_dan:`, the text after `na:`, an entry of a chapter's `volgorde` (`groep
 * gli`), a row key of a table keyed by care type, the names in a policy's tests, and the old
 * names after `was:` (names of the previous version, renamed only with it). One file
 * is indexed from its YAML (none while it does not parse); which name in a condition is a
 * fact, a table or a declaring rule (`verklaring: ja`) is settled over all the files that
 * share the names (the policy and the files it includes), by their declarations.
 */

import { resolve } from "node:path";
import { subexpressions, type Expr } from "../../grammar/ast.js";
import { parseExpression } from "../../grammar/parse.js";
import { isExpressionPath } from "../format/expressionPaths.js";
import { readPolicyYaml } from "../load/simpleYaml.js";
import type { Location } from "../load/yamlTree.js";
import type { Span } from "../span.js";
import { splitPointer, valueAt, valueOffsets, type ValueOffsets } from "./locate.js";

export type NameKind = "feit" | "regel" | "tabel" | "kolom" | "zorgsoort" | "hoofdstuk" | "groep" | "tekst" | "datumregel";

/**
 * A name in a file: declared (`definition`), or used. A name in a condition is a `naam` until
 * the declarations say what it is; a text in a condition indexing a table (`tabel["x"]`) is a
 * `rij` of that table, a care type when the table is keyed by care type.
 */
export interface Occurrence {
  readonly kind: NameKind | "naam" | "rij";
  readonly id: string;
  readonly span: Span;
  readonly definition: boolean;
  /** For a `rij` and a `kolom`: the table. */
  readonly table?: string;
  /** For the declaration of a rule: whether it declares a fact (`verklaring: ja`), usable in conditions. */
  readonly declares?: boolean;
  /** For the declaration of a table: whether its rows are the care types. */
  readonly careTypeKeyed?: boolean;
  /**
   * A name of the previous version (`was: <oud>` under a declaration): it names the thing in
   * the policy named by `vorige`, not in this one, so it is only renamed with that.
   */
  readonly previous?: boolean;
  /**
   * For a care type in a test case that names none (`verwacht.overeenkomst` without
   * `zorgsoort`, allowed when the policy has one care type): the agreement is the care type's
   * only when the policy declares a care type by that name; else it is an agreement of a
   * differentiation (`A`), no name to rename.
   */
  readonly ifDeclared?: boolean;
}

export interface FileIndex {
  readonly file: string;
  /** Undefined when the YAML does not parse: nothing is known of the file. */
  readonly occurrences: readonly Occurrence[] | undefined;
}

/** A declared thing, as named across files. */
export interface Named {
  readonly kind: NameKind;
  readonly id: string;
  /** For a column: its table. */
  readonly table?: string;
}

type Fields = Readonly<Record<string, unknown>>;
/** `ja` (as the policy writes a yes), or `true` (as a YAML 1.1 reader would read `yes`). */
const isYes = (value: unknown): boolean => value === "ja" || value === true;
const isMap = (value: unknown): value is Fields => value !== null && typeof value === "object" && !Array.isArray(value);

/** The sections whose keys declare a thing, and the kind of thing. */
const DECLARING: Readonly<Record<string, NameKind>> = {
  feiten: "feit",
  tabellen: "tabel",
  zorgsoorten: "zorgsoort",
  hoofdstukken: "hoofdstuk",
  groepen: "groep",
  teksten: "tekst",
  datumregels: "datumregel",
};

/** The kinds a `volgorde` entry names (`groep gli`); `overeenkomst` and `differentiatie` name a care type. */
const ORDER_KINDS: Readonly<Record<string, NameKind>> = {
  tekst: "tekst",
  groep: "groep",
  tabel: "tabel",
  datumregel: "datumregel",
  overeenkomst: "zorgsoort",
  differentiatie: "zorgsoort",
};

export function indexFile(file: string, text: string): FileIndex {
  const tree = readPolicyYaml(file, text);
  if (!isMap(tree.data) || tree.diagnostics.some((d) => d.severity === "fout")) return { file, occurrences: undefined };
  if (file.endsWith(".test.yaml")) return { file, occurrences: inTests(file, text, tree.data, tree.locations) };
  const data = tree.data;
  const found: Occurrence[] = [];
  const tables = isMap(data.tabellen) ? data.tabellen : {};
  const careTypeKeyed = (table: string): boolean => isMap(tables[table]) && isMap((tables[table] as Fields).sleutel) && isYes(((tables[table] as Fields).sleutel as Fields).zorgsoort);

  /** The span of `part` at `at` in the value of a scalar, in the file: all of its source, escapes included. */
  const inValue = (location: Location, value: string, at: number, part: string): Span => {
    const offsets = valueOffsets(text, location, value);
    return { file, start: offsets.start(at), end: offsets.end(at + part.length) };
  };
  const use = (kind: Occurrence["kind"], id: string, span: Span, extra: Partial<Occurrence> = {}) => {
    found.push({ kind, id, span, definition: false, ...extra });
  };

  for (const [at, location] of tree.locations) {
    const path = splitPointer(at);
    const [section, id, sub, ruleId] = path;
    const last = path[path.length - 1] as string;
    if (location.keySpan && section !== undefined && id !== undefined) {
      const declared = DECLARING[section];
      if (path.length === 2 && declared) {
        found.push({ kind: declared, id, span: location.keySpan, definition: true, ...(declared === "tabel" ? { careTypeKeyed: careTypeKeyed(id) } : {}) });
      } else if (path.length === 4 && section === "groepen" && sub === "regels" && ruleId !== undefined) {
        const rule = valueAt(data, path);
        found.push({ kind: "regel", id: ruleId, span: location.keySpan, definition: true, declares: isMap(rule) && isYes(rule.verklaring) });
      } else if (path.length === 4 && section === "tabellen" && sub === "rijen" && careTypeKeyed(id)) {
        use("zorgsoort", last, location.keySpan);
      } else if (path.length === 4 && section === "tabellen" && sub === "kolommen") {
        found.push({ kind: "kolom", id: last, span: location.keySpan, definition: true, table: id });
      } else if (path.length === 5 && section === "tabellen" && sub === "rijen" && last !== "sleutel") {
        // (`sleutel: { tekst: "…" }` in a row is the source's words for its key, not a column.)
        use("kolom", last, location.keySpan, { table: id });
      }
    }
    const value = valueAt(data, path);
    if (typeof value !== "string") continue;
    const whole = (kind: NameKind) => use(kind, value, inValue(location, value, 0, value));
    if (last === "was") {
      const was = previousName(path);
      if (was) use(was.kind, value, inValue(location, value, 0, value), { previous: true, ...(was.table !== undefined ? { table: was.table } : {}) });
    } else if (last === "hoofdstuk") whole("hoofdstuk");
    else if (section === "feiten" && path.length === 3 && last === "niet_groter_dan") whole("feit");
    else if (section === "teksten" && path.length === 3 && last === "na") whole("tekst");
    else if (path.length > 2 && path[path.length - 2] === "zorgsoorten" && /^\d+$/.test(last)) whole("zorgsoort");
    else if (section === "hoofdstukken" && sub === "volgorde" && path.length === 4) {
      const entry = /^(\s*)(\S+)\s+(\S+)\s*$/u.exec(value);
      const kind = entry ? ORDER_KINDS[entry[2] as string] : undefined;
      if (entry && kind) {
        const name = entry[3] as string;
        use(kind, name, inValue(location, value, value.lastIndexOf(name), name));
      }
    } else if (isExpressionPath(path, data)) {
      const offsets = valueOffsets(text, location, value);
      const { expr } = parseExpression(value, { file, mapOffset: offsets.start, mapEnd: offsets.end });
      for (const occurrence of inExpression(expr, value, offsets)) found.push(occurrence);
    }
  }
  return { file, occurrences: found.sort((a, b) => a.span.start - b.span.start) };
}

/** What a `was:` at `path` names in the previous version: the kind of the declaration it is under. */
function previousName(path: readonly string[]): { kind: NameKind; table?: string } | undefined {
  const [section, , sub] = path;
  if (section === undefined) return undefined;
  if (path.length === 3 && DECLARING[section]) return { kind: DECLARING[section] as NameKind };
  if (path.length === 5 && section === "groepen" && sub === "regels") return { kind: "regel" };
  return undefined;
}

/**
 * The names in a policy's tests (`<versie>.test.yaml`): the facts of fact sets and cases (also
 * a declaring rule's, so a `naam`) and in `feitenfout`, the care type of a case (and of its
 * expected agreement, without differentiation), and the rules and date rules of its
 * expectations (`regels`, `datums`, the factors under `ontbreekt`).
 */
function inTests(file: string, text: string, data: Fields, locations: ReadonlyMap<string, Location>): Occurrence[] {
  const found: Occurrence[] = [];
  for (const [at, location] of locations) {
    const path = splitPointer(at);
    const [section, , field, sub, name] = path;
    const inFacts = (section === "feitensets" && field === "feiten" && path.length === 4) || (section === "gevallen" && field === "feiten" && path.length === 4);
    if (location.keySpan && inFacts) found.push({ kind: "naam", id: path[3] as string, span: location.keySpan, definition: false });
    else if (location.keySpan && section === "gevallen" && field === "verwacht" && path.length === 5 && (sub === "regels" || sub === "datums")) {
      found.push({ kind: sub === "regels" ? "regel" : "datumregel", id: name as string, span: location.keySpan, definition: false });
    } else {
      const value = valueAt(data, path);
      if (typeof value !== "string") continue;
      const isFactError = section === "gevallen" && field === "verwacht" && sub === "feitenfout" && path.length === 5;
      const isCareType = section === "gevallen" && field === "zorgsoort" && path.length === 3;
      const isMissingFactor = section === "gevallen" && field === "verwacht" && sub === "ontbreekt" && path.length === 6;
      // A care type without differentiation has one agreement, whose id is the care type's key.
      // A case may leave out its care type when the policy has only one (as `beleid eval` does).
      const caseOf = section === "gevallen" && path.length === 4 ? valueAt(data, path.slice(0, 2)) : undefined;
      const isAgreement = field === "verwacht" && sub === "overeenkomst" && isMap(caseOf) && (caseOf.zorgsoort === value || caseOf.zorgsoort === undefined);
      if (!isFactError && !isCareType && !isMissingFactor && !isAgreement) continue;
      const offsets = valueOffsets(text, location, value);
      const span = { file, start: offsets.start(0), end: offsets.end(value.length) };
      const ifDeclared = isAgreement && isMap(caseOf) && caseOf.zorgsoort === undefined;
      found.push({ kind: isCareType || isAgreement ? "zorgsoort" : isMissingFactor ? "regel" : "naam", id: value, span, definition: false, ...(ifDeclared ? { ifDeclared } : {}) });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The names in a condition, and the care types it compares `zorgsoort` with or looks up in a
 * table. `value` is the condition's text, `offsets` map it to the file.
 */
function inExpression(expr: Expr, value: string, offsets: ValueOffsets): Occurrence[] {
  const found: Occurrence[] = [];
  /**
   * The inside of a text literal (`"x"`) in the file, between the sources of its quotes: a
   * quote written as an escape (`\"x\"` in a double-quoted scalar, `''x''` in a single-quoted
   * one) takes more than one character of the file.
   */
  const inner = (node: Expr): Span | undefined => {
    if (node.kind !== "string") return undefined;
    const open = valueOffsetAt(value, offsets, node.span.start);
    if (open === undefined) return undefined;
    return { ...node.span, start: offsets.start(open + 1), end: offsets.end(open + 1 + node.value.length) };
  };
  const careType = (node: Expr) => {
    const span = inner(node);
    if (span && node.kind === "string") found.push({ kind: "zorgsoort", id: node.value, span, definition: false });
  };
  const isCareType = (node: Expr) => node.kind === "ref" && node.name === "zorgsoort";
  const visit = (node: Expr): void => {
    switch (node.kind) {
      case "ref":
        found.push({ kind: "naam", id: node.name, span: node.span, definition: false });
        return;
      case "member":
        // `tabel[…].kolom`: a column of that table.
        if (node.object.kind === "index" && node.object.object.kind === "ref") found.push({ kind: "kolom", id: node.name, span: node.nameSpan, definition: false, table: node.object.object.name });
        break;
      case "index": {
        // `tabel["rij"]`: a row of that table, not a name.
        const span = inner(node.index);
        if (span && node.object.kind === "ref" && node.index.kind === "string") {
          visit(node.object);
          found.push({ kind: "rij", id: node.index.value, span, definition: false, table: node.object.name });
          return;
        }
        break;
      }
      case "binary":
        if (node.operator === "=" || node.operator === "≠") {
          if (isCareType(node.left)) careType(node.right);
          if (isCareType(node.right)) careType(node.left);
        }
        if ((node.operator === "in" || node.operator === "niet in") && isCareType(node.left) && node.right.kind === "list") node.right.items.forEach(careType);
        break;
      default:
        break;
    }
    subexpressions(node).forEach(visit);
  };
  visit(expr);
  return found;
}

/** The offset in `value` of the character whose source starts at `fileOffset` (the map only grows). */
function valueOffsetAt(value: string, offsets: ValueOffsets, fileOffset: number): number | undefined {
  let low = 0;
  let high = value.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = offsets.start(middle);
    if (at === fileOffset) return middle;
    if (at < fileOffset) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/**
 * The index of a file's text, kept while the text stays the same: a request after a request
 * (references, then rename) indexes only what changed. Keyed by the path as given and the text.
 */
const indexes = new Map<string, { readonly text: string; readonly index: FileIndex }>();
const MOST_INDEXES = 200;
export function indexOfText(file: string, text: string): FileIndex {
  const known = indexes.get(file);
  if (known?.text === text) return known.index;
  const index = indexFile(file, text);
  if (indexes.size >= MOST_INDEXES) indexes.clear();
  indexes.set(file, { text, index });
  return index;
}

/** What each occurrence in `indexes` names, given the declarations in all of them. */
export function resolveNames(indexes: readonly FileIndex[]): Map<Occurrence, Named> {
  const declarations = new Map<string, Occurrence[]>();
  for (const index of indexes) {
    for (const o of index.occurrences ?? []) {
      if (!o.definition) continue;
      const key = `${o.kind}\u0000${o.id}`;
      declarations.set(key, [...(declarations.get(key) ?? []), o]);
    }
  }
  const declared = (kind: NameKind, id: string, also: (o: Occurrence) => boolean = () => true) => (declarations.get(`${kind}\u0000${id}`) ?? []).some(also);
  const resolved = new Map<Occurrence, Named>();
  for (const index of indexes) {
    for (const occurrence of index.occurrences ?? []) {
      const { id } = occurrence;
      // A name of the previous version: see `previousOccurrences`.
      if (occurrence.previous) continue;
      if (occurrence.kind === "naam") {
        const kind = declared("feit", id) ? "feit" : declared("tabel", id) ? "tabel" : declared("regel", id, (d) => d.declares === true) ? "regel" : undefined;
        if (kind) resolved.set(occurrence, { kind, id });
      } else if (occurrence.kind === "rij") {
        if (declared("tabel", occurrence.table ?? "", (d) => d.careTypeKeyed === true)) resolved.set(occurrence, { kind: "zorgsoort", id });
      } else if (occurrence.ifDeclared) {
        if (declared(occurrence.kind as NameKind, id)) resolved.set(occurrence, { kind: occurrence.kind as NameKind, id });
      } else if (occurrence.kind === "kolom") {
        resolved.set(occurrence, { kind: "kolom", id, table: occurrence.table ?? "" });
      } else {
        resolved.set(occurrence, { kind: occurrence.kind, id });
      }
    }
  }
  return resolved;
}

/** The occurrence at `offset` in `index` (the innermost), with what it names. */
export function namedAt(index: FileIndex, resolved: ReadonlyMap<Occurrence, Named>, offset: number): { occurrence: Occurrence; named: Named } | undefined {
  let best: { occurrence: Occurrence; named: Named } | undefined;
  for (const occurrence of index.occurrences ?? []) {
    const named = resolved.get(occurrence);
    if (!named || offset < occurrence.span.start || offset > occurrence.span.end) continue;
    if (!best || occurrence.span.end - occurrence.span.start < best.occurrence.span.end - best.occurrence.span.start) best = { occurrence, named };
  }
  return best;
}

/** Every occurrence of `named` in `indexes`, declarations first. */
export function occurrencesOf(indexes: readonly FileIndex[], resolved: ReadonlyMap<Occurrence, Named>, named: Named): Occurrence[] {
  const all = indexes.flatMap((index) => (index.occurrences ?? []).filter((o) => {
    const what = resolved.get(o);
    return what !== undefined && what.kind === named.kind && what.id === named.id && what.table === named.table;
  }));
  return [...all.filter((o) => o.definition), ...all.filter((o) => !o.definition)];
}

/** One compilation: a policy and the files it includes (`omvat`), with their current texts. */
export interface Compilation {
  readonly files: readonly string[];
  textOf(file: string): string | undefined;
}

export interface Found {
  readonly named: Named;
  /** Where it is declared (undefined when nowhere: a chapter that does not exist, say). */
  readonly declaration: Occurrence | undefined;
  /** Every occurrence, declarations first, each once. */
  readonly occurrences: readonly Occurrence[];
  /** The files looked in, with their index: a file whose YAML does not parse has no occurrences. */
  readonly indexes: readonly FileIndex[];
  /** The declarations in those files, for a rename's check of the new name. */
  readonly declarations: readonly Occurrence[];
  /** The compilations that use the thing (or name it as `was:` of the previous version): a rename checks them again. */
  readonly compilations: readonly Compilation[];
}

/**
 * The thing named at `offset` in `file` (a file of `current`) and everywhere it occurs: in the
 * compilation of the document and in every other compilation that includes the file declaring
 * it (`others(home)` gives the candidates: the other open policies, the policies in the
 * workspace that include `home`). Names are settled per compilation, so two policies that
 * both include a shared file do not mix their own facts.
 */
export function findOccurrences(
  current: Compilation,
  file: string,
  offset: number,
  others: (home: string) => readonly Compilation[],
  newer: (older: readonly string[]) => readonly Compilation[] = () => [],
): Found | undefined {
  const sameFile = (a: string, b: string) => resolve(a) === resolve(b);
  const indexOf = (compilation: Compilation, path: string): FileIndex => {
    const text = compilation.textOf(path);
    return text === undefined ? { file: path, occurrences: [] } : indexOfText(path, text);
  };
  const indexesOf = (compilation: Compilation) => compilation.files.map((path) => indexOf(compilation, path));

  const own = indexesOf(current);
  const resolved = resolveNames(own);
  const here = own.find((index) => sameFile(index.file, file));
  const at = here ? namedAt(here, resolved, offset) : undefined;
  if (!at) return undefined;
  const declaration = occurrencesOf(own, resolved, at.named).find((o) => o.definition);
  const home = declaration?.span.file ?? file;
  const involved = [current, ...others(resolve(home)).filter((other) => other.files.some((path) => sameFile(path, home)))];

  const seen = new Set<string>();
  const occurrences: Occurrence[] = [];
  const indexes = new Map<string, FileIndex>();
  const declarations: Occurrence[] = [];
  for (const compilation of involved) {
    const list = compilation === current ? own : indexesOf(compilation);
    const names = compilation === current ? resolved : resolveNames(list);
    for (const index of list) indexes.set(resolve(index.file), index);
    for (const occurrence of occurrencesOf(list, names, at.named)) {
      const key = `${resolve(occurrence.span.file)}\u0000${occurrence.span.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      occurrences.push(occurrence);
    }
    for (const index of list) for (const o of index.occurrences ?? []) if (o.definition) declarations.push(o);
  }
  // The policies that name a changed policy as `vorige`: a `was:` there names the thing by its old name.
  const later = newer(involved.map((compilation) => compilation.files[0] as string));
  for (const compilation of later) {
    const policy = indexOf(compilation, compilation.files[0] as string);
    indexes.set(resolve(policy.file), policy);
    for (const o of policy.occurrences ?? []) {
      if (o.previous && o.kind === at.named.kind && o.id === at.named.id && o.table === at.named.table) occurrences.push(o);
    }
  }
  return {
    named: at.named,
    declaration,
    occurrences: [...occurrences].sort((a, b) => Number(b.definition) - Number(a.definition) || resolve(a.span.file).localeCompare(resolve(b.span.file)) || a.span.start - b.span.start),
    indexes: [...indexes.values()],
    declarations,
    compilations: [...involved, ...later],
  };
}
