/**
 * The yaml library's errors in Dutch, for BL001. The usual mistakes of an author (a key
 * indented wrongly, a line of a block text indented less than the text, a colon without a space
 * after it, a colon and space inside a value, a quote or bracket that is not closed, a closing
 * bracket too many) are told as that mistake, at the place it was made, with a hint; the other
 * errors get a sentence per error code.
 */

import type { YAMLError } from "yaml";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../span.js";

const YAML_ERRORS: Partial<Record<YAMLError["code"], string>> = {
  BAD_INDENT: "de inspringing klopt niet.",
  TAB_AS_INDENT: "inspringen met een tab is in YAML niet toegestaan; gebruik spaties.",
  MISSING_CHAR: "er ontbreekt een teken (bijvoorbeeld een afsluitend aanhalingsteken of haakje).",
  BAD_DQ_ESCAPE: "ongeldige escape-reeks in een tekst tussen dubbele aanhalingstekens.",
  BLOCK_AS_IMPLICIT_KEY: "een meerregelige waarde kan geen sleutel zijn; staat er een dubbele punt te veel?",
  MULTILINE_IMPLICIT_KEY: "een sleutel moet op één regel staan; ontbreekt er een dubbele punt of een aanhalingsteken?",
  BAD_ALIAS: "verwijzing (*alias) naar een anker dat niet bestaat.",
  UNEXPECTED_TOKEN: "onverwacht teken.",
  BAD_SCALAR_START: "een waarde mag niet met dit teken beginnen; zet de waarde tussen aanhalingstekens.",
  KEY_OVER_1024_CHARS: "een sleutel mag niet langer zijn dan 1024 tekens.",
  BLOCK_IN_FLOW: "een blokwaarde kan niet binnen [ ] of { } staan.",
  RESOURCE_EXHAUSTION: "het document verwijst te vaak naar ankers (*alias).",
  MULTIPLE_ANCHORS: "een waarde kan maar één anker (&) hebben.",
  MULTIPLE_TAGS: "een waarde kan maar één tag (!) hebben.",
  NON_STRING_KEY: "een sleutel moet een eenvoudige tekst zijn.",
};

export const TOO_DEEP = "de waarden zijn te diep in elkaar genest.";

/** Some of yaml's errors told as the author's mistake: where it is and what to do. */
interface Explained {
  readonly start: number;
  readonly end: number;
  readonly detail: string;
  readonly hint: string;
}

function explainError(error: YAMLError, text: string): Explained | undefined {
  const [offset] = error.pos;
  const tab = tabIndent(text, offset);
  if (tab) return tab;
  switch (error.code) {
    case "BAD_INDENT":
      if (/must start at the same column/.test(error.message)) {
        // Reported at a blank line: the line after it is out of line.
        const at = /^[ \t]*\r?\n/.test(text.slice(offset, offset + 200)) ? offset + (/^[\s]*/.exec(text.slice(offset))?.[0].lastIndexOf("\n") ?? 0) + 1 : offset;
        return dedentedBlockText(text, at) ?? misalignedItem(text, at);
      }
      return /end with a [\]}]/.test(error.message) ? unclosedFlow(text, offset, /Flow sequence/.test(error.message) ? "[" : "{") : undefined;
    case "MULTILINE_IMPLICIT_KEY":
    case "BLOCK_AS_IMPLICIT_KEY":
      return missingSpaceAfterColon(text, offset) ?? colonInValue(text, offset) ?? dedentedBlockText(text, offset) ?? misalignedItem(text, offset);
    case "MISSING_CHAR":
      if (/need to be followed by map values/.test(error.message)) return dedentedBlockText(text, offset);
      return /closing "quote/.test(error.message) ? unclosedQuote(text, '"', offset) : /closing 'quote/.test(error.message) ? unclosedQuote(text, "'", offset) : undefined;
    case "UNEXPECTED_TOKEN":
      return strayCloser(text, offset);
    case "TAG_RESOLVE_FAILED":
      return unknownTag(text, offset);
    default:
      return undefined;
  }
}

/** The line around `offset`: where it starts and its text (without a carriage return). */
function lineAt(text: string, offset: number): { start: number; line: string } {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", start);
  return { start, line: text.slice(start, end === -1 ? text.length : end).replace(/\r$/, "") };
}

const spaces = (n: number): string => `${n} ${n === 1 ? "spatie" : "spaties"}`;

/** The 1-based number of the line that starts at or contains `offset`. */
function lineNumber(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) line++;
  return line;
}

/** `tekst:De praktijk …`: a key whose colon has no space after it, so that YAML reads on. */
function missingSpaceAfterColon(text: string, offset: number): Explained | undefined {
  const { start, line } = lineAt(text, offset);
  const match = /^( *(?:- )?)([A-Za-z0-9_][\w.-]*):([^\s:/].*)$/.exec(line);
  if (!match || match[1] === undefined || match[2] === undefined || match[3] === undefined) return undefined;
  const colon = start + match[1].length + match[2].length;
  const rest = match[3].length > 24 ? `${match[3].slice(0, 24)}…` : match[3];
  return {
    start: colon,
    end: colon + 1,
    detail: `na de dubbele punt van ‘${match[2]}’ ontbreekt een spatie.`,
    hint: `Schrijf ‘${match[2]}: ${rest}’.`,
  };
}

/** `tekst: Let op: …`: a colon and a space inside a plain value, where YAML begins a new key. */
function colonInValue(text: string, offset: number): Explained | undefined {
  const { start, line } = lineAt(text, offset);
  const match = /^( *(?:- )?)([^\s#:'"][^:#]*?): +([^\s'"|>#[{].*)$/.exec(line);
  if (!match || match[1] === undefined || match[2] === undefined || match[3] === undefined) return undefined;
  const value = match[3];
  const inner = /: |:$/.exec(value);
  if (!inner) return undefined;
  const at = start + line.length - value.length + inner.index;
  if (offset > at) return undefined;
  return {
    start: at,
    end: at + 1,
    detail: `de waarde van ‘${match[2]}’ bevat een dubbele punt met een spatie erna (na ‘${value.slice(0, inner.index)}’), en daar begint in YAML een nieuwe sleutel.`,
    hint: `Zet de hele waarde tussen enkele aanhalingstekens (een ' in de tekst schrijft u dan als ''), of schrijf ‘${match[2]}: >-’ en de tekst ingesprongen op de regels eronder.`,
  };
}

/**
 * A quoted text that is never closed: yaml reports where it gave up (the end of the line or of
 * the file); the quote that opened it is the last one before that.
 */
function unclosedQuote(text: string, quote: '"' | "'", offset: number): Explained | undefined {
  let at = text.lastIndexOf(quote, offset);
  // In '…' a quote is written twice: the opening one is the last single one.
  while (quote === "'" && at > 0 && text.charAt(at - 1) === "'") at = text.lastIndexOf(quote, at - 2);
  if (at < 0) return undefined;
  return {
    start: at,
    end: at + 1,
    detail: `de tekst die hier met ${quote === '"' ? "een dubbel" : "een enkel"} aanhalingsteken begint, wordt niet afgesloten.`,
    hint: `Zet aan het eind van de tekst ook een ${quote}, of laat de aanhalingstekens weg.`,
  };
}

export function yamlErrorDiagnostic(file: string, error: YAMLError, text: string): Diagnostic {
  const [start, end] = error.pos;
  const explained = explainError(error, text);
  if (explained) return diagnostic("BL001", { file, start: explained.start, end: explained.end }, { detail: explained.detail }, explained.hint);
  const at: Span = { file, start: Math.min(start, text.length), end: Math.min(Math.max(end, start + 1), text.length) };
  const reserved = error.code === "UNEXPECTED_TOKEN" ? unexpectedAfterValue(text, start) : undefined;
  // One mistake (`voorwaarde: >= 5`) is several of yaml's errors along the value; all are told
  // at the value's first character, so that yamlTree.ts says it once.
  if (reserved) return diagnostic("BL001", reserved.at === undefined ? at : { file, ...reserved.at }, { detail: reserved.detail }, reserved.hint);
  // The yaml library reports a stack overflow on very deep nesting as resource exhaustion too.
  const detail =
    error.code === "RESOURCE_EXHAUSTION" && /call stack/i.test(error.message)
      ? TOO_DEEP
      : error.code === "MULTIPLE_DOCS"
        ? `${kindOfFile(file)} bevat precies één YAML-document (geen tweede ‘---’).`
        : ((error.code === "BAD_INDENT" ? unclosedFlowMessage(error.message) : undefined) ?? YAML_ERRORS[error.code] ?? "de structuur is ongeldig.");
  return diagnostic("BL001", at, { detail });
}

/** What a file read as YAML is, for a message about the file as a whole: a test file is no .policy file. */
function kindOfFile(file: string): string {
  if (/\.test\.ya?ml$/i.test(file)) return "een testbestand";
  if (/\.policy$/i.test(file)) return "een .policy-bestand";
  return "een bestand";
}

/**
 * A key or list item that is indented differently from the ones it should line up with (yaml:
 * "All mapping items must start at the same column"): says how far it is indented and how far
 * the keys above it are, nearest first (those are the levels it can belong to), and marks the
 * key or dash. Undefined when the line at `offset` is not like that.
 */
function misalignedItem(text: string, offset: number): Explained | undefined {
  let lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  // Reported at a value (`taalversie: 1`) whose next line is a key indented further: yaml took
  // that line as more of the value; the key is what is out of line.
  if (offset > lineStart + (/^ */.exec(text.slice(lineStart))?.[0].length ?? 0)) {
    const next = text.indexOf("\n", offset);
    if (next === -1 || !/^ *[^\s#:][^:#]*?: +[^\s#]/.test(text.slice(lineStart, next))) return undefined;
    const indentHere = /^ */.exec(text.slice(lineStart))?.[0].length ?? 0;
    const indentNext = /^ */.exec(text.slice(next + 1))?.[0].length ?? 0;
    if (indentNext <= indentHere) return undefined;
    lineStart = next + 1;
    offset = lineStart;
  }
  const { line } = lineAt(text, lineStart);
  const indent = /^ */.exec(line)?.[0].length ?? 0;
  const item = /^ *(- |-$|[^\s#:][^:#]*?(?=:(?: |$)))/.exec(line);
  if (!item?.[1] || offset < lineStart || offset > lineStart + indent) return undefined;
  const isDash = item[1].startsWith("-");
  const what = isDash ? "dit lijstelement" : `‘${item[1]}’`;
  // The levels open above this line: each earlier line indented less than all lines after it.
  const levels: { indent: number; name: string }[] = [];
  let smallest = Infinity;
  // At most a few thousand lines up: a file with thousands of such errors stays quick.
  for (let end = lineStart - 1, lines = 0; end > 0 && smallest > 0 && lines < 5000; lines++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const above = text.slice(start, end).replace(/\r$/, "");
    end = start - 1;
    const match = /^( *)(- |[^\s#:][^:#]*?(?=:(?: |$)))/.exec(above);
    if (!match || match[1] === undefined || match[2] === undefined) continue;
    const level = match[1].length;
    if (level >= smallest) continue;
    smallest = level;
    if (level !== indent) levels.push({ indent: level, name: match[2].startsWith("-") ? "een lijstelement" : `‘${match[2]}’` });
  }
  const deeper = levels.filter((l) => l.indent > indent).at(-1);
  const shallower = levels.find((l) => l.indent < indent);
  const options = [deeper, shallower].filter((l): l is { indent: number; name: string } => l !== undefined);
  if (options.length === 0) return undefined;
  const [first, second] = options as [{ indent: number; name: string }, { indent: number; name: string } | undefined];
  const above = second ? `springen ${first.name} ${first.indent} en ${second.name} ${spaces(second.indent)} in` : `springt ${first.name} ${spaces(first.indent)} in`;
  const culprit = isDash ? undefined : outdentedAbove(text, lineStart, indent);
  return {
    start: lineStart + indent,
    end: lineStart + indent + (isDash ? 1 : item[1].length),
    detail: `de inspringing klopt niet: ${what} springt ${spaces(indent)} in, maar erboven ${above}.`,
    hint: isDash
      ? "Laat het lijstelement even ver inspringen als de elementen waar het bij hoort."
      : culprit
        ? `Misschien springt ‘${culprit.name}’ (regel ${culprit.line}) te weinig in: de sleutels erboven en eronder springen ${spaces(indent)} in. Anders: laat ${what} even ver inspringen als de sleutels waar het bij hoort.`
        : `Laat ${what} even ver inspringen als de sleutels waar het bij hoort.`,
  };
}

/**
 * The key just above the line at `lineStart` when it is the one out of line: indented less
 * than this line (`indent`), while the key above it is indented as this line is. A key moved
 * left by mistake (`voorwaarde` at 6 spaces between `tekst` and `toelichting` at 8) makes
 * yaml stumble on the next line, not on the key itself.
 */
function outdentedAbove(text: string, lineStart: number, indent: number): { name: string; line: number } | undefined {
  const keys: { indent: number; name: string; start: number }[] = [];
  for (let end = lineStart - 1; end > 0 && keys.length < 2; ) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, "");
    end = start - 1;
    if (/^\s*(#|$)/.test(line)) continue;
    const match = /^( *)([^\s#:-][^:#]*?)(?=:(?: |$))/.exec(line);
    if (!match || match[1] === undefined || match[2] === undefined) return undefined; // a value line or list item: not this case
    keys.push({ indent: match[1].length, name: match[2], start });
  }
  const [above, before] = keys;
  if (!above || !before || above.indent >= indent || before.indent !== indent) return undefined;
  return { name: above.name, line: lineNumber(text, above.start) };
}

/** When unclosedFlow cannot find the bracket: what is most likely missing. */
function unclosedFlowMessage(message: string): string | undefined {
  if (!/end with a [\]}]/.test(message)) return undefined;
  const [open, close, what] = /Flow sequence/.test(message) ? ["[", "]", "een lijst"] : ["{", "}", "een verzameling van sleutels"];
  return `${what} die met ‘${open}’ begint, is niet afgesloten met ‘${close}’ (of de regel erna springt te weinig in).`;
}

/**
 * The usual cause of an unexpected token: a value on the same line that YAML did not read as
 * plain text, because it starts with a quote (`"ja" = "ja"`) or with a character that means
 * something else in YAML (`> 95%`). Says so, or undefined when the line is not like that.
 */
function unexpectedAfterValue(text: string, offset: number): { detail: string; at?: { start: number; end: number }; hint?: string } | undefined {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const match = /^\s*(?:- )?([^\s:#][^:#]*):\s+(\S)/.exec(text.slice(lineStart, offset + 1));
  const value = match?.[2];
  if (value === '"' || value === "'") {
    return { detail: "de waarde begint met een aanhalingsteken en eindigt daarom bij het sluitende aanhalingsteken; zet de hele waarde tussen enkele aanhalingstekens, of laat haar niet met een tekst beginnen." };
  }
  if (match && value !== undefined && ">|*&!%@`".includes(value)) {
    // The whole value on its line, from the reserved character (without a comment after it).
    const start = lineStart + match[0].length - 1;
    const lineEnd = text.indexOf("\n", start);
    const rest = text.slice(start, lineEnd === -1 ? text.length : lineEnd).replace(/\s+#.*$/, "").trimEnd();
    // `voorwaarde: >= 5`: a comparison without what it compares.
    const comparison = value === ">" && CONDITION_KEYS.has(match[1] as string) && /^>=?\s*[\d€-]/.test(rest);
    return {
      detail: `een waarde die met ‘${value}’ begint, leest YAML niet als tekst; zet de hele waarde tussen aanhalingstekens.`,
      at: { start, end: start + Math.max(1, rest.length) },
      ...(comparison ? { hint: `Een vergelijking begint met de naam van het feit dat vergeleken wordt, bijvoorbeeld ‘behandelindex ${rest}’.` } : {}),
    };
  }
  return undefined;
}

/** The keys whose value is a condition. */
const CONDITION_KEYS: ReadonlySet<string> = new Set(["voorwaarde", "van_toepassing_als"]);

/** A key at the start of a line (`  tekst: …`, `- naam:`), as misalignedItem sees one. */
const KEY_LINE = /^ *(?:- +)?[^\s#:'"][^:#]*?:(?: |$)/;

/**
 * A line of a block text (`omschrijving: >-` with the text on the lines below) that is indented
 * less than the text: yaml ends the text before it and reads the line as a key that is not
 * one. Undefined when the line at `offset` is a key (misalignedItem says that) or does not follow
 * such a text.
 */
function dedentedBlockText(text: string, offset: number): Explained | undefined {
  const { start, line } = lineAt(text, offset);
  const indent = /^ */.exec(line)?.[0].length ?? 0;
  if (line.trim() === "" || line.trimStart().startsWith("#") || KEY_LINE.test(line) || offset > start + indent) return undefined;
  // Up through the lines of the text (each indented more than this line) to its header.
  let content = Infinity;
  for (let end = start - 1, lines = 0; end > 0 && lines < 5000; lines++) {
    const lineStart = text.lastIndexOf("\n", end - 1) + 1;
    const above = text.slice(lineStart, end).replace(/\r$/, "");
    end = lineStart - 1;
    if (above.trim() === "") continue;
    const level = /^ */.exec(above)?.[0].length ?? 0;
    const header = /^ *(?:- +)?(?:([^\s#:'"][^:#]*?): +)?([|>][-+1-9]*) *(?:#.*)?$/.exec(above);
    if (header?.[2] !== undefined && content !== Infinity && level < content) {
      const word = /^\S+/.exec(line.slice(indent))?.[0] ?? " ";
      const whose = header[1] !== undefined ? `de tekst van ‘${header[1]}’` : `de tekst met ‘${header[2]}’`;
      return {
        start: start + indent,
        end: start + indent + word.length,
        detail: `de regel springt ${spaces(indent)} in, minder dan ${whose} erboven (regel ${lineNumber(text, lineStart)}), die ${spaces(content)} inspringt; YAML laat die tekst daarom vóór deze regel eindigen.`,
        hint: `Hoort de regel bij de tekst, laat hem dan ${spaces(content)} inspringen, net als de regels erboven.`,
      };
    }
    if (level <= indent) return undefined;
    content = Math.min(content, level);
  }
  return undefined;
}

/**
 * A list or map in brackets that is never closed, or whose next line is indented too little:
 * yaml reports either as an indentation error of the line after the opening bracket ("Flow
 * sequence in block collection must be sufficiently indented and end with a ]"). Finds the
 * opening bracket (the nearest line above from which the brackets up to `offset` do not
 * balance) and says which of the two it is.
 */
function unclosedFlow(text: string, offset: number, open: "[" | "{"): Explained | undefined {
  const close = open === "[" ? "]" : "}";
  const what = open === "[" ? "de lijst" : "de verzameling van sleutels";
  const here = lineAt(text, offset);
  for (let end = here.start - 1, lines = 0; end > 0 && lines < 200; lines++) {
    const lineStart = text.lastIndexOf("\n", end - 1) + 1;
    end = lineStart - 1;
    const opener = unmatchedOpener(text, lineStart, offset);
    if (opener === undefined) continue;
    if (text.charAt(opener) !== open) return undefined;
    const { line } = lineAt(text, opener);
    const key = /^ *(?:- +)?([^\s#:'"][^:#]*?):(?: |$)/.exec(line)?.[1];
    const keyIndent = /^ */.exec(line)?.[0].length ?? 0;
    const indent = /^ */.exec(here.line)?.[0].length ?? 0;
    const closedOnThisLine = unmatchedOpener(text, lineStart, here.start + here.line.length) === undefined;
    if (closedOnThisLine && indent <= keyIndent) {
      return {
        start: here.start + indent,
        end: here.start + indent + 1,
        detail: `de regel hoort bij ${what} die op regel ${lineNumber(text, opener)} met ‘${open}’ begint, maar springt te weinig in.`,
        hint: `Laat de regel verder inspringen dan ${key !== undefined ? `‘${key}’` : "de regel waar de lijst begint"} (meer dan ${spaces(keyIndent)}), of zet ${what} op één regel.`,
      };
    }
    return {
      start: opener,
      end: opener + 1,
      detail: `${what} die hier met ‘${open}’ begint, wordt niet afgesloten met ‘${close}’.`,
      hint: `Zet een ‘${close}’ aan het eind van ${what}. Loopt ${what} door op de volgende regel, laat die dan verder inspringen dan ${key !== undefined ? `‘${key}’` : "deze regel"}.`,
    };
  }
  return undefined;
}

/**
 * The outermost bracket opened between `from` and `to` and not closed before `to`, or
 * undefined. Only brackets and quotes where a value begins (or inside brackets) count, as in
 * YAML: `tekst: zie [1` is plain text. Quoted texts and comments are skipped.
 */
function unmatchedOpener(text: string, from: number, to: number): number | undefined {
  const open: number[] = [];
  let previous = "\n"; // the last character that is not a space
  for (let at = from; at < to; at++) {
    const c = text.charAt(at);
    const indicator = open.length > 0 || "\n:-[{,".includes(previous);
    if (c !== " ") previous = c;
    if (!indicator) continue;
    if (c === '"' || c === "'") {
      // To the closing quote ('' inside single quotes, \" inside double quotes, are not one).
      for (at++; at < to; at++) {
        const d = text.charAt(at);
        if (c === '"' && d === "\\") at++;
        else if (d === c && !(c === "'" && text.charAt(at + 1) === "'")) break;
        else if (d === c) at++;
      }
    } else if (c === "#") {
      const next = text.indexOf("\n", at);
      at = next === -1 ? to : next - 1;
    } else if (c === "[" || c === "{") open.push(at);
    else if ((c === "]" || c === "}") && open.length > 0) open.pop();
  }
  return open[0];
}

/**
 * A closing bracket that closes nothing (`[fysiotherapie]]`): for yaml the document ends there,
 * and every token after it is an error of its own (yamlTree.ts reports only the first).
 */
function strayCloser(text: string, offset: number): Explained | undefined {
  const c = text.charAt(offset);
  if (c !== "]" && c !== "}") return undefined;
  const open = c === "]" ? "[" : "{";
  return {
    start: offset,
    end: offset + 1,
    detail: `deze ‘${c}’ sluit niets af: er staat geen ‘${open}’ voor die nog open is. YAML kan het bestand vanaf hier niet verder lezen.`,
    hint: `Haal de ‘${c}’ weg, of zet een ‘${open}’ waar ${c === "]" ? "de lijst" : "de verzameling van sleutels"} begint.`,
  };
}

/**
 * A value that begins with `!`: YAML reads `!woord` as a tag, keeps the rest of the value and
 * drops the tag (`voorwaarde: !werkt_met_omaha` becomes empty, `tekst: !Let op` becomes "op").
 * A tag with `!!` (`!!int`, `!!str`) is YAML's own, whether or not this yaml knows it: told as
 * the label it is, the way `knownTagDiagnostic` tells one yaml knows; a condition with `!!` is no
 * mistyped `niet`.
 */
function unknownTag(text: string, offset: number): Explained | undefined {
  const tag = /^!\S*/.exec(text.slice(offset))?.[0];
  if (tag === undefined) return undefined;
  if (tag.startsWith("!!")) return yamlTag(tag, offset);
  return {
    start: offset,
    end: offset + tag.length,
    detail: `een waarde die met ‘!’ begint, leest YAML als een label (‘${tag}’) en niet als tekst; het label zou verloren gaan.`,
    hint: "Schrijf in een voorwaarde ‘niet …’ in plaats van ‘!’; zet een tekst die met ‘!’ begint tussen aanhalingstekens.",
  };
}

/** A tag of YAML's own (`!!int`, `!!binary`) at `offset`: beleid has no use for labels. */
function yamlTag(tag: string, offset: number): Explained {
  return {
    start: offset,
    end: offset + tag.length,
    detail: `een waarde die met ‘!’ begint, leest YAML als een label (‘${tag}’) en niet als tekst; beleid kent geen labels.`,
    hint: `Haal ‘${tag}’ weg: beleid leest de waarde zelf (een datum als jjjj-mm-dd, een getal, een tekst). Zet een tekst die met ‘!’ begint tussen aanhalingstekens.`,
  };
}

/**
 * A value with a tag that yaml knows (`!!binary`, `!!set`, `!!timestamp`, `!!str`): yaml would
 * read it as something else than the texts, lists and maps a policy is made of. `valueStart` is
 * where the value itself begins; its tag stands before it (an anchor may be between).
 */
export function knownTagDiagnostic(file: string, text: string, valueStart: number): Diagnostic | undefined {
  let bang = text.lastIndexOf("!", valueStart - 1);
  while (bang > 0 && text.charAt(bang - 1) === "!") bang--;
  const tag = bang === -1 ? undefined : /^!\S*/.exec(text.slice(bang))?.[0];
  if (tag === undefined) return undefined;
  const explained = yamlTag(tag, bang);
  return diagnostic("BL001", { file, start: explained.start, end: explained.end }, { detail: explained.detail }, explained.hint);
}

/** Where the line around `offset` has a tab in its leading blanks, or undefined. */
export function tabInIndent(text: string, offset: number): number | undefined {
  const { start, line } = lineAt(text, offset);
  const tab = (/^[ \t]*/.exec(line)?.[0] ?? "").indexOf("\t");
  return tab === -1 ? undefined : start + tab;
}

/** A line indented with a tab: yaml reports it as whatever it became (a bad indent, a key). */
function tabIndent(text: string, offset: number): Explained | undefined {
  const tab = tabInIndent(text, offset);
  if (tab === undefined || lineAt(text, offset).line.trim() === "") return undefined;
  return {
    start: tab,
    end: tab + 1,
    detail: "deze regel springt in met een tab; YAML staat voor inspringen alleen spaties toe.",
    hint: "Vervang de tab door spaties, evenveel als bij de regels eromheen (stel uw editor in op spaties in plaats van tabs).",
  };
}
