/**
 * What the language server requires of the parameters of the messages it handles, checked
 * where a message arrives (`connection.ts`) before any handler sees it: a handler can then
 * rely on `params.textDocument.uri` being a text and a position being two whole numbers. Only
 * what the server reads is checked, as the protocol types it; a field the server does not read
 * may be anything. A message whose method is not listed here is not checked.
 */

type Shape =
  | { readonly kind: "object"; readonly fields: Readonly<Record<string, Shape>>; readonly optional?: boolean; readonly nullable?: boolean }
  | { readonly kind: "list"; readonly items?: Shape; readonly optional?: boolean; readonly nullable?: boolean }
  | { readonly kind: "text" | "whole" | "truefalse"; readonly optional?: boolean; readonly nullable?: boolean };

const object = (fields: Record<string, Shape> = {}): Shape => ({ kind: "object", fields });
const list = (items?: Shape): Shape => ({ kind: "list", items });
const text: Shape = { kind: "text" };
const whole: Shape = { kind: "whole" };
const truefalse: Shape = { kind: "truefalse" };
const optional = (shape: Shape): Shape => ({ ...shape, optional: true });
const orNull = (shape: Shape): Shape => ({ ...shape, optional: true, nullable: true });

const textDocument = object({ uri: text });
const position = object({ line: whole, character: whole });
const range = object({ start: position, end: position });
const atPosition = object({ textDocument, position });

/** The parameters of each method the server handles. */
const PARAMS: Readonly<Record<string, Shape>> = {
  initialize: object({ capabilities: object(), rootUri: orNull(text), workspaceFolders: orNull(list(object({ uri: text }))) }),
  "textDocument/didOpen": object({ textDocument: object({ uri: text, languageId: optional(text), version: whole, text }) }),
  "textDocument/didChange": object({ textDocument: object({ uri: text, version: whole }), contentChanges: list(object({ text, range: optional(range) })) }),
  "textDocument/didClose": object({ textDocument }),
  "textDocument/didSave": object({ textDocument }),
  "workspace/didChangeWatchedFiles": object({ changes: list(object({ uri: text, type: whole })) }),
  "textDocument/hover": atPosition,
  "textDocument/definition": atPosition,
  "textDocument/completion": atPosition,
  "textDocument/prepareRename": atPosition,
  "textDocument/references": object({ textDocument, position, context: object({ includeDeclaration: truefalse }) }),
  "textDocument/rename": object({ textDocument, position, newName: text }),
  "textDocument/formatting": object({ textDocument }),
  "textDocument/documentSymbol": object({ textDocument }),
  "textDocument/codeAction": object({ textDocument, range, context: object({ diagnostics: list(), only: optional(list(text)) }) }),
};

const EXPECTED: Record<Shape["kind"], string> = {
  object: "een object",
  list: "een lijst",
  text: "een tekst",
  whole: "een geheel getal van 0 of meer",
  truefalse: "true of false",
};

/** What a value is, in the words of the message. */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "een lijst";
  if (typeof value === "string") return "een tekst";
  if (typeof value === "number") return !Number.isInteger(value) ? "een getal met decimalen" : value < 0 ? "een negatief getal" : "een getal";
  if (typeof value === "boolean") return String(value);
  return "een object";
}

function fits(shape: Shape, value: unknown): boolean {
  switch (shape.kind) {
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "list":
      return Array.isArray(value);
    case "text":
      return typeof value === "string";
    case "whole":
      return typeof value === "number" && Number.isInteger(value) && value >= 0;
    case "truefalse":
      return typeof value === "boolean";
  }
}

/** The first thing wrong with `value` at `path`, in Dutch, or undefined. */
function problemIn(shape: Shape, value: unknown, path: string): string | undefined {
  if (value === undefined) return shape.optional ? undefined : `‘${path}’ ontbreekt`;
  if (value === null && shape.nullable) return undefined;
  if (!fits(shape, value)) return `‘${path}’ moet ${EXPECTED[shape.kind]} zijn, maar is ${kindOf(value)}`;
  if (shape.kind === "object") {
    const record = value as Record<string, unknown>;
    for (const [key, field] of Object.entries(shape.fields)) {
      const problem = problemIn(field, Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined, `${path}.${key}`);
      if (problem) return problem;
    }
  }
  if (shape.kind === "list" && shape.items) {
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) {
      const problem = problemIn(shape.items, items[i], `${path}[${i}]`);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** What is wrong with the parameters of a message of `method` ("‘params.textDocument’ ontbreekt"), or undefined when they are as required. */
export function paramsProblem(method: string, params: unknown): string | undefined {
  const shape = Object.prototype.hasOwnProperty.call(PARAMS, method) ? PARAMS[method] : undefined;
  return shape ? problemIn(shape, params, "params") : undefined;
}
