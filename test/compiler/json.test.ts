/**
 * Facts written as JSON (compiler/facts/json.ts): what is wrong is said in Dutch, with the
 * line and column, and a byte-order mark is no error.
 */

import { describe, expect, it } from "vitest";
import { parseJsonText } from "../../compiler/facts/json.js";

describe("parseJsonText", () => {
  it("reads JSON, also after a byte-order mark", () => {
    expect(parseJsonText('{"a": 1}')).toEqual({ value: { a: 1 } });
    expect(parseJsonText('\ufeff{"a": [true, null]}')).toEqual({ value: { a: [true, null] } });
  });

  it("says in Dutch what is wrong and where", () => {
    const problem = (text: string) => (parseJsonText(text) as { problem: string }).problem;
    expect(problem("")).toBe("de tekst is leeg");
    expect(problem("{")).toBe("hier wordt een sleutel tussen dubbele aanhalingstekens of ‘}’ verwacht (regel 1, kolom 2)");
    expect(problem('{\n  "a": 1,\n}')).toBe("hier wordt een sleutel tussen dubbele aanhalingstekens verwacht (staat er een komma te veel?) (regel 3, kolom 1)");
    expect(problem('{\n  "a": 1\n  "b": 2\n}')).toBe("na een waarde hoort ‘,’ of ‘}’ (ontbreekt er een komma?) (regel 3, kolom 3)");
    expect(problem('{"a" 1}')).toBe("na een sleutel hoort ‘:’ (regel 1, kolom 6)");
    expect(problem("[1 2]")).toBe("na een waarde in een lijst hoort ‘,’ of ‘]’ (regel 1, kolom 4)");
    expect(problem('{"a": "x\ny"}')).toBe("een tekst bevat een regelovergang of tab; schrijf die als \\n of \\t (regel 1, kolom 9)");
    expect(problem('{"a": "abc')).toBe("een tekst is niet afgesloten met een dubbel aanhalingsteken (regel 1, kolom 11)");
    expect(problem("{} x")).toBe("na het einde van de JSON staat nog meer tekst (regel 1, kolom 4)");
    expect(problem('{"a": tru}')).toBe("onverwacht teken ‘}’");
    expect(problem('{"a": 1')).toBe("na een waarde hoort ‘,’ of ‘}’ (ontbreekt er een komma?) (regel 1, kolom 8)");
    expect(problem("[")).toBe("de tekst houdt op voordat de JSON af is");
  });
});
