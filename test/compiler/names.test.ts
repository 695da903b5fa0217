/**
 * Policy text in comments of the generated module (compiler/emit/names.ts): one line, and
 * nothing that would end a <script> element the module is inlined in.
 */

import { describe, expect, it } from "vitest";
import { commentText, docText } from "../../compiler/emit/names.js";

describe("text in comments of generated code", () => {
  it("cannot close or upset a script element", () => {
    const text = "Zie </script><script>alert(1)</script> en <!-- commentaar --> of </SCRIPT >";
    for (const written of [commentText(text, 400), docText(text)]) {
      expect(written).not.toMatch(/<\/script/i);
      expect(written).not.toContain("<!--");
      expect(written).toContain("<\\/script>");
    }
  });

  it("stays one line, shortened after a whole word", () => {
    expect(commentText("regel een\nregel twee\u2028drie")).toBe("regel een regel twee drie");
    expect(commentText("woord ".repeat(40)).endsWith("woord…")).toBe(true);
  });
});
