/**
 * Reading facts written as JSON (`beleid eval --feiten`, a line of a JSON-lines file), with
 * what is wrong said in Dutch and where: V8's messages ("Expected ',' or '}' after property
 * value in JSON at position 13") are English and count characters from the start.
 */

/**
 * The value, or what is wrong: `problem` ends with the place ("(regel 3, kolom 7)") when V8 gives
 * one; `reason` is the same without it, and `line` and `column` the place itself.
 */
export type ParsedJson =
  | { readonly value: unknown }
  | { readonly problem: string; readonly reason: string; readonly line?: number; readonly column?: number };

/** V8's message -> what a reader is told. */
const PROBLEMS: readonly (readonly [RegExp, string])[] = [
  [/^Unexpected end of JSON input/, "de tekst houdt op voordat de JSON af is"],
  [/^Expected property name or '\}'/, "hier wordt een sleutel tussen dubbele aanhalingstekens of ‘}’ verwacht"],
  [/^Expected double-quoted property name/, "hier wordt een sleutel tussen dubbele aanhalingstekens verwacht (staat er een komma te veel?)"],
  [/^Expected ':' after property name/, "na een sleutel hoort ‘:’"],
  [/^Expected ',' or '\]' after array element/, "na een waarde in een lijst hoort ‘,’ of ‘]’"],
  [/^Expected ',' or '\}' after property value/, "na een waarde hoort ‘,’ of ‘}’ (ontbreekt er een komma?)"],
  [/^Bad control character in string literal/, "een tekst bevat een regelovergang of tab; schrijf die als \\n of \\t"],
  [/^Bad (Unicode )?escape/, "een tekst bevat een ongeldige escape-reeks (\\…)"],
  [/^Unterminated string/, "een tekst is niet afgesloten met een dubbel aanhalingsteken"],
  [/^Unexpected non-whitespace character after JSON/, "na het einde van de JSON staat nog meer tekst"],
  [/^(Exponent part is missing|No number after minus sign|Unterminated fractional number)/, "een getal is niet goed geschreven"],
];

/** Line and column (1-based) of a position in `text`. */
function place(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  return { line: before.split("\n").length, column: position - (before.lastIndexOf("\n") + 1) + 1 };
}

export function parseJsonText(raw: string): ParsedJson {
  // A byte-order mark (Windows editors write one) is not part of the JSON.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    if (text.trim() === "") return { problem: "de tekst is leeg", reason: "de tekst is leeg" };
    const message = error instanceof Error ? error.message : "";
    const token = /^Unexpected token '(.+?)'/.exec(message)?.[1];
    const what = PROBLEMS.find(([pattern]) => pattern.test(message))?.[1] ?? (token !== undefined ? `onverwacht teken ‘${token}’` : "de tekst is geen JSON");
    const position = /at position (\d+)/.exec(message)?.[1];
    if (position === undefined) return { problem: what, reason: what };
    const { line, column } = place(text, Number(position));
    return { problem: `${what} (regel ${line}, kolom ${column})`, reason: what, line, column };
  }
}
