/**
 * Lays out values and statements (`code.ts`) the way prettier lays them out, wherever that
 * layout is certain: data (objects, arrays, `Object.freeze`, `new Set`), operator chains
 * (`&&`, `||`, `+`, also with a comment after each term and in parentheses), conditionals,
 * negated chains, and in declarations object types, unions, generic types and signatures;
 * anything that fits on its line. Whatever it is not sure of throws `Unsure`; `index.ts` then
 * leaves the statement around it to prettier.
 *
 * The rules are prettier's (its printer for JavaScript and TypeScript, its line width of 100
 * columns): where a line breaks after `=` or `:`, which call keeps its last argument on its
 * line, which chain stays together. The tests hold every rule to prettier itself.
 */

import { callOpening, lastComment, valueSource, type Entry, type Item, type Statement, type Value } from "./code.js";

export const WIDTH = 100;

/** Thrown when the layout of a piece is not certain; the statement around it goes to prettier. */
export class Unsure extends Error {}

/**
 * The width prettier gives a text: its length for plain text; for other text the characters
 * this layout can count with certainty (Latin letters with accents, punctuation such as ‘ ’ – …),
 * else Unsure (wide characters, combining marks, emoji).
 */
export function width(text: string): number {
  if (!NOT_PLAIN.test(text)) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x7f ? c < 0x20 : c < 0xa0 || (c >= 0x300 && c < 0x370) || (c >= 0x1100 && !(c >= 0x2000 && c <= 0x20cf))) throw new Unsure();
    n++;
  }
  return n;
}

/** A character other than printable ASCII. */
const NOT_PLAIN = /[^\x20-\x7e]/;

/** `compute`, remembered per value: the layout asks the same of a value at every level of its nesting. Atoms and code answer `plain`. */
function remembered<T>(compute: (v: Value) => T, plain: T): (v: Value) => T {
  const memo = new WeakMap<Value, T>();
  return (v) => {
    if (v.kind === "atom" || v.kind === "code") return plain;
    let result = memo.get(v);
    if (result === undefined) memo.set(v, (result = compute(v)));
    return result;
  };
}

/** Whether a value breaks however much room it has (an object written expanded, an array with comments), which also breaks everything around it. */
const mustBreak = remembered(breaksItself, false);

function breaksItself(v: Value): boolean {
  switch (v.kind) {
    case "object":
      if (v.expanded === true) return true;
      break;
    case "array":
      if (v.items.some((i) => i.comment !== undefined) || conciselyBroken(v)) return true;
      break;
    case "chain":
      // A comment after an operator ends its line; one after the last operand follows the statement.
      if (v.operands.some((o, i) => o.comment !== undefined && i < v.operands.length - 1)) return true;
      break;
  }
  return parts(v).some(mustBreak);
}

/** The values directly inside a value. */
function parts(v: Value): readonly Value[] {
  switch (v.kind) {
    case "object":
      return v.entries.map((e) => e.value);
    case "typeObject":
      return v.members.map((m) => m.value);
    case "array":
      return v.items.map((i) => i.value);
    case "chain":
      return v.operands.map((o) => o.value);
    case "call":
    case "generic":
      return v.args;
    case "union":
    case "intersection":
      return v.members;
    case "conditional":
      return [v.test, v.consequent, v.alternate];
    case "paren":
      return [v.inner];
    case "prefix":
      return [v.operand];
    case "readonlyArray":
      return [v.element];
    case "atom":
    case "code":
      return [];
  }
}

/** A union on its own line at `indent` if it fits there, else `| a` / `| b` one member per line; the trailer after its last member. */
function unionLines(v: Extract<Value, { kind: "union" }>, indent: number, trailer: string): string[] {
  const one = flat(v);
  if (one !== undefined && indent + width(one) + trailer.length <= WIDTH) return [pad(indent) + one + trailer];
  return v.members.map((m, i) => {
    const one = flat(m);
    if (one === undefined || m.kind === "union") throw new Unsure();
    const line = `${pad(indent)}| ${one}${i === v.members.length - 1 ? trailer : ""}`;
    // A string too long for its line stays whole, as prettier leaves it.
    return m.kind === "atom" ? line : onOneLine(line);
  });
}

/**
 * A type after `key:` (a member) or `=` (an alias), starting at `column` on a line indented by
 * `indent`: on that line if it fits, else a union one member per line one level deeper, or an
 * object type, array of a union or generic type broken after its opening bracket.
 */
function typeLines(left: string, value: Value, indent: number, trailer: string): string[] {
  const one = flat(value);
  if (one !== undefined && width(left) + 1 + width(one) + trailer.length <= WIDTH) return [`${left} ${one}${trailer}`];
  switch (value.kind) {
    case "union": {
      // A type name or null (`Datum | null`) stays on the line of its key, even past the width, as prettier keeps it.
      const [first, second] = value.members;
      if (value.members.length === 2 && first?.kind === "atom" && /^[A-Z]/.test(first.text) && second?.kind === "atom" && second.text === "null") return [`${left} ${one}${trailer}`];
      return [left, ...unionLines(value, indent + 2, trailer)];
    }
    case "readonlyArray":
      if (value.element.kind !== "union") throw new Unsure();
      return [`${left} readonly (`, ...unionLines(value.element, indent + 2, ""), `${pad(indent)})[]${trailer}`];
    case "typeObject":
      if (!left.endsWith(":") && !left.endsWith("&")) throw new Unsure();
      return [`${left} {`, ...value.members.flatMap((m) => typeLines(`${pad(indent + 2)}${m.key}:`, m.value, indent + 2, ";")), `${pad(indent)}}${trailer}`];
    case "intersection": {
      // `Name & { … }` after a key: prettier keeps the name and the brace on the key's line and breaks the object type.
      const [first, second] = value.members;
      if (value.members.length !== 2 || first?.kind !== "atom" || first.role !== "name" || second?.kind !== "typeObject") throw new Unsure();
      return typeLines(`${left} ${first.text} &`, second, indent, trailer);
    }
    case "generic": {
      if (!left.endsWith("=")) throw new Unsure();
      // When even `= Name<` does not fit, prettier breaks after `=` (and then keeps the type on one line if it can).
      if (width(left) + 1 + width(value.name) + 1 > WIDTH) {
        if (one === undefined || indent + 2 + width(one) + trailer.length > WIDTH) throw new Unsure();
        return [left, pad(indent + 2) + one + trailer];
      }
      // The arguments one per line, without a comma after the last; a union as last argument as it fits.
      const args = value.args.flatMap((arg, i) => {
        const last = i === value.args.length - 1;
        const text = flat(arg);
        if (text !== undefined && indent + 2 + width(text) + (last ? 0 : 1) <= WIDTH) return [`${pad(indent + 2)}${text}${last ? "" : ","}`];
        if (last && arg.kind === "union") return unionLines(arg, indent + 2, "");
        throw new Unsure();
      });
      return [`${left} ${value.name}<`, ...args, `${pad(indent)}>${trailer}`];
    }
    default:
      throw new Unsure();
  }
}

/** Prettier always breaks an array of two or more object literals (or array literals) that each have more than one entry. */
function conciselyBroken(v: Extract<Value, { kind: "array" }>): boolean {
  const kinds = v.items.map(({ value: e }) => (e.kind === "object" && e.entries.length > 1 ? "object" : e.kind === "array" && e.items.length > 1 ? "array" : undefined));
  return kinds.length > 1 && kinds[0] !== undefined && kinds.every((k) => k === kinds[0]);
}

/** One-line forms already made: the layout asks for them at every level of a value's nesting. */
const flatForms = new WeakMap<Value, string>();

/** The value on one line; undefined when it cannot be on one line. */
function flat(v: Value): string | undefined {
  if (hasQuotedKey(v)) throw new Unsure(); // prettier unquotes keys by rules this module does not copy
  if (mustBreak(v)) return undefined;
  if (v.kind === "atom" || v.kind === "code") return v.text;
  let form = flatForms.get(v);
  if (form === undefined) flatForms.set(v, (form = valueSource(v)));
  return form;
}

/** Whether a key in the value is quoted (prettier unquotes keys by rules the layout does not copy). */
const hasQuotedKey = remembered(hasQuotedKeyItself, false);

function hasQuotedKeyItself(v: Value): boolean {
  const keys = v.kind === "object" ? v.entries : v.kind === "typeObject" ? v.members : [];
  return keys.some((e) => /["']/.test(e.key)) || parts(v).some(hasQuotedKey);
}

export const pad = (n: number) => " ".repeat(n);

/**
 * Lays out `v`, which starts at column `column` of a line indented by `indent` and is followed
 * on its last line by `trailer` (`,`, `;`, `)`). The first line is returned without the text
 * before the value; later lines are complete.
 */
function layoutValue(v: Value, column: number, indent: number, trailer: string): string[] {
  const one = flat(v);
  if (one !== undefined && column + width(one) + trailer.length <= WIDTH) return [one + trailer];
  switch (v.kind) {
    case "atom":
      if (v.role === "chain" && v.text.split(".").length > 2) throw new Unsure();
      return [v.text + trailer];
    case "code":
    case "typeObject":
    case "union":
    case "intersection":
    case "readonlyArray":
    case "generic":
      // Types are laid out by `typeLines`, in the places where declarations have them.
      throw new Unsure();
    case "object":
      return bracketed("{", "}", v.entries.map((e) => (inner: number) => layoutEntry(e, inner)), indent, trailer);
    case "array":
      if (v.items.length > 0 && v.items.every((i) => i.value.kind === "atom" && i.value.role === "literal")) throw new Unsure(); // prettier fills numbers
      return bracketed("[", "]", v.items.map((i) => (inner: number) => layoutItem(i, inner)), indent, trailer);
    case "call":
      return layoutCall(v, column, indent, trailer);
    case "chain":
      return hangingChain(v, column, indent, trailer);
    case "conditional":
      return conditionalLines(v, column, indent, trailer);
    case "prefix": {
      // `!(`, the chain one level deeper (on one line if it fits there), `)`; anything else after `!` is left to prettier.
      let operators = v.operator;
      let operand = v.operand;
      while (operand.kind === "prefix") [operators, operand] = [operators + operand.operator, operand.operand];
      if (operand.kind !== "paren" || operand.inner.kind !== "chain") throw new Unsure();
      // Only a chain of two operands that are no chains in parentheses themselves is a group of its own there, which may stay on one line.
      const chain = operand.inner;
      const grouped = chain.operands.length === 2 && !chain.operands.some((o) => o.value.kind === "paren");
      if (chain.operands.length === 2 && !grouped) throw new Unsure();
      const one = flat(chain);
      const inner = grouped && one !== undefined && indent + 2 + width(one) <= WIDTH ? [pad(indent + 2) + one] : operandLines(chain, indent + 2, "");
      return [`${operators}(`, ...inner, `${pad(indent)})${trailer}`];
    }
    case "paren":
      // A chain in parentheses is laid out as an operand of the chain around it (`layoutOperand`); anything else in parentheses is left to prettier.
      throw new Unsure();
  }
}

const LOGICAL = ["&&", "||", "??"];

/**
 * An operand of a chain with operator `parentOp` that does not fit on its line. A chain in
 * parentheses breaks after its operators, the rest one level deeper: `(a ||⏎  b) &&`.
 */
function layoutOperand(v: Value, column: number, indent: number, trailer: string, parentOp: string): string[] {
  const one = flat(v);
  if (v.kind !== "paren" || (one !== undefined && column + width(one) + trailer.length <= WIDTH)) return layoutValue(v, column, indent, trailer);
  if (v.inner.kind !== "chain") throw new Unsure();
  // Two logical chains, one inside the other, are the same kind of expression: then the second operand of two gets no group of its own.
  const lines = hangingChain(v.inner, column + 1, indent, `)${trailer}`, !(LOGICAL.includes(parentOp) && LOGICAL.includes(v.inner.op)));
  lines[0] = `(${lines[0]}`;
  return lines;
}

/** A chain that does not fit: the first operand where it starts, the others one per line one level deeper (`a &&⏎  b`). */
function hangingChain(v: Extract<Value, { kind: "chain" }>, column: number, indent: number, trailer: string, grouped = true): string[] {
  const [first, ...rest] = v.operands as Item[];
  if (first === undefined || first.comment !== undefined) throw new Unsure();
  const lines = layoutOperand(first.value, column, indent, ` ${v.op}`, v.op);
  return (grouped ? continued(v, lines, trailer) : undefined) ?? [...lines, ...operandLines({ ...v, operands: rest }, indent + 2, trailer, false)];
}

/**
 * Prettier makes the second operand of a chain of two (neither a chain in parentheses) a group
 * of its own: when the first operand breaks over lines, the second stays on its last line if
 * it fits there. `lines` is the first operand, ending in the operator; undefined when the
 * second operand goes on a line of its own.
 */
function continued(v: Extract<Value, { kind: "chain" }>, lines: readonly string[], trailer: string): string[] | undefined {
  const [first, second] = v.operands;
  if (v.operands.length !== 2 || first === undefined || second === undefined || first.comment !== undefined || lines.length < 2) return undefined;
  if (v.operands.some((o) => o.value.kind === "paren")) {
    // A chain in parentheses is the same kind of expression (no group); anything else in parentheses is not certain.
    if (v.operands.some((o) => o.value.kind === "paren" && o.value.inner.kind !== "chain")) throw new Unsure();
    return undefined;
  }
  const text = flat(second.value);
  const last = `${lines[lines.length - 1] as string} ${text}${trailer}`;
  if (text === undefined || width(last) > WIDTH) return undefined;
  return [...lines.slice(0, -1), last + (second.comment !== undefined ? ` // ${second.comment}` : "")];
}

/** Each operand on its own line at `indent`, followed by the operator (the last by `trailer`) and its comment. */
function operandLines(v: Extract<Value, { kind: "chain" }>, indent: number, trailer: string, grouped = true): string[] {
  const [first] = v.operands;
  if (grouped && v.operands.length === 2 && first !== undefined) {
    const lines = layoutOperand(first.value, indent, indent, ` ${v.op}`, v.op);
    lines[0] = pad(indent) + lines[0];
    const joined = continued(v, lines, trailer);
    if (joined) return joined;
  }
  return v.operands.flatMap((operand, i) => {
    const lines = layoutOperand(operand.value, indent, indent, i < v.operands.length - 1 ? ` ${v.op}` : trailer, v.op);
    lines[0] = pad(indent) + lines[0];
    if (operand.comment !== undefined) lines[lines.length - 1] += ` // ${operand.comment}`;
    return lines;
  });
}

/**
 * A conditional that does not fit: the test where it starts, `? consequent` and `: alternate`
 * one level deeper, a conditional as alternate continuing the chain one level deeper again.
 */
function conditionalLines(v: Extract<Value, { kind: "conditional" }>, column: number, indent: number, trailer: string): string[] {
  const test = flat(v.test);
  if (test === undefined || column + width(test) > WIDTH) throw new Unsure();
  let lines: string[];
  if (v.consequent.kind === "paren" && v.consequent.inner.kind === "conditional") {
    // A conditional as consequent belongs to the same chain: it breaks with the outer one, and loses its parentheses.
    const inner = conditionalLines(v.consequent.inner, indent + 4, indent + 2, "");
    lines = [test, `${pad(indent + 2)}? ${inner[0] as string}`, ...inner.slice(1)];
  } else {
    const consequent = flat(v.consequent);
    // Anything else in parentheses as consequent is laid out differently once the outer one breaks.
    if (consequent === undefined || v.consequent.kind === "paren") throw new Unsure();
    lines = [test, onOneLine(`${pad(indent + 2)}? ${consequent}`)];
  }
  if (v.alternate.kind === "conditional") {
    const rest = conditionalLines(v.alternate, indent + 4, indent + 2, trailer);
    return [...lines, `${pad(indent + 2)}: ${rest[0]}`, ...rest.slice(1)];
  }
  const alternate = flat(v.alternate);
  if (alternate === undefined) throw new Unsure();
  return [...lines, onOneLine(`${pad(indent + 2)}: ${alternate}${trailer}`)];
}

/** A line that must fit as it is. */
function onOneLine(line: string): string {
  if (width(line) > WIDTH) throw new Unsure();
  return line;
}

/** `open`, each part on its own line one level deeper with a trailing comma, then `close` and the trailer. */
function bracketed(open: string, close: string, parts: ((indent: number) => string[])[], indent: number, trailer: string): string[] {
  if (parts.length === 0) return [open + close + trailer];
  const lines = [open];
  for (const part of parts) lines.push(...part(indent + 2));
  lines.push(pad(indent) + close + trailer);
  return lines;
}

function layoutItem(item: Item, indent: number): string[] {
  const lines = layoutValue(item.value, indent, indent, ",");
  lines[0] = pad(indent) + lines[0];
  if (item.comment !== undefined) lines[lines.length - 1] += ` // ${item.comment}`;
  return lines;
}

/** `key: value,` in an object that is broken over lines. */
function layoutEntry(entry: Entry, indent: number): string[] {
  // Prettier does not move a value to the next line after a key narrower than 5 columns.
  return assignment(pad(indent) + entry.key + ":", entry.value, indent, ",", width(entry.key) < 5);
}

/**
 * `left value` + trailer, where `left` ends in `=` or `:`: the value on the same line, or
 * (a string or `name.key` that does not fit) on the next line one level deeper.
 */
function assignment(left: string, value: Value, indent: number, trailer: string, shortKey = false): string[] {
  const column = width(left) + 1;
  const one = flat(value);
  if (one !== undefined && column + width(one) + trailer.length <= WIDTH) return [`${left} ${one}${trailer}${lastComment(value)}`];
  if (value.kind === "atom") {
    if (value.role === "literal" || shortKey) return [`${left} ${value.text}${trailer}`];
    if (value.role === "name") throw new Unsure();
    if (value.role === "chain" && value.text.split(".").length > 2) throw new Unsure();
    return [left, pad(indent + 2) + value.text + trailer];
  }
  if (value.kind === "code" || value.kind === "paren") throw new Unsure();
  if (value.kind === "chain" || value.kind === "conditional") {
    // Prettier breaks after `=` before an operator chain or a conditional with an operator in its test.
    if (value.kind === "conditional" && !(value.test.kind === "chain" || (value.test.kind === "code" && value.test.binary === true))) throw new Unsure();
    const inner = indent + 2;
    const one = flat(value);
    if (one !== undefined && inner + width(one) + trailer.length <= WIDTH) return [left, pad(inner) + one + trailer + lastComment(value)];
    const lines = value.kind === "chain" ? operandLines(value, inner, trailer) : conditionalLines(value, inner, inner, trailer);
    if (value.kind === "conditional") lines[0] = pad(inner) + lines[0];
    return [left, ...lines];
  }
  // An entry whose value calls a call on names (`overeenkomsten: Object.freeze(Object.values(X))`):
  // its argument is no short one, so prettier keeps the call after the key and breaks its
  // argument onto a line of its own.
  const only = value.kind === "call" && value.args.length === 1 ? value.args[0] : undefined;
  if (left.endsWith(":") && value.kind === "call" && !value.callee.startsWith("new ") && only?.kind === "call" && only.args.every((a) => a.kind === "atom")) {
    const argument = flat(only);
    const opening = callOpening(value);
    if (argument !== undefined && indent + 2 + width(argument) + 1 <= WIDTH && column + width(opening) <= WIDTH) {
      return [`${left} ${opening}`, `${pad(indent + 2)}${argument},`, `${pad(indent)})${trailer}`];
    }
  }
  if (value.kind === "call" && !huggable(value)) {
    // Prettier moves a short call chain to the next line instead of breaking its arguments; only `new …` is certain to stay.
    if (!value.callee.startsWith("new ")) throw new Unsure();
  }
  // The value starts on this line (where it can break) only when its opening does: else prettier breaks after the operator.
  const opening = value.kind === "call" ? callOpening(value) : value.kind === "prefix" ? "!(" : "{";
  if (column + width(opening) + 1 > WIDTH) throw new Unsure();
  const lines = layoutValue(value, column, indent, trailer);
  lines[0] = `${left} ${lines[0]}`;
  return lines;
}

/** Whether prettier keeps the last argument on the line of the call and breaks only inside it. */
function huggable(v: Extract<Value, { kind: "call" }>): boolean {
  const last = v.args[v.args.length - 1];
  const before = v.args[v.args.length - 2];
  if (last === undefined || !((last.kind === "object" && last.entries.length > 0) || (last.kind === "array" && last.items.length > 0))) return false;
  return before === undefined || before.kind !== last.kind;
}

function layoutCall(v: Extract<Value, { kind: "call" }>, column: number, indent: number, trailer: string): string[] {
  const head = callOpening(v);
  if (huggable(v) && !v.args.slice(0, -1).some(mustBreak)) {
    const before = v.args.slice(0, -1).map((a) => flat(a) as string);
    const start = head + before.map((b) => `${b}, `).join("");
    const last = v.args[v.args.length - 1] as Value;
    const open = last.kind === "object" ? "{" : "[";
    if (column + width(start) + open.length <= WIDTH) {
      const lines = layoutValue(last, column + width(start), indent, `)${trailer}`);
      // The last argument is broken here, so its first line is its opening bracket.
      if (lines[0] !== open) throw new Unsure();
      lines[0] = start + lines[0];
      return lines;
    }
  }
  if (column + width(head) > WIDTH) throw new Unsure();
  return bracketed(head, ")", v.args.map((a) => (inner: number) => layoutItem({ value: a }, inner)), indent, trailer);
}

export function layoutStatement(s: Exclude<Statement, { kind: "lines" | "block" }>, indent: number): string[] {
  switch (s.kind) {
    case "declare":
      return assignment(pad(indent) + s.head + " =", s.value, indent, ";");
    case "return": {
      const one = flat(s.value);
      if (one !== undefined && indent + 7 + width(one) + 1 <= WIDTH) return [`${pad(indent)}return ${one};`];
      if (s.value.kind === "chain") {
        // `return (`, the chain one level deeper (on one line if it fits there), `);`
        const inner = indent + 2;
        const chained = one !== undefined && inner + width(one) <= WIDTH ? [pad(inner) + one] : operandLines(s.value, inner, "");
        return [`${pad(indent)}return (`, ...chained, `${pad(indent)});`];
      }
      if (s.value.kind !== "object" && s.value.kind !== "array" && s.value.kind !== "call") throw new Unsure();
      const lines = layoutValue(s.value, indent + 7, indent, ";");
      lines[0] = `${pad(indent)}return ${lines[0]}`;
      return lines;
    }
    case "if": {
      const head = `${pad(indent)}if (${s.test})`;
      const one = flat(s.then);
      if (one !== undefined && width(head) + 1 + width(one) + 1 <= WIDTH) return [`${head} ${one};`];
      if (s.then.kind !== "call" || huggable(s.then)) throw new Unsure();
      const lines = layoutValue(s.then, indent + 2, indent + 2, ";");
      lines[0] = pad(indent + 2) + lines[0];
      return [head, ...lines];
    }
    case "code":
      if (s.text.includes("\n") || s.text.includes("//") || indent + width(s.text) > WIDTH) throw new Unsure();
      return [pad(indent) + s.text];
    case "member":
      if (/["']/.test(s.key)) throw new Unsure(); // prettier unquotes keys by rules this module does not copy
      return typeLines(`${pad(indent)}${s.key}:`, s.value, indent, ";");
    case "alias":
      return typeLines(`${pad(indent)}${s.head} =`, s.value, indent, ";");
    case "signature": {
      const one = `${pad(indent)}${s.head}(${s.parameters.join(", ")}): ${s.result};`;
      if (width(one) <= WIDTH) return [one];
      return [`${pad(indent)}${s.head}(`, ...s.parameters.map((p) => onOneLine(`${pad(indent + 2)}${p},`)), onOneLine(`${pad(indent)}): ${s.result};`)];
    }
  }
}
