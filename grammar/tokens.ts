/**
 * Tokens of the expression language. Keywords are Dutch (`en`, `of`, `niet`, …) and use
 * `longer_alt: Identifier` so that a fact called `nietig` or `enquete` stays one name.
 * Operators are grouped in categories (comparison, additive, multiplicative) so the parser
 * rules can refer to a whole group. Every token has a Dutch `LABEL` for error messages.
 *
 * Order matters: Chevrotain takes the first pattern that matches, so a date (`2025-10-24`)
 * comes before a number and a percentage (`30%`) before a plain number.
 */

import type { TokenType } from "chevrotain";
import { createToken, Lexer } from "./chevrotain.js";

const LETTER = "a-zA-Z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\r\n\u00A0]+/,
  group: Lexer.SKIPPED,
});

export const Identifier = createToken({
  name: "Identifier",
  pattern: new RegExp(`[${LETTER}][${LETTER}0-9]*`),
  label: "een naam",
});

function keyword(word: string): TokenType {
  return createToken({
    name: word[0]!.toUpperCase() + word.slice(1),
    pattern: new RegExp(word),
    longer_alt: Identifier,
    label: `‘${word}’`,
  });
}

export const En = keyword("en");
export const Of = keyword("of");
export const Niet = keyword("niet");
export const Ja = keyword("ja");
export const Nee = keyword("nee");
export const In = keyword("in");
export const Bevat = keyword("bevat");
export const Tussen = keyword("tussen");

export const DateLiteral = createToken({
  name: "DateLiteral",
  pattern: /\d{4}-\d{2}-\d{2}/,
  label: "een datum",
});
export const PercentLiteral = createToken({
  name: "PercentLiteral",
  pattern: /\d+(?:\.\d+)?%/,
  label: "een percentage",
});
export const AmountLiteral = createToken({
  name: "AmountLiteral",
  pattern: /€ ?\d+(?:\.\d+)?/,
  label: "een bedrag",
});
export const NumberLiteral = createToken({
  name: "NumberLiteral",
  pattern: /\d+(?:\.\d+)?/,
  label: "een getal",
});
/**
 * A text between straight quotes ("HKZ", 'HKZ') or curly ones (“HKZ”, ‘HKZ’): beleid's own
 * messages name values between ‘ and ’, so a value copied from a hint must read as text. Inside
 * ‘…’ a ’ followed by a letter is an apostrophe (‘’s-Hertogenbosch’, ‘auto’s’), not the end.
 */
export const StringLiteral = createToken({
  name: "StringLiteral",
  pattern: new RegExp(`"[^"\\n]*"|“[^”\\n]*”|'[^'\\n]*'|‘(?:[^’\\n]|’(?=[${LETTER}]))*’(?![${LETTER}])`),
  label: "een tekst tussen aanhalingstekens",
});

/** Every quote a text can begin or end with. */
const QUOTE = `"“”'‘’`;

/**
 * A text that ends with another kind of quote than it begins with (“HKZ", 'HKZ’): read as a
 * text, so one mistake gives one diagnostic (grammar/parse.ts reports it, BL106, with the text
 * written as it was meant). Tried after `StringLiteral`, so a well-quoted text never gets here.
 */
export const MismatchedStringLiteral = createToken({
  name: "MismatchedStringLiteral",
  pattern: new RegExp(`[${QUOTE}](?:[^${QUOTE}\\n]|’(?=[${LETTER}]))+[${QUOTE}](?![${LETTER}])`),
  categories: StringLiteral,
  label: "een tekst tussen aanhalingstekens",
});

export const ComparisonOperator = createToken({
  name: "ComparisonOperator",
  pattern: Lexer.NA,
  label: "een vergelijking",
});
export const GreaterOrEqual = createToken({
  name: "GreaterOrEqual",
  pattern: />=|≥/,
  categories: ComparisonOperator,
  label: "‘>=’",
});
export const LessOrEqual = createToken({
  name: "LessOrEqual",
  pattern: /<=|≤/,
  categories: ComparisonOperator,
  label: "‘<=’",
});
export const NotEqual = createToken({
  name: "NotEqual",
  pattern: /!=|≠|<>/,
  categories: ComparisonOperator,
  label: "‘≠’",
});
export const Equal = createToken({
  name: "Equal",
  pattern: /==?/,
  categories: ComparisonOperator,
  label: "‘=’",
});
export const GreaterThan = createToken({
  name: "GreaterThan",
  pattern: />/,
  categories: ComparisonOperator,
  label: "‘>’",
});
export const LessThan = createToken({
  name: "LessThan",
  pattern: /</,
  categories: ComparisonOperator,
  label: "‘<’",
});

export const AdditiveOperator = createToken({
  name: "AdditiveOperator",
  pattern: Lexer.NA,
  label: "‘+’ of ‘-’",
});
export const Plus = createToken({
  name: "Plus",
  pattern: /\+/,
  categories: AdditiveOperator,
  label: "‘+’",
});
export const Minus = createToken({
  name: "Minus",
  pattern: /-|−/,
  categories: AdditiveOperator,
  label: "‘-’",
});

export const MultiplicativeOperator = createToken({
  name: "MultiplicativeOperator",
  pattern: Lexer.NA,
  label: "‘*’ of ‘/’",
});
export const Times = createToken({
  name: "Times",
  pattern: /\*|×/,
  categories: MultiplicativeOperator,
  label: "‘*’",
});
export const Divide = createToken({
  name: "Divide",
  pattern: /\//,
  categories: MultiplicativeOperator,
  label: "‘/’",
});

export const LParen = createToken({ name: "LParen", pattern: /\(/, label: "‘(’" });
export const RParen = createToken({ name: "RParen", pattern: /\)/, label: "‘)’" });
export const LBracket = createToken({ name: "LBracket", pattern: /\[/, label: "‘[’" });
export const RBracket = createToken({ name: "RBracket", pattern: /\]/, label: "‘]’" });
export const Comma = createToken({ name: "Comma", pattern: /,/, label: "‘,’" });
export const Dot = createToken({ name: "Dot", pattern: /\./, label: "‘.’" });

/** All tokens in lexing order. */
export const allTokens: TokenType[] = [
  WhiteSpace,
  DateLiteral,
  PercentLiteral,
  AmountLiteral,
  NumberLiteral,
  StringLiteral,
  MismatchedStringLiteral,
  En,
  Of,
  Niet,
  Ja,
  Nee,
  In,
  Bevat,
  Tussen,
  Identifier,
  ComparisonOperator,
  GreaterOrEqual,
  LessOrEqual,
  NotEqual,
  Equal,
  GreaterThan,
  LessThan,
  AdditiveOperator,
  Plus,
  Minus,
  MultiplicativeOperator,
  Times,
  Divide,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  Dot,
];

/** The reserved words; a fact may not be named after one of them. */
export const KEYWORDS: readonly string[] = ["en", "of", "niet", "ja", "nee", "in", "bevat", "tussen"];

/** How the lexer is made; test/grammar/lexer.test.ts makes it once more with Chevrotain's validations. */
export const LEXER_CONFIG = { positionTracking: "onlyOffset", ensureOptimizations: false } as const;

// Chevrotain's checks of the token definitions cost every process ~2.5 ms (measured); the
// definitions are fixed, so the test suite runs the checks instead.
export const expressionLexer = new Lexer(allTokens, { ...LEXER_CONFIG, skipValidations: true });
