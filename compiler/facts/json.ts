/**
 * Reading facts written as JSON (`beleid eval --feiten`, a line of a JSON-lines file), with
 * what is wrong said in Dutch and where: V8's messages ("Expected ',' or '}' after property
 * value in JSON at position 13") are English and count characters from the start. A key that
 * occurs twice in one object is refused too: JSON.parse keeps the last value without a word,
 * and which of the two a writer meant decides the outcome (the policy's YAML refuses it too,
 * BL002).
 */

/**
 * The value, or what is wrong: `problem` ends with the place ("(regel 3, kolom 7)") when V8 gives
 * one; `reason` is the same without it, and `line` and `column` the place itself. For a key
 * that occurs twice, the place is the second one and `first` the place of the first.
 */
export type ParsedJson =
  | { readonly value: unknown }
  | {
      readonly problem: string;
      readonly reason: string;
      readonly line?: number;
      readonly column?: number;
      readonly first?: { readonly line: number; readonly column: number };
    };

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

/**
 * The first key of valid JSON `text` that occurs a second time in the same object: the key
 * as JSON.parse reads it ("\u006b" is "k") and the offsets of both occurrences.
 */
function duplicateKey(text: string): { key: string; first: number; second: number } | undefined {
  // Per open object or array: the keys seen so far (undefined for an array), and whether the next string is a key.
  const open: { keys: Map<string, number> | undefined; keyNext: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x7b /* { */) open.push({ keys: new Map(), keyNext: true });
    else if (char === 0x5b /* [ */) open.push({ keys: undefined, keyNext: false });
    else if (char === 0x7d /* } */ || char === 0x5d /* ] */) open.pop();
    else if (char === 0x2c /* , */) {
      const top = open[open.length - 1];
      if (top?.keys) top.keyNext = true;
    } else if (char === 0x22 /* " */) {
      const start = i;
      // The closing quote: the first one not escaped (after an even number of backslashes).
      for (i = text.indexOf('"', i + 1); ; i = text.indexOf('"', i + 1)) {
        let backslashes = 0;
        while (text.charCodeAt(i - 1 - backslashes) === 0x5c) backslashes++;
        if (backslashes % 2 === 0) break;
      }
      const top = open[open.length - 1];
      if (!top?.keys || !top.keyNext) continue;
      top.keyNext = false;
      const raw = text.slice(start + 1, i);
      // Written with an escape ("\u006b"), the key is what JSON.parse reads.
      const key = raw.includes("\\") ? (JSON.parse(text.slice(start, i + 1)) as string) : raw;
      const first = top.keys.get(key);
      if (first !== undefined) return { key, first, second: start };
      top.keys.set(key, start);
    }
  }
  return undefined;
}

export function parseJsonText(raw: string): ParsedJson {
  // A byte-order mark (Windows editors write one) is not part of the JSON.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
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
  // Only an object can hold a key twice; most texts have one or two per line of facts.
  const duplicate = typeof value === "object" && value !== null ? duplicateKey(text) : undefined;
  if (duplicate === undefined) return { value };
  const reason = `de sleutel ‘${duplicate.key}’ staat twee keer in hetzelfde object`;
  const first = place(text, duplicate.first);
  const { line, column } = place(text, duplicate.second);
  return { problem: `${reason} (regel ${first.line}, kolom ${first.column} en regel ${line}, kolom ${column})`, reason, line, column, first };
}
