/**
 * What every template of the change report gets and the phrases several families of templates
 * share: the change's arguments (formatted and raw), what the report knows of the two versions
 * beyond them (SentenceContext), agreement in number ("de randvoorwaarde" or "de
 * randvoorwaarden"), "van … naar …", a rule by its name (and its old name) and "; ook de tekst
 * is aangepast". The templates themselves are in templates.ts and the modules it joins.
 */

export interface TemplateArgs {
  /** Formatted arguments, by name. */
  readonly a: Readonly<Record<string, string>>;
  /** Raw arguments, for agreement (singular or plural). */
  readonly raw: Readonly<Record<string, unknown>>;
  readonly voor: string;
  /** What the report knows of the two versions beyond the change's own arguments (report.ts). */
  readonly context?: SentenceContext;
}

/**
 * What a sentence may need from the versions compared rather than from the change: it is the
 * same for every change of the comparison (the contract years) or read from the models when the
 * sentence is written (the fact's description, the rules that read it), and so is no argument
 * of the change (no part of its fingerprint or of the JSON report).
 */
export interface SentenceContext {
  /** The contract years, when the versions have different ones. */
  readonly contractYears?: { readonly oud: string; readonly nieuw: string };
  /**
   * A fact (feit_bereik_gewijzigd): its description as the policy gives it, and the rules that
   * read it as the sentence names them ("randvoorwaarde ‘…’").
   */
  readonly fact?: {
    readonly description: string;
    readonly rules: readonly string[];
    /** The descriptions of the facts it may not exceed (`niet_groter_dan`), by key. */
    readonly wholes?: Readonly<Record<string, string>>;
  };
  /** A threshold (drempel_gewijzigd) whose exclusion's exception route changed only with it. */
  readonly routeFollows?: boolean;
  /**
   * Rows of a table (tabelrijen_*), in the order of the change's `rijen`, as the document names
   * them: "Orthopedisch schoeisel", not the key ‘orthopedische_schoenen’ (compareTables.ts, rowName).
   */
  readonly rows?: readonly string[];
  /**
   * A paragraph with a heading of its own added to or removed from a subject (tekst_toegevoegd,
   * tekst_verwijderd keyed `paragraaf:…`, compareDocument.ts): its heading as the version that
   * has it gives it.
   */
  readonly paragraph?: string;
}

export type Template = (args: TemplateArgs) => string;

export const count = (raw: unknown): number => (Array.isArray(raw) ? raw.length : typeof raw === "number" ? raw : 0);

const PLURAL: Record<string, string> = {
  randvoorwaarde: "randvoorwaarden",
  "aanvullende voorwaarde": "aanvullende voorwaarden",
  differentiatiefactor: "differentiatiefactoren",
  uitsluiting: "uitsluitingen",
  "voorwaarde om benaderd te worden": "voorwaarden om benaderd te worden",
  "uitzondering op het benaderen": "uitzonderingen op het benaderen",
  "voorwaarde voor selectieve inkoop": "voorwaarden voor selectieve inkoop",
};

/** "de randvoorwaarde ‘a’" or, for several rules, "de randvoorwaarden ‘a’ en ‘b’". */
export const several = (raw: unknown) => Array.isArray(raw) && raw.length > 1;
export const plural = (soort: unknown) => PLURAL[String(soort)] ?? String(soort).replace(/^voorwaarde voor selectieve inkoop van /, "voorwaarden voor selectieve inkoop van ");

/**
 * "van 150 naar 140"; for a date compared across a change of contract year, with the years
 * ("van 1 juli 2025 voor het contractjaar 2026 naar 15 juni 2026 voor het contractjaar 2027"):
 * earlier or later is then meant for the contract year, which the bare dates would not show.
 */
export const fromTo = (a: TemplateArgs["a"], raw: TemplateArgs["raw"]) =>
  raw.jaar_oud !== undefined
    ? `van ${a.oud} voor het contractjaar ${a.jaar_oud} naar ${a.nieuw} voor het contractjaar ${a.jaar_nieuw}`
    : `van ${a.oud} naar ${a.nieuw}`;

/**
 * A rule by its name; a renamed rule by both, the old name first, as a reader of the old version
 * knows it: "‘landelijke behandelindex hoger dan 140’ (nu ‘landelijke behandelindex hoger dan
 * 130’)".
 */
export const ruleName = (a: TemplateArgs["a"], raw: TemplateArgs["raw"]) => (raw.oude_naam !== undefined && raw.oude_naam !== raw.naam ? `${a.oude_naam} (nu ${a.naam})` : (a.naam ?? ""));

/** "; ook de tekst is aangepast" when the text changed along with what the sentence says. */
export const alsoText = (raw: TemplateArgs["raw"]) => (raw.ook_tekst === "ja" ? "; ook de tekst is aangepast" : "");
