/**
 * The first half of the finite abstraction the static analysis reasons with (space.ts is the
 * second): which values of each fact an expression can tell apart. A fact with few values
 * (ja/nee, keuze) is simply enumerated. A fact with infinitely many values (a number, a date,
 * a text, a large verzameling) may only occur in an *atom* this module recognises — a
 * comparison of the fact with a constant, `tussen`, `in`, `bevat`, `aantal(…)`, `jaar(…)`,
 * `bekend(…)`, a table row looked up by the fact — and then the constants it is compared with
 * are the only places where the expression can change its value. Everything built from atoms
 * and constants (`en`, `of`, `niet`, `als`, …) is a function of the atoms, so it too only
 * changes at those places.
 *
 * Two numbers of the same type compared with each other (`x <= y`, plain facts, no offsets)
 * are an atom too: it changes where one passes the other, which space.ts covers by giving the
 * two facts common values (so does a part and its whole, `niet_groter_dan`).
 *
 * When a fact occurs anywhere else (`a + b > 10`, `aandeel(a, b)`, `x + 1 <= y`,
 * `plus_maanden(x, 1)`) the scan gives up: the analysis then says nothing rather than guess.
 * Numbers are treated as exact decimals, as the language computes them (docs/taal.md,
 * "Rekenen met decimalen"): `contractjaar - x > 3` changes at x = contractjaar - 3, and
 * `y + 0.1 >= 0.3` at y = 0.2, not at the float 0.19999999999999998. Offsets and thresholds
 * are therefore rounded as every calculation is (`toDecimals`). A fact with more than 9
 * decimals can still fall in the rounding margin (y = 0.1999999996 makes `y + 0.1 >= 0.3`
 * true); the analysis, like the decimal reading of the policy, does not tell those apart.
 */

import type { Fact, PolicyModel, Table, TExpr } from "../model.js";
import { walkExpression } from "../queries.js";
import { evaluateExpression, type Scope } from "../interpret/expression.js";
import { toDecimals, type Value } from "../interpret/values.js";

/** What an expression can tell apart about one fact. */
export interface FactUse {
  readonly fact: Fact;
  /** Numbers and dates at which a comparison changes; texts compared for equality. */
  readonly numbers: Set<number>;
  readonly dates: Set<string>;
  readonly texts: Set<string>;
  /** Verzameling: the values whose membership is tested, and the thresholds of `aantal`. */
  readonly members: Set<string>;
  readonly counts: Set<number>;
  /** Numbers of the same type this one is compared with directly (`x <= y`). */
  readonly compared: Set<string>;
  /** Used outside any atom; only a fact with few values survives that. */
  opaque: boolean;
}

export interface Uses {
  readonly facts: Map<string, FactUse>;
  /** `zorgsoort` (or a table row looked up by it) occurs. */
  zorgsoort: boolean;
  /** `voorwaarden_voldaan` occurs. */
  voorwaardenVoldaan: boolean;
  /** `in_aanmerking` occurs. */
  inAanmerking: boolean;
}

const COMPARISON = new Set(["=", "≠", "<", "<=", ">", ">="]);
const INFINITE = new Set(["getal", "percentage", "bedrag", "datum", "tekst", "verzameling"]);
const NUMERIC = new Set(["getal", "percentage", "bedrag"]);

const tablesCache = new WeakMap<PolicyModel, ReadonlyMap<string, Table>>();
const factsCache = new WeakMap<PolicyModel, ReadonlyMap<string, Fact>>();

/** The facts by id, made once per model (the scan runs for every expression). */
function factsOf(model: PolicyModel): ReadonlyMap<string, Fact> {
  let facts = factsCache.get(model);
  if (!facts) {
    facts = new Map(model.facts.map((f) => [f.id, f]));
    factsCache.set(model, facts);
  }
  return facts;
}

export function tablesOf(model: PolicyModel): ReadonlyMap<string, Table> {
  let tables = tablesCache.get(model);
  if (!tables) {
    tables = new Map(model.tables.map((t) => [t.id, t]));
    tablesCache.set(model, tables);
  }
  return tables;
}

/** The sub-expressions whose values `expr` is computed from, for one care type. */
export function childrenOf(model: PolicyModel, expr: TExpr, careType: string): TExpr[] {
  switch (expr.kind) {
    case "list":
      return [...expr.items];
    case "call":
      return [...expr.args];
    case "not":
    case "negate":
      return [expr.operand];
    case "binary":
      return [expr.left, expr.right];
    case "between":
      return [expr.operand, expr.low, expr.high];
    case "cell": {
      // A condition column is evaluated only for a key known when compiling (docs/taal.md §9).
      const key = expr.key.kind === "zorgsoort" ? careType : expr.key.kind === "literal" ? String(expr.key.value) : undefined;
      const cell = key === undefined ? undefined : tablesOf(model).get(expr.table)?.rows.find((r) => r.key === key)?.cells[expr.column];
      return cell?.type === "voorwaarde" ? [expr.key, cell.value.expr] : [expr.key];
    }
    default:
      return [];
  }
}

interface Occurrences {
  readonly facts: Set<string>;
  zorgsoort: boolean;
  voorwaardenVoldaan: boolean;
  inAanmerking: boolean;
}

function occurrences(model: PolicyModel, expr: TExpr, careType: string): Occurrences {
  const found: Occurrences = { facts: new Set(), zorgsoort: false, voorwaardenVoldaan: false, inAanmerking: false };
  walkExpression(model, expr, careType, (node) => {
    if (node.kind === "fact") found.facts.add(node.fact);
    else if (node.kind === "zorgsoort") found.zorgsoort = true;
    else if (node.kind === "voorwaardenVoldaan") found.voorwaardenVoldaan = true;
    else if (node.kind === "inAanmerking") found.inAanmerking = true;
  });
  return found;
}

/**
 * Scans `exprs`, evaluated for each of `careTypes`, and returns what each fact's values must
 * tell apart; `undefined` when some fact occurs where the abstraction cannot follow it.
 */
export function scanExpressions(model: PolicyModel, exprs: readonly TExpr[], careTypes: readonly string[], extraFacts: readonly string[] = []): Uses | undefined {
  const factsById = factsOf(model);
  const uses: Uses = { facts: new Map(), zorgsoort: false, voorwaardenVoldaan: false, inAanmerking: false };
  const use = (id: string): FactUse | undefined => {
    let entry = uses.facts.get(id);
    if (!entry) {
      const fact = factsById.get(id);
      if (!fact) return undefined;
      entry = { fact, numbers: new Set(), dates: new Set(), texts: new Set(), members: new Set(), counts: new Set(), compared: new Set(), opaque: false };
      uses.facts.set(id, entry);
    }
    return entry;
  };
  for (const id of extraFacts) if (!use(id)) return undefined;

  for (const careType of careTypes) {
    const scope: Scope = { model, tables: tablesOf(model), careType, facts: {} };
    const constant = (node: TExpr): { value: Value } | undefined => {
      const found = occurrences(model, node, careType);
      return found.facts.size === 0 && !found.voorwaardenVoldaan && !found.inAanmerking ? { value: evaluateExpression(node, scope) } : undefined;
    };
    const scan = (node: TExpr): boolean => {
      const found = occurrences(model, node, careType);
      uses.zorgsoort ||= found.zorgsoort;
      uses.voorwaardenVoldaan ||= found.voorwaardenVoldaan;
      uses.inAanmerking ||= found.inAanmerking;
      for (const id of found.facts) if (!use(id)) return false;
      const infinite = [...found.facts].filter((id) => INFINITE.has(factsById.get(id)?.type ?? ""));
      if (infinite.length === 0) return true;
      if (infinite.length === 1 && atom(node, use(infinite[0] as string) as FactUse, constant, tablesOf(model))) return true;
      if (infinite.length === 2 && comparedFacts(node, factsById, use)) return true;
      if (node.kind === "fact") {
        (use(node.fact) as FactUse).opaque = true;
        return factsById.get(node.fact)?.type === "verzameling";
      }
      return childrenOf(model, node, careType).every(scan);
    };
    if (!exprs.every(scan)) return undefined;
  }
  return uses;
}

/** `x <= y`: two numbers of the same type compared with each other; records the pair. */
function comparedFacts(node: TExpr, factsById: ReadonlyMap<string, Fact>, use: (id: string) => FactUse | undefined): boolean {
  if (node.kind !== "binary" || !COMPARISON.has(node.operator)) return false;
  const { left, right } = node;
  if (left.kind !== "fact" || right.kind !== "fact" || left.fact === right.fact) return false;
  const type = factsById.get(left.fact)?.type;
  if (type === undefined || !NUMERIC.has(type) || factsById.get(right.fact)?.type !== type) return false;
  const [a, b] = [use(left.fact), use(right.fact)];
  if (!a || !b) return false;
  a.compared.add(b.fact.id);
  b.compared.add(a.fact.id);
  return true;
}

type Constant = (node: TExpr) => { value: Value } | undefined;

/** `x`, `x + k`, `k - x`, `-x`, …: the fact with an offset, as `sign * x + offset`. */
interface Linear {
  readonly sign: 1 | -1;
  readonly offset: number;
}

/** `a + b` or `a - b` of two constants, rounded as the language rounds a calculation. */
function decimalSum(a: number, operator: "+" | "-", b: number): number {
  return toDecimals(operator === "+" ? a + b : a - b, Math.max(Math.abs(a), Math.abs(b)));
}

function linear(node: TExpr, fact: string, constant: Constant): Linear | undefined {
  if (node.kind === "fact") return node.fact === fact ? { sign: 1, offset: 0 } : undefined;
  if (node.kind === "negate") {
    const inner = linear(node.operand, fact, constant);
    return inner && { sign: inner.sign === 1 ? -1 : 1, offset: -inner.offset };
  }
  if (node.kind !== "binary" || (node.operator !== "+" && node.operator !== "-")) return undefined;
  const number = (side: TExpr): number | undefined => {
    const c = constant(side);
    return c && typeof c.value === "number" && Number.isFinite(c.value) ? c.value : undefined;
  };
  const right = number(node.right);
  const leftLinear = right === undefined ? undefined : linear(node.left, fact, constant);
  if (leftLinear && right !== undefined) return { sign: leftLinear.sign, offset: decimalSum(leftLinear.offset, node.operator, right) };
  const left = number(node.left);
  const rightLinear = left === undefined ? undefined : linear(node.right, fact, constant);
  if (rightLinear && left !== undefined) {
    return node.operator === "+" ? { sign: rightLinear.sign, offset: decimalSum(rightLinear.offset, "+", left) } : { sign: rightLinear.sign === 1 ? -1 : 1, offset: decimalSum(left, "-", rightLinear.offset) };
  }
  return undefined;
}

/** The fact itself, wrapped in one function whose thresholds we know. */
function factTerm(node: TExpr, use: FactUse, constant: Constant): ((threshold: Value) => boolean) | undefined {
  const type = use.fact.type;
  const id = use.fact.id;
  if (NUMERIC.has(type)) {
    const lin = linear(node, id, constant);
    if (!lin) return undefined;
    return (c) => {
      if (c === null) return true;
      if (typeof c !== "number" || !Number.isFinite(c)) return false;
      // sign × x + offset = c where x = sign × (c − offset), an exact decimal like c itself.
      use.numbers.add(lin.sign * decimalSum(c, "-", lin.offset));
      return true;
    };
  }
  if (type === "datum") {
    if (node.kind === "fact" && node.fact === id) return (c) => (c === null ? true : typeof c === "string" ? (use.dates.add(c), true) : false);
    if (node.kind === "call" && node.fn === "jaar" && node.args[0]?.kind === "fact" && node.args[0].fact === id) {
      // jaar(x) changes at the first day of a year.
      return (c) => {
        if (c === null) return true;
        if (typeof c !== "number" || !Number.isInteger(c) || c < 1 || c > 9998) return false;
        use.dates.add(`${String(c).padStart(4, "0")}-01-01`);
        use.dates.add(`${String(c + 1).padStart(4, "0")}-01-01`);
        return true;
      };
    }
    return undefined;
  }
  if (type === "tekst") {
    return node.kind === "fact" && node.fact === id ? (c) => (c === null ? true : typeof c === "string" ? (use.texts.add(c), true) : false) : undefined;
  }
  if (type === "verzameling" && node.kind === "call" && node.fn === "aantal" && node.args[0]?.kind === "fact" && node.args[0].fact === id) {
    return (c) => (c === null ? true : typeof c === "number" && Number.isFinite(c) ? (use.counts.add(c), true) : false);
  }
  return undefined;
}

/** Whether `node` is an atom about the one infinite fact `use`; records its thresholds. */
function atom(node: TExpr, use: FactUse, constant: Constant, tables: ReadonlyMap<string, Table>): boolean {
  const id = use.fact.id;
  const isFact = (e: TExpr) => e.kind === "fact" && e.fact === id;
  const list = (e: TExpr): readonly Value[] | null | undefined => {
    const c = constant(e);
    if (!c) return undefined;
    return c.value === null ? null : Array.isArray(c.value) ? (c.value as readonly Value[]) : undefined;
  };
  // x = a, x + 1 > b, jaar(x) >= c, aantal(x) >= 1, and mirrored.
  if (node.kind === "binary" && COMPARISON.has(node.operator)) {
    for (const [term, other] of [
      [node.left, node.right],
      [node.right, node.left],
    ] as const) {
      const c = constant(other);
      const record = c && factTerm(term, use, constant);
      if (c && record) return record(c.value);
    }
    return false;
  }
  if (node.kind === "between") {
    const low = constant(node.low);
    const high = constant(node.high);
    const record = low && high && factTerm(node.operand, use, constant);
    return record ? record(low.value) && record(high.value) : false;
  }
  if (node.kind === "binary" && (node.operator === "in" || node.operator === "niet in" || node.operator === "bevat")) {
    const [item, collection] = node.operator === "bevat" ? [node.right, node.left] : [node.left, node.right];
    // A value of the fact looked up in a constant list: equal to one of its items or not.
    if (use.fact.type !== "verzameling") {
      const items = list(collection);
      const record = items !== undefined && factTerm(item, use, constant);
      return record ? (items ?? []).every((v) => record(v)) : false;
    }
    // A constant value looked up in the verzameling.
    const value = constant(item);
    if (!value || !isFact(collection)) return false;
    if (value.value !== null && typeof value.value !== "string") return false;
    if (typeof value.value === "string") use.members.add(value.value);
    return true;
  }
  if (node.kind === "call" && node.fn === "bekend" && node.args.length === 1 && isFact(node.args[0] as TExpr)) return true;
  // tabel[x].kolom: the row of the fact's value, or none.
  if (node.kind === "cell" && isFact(node.key) && use.fact.type === "tekst") {
    for (const row of tables.get(node.table)?.rows ?? []) use.texts.add(row.key);
    return true;
  }
  return false;
}
