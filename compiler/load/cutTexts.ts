/**
 * Texts cut short by a comment. In YAML a `#` after a space starts a comment, also inside a
 * plain (unquoted) text: `tekst: De zorgaanbieder handelt #1 volgens de richtlijnen` publishes
 * "De zorgaanbieder handelt". A comment is usually written `# …`; a `#` directly followed by
 * more text (`#1`, `#hashtag`) after a text field is almost surely meant as text, and is told
 * (BL016, a warning: it may be a comment after all). Runs on the YAML's locations, in the load stage.
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Location } from "./yamlTree.js";

/** The fields whose value is published text (not a name, a choice or a condition). */
const TEXT_FIELDS = new Set([
  "organisatie",
  "zorgverzekeraar",
  "titel",
  "omschrijving",
  "eenheid",
  "onbekend",
  "onbekend_toelichting",
  "naam",
  "tekst",
  "kop",
  "inleiding",
  "aankondiging",
  "route",
  "toelichting",
  "onderwerp",
  "wanneer",
]);

/** BL016 for every plain text field followed on its line by a comment that starts `#` and a character that is not a space. */
export function cutTextDiagnostics(file: string, text: string, locations: ReadonlyMap<string, Location>): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const [at, location] of locations) {
    const scalar = location.scalar;
    if (scalar === undefined || scalar.style !== "PLAIN" || scalar.end === scalar.start) continue;
    const field = at.slice(at.lastIndexOf("/") + 1);
    if (!TEXT_FIELDS.has(field)) continue;
    let hash = scalar.end;
    while (text.charCodeAt(hash) === 32) hash++;
    if (hash === scalar.end || text.charAt(hash) !== "#" || !/^[^\s#]$/.test(text.charAt(hash + 1))) continue;
    const lineEnd = text.indexOf("\n", hash);
    const comment = text.slice(hash, lineEnd === -1 ? text.length : lineEnd).trimEnd();
    const shown = comment.length > 40 ? `${comment.slice(0, 39)}…` : comment;
    found.push(diagnostic("BL016", { file, start: hash, end: hash + comment.length }, { veld: field, opmerking: shown }));
  }
  return found;
}
