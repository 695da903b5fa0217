/**
 * Renaming a declared thing (a fact, rule, care type, chapter, group, table, column, date
 * rule or text) at its declaration and every use (see references.ts), or the Dutch reason why not:
 * the new name is not a name the language allows, is taken, or a file involved does not
 * parse. The server sends the reason as the error of the request.
 */

import { KEYWORDS } from "../../grammar/tokens.js";
import { BUILTIN_NAMES } from "../check/expressions.js";
import { FUNCTIONS_BY_NAME } from "../check/functions.js";
import { displayPath } from "../load/loadPolicy.js";
import type { Found, NameKind, Occurrence } from "./references.js";

/** A key as the schema allows it (`propertyNames`): letters, digits and `_`, not starting with a digit. */
const VALID_NAME = /^[a-zA-Z_\u00C0-\u024F][a-zA-Z0-9_\u00C0-\u024F]*$/;

export const KIND_WORDS: Readonly<Record<NameKind, { readonly article: string; readonly word: string }>> = {
  feit: { article: "het", word: "feit" },
  regel: { article: "de", word: "regel" },
  tabel: { article: "de", word: "tabel" },
  kolom: { article: "de", word: "kolom" },
  zorgsoort: { article: "de", word: "zorgsoort" },
  hoofdstuk: { article: "het", word: "hoofdstuk" },
  groep: { article: "de", word: "groep" },
  tekst: { article: "de", word: "tekst" },
  datumregel: { article: "de", word: "datumregel" },
};

/** Facts, tables and declaring rules are all names in a condition: one name can be one of them only. */
const IN_CONDITIONS: ReadonlySet<NameKind> = new Set(["feit", "tabel", "regel"]);

/** Why the thing cannot be renamed at all (a file that does not parse), or undefined. */
export function renameRefusal(found: Found): string | undefined {
  const unreadable = found.indexes.find((index) => index.occurrences === undefined);
  if (unreadable) {
    return `‘${displayPath(unreadable.file)}’ kan nu niet worden gelezen (een fout in de YAML). Herstel die eerst; dan kunt u ${KIND_WORDS[found.named.kind].article} ${KIND_WORDS[found.named.kind].word} ‘${found.named.id}’ hernoemen.`;
  }
  if (!found.declaration) return `${capital(KIND_WORDS[found.named.kind].word)} ‘${found.named.id}’ bestaat niet; alleen wat het beleid declareert, kunt u hernoemen.`;
  return undefined;
}

/** Why `newName` cannot be the new name, or undefined when it can. */
export function newNameRefusal(found: Found, newName: string): string | undefined {
  const { kind, id } = found.named;
  const { article, word } = KIND_WORDS[kind];
  if (!VALID_NAME.test(newName)) {
    return `‘${newName}’ is geen geldige naam. Een naam bestaat uit letters, cijfers en lage streepjes (_) en begint met een letter.`;
  }
  if (newName === id) return `${capital(article)} ${word} heet al ‘${id}’.`;
  // A column is named in a condition too (`tabel[…].kolom`): not by a keyword.
  if (IN_CONDITIONS.has(kind) || kind === "kolom") {
    if (KEYWORDS.includes(newName)) return `‘${newName}’ is een sleutelwoord van de voorwaarden en kan geen naam van een ${word} zijn.`;
  }
  if (IN_CONDITIONS.has(kind)) {
    if ((BUILTIN_NAMES as readonly string[]).includes(newName)) return `‘${newName}’ is een vaste waarde in de voorwaarden en kan geen naam van een ${word} zijn.`;
    if (FUNCTIONS_BY_NAME.has(newName)) return `‘${newName}’ is een functie in de voorwaarden en kan geen naam van een ${word} zijn.`;
  }
  const taken = found.declarations.find(
    (d: Occurrence) => d.id === newName && ((d.kind === kind && d.table === found.named.table) || (IN_CONDITIONS.has(kind) && IN_CONDITIONS.has(d.kind as NameKind))),
  );
  if (taken) {
    const other = KIND_WORDS[taken.kind as NameKind];
    return taken.kind === kind
      ? `Er is al een ${other.word} ‘${newName}’${kind === "kolom" ? ` in tabel ‘${found.named.table}’` : ""} (in ${displayPath(taken.span.file)}). Kies een andere naam.`
      : `‘${newName}’ is al de naam van een ${other.word} (in ${displayPath(taken.span.file)}); in een voorwaarde zouden beide hetzelfde heten. Kies een andere naam.`;
  }
  return undefined;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
