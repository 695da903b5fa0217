/**
 * The checked policy model: what the checker produces and what every later stage consumes
 * (the emitter, the change report, the document renderer, the language server). Plain data,
 * names resolved, expressions typed, a span on every node. If a later stage needs something,
 * it belongs here; nothing downstream reads the YAML again.
 */

import type { BinaryOperator } from "../grammar/ast.js";
import type { Span } from "./span.js";

// --- Values and types ------------------------------------------------------------------------

export type FactType = "getal" | "percentage" | "bedrag" | "datum" | "ja/nee" | "tekst" | "keuze" | "verzameling";

/** The type of an expression's value. `values` narrows texts and sets to a known list. */
export type ValueType =
  | { readonly kind: "getal" }
  | { readonly kind: "percentage" }
  | { readonly kind: "bedrag" }
  | { readonly kind: "datum" }
  | { readonly kind: "janee" }
  | { readonly kind: "tekst"; readonly values?: readonly string[] }
  | { readonly kind: "verzameling"; readonly values?: readonly string[] }
  | { readonly kind: "lijst"; readonly element: ValueType };

/** A typed, resolved expression. `nullable`: the value can be unknown at run time. */
export type TExpr = TExprNode & { readonly type: ValueType; readonly nullable: boolean; readonly span: Span };

export type TExprNode =
  | { readonly kind: "literal"; readonly value: number | string | boolean }
  | { readonly kind: "list"; readonly items: readonly TExpr[] }
  | { readonly kind: "fact"; readonly fact: string }
  /** The care type being decided; a constant inside each care type's evaluator. */
  | { readonly kind: "zorgsoort" }
  /** The policy's contract year (`jaar`). */
  | { readonly kind: "contractjaar" }
  /** Whether the base conditions of the care type hold; only in approach rules. */
  | { readonly kind: "voorwaardenVoldaan" }
  /** Whether the provider gets an agreement (conditions met, not excluded, tier reached); only in approach rules. */
  | { readonly kind: "inAanmerking" }
  /** A cell of a lookup table. With a constant key the emitter resolves it at compile time. */
  | { readonly kind: "cell"; readonly table: string; readonly column: string; readonly key: TExpr }
  | { readonly kind: "call"; readonly fn: string; readonly args: readonly TExpr[] }
  | { readonly kind: "not"; readonly operand: TExpr }
  | { readonly kind: "negate"; readonly operand: TExpr }
  | { readonly kind: "binary"; readonly operator: BinaryOperator; readonly left: TExpr; readonly right: TExpr }
  | { readonly kind: "between"; readonly operand: TExpr; readonly low: TExpr; readonly high: TExpr };

/** An expression as written in the file, with its typed form. */
export interface Expression {
  /** The text as the author wrote it (YAML quoting removed). */
  readonly source: string;
  readonly expr: TExpr;
}

// --- The policy ------------------------------------------------------------------------------

export type PolicyKind = "inkoopbeleid" | "gedeeld";
export type Status = "definitief" | "voornemen";

export type RuleKind =
  | "randvoorwaarde"
  | "aanvullende_voorwaarde"
  | "differentiatiefactor"
  | "uitsluiting"
  | "benaderingsvoorwaarde"
  | "benaderingsuitsluiting"
  /** Says on which condition a part of the care (`deelzorg`) is purchased from the provider; never decides the agreement. */
  | "selectieve_inkoop";

export interface PolicyModel {
  /** The .policy file this model was compiled from. */
  readonly file: string;
  readonly kind: PolicyKind;
  readonly meta: PolicyMeta;
  /** Chapters, sorted by number; included ones carry the file they came from. */
  readonly chapters: readonly Chapter[];
  /** Facts in declaration order; declarations (`verklaring: ja`) follow, one per rule. */
  readonly facts: readonly Fact[];
  readonly careTypes: readonly CareType[];
  readonly groups: readonly RuleGroup[];
  /** All rules in file order, groups flattened. */
  readonly rules: readonly Rule[];
  readonly dateRules: readonly DateRule[];
  readonly tables: readonly Table[];
  readonly milestones: readonly Milestone[];
  readonly texts: readonly ProseText[];
  /** Files included with `omvat`, as written (relative to this file). */
  readonly includes: readonly string[];
}

export interface PolicyMeta {
  readonly organisation: string;
  readonly insurer: string;
  readonly domain: string;
  readonly title: string;
  readonly year: number;
  readonly version: string;
  readonly published?: string;
  readonly previous?: string;
  readonly span: Span;
  /** Where `domein`, `versie` and `vorige` are written, for diagnostics about a pair of versions. */
  readonly domainSpan: Span;
  readonly versionSpan: Span;
  readonly previousSpan?: Span;
}

export interface Chapter {
  readonly id: string;
  /** Display number such as "3.1". */
  readonly number: string;
  readonly title: string;
  /**
   * The order of the chapter's parts in the document (`volgorde`), when the policy gives one.
   * Parts it does not name follow in the fixed order (compiler/render/layout.ts).
   */
  readonly order?: readonly ChapterPartRef[];
  readonly was?: string;
  /** The included file this chapter comes from; absent for the policy's own chapters. */
  readonly from?: string;
  readonly span: Span;
}

export interface Fact {
  readonly id: string;
  readonly type: FactType;
  readonly description: string;
  /** Possible values of a `keuze` or `verzameling`. */
  readonly values?: readonly string[];
  readonly unit?: string;
  /** The smallest and largest value a number, percentage or amount can have (checked by the evaluator). */
  readonly minimum?: number;
  readonly maximum?: number;
  /** A number that is always whole (a count). */
  readonly integer?: boolean;
  /** The fact (of the same type) this number cannot exceed: a part not greater than its whole (checked by the evaluator). */
  readonly notGreaterThan?: string;
  /** The year the fact is about, relative to the contract year (-2 = two years before). */
  readonly referenceYearOffset?: number;
  /** Present when the fact may be unknown: the reason, as the author wrote it. */
  readonly unknownReason?: string;
  /** Set for the yes/no fact that a declaration rule (`verklaring: ja`) creates. */
  readonly declarationOf?: string;
  readonly was?: string;
  readonly span: Span;
}

/** One entry of a chapter's `volgorde`: a part of the document by kind and key. */
export interface ChapterPartRef {
  readonly kind: "tekst" | "groep" | "tabel" | "datumregel" | "overeenkomst" | "differentiatie" | "overeenkomsten" | "planning";
  /** The key of the text, group, table, date rule or care type; absent for `overeenkomsten` and `planning`. */
  readonly id?: string;
  readonly span: Span;
}

export interface CareType {
  readonly id: string;
  readonly name: string;
  readonly agreement: Agreement;
  readonly differentiation?: Differentiation;
  readonly was?: string;
  /**
   * `afgesplitst_van`: the care type of the previous version this one fell under before it was
   * purchased separately. Only the change report reads it, and only when this care type is new.
   */
  readonly splitFrom?: { readonly id: string; readonly span: Span };
  readonly span: Span;
}

export interface Agreement {
  /** `nieuw`: a new agreement is offered; `doorlopend`: a multi-year agreement runs on. */
  readonly kind: "nieuw" | "doorlopend";
  readonly term?: { readonly from: number; readonly to: number };
  readonly chapter: string;
  readonly text: string;
  /** The heading above the agreement's text in the document (`kop`), when there is one. */
  readonly heading?: string;
  /** The agreement's name when there is no differentiation (see `agreementName`). */
  readonly name?: string;
  readonly status: Status;
  readonly span: Span;
}

export interface Differentiation {
  readonly chapter: string;
  readonly introduction?: string;
  /** The heading above the block in the document (`kop`), as the source writes it; default the care type's name. */
  readonly heading?: string;
  /** The heading above the list of factors (`factoren_kop`); default "Differentiatiefactoren:". */
  readonly factorsHeading?: string;
  /** Sorted from most to fewest required factors. */
  readonly tiers: readonly Tier[];
  readonly span: Span;
}

export interface Tier {
  readonly id: string;
  readonly name: string;
  /** Minimum number of differentiation factors. */
  readonly factors: number;
  readonly was?: string;
  readonly span: Span;
}

export interface RuleGroup {
  readonly id: string;
  readonly title: string;
  readonly chapter: string;
  readonly kind: RuleKind;
  readonly careTypes: readonly string[];
  /** True when the group was written with `zorgsoorten: alle`. */
  readonly allCareTypes: boolean;
  /** A sentence before the group's heading that announces it. */
  readonly announcement?: string;
  readonly introduction?: string;
  /** The document puts the rules' texts in one paragraph (`lopende_tekst: ja`), not as bullets. */
  readonly runningText?: boolean;
  readonly status: Status;
  /** Rule ids in order. */
  readonly rules: readonly string[];
  readonly was?: string;
  readonly span: Span;
}

export type RuleLogic =
  | { readonly kind: "voorwaarde"; readonly condition: Expression }
  | { readonly kind: "verklaring"; readonly fact: string };

export interface Rule {
  readonly id: string;
  readonly group: string;
  readonly kind: RuleKind;
  readonly chapter: string;
  /** Short name for explanations and change reports; derived from the text when not given. */
  readonly name: string;
  /** The published text. */
  readonly text: string;
  readonly status: Status;
  /** The care types this rule applies to (the group's, or the rule's narrower list). */
  readonly careTypes: readonly string[];
  readonly logic: RuleLogic;
  /** What an unknown condition counts as; required when the condition can be unknown. */
  readonly whenUnknown?: boolean;
  readonly unknownNote?: string;
  /** The rule applies only when this holds (never unknown). */
  readonly appliesWhen?: Expression;
  /**
   * Selective purchase only (`soort: selectieve_inkoop`): the part of the care the rule is
   * about, as the explanation names it ("paramedische zorg bij de ziekte van Parkinson").
   */
  readonly carePart?: string;
  /** Exclusions only: when an exception is granted, and how to ask for one. */
  readonly exception?: { readonly condition: Expression; readonly route: string; readonly whenUnknown?: boolean };
  /** Author's note (not published), e.g. how an ambiguous sentence was read. */
  readonly note?: string;
  readonly was?: string;
  readonly span: Span;
}

export interface DateRule {
  readonly id: string;
  readonly description: string;
  readonly chapter: string;
  readonly text: string;
  readonly computation: Expression;
  readonly careTypes: readonly string[];
  readonly was?: string;
  readonly span: Span;
}

export type ColumnType = "tekst" | "getal" | "datum" | "verzameling" | "voorwaarde";

export interface Table {
  readonly id: string;
  readonly title: string;
  readonly chapter: string;
  readonly introduction?: string;
  readonly key: { readonly title: string; readonly careTypes: boolean };
  readonly columns: readonly Column[];
  readonly rows: readonly TableRow[];
  readonly status: Status;
  readonly was?: string;
  readonly span: Span;
}

export interface Column {
  readonly id: string;
  readonly title: string;
  readonly type: ColumnType;
}

export interface TableRow {
  readonly key: string;
  /** One cell per column id. */
  readonly cells: Readonly<Record<string, Cell>>;
  /**
   * The source's words for a cell, by column id, where the policy writes them next to the value
   * (`{ waarde: Fysiotherapeut, tekst: "Fysiotherapeut (04)" }`): the document prints these, the
   * evaluator and the conditions use the cell. Absent when no cell of the row has them.
   */
  readonly texts?: Readonly<Record<string, string>>;
  /** The source's words for the row's key (`sleutel: { tekst: "…" }`), printed instead of the key or care type's name. */
  readonly keyText?: string;
  readonly span: Span;
}

export type Cell =
  | { readonly type: "tekst"; readonly value: string }
  | { readonly type: "getal"; readonly value: number }
  | { readonly type: "datum"; readonly value: string }
  | { readonly type: "verzameling"; readonly value: readonly string[] }
  | { readonly type: "voorwaarde"; readonly value: Expression };

export interface Milestone {
  readonly id: string;
  readonly subject: string;
  readonly chapter: string;
  readonly date?: string;
  readonly when?: string;
  readonly kind: "mijlpaal" | "deadline";
  readonly careTypes: readonly string[];
  readonly allCareTypes: boolean;
  readonly was?: string;
  readonly span: Span;
  /** Where the date is written (`datum:`), when there is one. */
  readonly dateSpan?: Span;
}

export interface ProseText {
  readonly id: string;
  readonly chapter: string;
  readonly heading?: string;
  /** How the change report names this section ("het thema verduurzaming van de zorgsector"). */
  readonly subject?: string;
  /** The care types this text is about, when it is about some and not the whole domain. */
  readonly careTypes?: readonly string[];
  readonly text: string;
  readonly status: Status;
  readonly from?: string;
  readonly was?: string;
  readonly span: Span;
}

/** Rule kinds that must all hold for a contract to be offered. */
export const REQUIRED_FOR_OFFER: readonly RuleKind[] = ["randvoorwaarde", "aanvullende_voorwaarde"];
/** Rule kinds whose condition describes who is excluded. */
export const EXCLUSION_KINDS: readonly RuleKind[] = ["uitsluiting", "benaderingsuitsluiting"];
