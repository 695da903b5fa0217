/**
 * The locations table of the YAML loader (`compiler/load/yamlTree.ts`) is keyed by JSON
 * pointer; the loader extends the pointer one step per level, and `pointer()` builds the same
 * key from a path, also for keys that need escaping (`/` and `~`).
 */

import { describe, expect, it } from "vitest";
import { pointer, readYamlTree } from "../../compiler/load/yamlTree.js";

describe("readYamlTree locations", () => {
  it("records every value under the pointer that pointer() makes of its path", () => {
    const text = ["a:", "  b/c:", "    - x", "    - y: z", "  'd~e': 1", "f:", "leeg:"].join("\n");
    const tree = readYamlTree("t.policy", text);
    expect([...tree.locations.keys()]).toEqual([
      pointer([]),
      pointer(["a"]),
      pointer(["a", "b/c"]),
      pointer(["a", "b/c", 0]),
      pointer(["a", "b/c", 1]),
      pointer(["a", "b/c", 1, "y"]),
      pointer(["a", "d~e"]),
      pointer(["f"]),
      pointer(["leeg"]),
    ]);
    expect(pointer(["a", "b/c", 1, "y"])).toBe("/a/b~1c/1/y");
    expect(pointer(["d~e"])).toBe("/d~0e");
    expect(tree.locations.get("/a/b~1c/1/y")?.span).toEqual({ file: "t.policy", start: text.indexOf("z"), end: text.indexOf("z") + 1 });
  });

  it("resolves an alias to the last anchor of that name before it, as yaml's Alias.resolve does", () => {
    const text = ["a: &x een", "b: *x", "c: &x twee", "d: *x", "e:", "  - &y [1, 2]", "  - *y", "f: *x"].join("\n");
    const tree = readYamlTree("t.policy", text);
    expect(tree.diagnostics).toEqual([]);
    expect(tree.data).toEqual({ a: "een", b: "een", c: "twee", d: "twee", e: [["1", "2"], ["1", "2"]], f: "twee" });
    expect(tree.data).toEqual(tree.document?.toJS());
    // The alias's value is found at the alias's own pointer, with the position of the value it refers to.
    expect(tree.locations.get("/d")?.span.start).toBe(text.indexOf("twee"));
  });

  it("finds anchors in keys, in nested values and redefined after a nested one, in yaml's order", () => {
    const documents = [
      ["&k a: 1", "b: *k"],
      ["a: &m {x: &n 1, y: [&n 2, 3]}", "b: *n", "c: &n 4", "d: *m", "e: *n"],
      ["- &s [&t a, {k: &t b}]", "- *t", "- *s", "- &t c", "- *t"],
      ["a:", "  b:", "    c: &deep diep", "  d: *deep", "e: &deep ondiep", "f: *deep"],
    ];
    for (const lines of documents) {
      const tree = readYamlTree("t.policy", lines.join("\n"));
      expect(tree.diagnostics, lines.join("\n")).toEqual([]);
      expect(tree.data, lines.join("\n")).toEqual(tree.document?.toJS());
    }
  });
});

describe("readYamlTree keys", () => {
  const codes = (text: string) => readYamlTree("t.policy", text).diagnostics.map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}@${d.span.start}`);

  it("reports a duplicate key at its second occurrence, at any depth and in lists, and gives no data", () => {
    const text = ["a: 1", "b:", "  c: 2", "  d: 3", "  c: 4", "e:", "  - f: 5", "    f: 6", "a: 7"].join("\n");
    const tree = readYamlTree("t.policy", text);
    expect(tree.data).toBeUndefined();
    expect(codes(text)).toEqual([`BL002 c@${text.indexOf("  c: 4") + 2}`, `BL002 f@${text.indexOf("    f: 6") + 4}`, `BL002 a@${text.lastIndexOf("a: 7")}`]);
  });

  it("compares keys as text, as the failsafe schema reads them", () => {
    expect(codes(["1: a", "'1': b"].join("\n"))).toEqual(["BL002 '1'@5"]);
    expect(codes(["ja: a", "nee: b", "Ja: c"].join("\n"))).toEqual([]);
  });

  it("reports a duplicate inside an anchored map once, however often it is referred to", () => {
    const text = ["x: &m", "  k: 1", "  k: 2", "y: *m", "z: *m"].join("\n");
    expect(codes(text)).toEqual([`BL002 k@${text.lastIndexOf("k: 2")}`]);
  });

  it("refuses __proto__ as a key, which would replace an object's prototype instead of adding a key", () => {
    const text = ["a:", "  __proto__:", "    b: 1", "  c: 2", "__proto__: 3"].join("\n");
    const tree = readYamlTree("t.policy", text);
    expect(tree.data).toBeUndefined();
    expect(codes(text)).toEqual([`BL012 __proto__@${text.indexOf("__proto__")}`, `BL012 __proto__@${text.lastIndexOf("__proto__")}`]);
    // Other names of Object.prototype are ordinary keys.
    expect(readYamlTree("t.policy", "constructor: 1\ntoString: 2").data).toEqual({ constructor: "1", toString: "2" });
  });

  it("finds duplicates in a map with many keys", () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}`);
    const text = [...keys, "k123: twee"].join("\n");
    expect(codes(text)).toEqual([`BL002 k123@${text.lastIndexOf("k123")}`]);
    expect(Object.keys(readYamlTree("t.policy", keys.join("\n")).data as object)).toHaveLength(20_000);
  });
});

describe("readYamlTree errors", () => {
  const messages = (text: string) => readYamlTree("t.policy", text).diagnostics.map((d) => d.message);

  const explain = (text: string) => readYamlTree("t.policy", text).diagnostics.map((d) => [d.message.replace("Het bestand is geen geldige YAML: ", ""), d.hint, d.span.start]);

  it("points at the bracket of a list or map that is not closed, where yaml speaks of indentation of the next line", () => {
    const list = "a:\n  b: [x, y\nc: 1\n";
    expect(explain(list)).toEqual([
      [
        "de lijst die hier met ‘[’ begint, wordt niet afgesloten met ‘]’.",
        "Zet een ‘]’ aan het eind van de lijst. Loopt de lijst door op de volgende regel, laat die dan verder inspringen dan ‘b’.",
        list.indexOf("["),
      ],
    ]);
    const map = "a: {b: 1\nc: 2\n";
    expect(explain(map)[0]?.slice(0, 1)).toEqual(["de verzameling van sleutels die hier met ‘{’ begint, wordt niet afgesloten met ‘}’."]);
    expect(explain(map)[0]?.[2]).toBe(map.indexOf("{"));
    // Over several lines: the outermost bracket that stays open; brackets in quotes, in comments
    // and inside plain text do not count.
    const nested = 'a:\n  b: [x, [y], "]",   # ]\n    z\n  c: zie [1\nd: 1\n';
    expect(explain(nested)[0]?.[2]).toBe(nested.indexOf("["));
    // Closed, but the line it goes on at is indented too little.
    const dedented = "groepen:\n  g:\n    zorgsoorten: [fysiotherapie,\n  oefentherapie]\n    regels: {}\n";
    expect(explain(dedented)).toEqual([
      [
        "de regel hoort bij de lijst die op regel 3 met ‘[’ begint, maar springt te weinig in.",
        "Laat de regel verder inspringen dan ‘zorgsoorten’ (meer dan 4 spaties), of zet de lijst op één regel.",
        dedented.indexOf("oefentherapie"),
      ],
    ]);
    // A real indentation error keeps its own message.
    expect(messages("a:\n  b: 1\n c: 2\n")[0]).toMatch(/^Het bestand is geen geldige YAML: /);
    expect(messages("a:\n  b: 1\n c: 2\n")[0]).not.toContain("afgesloten");
  });

  it("says that a line is indented with a tab, at the tab, and not what yaml made of the rest", () => {
    const text = `groepen:\n  g:\n    regels:\n      r:\n        tekst: x\n\tvoorwaarde: a\n        bij_onbekend: onwaar\n  h:\n    regels:\n      q:\n        tekst: y\n`;
    expect(explain(text)).toEqual([
      [
        "deze regel springt in met een tab; YAML staat voor inspringen alleen spaties toe.",
        "Vervang de tab door spaties, evenveel als bij de regels eromheen (stel uw editor in op spaties in plaats van tabs).",
        text.indexOf("\t"),
      ],
    ]);
    // A tab after spaces, too.
    expect(explain("a:\n  b: 1\n  \tc: 2\n")[0]?.[2]).toBe("a:\n  b: 1\n  ".length);
  });

  it("reports a closing bracket too many once, at the bracket, not every token after it", () => {
    const text = `groepen:\n  g:\n    zorgsoorten: [fysiotherapie]]\n    regels:\n${"      r: 1\n".repeat(200)}`;
    expect(explain(text)).toEqual([
      [
        "deze ‘]’ sluit niets af: er staat geen ‘[’ voor die nog open is. YAML kan het bestand vanaf hier niet verder lezen.",
        "Haal de ‘]’ weg, of zet een ‘[’ waar de lijst begint.",
        text.indexOf("]]") + 1,
      ],
    ]);
    expect(explain("a: {b: 1}}\nc: 2\nd: 3\n")).toHaveLength(1);
    expect(explain("a: {b: 1}}\n")[0]?.[1]).toBe("Haal de ‘}’ weg, of zet een ‘{’ waar de verzameling van sleutels begint.");
  });

  it("says that a line of a block text is indented less than the text, however far less", () => {
    for (const indent of [0, 2, 4, 5]) {
      const text = `feiten:\n  a:\n    type: ja/nee\n    omschrijving: >-\n      Elke pedicure die bij\n${" ".repeat(indent)}Kwaliteitsregister (als) medisch\n      bij diabetes.\n  b:\n    type: getal\n`;
      expect(explain(text), `${indent} spaties`).toEqual([
        [
          `de regel springt ${indent} ${indent === 1 ? "spatie" : "spaties"} in, minder dan de tekst van ‘omschrijving’ erboven (regel 4), die 6 spaties inspringt; YAML laat die tekst daarom vóór deze regel eindigen.`,
          "Hoort de regel bij de tekst, laat hem dan 6 spaties inspringen, net als de regels erboven.",
          text.indexOf("Kwaliteitsregister"),
        ],
      ]);
    }
    // In a list, after a blank line: the same.
    const item = "omvat:\n  - |\n    een\n\n  twee\n";
    expect(explain(item)[0]?.[0]).toBe("de regel springt 2 spaties in, minder dan de tekst met ‘|’ erboven (regel 2), die 4 spaties inspringt; YAML laat die tekst daarom vóór deze regel eindigen.");
    // A key after a block text that is out of line is a misaligned key, not more text.
    expect(explain("a:\n  b: |\n    tekst\n   c: 1\n")[0]?.[0]).toMatch(/^de inspringing klopt niet: ‘c’ springt 3 spaties in/);
  });

  it("says how far a misaligned key or list item is indented and how far the ones above it are, once, at the key", () => {
    const text = "a:\n  b:\n    c: 1\n   d: 2\n";
    const tree = readYamlTree("t.policy", text);
    expect(tree.diagnostics.map((d) => [d.message, d.hint, text.slice(d.span.start, d.span.end)])).toEqual([
      [
        "Het bestand is geen geldige YAML: de inspringing klopt niet: ‘d’ springt 3 spaties in, maar erboven springen ‘c’ 4 en ‘b’ 2 spaties in.",
        "Laat ‘d’ even ver inspringen als de sleutels waar het bij hoort.",
        "d",
      ],
    ]);
    expect(messages("omvat:\n  - a\n - b\n")).toEqual([
      "Het bestand is geen geldige YAML: de inspringing klopt niet: dit lijstelement springt 1 spatie in, maar erboven springen een lijstelement 2 en ‘omvat’ 0 spaties in.",
    ]);
    // A key indented under a key that already has a value: yaml reads it as more of the value.
    expect(messages("taalversie: 1\n titel: x\n")).toEqual(["Het bestand is geen geldige YAML: de inspringing klopt niet: ‘titel’ springt 1 spatie in, maar erboven springt ‘taalversie’ 0 spaties in."]);
    expect(messages("a:\r\n  b: 1\r\n c: 2\r\n")).toEqual(["Het bestand is geen geldige YAML: de inspringing klopt niet: ‘c’ springt 1 spatie in, maar erboven springen ‘b’ 2 en ‘a’ 0 spaties in."]);
  });

  it("suspects the key above when it alone was moved left: yaml stumbles on the line after it", () => {
    const text = "regels:\n  r:\n    tekst: x\n  voorwaarde: a\n    toelichting: y\n";
    const found = readYamlTree("t.policy", text).diagnostics;
    expect(found.map((d) => [text.slice(d.span.start, d.span.end), d.hint])).toEqual([
      ["toelichting", "Misschien springt ‘voorwaarde’ (regel 4) te weinig in: de sleutels erboven en eronder springen 4 spaties in. Anders: laat ‘toelichting’ even ver inspringen als de sleutels waar het bij hoort."],
    ]);
    // Not when the keys above do not line up with this one.
    expect(readYamlTree("t.policy", "a:\n  b:\n    c: 1\n   d: 2\n").diagnostics[0]?.hint).toBe("Laat ‘d’ even ver inspringen als de sleutels waar het bij hoort.");
  });

  it("points at a colon without a space after it, at a colon and space inside a value, and at a quote that is not closed", () => {
    const noSpace = "a:\n  tekst:De praktijk\n  voorwaarde: x\n";
    expect(explain(noSpace)).toEqual([["na de dubbele punt van ‘tekst’ ontbreekt een spatie.", "Schrijf ‘tekst: De praktijk’.", noSpace.indexOf(":De")]]);
    const colon = "a:\n  tekst: Let op: de praktijk\n  voorwaarde: x\n";
    expect(explain(colon)).toEqual([
      [
        "de waarde van ‘tekst’ bevat een dubbele punt met een spatie erna (na ‘Let op’), en daar begint in YAML een nieuwe sleutel.",
        "Zet de hele waarde tussen enkele aanhalingstekens (een ' in de tekst schrijft u dan als ''), of schrijf ‘tekst: >-’ en de tekst ingesprongen op de regels eronder.",
        colon.indexOf(": de"),
      ],
    ]);
    const quote = "a:\n  b: \"open\n  c: d\n";
    expect(explain(quote)).toEqual([["de tekst die hier met een dubbel aanhalingsteken begint, wordt niet afgesloten.", 'Zet aan het eind van de tekst ook een ", of laat de aanhalingstekens weg.', quote.indexOf('"')]]);
    const single = "a: 'it''s\nb: c\n";
    expect(explain(single)[0]?.[2]).toBe(single.indexOf("'"));
  });
});
