/**
 * A policy's text from memory (an editor's buffer in the language server: compileText) gets
 * the checks a file gets when it is read from disk (compileFile): a NUL character is BL013
 * at its place, a carriage return on its own is a line end, and the size limit counts the
 * bytes the text has in UTF-8.
 */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileFile, compileText } from "../../compiler/compile.js";
import type { LoadOptions } from "../../compiler/load/loadPolicy.js";

const dir = mkdtempSync(join(tmpdir(), "beleid-teksttoetsen-"));
// A shared file: it includes nothing, so it compiles the same wherever it is.
const small = readFileSync("policies/algemeen/2026.policy", "utf8");

/** The diagnostics of `text` from disk and from memory, as code, place and message. */
function both(text: string, options: LoadOptions = {}) {
  const file = join(dir, "x.policy");
  writeFileSync(file, text);
  const shown = (result: ReturnType<typeof compileFile>) => result.diagnostics.map((d) => ({ code: d.code, start: d.span.start, end: d.span.end, message: d.message }));
  return { disk: shown(compileFile(file, options)), memory: shown(compileText(file, text, options)) };
}

describe("the text of an editor's buffer is checked as a file's", () => {
  it("a NUL character: BL013 at its place, also after a byte order mark (was: none from memory)", () => {
    for (const text of [small.replace("\n", "\n\u0000"), `\ufeff${small.replace("\n", "\n\u0000")}`]) {
      const { disk, memory } = both(text);
      expect(disk.map((d) => d.code)).toEqual(["BL013"]);
      expect(memory).toEqual(disk);
    }
  });

  it("carriage returns on their own are line ends (was: the text read as one line from memory)", () => {
    const { disk, memory } = both(small.replaceAll("\n", "\r"));
    expect(disk).toEqual([]);
    expect(memory).toEqual([]);
  });

  it("the size limit counts bytes of UTF-8 (was: characters from memory, so a text of letters with accents passed)", () => {
    const text = `${small}# ${"é".repeat(400)}\n`;
    const maxFileBytes = Buffer.byteLength(text) - 100;
    expect(text.length).toBeLessThan(maxFileBytes);
    const { disk, memory } = both(text, { maxFileBytes });
    expect(disk.map((d) => d.code)).toEqual(["BL010"]);
    expect(memory).toEqual(disk);
  });
});
