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
