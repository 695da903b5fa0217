/**
 * The expression grammar as a Chevrotain CST parser. The rules read like the grammar in
 * `docs/taal.md` (lowest precedence first):
 *
 *   expressie     := of
 *   of            := en ("of" en)*
 *   en            := ontkenning ("en" ontkenning)*
 *   ontkenning    := "niet" ontkenning | vergelijking
 *   vergelijking  := som ( VERGELIJKING som | "in" som | "niet" "in" som
 *                        | "bevat" som | "tussen" som "en" som )*
 *   som           := product (("+" | "-") product)*
 *   product       := negatief (("*" | "/") negatief)*
 *   negatief      := "-" negatief | achtervoegsel
 *   achtervoegsel := primair ( "[" expressie "]" | "." NAAM )*
 *   primair       := LETTERLIJK | NAAM | NAAM "(" argumenten? ")" | "(" expressie ")"
 *                  | "[" (expressie ("," expressie)*)? "]"
 *
 * A comparison accepts a chain syntactically so the AST builder can report `a < b < c` with
 * its own clear diagnostic instead of a bare parse error. The CST is turned into the AST by
 * the visitor in `toAst.ts`.
 */

import type { IOrAlt, IParserErrorMessageProvider, TokenType } from "chevrotain";
import { CstParser } from "./chevrotain.js";
import * as t from "./tokens.js";

const quoteToken = (token: { image: string }): string => `‘${token.image}’`;

function describeExpected(expected: TokenType[][]): string {
  const labels = new Set<string>();
  for (const path of expected) {
    const first = path[0];
    if (first) labels.add(first.LABEL ?? first.name);
  }
  const list = [...labels];
  if (list.length === 0) return "iets anders";
  if (list.length <= 6) return new Intl.ListFormat("nl", { type: "disjunction" }).format(list);
  return "een waarde, een naam of een bewerking";
}

/** Dutch parser messages; the diagnostic code is chosen in `parse.ts`. */
export const dutchParserMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    const want = expected.LABEL ?? expected.name;
    if (actual.tokenType.name === "EOF") return `De expressie houdt op waar ${want} verwacht werd.`;
    return `Onverwacht ${quoteToken(actual)}; verwacht werd ${want}.`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `Onverwacht ${quoteToken(firstRedundant)}: de expressie is hiervoor al compleet.`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual }) {
    const token = actual[0];
    const expected = describeExpected(expectedPathsPerAlt.flat());
    if (!token || token.tokenType.name === "EOF") {
      return `De expressie houdt op waar ${expected} verwacht werd.`;
    }
    return `Onverwacht ${quoteToken(token)}; verwacht werd ${expected}.`;
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual }) {
    const token = actual[0];
    const expected = describeExpected(expectedIterationPaths);
    if (!token || token.tokenType.name === "EOF") {
      return `De expressie houdt op waar ${expected} verwacht werd.`;
    }
    return `Onverwacht ${quoteToken(token)}; verwacht werd ${expected}.`;
  },
};

export class ExpressionParser extends CstParser {
  /**
   * `validateGrammar` checks the grammar itself (ambiguities, left recursion) while the parser
   * is built; that is a fixed cost for every `beleid` process, so it is only done where the
   * grammar is tested (test/grammar/parser.test.ts).
   */
  constructor(options: { readonly validateGrammar?: boolean } = {}) {
    super(t.allTokens, {
      recoveryEnabled: true,
      maxLookahead: 3,
      errorMessageProvider: dutchParserMessages,
      skipValidations: !options.validateGrammar,
    });
    this.performSelfAnalysis();
  }

  // The alternatives of the rules that run for every operand are made once: written inline,
  // an array of closures is built on every call, and that showed in profiles.
  private negationAlternatives: IOrAlt<unknown>[] | undefined;
  private minusAlternatives: IOrAlt<unknown>[] | undefined;
  private primaryAlternatives: IOrAlt<unknown>[] | undefined;

  expressie = this.RULE("expressie", () => {
    this.SUBRULE(this.of);
  });

  of = this.RULE("of", () => {
    this.SUBRULE(this.en, { LABEL: "operands" });
    this.MANY(() => {
      this.CONSUME(t.Of);
      this.SUBRULE2(this.en, { LABEL: "operands" });
    });
  });

  en = this.RULE("en", () => {
    this.SUBRULE(this.ontkenning, { LABEL: "operands" });
    this.MANY(() => {
      this.CONSUME(t.En);
      this.SUBRULE2(this.ontkenning, { LABEL: "operands" });
    });
  });

  ontkenning = this.RULE("ontkenning", () => {
    this.OR((this.negationAlternatives ??= [
      {
        ALT: () => {
          this.CONSUME(t.Niet);
          this.SUBRULE(this.ontkenning);
        },
      },
      { ALT: () => this.SUBRULE(this.vergelijking) },
    ]));
  });

  vergelijking = this.RULE("vergelijking", () => {
    this.SUBRULE(this.som, { LABEL: "operand" });
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(t.ComparisonOperator, { LABEL: "operator" });
            this.SUBRULE2(this.som, { LABEL: "right" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.In, { LABEL: "operator" });
            this.SUBRULE3(this.som, { LABEL: "right" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.Niet, { LABEL: "operator" });
            this.CONSUME2(t.In, { LABEL: "operator" });
            this.SUBRULE4(this.som, { LABEL: "right" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.Bevat, { LABEL: "operator" });
            this.SUBRULE5(this.som, { LABEL: "right" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.Tussen, { LABEL: "operator" });
            this.SUBRULE6(this.som, { LABEL: "right" });
            this.CONSUME(t.En, { LABEL: "operator" });
            this.SUBRULE7(this.som, { LABEL: "right" });
          },
        },
      ]);
    });
  });

  som = this.RULE("som", () => {
    this.SUBRULE(this.product, { LABEL: "operands" });
    this.MANY(() => {
      this.CONSUME(t.AdditiveOperator, { LABEL: "operators" });
      this.SUBRULE2(this.product, { LABEL: "operands" });
    });
  });

  product = this.RULE("product", () => {
    this.SUBRULE(this.negatief, { LABEL: "operands" });
    this.MANY(() => {
      this.CONSUME(t.MultiplicativeOperator, { LABEL: "operators" });
      this.SUBRULE2(this.negatief, { LABEL: "operands" });
    });
  });

  negatief = this.RULE("negatief", () => {
    this.OR((this.minusAlternatives ??= [
      {
        ALT: () => {
          this.CONSUME(t.Minus);
          this.SUBRULE(this.negatief);
        },
      },
      { ALT: () => this.SUBRULE(this.achtervoegsel) },
    ]));
  });

  achtervoegsel = this.RULE("achtervoegsel", () => {
    this.SUBRULE(this.primair);
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(t.LBracket, { LABEL: "suffix" });
            this.SUBRULE(this.expressie, { LABEL: "index" });
            this.CONSUME(t.RBracket, { LABEL: "suffix" });
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.Dot, { LABEL: "suffix" });
            this.CONSUME(t.Identifier, { LABEL: "suffix" });
          },
        },
      ]);
    });
  });

  primair = this.RULE("primair", () => {
    this.OR((this.primaryAlternatives ??= [
      { ALT: () => this.CONSUME(t.NumberLiteral) },
      { ALT: () => this.CONSUME(t.PercentLiteral) },
      { ALT: () => this.CONSUME(t.AmountLiteral) },
      { ALT: () => this.CONSUME(t.DateLiteral) },
      { ALT: () => this.CONSUME(t.StringLiteral) },
      { ALT: () => this.CONSUME(t.Ja) },
      { ALT: () => this.CONSUME(t.Nee) },
      { ALT: () => this.SUBRULE(this.aanroepOfNaam) },
      { ALT: () => this.SUBRULE(this.haakjes) },
      { ALT: () => this.SUBRULE(this.lijst) },
    ]));
  });

  aanroepOfNaam = this.RULE("aanroepOfNaam", () => {
    this.CONSUME(t.Identifier);
    this.OPTION(() => {
      this.CONSUME(t.LParen);
      this.OPTION2(() => {
        this.SUBRULE(this.expressie, { LABEL: "args" });
        this.MANY(() => {
          this.CONSUME(t.Comma);
          this.SUBRULE2(this.expressie, { LABEL: "args" });
        });
      });
      this.CONSUME(t.RParen);
    });
  });

  haakjes = this.RULE("haakjes", () => {
    this.CONSUME(t.LParen);
    this.SUBRULE(this.expressie);
    this.CONSUME(t.RParen);
  });

  lijst = this.RULE("lijst", () => {
    this.CONSUME(t.LBracket);
    this.OPTION(() => {
      this.SUBRULE(this.expressie, { LABEL: "items" });
      this.MANY(() => {
        this.CONSUME(t.Comma);
        this.SUBRULE2(this.expressie, { LABEL: "items" });
      });
    });
    this.CONSUME(t.RBracket);
  });
}

/** One shared instance: self-analysis is expensive, parsing with `input =` is cheap. */
export const expressionParser = new ExpressionParser();
