/**
 * Prose as the language writes it (docs/taal.md, chapter 12): blank line = paragraph,
 * "- " = bullet, addresses become links.
 */

import { describe, expect, it } from "vitest";
import { countInWords, lowerFirst } from "../../compiler/render/dutch.js";
import { inlineText, parseProse, renderProse } from "../../compiler/render/prose.js";

describe("prose", () => {
  it("splits paragraphs on blank lines and joins wrapped lines", () => {
    expect(parseProse("Eerste\nregel.\n\nTweede alinea.")).toEqual([
      { kind: "paragraph", text: "Eerste regel." },
      { kind: "paragraph", text: "Tweede alinea." },
    ]);
  });

  it("turns lines starting with '- ' into a list, also right after a paragraph", () => {
    expect(parseProse("Registratie in het:\n- A;\n- B\nNa de lijst.")).toEqual([
      { kind: "paragraph", text: "Registratie in het:" },
      { kind: "list", items: ["A;", "B"] },
      { kind: "paragraph", text: "Na de lijst." },
    ]);
    expect(renderProse("Kop:\n- een\n- twee").value).toBe("<p>Kop:</p>\n<ul><li>een</li><li>twee</li></ul>");
  });

  it("links e-mail and web addresses without the sentence's punctuation", () => {
    expect(inlineText("Mail zorginkoop@caresq.nl.").value).toBe('Mail <a href="mailto:zorginkoop@caresq.nl">zorginkoop@caresq.nl</a>.');
    expect(inlineText("Zie www.caresq.nl;").value).toBe('Zie <a href="https://www.caresq.nl">www.caresq.nl</a>;');
  });

  it("leaves out a page number of the PDF, and links a quoted heading the document has", () => {
    const links = { headingHref: (words: string) => (words === "Geen aanbod ontvangen" ? "#tekst-geen_aanbod" : undefined) };
    expect(inlineText("zie ‘Geen aanbod ontvangen’ op pagina 13.", links).value).toBe('zie <span class="verwijzing">‘<a href="#tekst-geen_aanbod">Geen aanbod ontvangen</a>’</span>.');
    expect(inlineText("zie ‘Geen aanbod ontvangen’ op pagina 13.").value).toBe("zie ‘Geen aanbod ontvangen’.");
    expect(inlineText("zie ‘Onbekend’ op pagina’s 4 en 5, of mail info@caresq.nl.", links).value).toBe(
      'zie ‘Onbekend’, of mail <a href="mailto:info@caresq.nl">info@caresq.nl</a>.',
    );
    expect(inlineText("zie de tabel op pagina 7 hieronder").value).toBe("zie de tabel hieronder");
    // Not a page reference: a number of pages, a word that begins with 'pagina'.
    expect(inlineText("een folder van 13 pagina's").value).toBe("een folder van 13 pagina&#39;s");
    expect(inlineText("op paginanummer 3").value).toBe("op paginanummer 3");
  });

  it("escapes everything else", () => {
    expect(inlineText("a < b & c").value).toBe("a &lt; b &amp; c");
  });
});

describe("Dutch wording", () => {
  it("writes small counts in words and larger ones in digits", () => {
    expect([0, 1, 2, 3, 4, 5, 20, 21].map(countInWords)).toEqual(["nul", "één", "twee", "drie", "vier", "vijf", "twintig", "21"]);
  });

  it("lower-cases a name inside a sentence but not an abbreviation", () => {
    expect(lowerFirst("Fysiotherapie")).toBe("fysiotherapie");
    expect(lowerFirst("GLI")).toBe("GLI");
    expect(lowerFirst("Gecombineerde leefstijlinterventie (GLI)")).toBe("gecombineerde leefstijlinterventie (GLI)");
  });
});
