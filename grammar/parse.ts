/**
 * Entry point of the grammar stage: expression text in, AST plus diagnostics out.
 *
 * The caller says where the text sits in the .policy file (`mapOffset` turns an offset in the
 * expression into an offset in the file); for a standalone string the identity map is used.
 * Lexer errors become BL101/BL106, parser errors BL102/BL103, an empty expression BL107, an
 * expression too large to handle safely BL010 (limits.ts).
 */

import type { IRecognitionException, IToken } from "chevrotain";
import type { Span } from "../compiler/span.js";
import { diagnostic, type Diagnostic } from "../compiler/diagnostics/diagnostic.js";
import { MAANDEN } from "../runtime/dates.js";
import type { Expr } from "./ast.js";
import { expressionLexer, LParen, MismatchedStringLiteral, RParen } from "./tokens.js";
import { expressionParser } from "./parser.js";
import { depthLimit, tokenLimit } from "./limits.js";
import { AstBuilder } from "./toAst.js";
import { DECIMAL_COMMA_ADVICE, decimalCommaAdvice } from "./numberHints.js";
import { codePoint, invisibleCharacterName, lookalikeLetter } from "../compiler/load/invisibleCharacters.js";

export interface ParseResult {
  readonly expr: Expr;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ExpressionSource {
  readonly file: string;
  /** Maps an offset in `text` to an offset in the file. */
  readonly mapOffset: (offset: number) => number;
  /** Maps the end of a span in `text` (exclusive) to the file; without it, one past where its last character starts. */
  readonly mapEnd?: (end: number) => number;
}

export function parseExpression(text: string, source?: ExpressionSource): ParseResult {
  const file = source?.file ?? "<expressie>";
  const mapOffset = source?.mapOffset ?? ((offset: number) => offset);
  const mapEnd = source?.mapEnd ?? ((end: number) => mapOffset(end - 1) + 1);
  const at = (start: number, end: number): Span => {
    const s = mapOffset(start);
    return { file, start: s, end: Math.max(s, end > start ? mapEnd(end) : s) };
  };
  const whole = at(0, text.length);
  const diagnostics: Diagnostic[] = [];

  if (text.trim() === "") {
    diagnostics.push(diagnostic("BL107", whole));
    return { expr: { kind: "error", span: whole }, diagnostics };
  }

  const lexed = expressionLexer.tokenize(text);
  for (const error of lexed.errors) {
    const ch = text.charAt(error.offset);
    if (ch === '"' || ch === "“" || ch === "'" || ch === "‘") {
      diagnostics.push(diagnostic("BL106", at(error.offset, error.offset + 1)));
    } else {
      const unusual = unusualCharacter(text, error.offset);
      const hint = unusual ?? lexerHint(text, error.offset);
      const teken = unusual?.teken ?? `Het teken ‘${ch}’`;
      diagnostics.push(diagnostic("BL101", at(error.offset, error.offset + error.length), { teken }, hint?.text, hint?.replacement));
    }
  }
  // A text that ends with another quote than it begins with is read as a text (the parser goes
  // on), and said once, with the text as it was meant.
  for (const token of lexed.tokens) {
    if (token.tokenType !== MismatchedStringLiteral) continue;
    const meant = requoted(token.image);
    const hint = `Bedoelt u ${meant}? Deze tekst begint met ${token.image.charAt(0)} en eindigt met ${token.image.slice(-1)}: een tekst begint en eindigt met aanhalingstekens die bij elkaar horen.`;
    diagnostics.push(diagnostic("BL106", at(token.startOffset, token.startOffset + token.image.length), {}, hint, meant));
  }

  // Too large to parse safely: one diagnostic instead of an exhausted stack (limits.ts). Also
  // after a lexer error: the parser still runs on the tokens that were read.
  const tooLarge = tokenLimit(lexed.tokens);
  if (tooLarge) {
    diagnostics.push(diagnostic("BL010", whole, tooLarge));
    return { expr: { kind: "error", span: whole }, diagnostics };
  }

  expressionParser.input = lexed.tokens;
  const cst = expressionParser.expressie();
  const parserErrors = expressionParser.errors;

  // One typo, one diagnostic: later errors at or right after the first reported token are
  // usually consequences of the same mistake, so each token position is reported once.
  // A character the lexer could not read explains the parse errors that follow from it.
  const reported = new Set<number>();
  for (const error of lexed.errors.length > 0 ? [] : parserErrors) {
    const token = error.token;
    const atEnd = token.tokenType.name === "EOF" || !Number.isFinite(token.startOffset);
    const offset = atEnd ? text.length : token.startOffset;
    if (reported.has(offset)) continue;
    reported.add(offset);
    const span = atEnd ? at(Math.max(0, text.trimEnd().length - 1), text.trimEnd().length) : at(token.startOffset, token.startOffset + token.image.length);
    const code = atEnd ? "BL103" : "BL102";
    diagnostics.push(diagnostic(code, span, { detail: error.message }, (atEnd ? unclosedParenthesis(text, lexed.tokens) : undefined) ?? parserHint(error, text)));
  }

  const builder = new AstBuilder(file, mapOffset, whole, mapEnd);
  const expr = parserErrors.length > 0 && cst === undefined ? ({ kind: "error", span: whole } as Expr) : (builder.visit(cst) as Expr);
  // Problems the builder finds (chained comparisons, impossible dates) are only meaningful
  // when the text parsed cleanly; otherwise they would repeat the parse error.
  if (diagnostics.length === 0) diagnostics.push(...builder.diagnostics);
  else diagnostics.push(...builder.diagnostics.filter((d) => d.code === "BL105"));
  const tooDeep = expr ? depthLimit(expr) : undefined;
  if (tooDeep) return { expr: { kind: "error", span: whole }, diagnostics: [...diagnostics, diagnostic("BL010", whole, tooDeep)] };
  return { expr: expr ?? { kind: "error", span: whole }, diagnostics };
}

/** The closing quote of each opening quote; a closing quote used to open stands for its pair. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '"': '"', "'": "'", "“": "”", "”": "”", "‘": "’", "’": "’" };
const OPENING: Readonly<Record<string, string>> = { "”": "“", "’": "‘" };

/** `“HKZ"` as the author began it: `“HKZ”`. */
function requoted(image: string): string {
  const open = image.charAt(0);
  return `${OPENING[open] ?? open}${image.slice(1, -1)}${QUOTE_PAIRS[open] ?? open}`;
}

interface LexerHint {
  readonly text: string;
  /** What to write instead of the character, for an editor's quick fix. */
  readonly replacement?: string;
}

/**
 * A character that cannot be seen (a zero width space in `bereikbaar​_24_uur`) or that looks
 * like another (a Cyrillic е in `еn`, a wide ＝): named by its code point and what it is, since
 * ‘Het teken ‘​’’ shows nothing and ‘Het teken ‘е’’ shows an e.
 */
function unusualCharacter(text: string, offset: number): (LexerHint & { readonly teken: string }) | undefined {
  const code = text.codePointAt(offset) as number;
  const ch = String.fromCodePoint(code);
  const copied = "het komt vaak mee bij kopiëren uit een document of webpagina";
  const invisible = invisibleCharacterName(ch);
  if (invisible !== undefined) {
    const before = /[\p{L}\p{N}_]+$/u.exec(text.slice(Math.max(0, offset - 40), offset))?.[0];
    const advice = before ? `Het staat na ‘${before}’; ${copied}. Verwijder het.` : `Het ${copied.slice("het ".length)}. Verwijder het.`;
    return { teken: `Het onzichtbare teken ${invisible}`, text: advice };
  }
  const lookalike = lookalikeLetter(ch);
  if (lookalike !== undefined) {
    return {
      teken: `De ${lookalike.script} letter ‘${ch}’ (${codePoint(code)})`,
      text: `Die lijkt op de Latijnse ${lookalike.latin}, maar is een ander teken (${copied}). Bedoelt u ‘${lookalike.latin}’?`,
      replacement: lookalike.latin,
    };
  }
  // The full-width forms of ASCII (＝, ＜, （) from an East Asian input method.
  if (code >= 0xff01 && code <= 0xff5e) {
    const plain = String.fromCharCode(code - 0xfee0);
    return { teken: `Het brede teken ‘${ch}’ (${codePoint(code)})`, text: `Bedoelt u ‘${plain}’?`, replacement: plain };
  }
  return undefined;
}

function lexerHint(text: string, offset: number): LexerHint | undefined {
  const ch = text.charAt(offset);
  // `40 – 5`: a dash from a word processor where a minus belongs. Not read as one: a dash in a
  // condition may also be a text that lost its quotes.
  if (ch === "–" || ch === "—") return { text: "Bedoelt u ‘-’?", replacement: "-" };
  if (ch === "”" || ch === "’") return { text: "Zet een tekst tussen aanhalingstekens die bij elkaar horen: \"HKZ\", “HKZ” of ‘HKZ’." };
  const plain = plainLexerHint(text, offset);
  return plain === undefined ? undefined : { text: plain };
}

function plainLexerHint(text: string, offset: number): string | undefined {
  const ch = text.charAt(offset);
  if (ch === "%") return /\d/.test(text.charAt(offset + 1)) && !/\d/.test(text.charAt(offset - 1)) ? "Het procentteken staat achter het getal: 30%." : "Schrijf een percentage zonder spatie: 30%.";
  if (ch === "&") return "Schrijf ‘en’ in plaats van ‘&’.";
  if (ch === "|") return "Schrijf ‘of’ in plaats van ‘|’.";
  if (ch === "!") return "Schrijf ‘niet’ in plaats van ‘!’, of ‘≠’ (of ‘!=’) voor ‘is niet gelijk aan’.";
  if (ch === ";") return "Argumenten en lijstelementen worden gescheiden door een komma.";
  if (ch === "€") return "Schrijf een bedrag als € 1500 of € 1500.50.";
  return undefined;
}

/** English operator words an author may type out of habit, and the Dutch ones. */
const ENGLISH_WORDS: ReadonlyMap<string, string> = new Map([
  ["and", "en"],
  ["or", "of"],
  ["not", "niet"],
]);

/** The expression ends with a parenthesis still open: which one, with the text after it. */
function unclosedParenthesis(text: string, tokens: readonly IToken[]): string | undefined {
  // From the tokens, so a parenthesis inside a text (between any kind of quotes) does not count.
  const open: number[] = [];
  for (const token of tokens) {
    if (token.tokenType === LParen) open.push(token.startOffset);
    else if (token.tokenType === RParen) open.pop();
  }
  const at = open[0];
  if (at === undefined) return undefined;
  const after = text.slice(at + 1, at + 31).replace(/\s+/g, " ").trim();
  if (after === "") return undefined;
  return `Het haakje ‘(’ voor ‘${after}${at + 31 < text.length ? "…" : ""}’ wordt niet gesloten; zet een ‘)’ waar het deel tussen haakjes ophoudt.`;
}

function parserHint(error: IRecognitionException, text: string): string | undefined {
  const token = error.token;
  if (token.tokenType.name === "Comma" && /\d,\d/.test(text.slice(Math.max(0, token.startOffset - 1), token.startOffset + 2))) {
    // 1.000,5 or € 1.500,00: written the Dutch way, with a point between the thousands.
    const before = text.slice(0, token.startOffset + 1 + (/^\d+/.exec(text.slice(token.startOffset + 1))?.[0].length ?? 0));
    const written = /(?<![\d.])(?:\d{1,3}(?:\.\d{3})+|\d+),\d+$/.exec(before)?.[0];
    return (written !== undefined ? decimalCommaAdvice(written) : undefined) ?? DECIMAL_COMMA_ADVICE;
  }
  // `1e5`: the lexer reads the number 1 and then the name e5. Numbers are written out in full.
  const exponent = /^[eE][0-9]+$/.test(token.image) ? /(?<![\w.])(\d+(?:\.\d+)?)$/.exec(text.slice(0, token.startOffset))?.[1] : undefined;
  if (token.tokenType.name === "Identifier" && exponent !== undefined) {
    const value = Number(`${exponent}${token.image}`);
    const written = Math.abs(value) <= Number.MAX_SAFE_INTEGER && !String(value).includes("e") ? String(value) : undefined;
    return written !== undefined
      ? `Schrijf het getal voluit, zonder e: ${written} in plaats van ${exponent}${token.image}.`
      : `Schrijf het getal voluit, zonder e (${exponent}${token.image}); een getal groter dan 9007199254740991 kan beleid niet precies rekenen.`;
  }
  if (token.tokenType.name === "Identifier" && /^(EN|OF|NIET|En|Of|Niet)$/.test(token.image)) {
    return `Sleutelwoorden worden met kleine letters geschreven: ‘${token.image.toLowerCase()}’.`;
  }
  if (token.tokenType.name === "Identifier" && ENGLISH_WORDS.has(token.image.toLowerCase())) {
    return `Voorwaarden worden in het Nederlands geschreven: ‘${ENGLISH_WORDS.get(token.image.toLowerCase()) ?? ""}’ in plaats van ‘${token.image}’.`;
  }
  if (token.tokenType.name === "Identifier" && MAANDEN.includes(token.image.toLowerCase())) {
    return "Schrijf een datum als jjjj-mm-dd, zonder aanhalingstekens: 2027-01-01 voor 1 januari 2027.";
  }
  // `'>= 5'`: a comparison without what it compares (compiler/load/yamlErrors.ts says the same
  // when YAML refuses the value).
  if (["GreaterOrEqual", "LessOrEqual", "NotEqual", "Equal", "GreaterThan", "LessThan"].includes(token.tokenType.name) && text.slice(0, token.startOffset).trim() === "") {
    return `Een vergelijking begint met de naam van het feit dat vergeleken wordt, bijvoorbeeld ‘behandelindex ${text.trim()}’.`;
  }
  // `werkdagen_tot_eerste_afspraak <= 5 werkdagen`: a unit after the number. A name with an
  // underscore is more likely a fact after a missing `en` or `of`.
  const number = /(\d+(?:\.\d+)?%?)\s+$/.exec(text.slice(0, token.startOffset))?.[1];
  if (token.tokenType.name === "Identifier" && number !== undefined && /^\p{Ll}+$/u.test(token.image)) {
    const unit = token.image;
    if (unit === "procent") return `Schrijf een percentage met een procentteken: ${number.replace(/%$/, "")}%.`;
    if (unit === "euro") return `Schrijf een bedrag als € ${number}.`;
    return `Een eenheid hoort niet in de voorwaarde: schrijf alleen het getal (${number}). De eenheid staat bij het feit, onder ‘feiten’ (‘eenheid: ${unit}’).`;
  }
  // `=>` and `=<`: the comparison written the wrong way round (the lexer reads `=` and then `>`).
  const pair = text.slice(Math.max(0, token.startOffset - 1), token.startOffset + 1);
  if (pair === "=>") return "Bedoelt u ‘>=’ (groter dan of gelijk aan)?";
  if (pair === "=<") return "Bedoelt u ‘<=’ (kleiner dan of gelijk aan)?";
  return undefined;
}
