/**
 * Renaming a declared thing (a fact, rule, care type, chapter, group, table, column, date
 * rule or text) at its declaration and every use (see references.ts), or the Dutch reason why not:
 * the new name is not a name the language allows (or YAML would read as something else), is
 * taken, or a file involved does not parse. What the checks of the compiler would reject
 * (BL215, BL012, …) is found by compiling the renamed policies (`renameCheck.ts`). The
 * server sends the reason as the error of the request.
 */

import { parse as parseYaml } from "yaml";
import { Identifier, KEYWORDS } from "../../grammar/tokens.js";
import { BUILTIN_NAMES } from "../check/expressions.js";
import { FUNCTIONS_BY_NAME } from "../check/functions.js";
import { displayPath } from "../load/loadPolicy.js";
import type { Found, NameKind, Occurrence } from "./references.js";

/** A name as a condition can write it: exactly the expression language's identifier token (no `×` or `÷`). */
const VALID_NAME = new RegExp(`^(?:${(Identifier.PATTERN as RegExp).source})$`, "u");

/**
 * What a YAML reader makes of `name` written plainly, when that is not the text itself: a
 * renamed key or value is written without quotes, and `null`, `true` or (in YAML 1.1, which
 * many tools still read) `yes`, `on` and `n` would then be read as nothing or as yes/no.
 */
export function yamlReading(name: string): string | undefined {
  for (const version of ["1.2", "1.1"] as const) {
    let value: unknown;
    try {
      value = parseYaml(name, { version });
    } catch {
      return "iets anders dan een naam";
    }
    if (value === null) return "een lege waarde";
    if (typeof value === "boolean") return value ? "‘ja’" : "‘nee’";
    if (typeof value !== "string") return "een getal";
  }
  return undefined;
}

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
  const reading = yamlReading(newName);
  if (reading) return `‘${newName}’ kan geen naam zijn: een YAML-lezer leest het zonder aanhalingstekens als ${reading}. Kies een andere naam.`;
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
