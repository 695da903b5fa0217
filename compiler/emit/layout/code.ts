/**
 * Generated code as structure, the form in which the emitters (`js.ts`, `dts.ts`) hand it
 * over: statements and values, with their plain source text (for a module that is run and not
 * read, and for the statements that go to prettier). `lines.ts` lays them out as prettier
 * does; `index.ts` lays out a module and has prettier format what `lines.ts` is not sure of.
 */

/** An expression the layout knows how to break. */
export type Value =
  /** Text that prettier never breaks: a literal, a name, `name.key`. `string` and `chain` move to the next line after `=` or `:` when they do not fit; `literal` never does. */
  | { readonly kind: "atom"; readonly text: string; readonly role: "string" | "chain" | "literal" | "name" }
  /** `{ key: value }`; `expanded` keeps it over several lines even when it fits (as prettier keeps an object that starts on a new line). */
  | { readonly kind: "object"; readonly entries: readonly Entry[]; readonly expanded?: boolean }
  | { readonly kind: "array"; readonly items: readonly Item[] }
  /** `callee(args)`, also `new Set(args)`; `pure`: marked for bundlers as free of side effects (with a `@__PURE__` comment in front). */
  | { readonly kind: "call"; readonly callee: string; readonly args: readonly Value[]; readonly pure?: boolean }
  /** `a op b op c` (`&&`, `||` or `+`), each operand with an optional comment after its operator. */
  | { readonly kind: "chain"; readonly op: string; readonly operands: readonly Item[] }
  | { readonly kind: "conditional"; readonly test: Value; readonly consequent: Value; readonly alternate: Value }
  /** `(inner)` */
  | { readonly kind: "paren"; readonly inner: Value }
  /** `!operand` */
  | { readonly kind: "prefix"; readonly operator: string; readonly operand: Value }
  /** A TypeScript object type `{ readonly a: A; readonly b: B }`; the keys carry their modifiers. */
  | { readonly kind: "typeObject"; readonly members: readonly Entry[] }
  /** A union type `A | B`. */
  | { readonly kind: "union"; readonly members: readonly Value[] }
  /** `readonly (A | B)[]` */
  | { readonly kind: "readonlyArray"; readonly element: Value }
  /** An intersection type `A & B`. */
  | { readonly kind: "intersection"; readonly members: readonly Value[] }
  /** A generic type `Name<A, B>`. */
  | { readonly kind: "generic"; readonly name: string; readonly args: readonly Value[] }
  /** An expression in prettier's one-line form; prettier lays out the statement when it does not fit. `binary`: its outermost operator is a binary one. */
  | { readonly kind: "code"; readonly text: string; readonly binary?: boolean };

export interface Entry {
  readonly key: string;
  readonly value: Value;
}

/** An array element, with an optional comment after it on its line. */
export interface Item {
  readonly value: Value;
  readonly comment?: string;
}

export type Statement =
  /** Comment lines and empty lines, at the indentation of the block. */
  | { readonly kind: "lines"; readonly lines: readonly string[] }
  /** `head = value;`, e.g. head `export const FEITEN`. */
  | { readonly kind: "declare"; readonly head: string; readonly value: Value }
  /** `return value;` */
  | { readonly kind: "return"; readonly value: Value }
  /** `if (test) then;` without braces. */
  | { readonly kind: "if"; readonly test: string; readonly then: Value }
  /** `head {`, the body, `}`: a function or an `if` block. */
  | { readonly kind: "block"; readonly head: string; readonly body: readonly Statement[] }
  /** Any other statement, as source text; laid out here when it is one line that fits, else by prettier. */
  | { readonly kind: "code"; readonly text: string }
  /** A member of an interface, `key: type;` (key with its modifiers), or with `declare` in front a declared constant. */
  | { readonly kind: "member"; readonly key: string; readonly value: Value }
  /** `head = type;`, head e.g. `export type Zorgsoort`. */
  | { readonly kind: "alias"; readonly head: string; readonly value: Value }
  /** `head(parameters): result;`, head e.g. `export declare function besluitX`. */
  | { readonly kind: "signature"; readonly head: string; readonly parameters: readonly string[]; readonly result: string };

export const atom = (text: string, role: "string" | "chain" | "literal" | "name"): Value => ({ kind: "atom", text, role });
export const code = (text: string, binary = false): Value => ({ kind: "code", text, ...(binary ? { binary } : {}) });
export const call = (callee: string, ...args: Value[]): Value => ({ kind: "call", callee, args });
/**
 * A call at module level that a bundler may drop when what it makes is not used: without the
 * annotation it must assume `Object.freeze(…)` or `new Set(…)` can do something else, and keeps
 * every evaluator of a module when one is imported.
 */
export const pureCall = (callee: string, ...args: Value[]): Value => ({ kind: "call", callee, args, pure: true });
export const object = (entries: readonly Entry[], expanded = false): Value => ({ kind: "object", entries, expanded });
export const array = (items: readonly Value[]): Value => ({ kind: "array", items: items.map((value) => ({ value })) });
/** `Object.freeze(value)`, at module level (and so marked pure). */
export const frozen = (value: Value): Value => pureCall("Object.freeze", value);

/** What a bundler reads as "this call has no side effects"; the form prettier keeps as it is. */
const PURE = "/* @__PURE__ */ ";

/** A call up to its opening bracket: `Object.freeze(`, with the annotation when it is pure. */
export const callOpening = (v: Extract<Value, { kind: "call" }>): string => `${v.pure ? PURE : ""}${v.callee}(`;

// --- Source text (unformatted) --------------------------------------------------------------

/** The statements as plain source: what a module that is run but not read needs, and what prettier gets for a statement it lays out. */
export function sourceOf(statements: readonly Statement[], indent = ""): string {
  return statements.map((s) => statementSource(s, indent)).join("\n");
}

export function statementSource(s: Statement, indent: string): string {
  switch (s.kind) {
    case "lines":
      return s.lines.map((l) => (l === "" ? "" : indent + l)).join("\n");
    case "declare":
      return `${indent}${s.head} = ${valueSource(s.value)};${lastComment(s.value)}`;
    case "return":
      return `${indent}return ${valueSource(s.value)};`;
    case "if":
      return `${indent}if (${s.test}) ${valueSource(s.then)};`;
    case "block":
      return `${indent}${s.head} {\n${s.body.length > 0 ? sourceOf(s.body, indent + "  ") + "\n" : ""}${indent}}`;
    case "code":
      return s.text.split("\n").map((l) => (l === "" ? "" : indent + l)).join("\n");
    case "member":
      return `${indent}${s.key}: ${valueSource(s.value)};`;
    case "alias":
      return `${indent}${s.head} = ${valueSource(s.value)};`;
    case "signature":
      return `${indent}${s.head}(${s.parameters.join(", ")}): ${s.result};`;
  }
}

/** The comment after the last operand of a chain, which goes after the `;` of its statement. */
export function lastComment(v: Value): string {
  const comment = v.kind === "chain" ? v.operands[v.operands.length - 1]?.comment : undefined;
  return comment === undefined ? "" : ` // ${comment}`;
}

export function valueSource(v: Value): string {
  switch (v.kind) {
    case "atom":
    case "code":
      return v.text;
    case "typeObject":
      return v.members.length === 0 ? "{}" : `{ ${v.members.map((m) => `${m.key}: ${valueSource(m.value)}`).join("; ")} }`;
    case "union":
      return v.members.map(valueSource).join(" | ");
    case "intersection":
      return v.members.map(valueSource).join(" & ");
    case "readonlyArray":
      return v.element.kind === "union" ? `readonly (${valueSource(v.element)})[]` : `readonly ${valueSource(v.element)}[]`;
    case "generic":
      return `${v.name}<${v.args.map(valueSource).join(", ")}>`;
    case "chain":
      // A comment ends its line; the next operand starts the next one.
      return v.operands.map((o, i) => (i === v.operands.length - 1 ? valueSource(o.value) : `${valueSource(o.value)} ${v.op}${o.comment !== undefined ? ` // ${o.comment}\n` : " "}`)).join("");
    case "conditional":
      return `${valueSource(v.test)} ? ${valueSource(v.consequent)} : ${valueSource(v.alternate)}`;
    case "paren":
      return `(${valueSource(v.inner)})`;
    case "prefix":
      return `${v.operator}${valueSource(v.operand)}`;
    case "call":
      return `${callOpening(v)}${v.args.map(valueSource).join(", ")})`;
    case "object":
      if (v.entries.length === 0) return "{}";
      if (v.expanded) return `{\n${v.entries.map((e) => `${e.key}: ${valueSource(e.value)},`).join("\n")}\n}`;
      return `{ ${v.entries.map((e) => `${e.key}: ${valueSource(e.value)}`).join(", ")} }`;
    case "array":
      if (v.items.some((i) => i.comment !== undefined)) return `[\n${v.items.map((i) => `${valueSource(i.value)},${i.comment !== undefined ? ` // ${i.comment}` : ""}`).join("\n")}\n]`;
      return `[${v.items.map((i) => valueSource(i.value)).join(", ")}]`;
  }
}
