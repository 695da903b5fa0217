/**
 * Policy text can never inject code into the emitted module: texts full of quotes, backticks,
 * template placeholders, comment terminators, `</script>` and line separators are emitted
 * through JSON string literals and one-line comments, and come back exactly as written. In the
 * site's pages (the policy document and the checker page with its JSON in a `<script>`) they
 * stay text too: no tag and no script more than a harmless policy gives.
 */

import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { emitPolicy } from "../../compiler/emit/index.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { renderDiagnostics } from "../../compiler/diagnostics/render.js";
import { renderCheckerPage } from "../../compiler/site/checker.js";
import { renderDocumentPage } from "../../compiler/site/documentPage.js";

const HOSTILE = [
  `"); globalThis.gehackt = true; ("`,
  "`${globalThis.gehackt = true}`",
  "*/ globalThis.gehackt = true; /*",
  "</script><script>globalThis.gehackt = true</script>",
  "regel\u2028globalThis.gehackt = true;\u2029//",
  "\\\"; globalThis.gehackt = true; //",
  "'; globalThis.gehackt = true; '",
];

/** A text literal of the expression language: "…", '…' or “…”, whichever does not occur in it. */
function quoted(text: string): string {
  if (!text.includes('"')) return `"${text}"`;
  if (!text.includes("'")) return `'${text}'`;
  return `“${text}”`;
}

function policy(text: string): string {
  const y = JSON.stringify(text); // a YAML double-quoted scalar accepts JSON escapes
  return `taalversie: 1
organisatie: ${y}
zorgverzekeraar: Eucare
domein: vijandig
titel: ${y}
jaar: 2026
versie: "2026"
hoofdstukken:
  h: { nummer: "3", titel: ${y} }
feiten:
  ok:
    type: keuze
    omschrijving: ${y}
    waarden: [${y}, gewoon]
  verleend:
    type: ja/nee
    omschrijving: Er is een uitzondering verleend.
zorgsoorten:
  z:
    naam: ${y}
    overeenkomst: { soort: nieuw, hoofdstuk: h, tekst: ${y} }
groepen:
  g:
    titel: ${y}
    hoofdstuk: h
    soort: uitsluiting
    zorgsoorten: alle
    regels:
      r:
        naam: ${JSON.stringify(text.slice(0, 60))}
        tekst: ${y}
        voorwaarde: ${JSON.stringify(`ok = ${quoted(text)}`)}
        uitzondering:
          voorwaarde: verleend
          route: ${y}
`;
}

describe("hostile strings in a policy", () => {
  it.each(HOSTILE)("%j stays text", async (text) => {
    const result = compileText("vijandig.policy", policy(text));
    expect(renderDiagnostics(result.diagnostics, result.sources, { colour: false })).toBe("");
    const model = result.model!;
    // The emitted module still parses (prettier formats it) …
    await emitPolicy(model, { runtimeImport: "../../runtime/index.js", sourceName: text });
    // … and running it executes nothing from the policy text.
    (globalThis as { gehackt?: boolean }).gehackt = false;
    const evaluator = await loadEvaluator(model);
    const decision = evaluator.beoordeel("z", { ok: text, verleend: false });
    expect((globalThis as { gehackt?: boolean }).gehackt).toBe(false);
    expect(decision.regels[0]?.tekst).toBe(text);
    expect(decision.regels[0]?.uitzonderingsroute).toBe(text);
    expect(decision.beleid.titel).toBe(text);
    expect(decision.inAanmerking).toBe(false);
    expect(evaluator.beoordeel("z", { ok: "gewoon", verleend: false }).inAanmerking).toBe(true);
    expect(evaluator.beoordeel("z", { ok: text, verleend: true }).inAanmerking).toBe(true);
  });
});

describe("hostile strings in the site's pages", () => {
  const pages = (text: string) => {
    const model = compileText("vijandig.policy", policy(text)).model!;
    return [renderDocumentPage(model, text), renderCheckerPage(model, text)];
  };
  const tags = (page: string) => [...page.matchAll(/<\/?([a-z]+)/g)].map((m) => m[0]);
  const harmless = pages("Onschuldige tekst");

  it.each(HOSTILE)("%j opens no tag and no script", (text) => {
    const [document, checker] = pages(text) as [string, string];
    expect(tags(document)).toEqual(tags(harmless[0] as string));
    expect(tags(checker)).toEqual(tags(harmless[1] as string));
    // The checker's data still reads back with the text in it.
    const json = /<script type="application\/json" id="controle-gegevens">(.*?)<\/script>/s.exec(checker)?.[1] ?? "";
    expect(JSON.stringify(JSON.parse(json))).toContain(JSON.stringify(text).slice(1, -1));
  });
});

describe("control characters from a file in a diagnostic", () => {
  it("are shown as their symbol, one for one, in the message, the hint and the code frame", () => {
    const text = 'titel: "\x1b[31mROOD\x1b]0;x\x07"\nonbekend\x1b[2J: 1\n';
    const result = compileText("e.policy", text);
    const rendered = renderDiagnostics(result.diagnostics, result.sources, { colour: false });
    expect(rendered).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(rendered).toContain('> 1 | titel: "␛[31mROOD␛]0;x␇"');
    expect(rendered).toContain("‘onbekend␛[2J’");
  });
});
