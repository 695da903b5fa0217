/**
 * The kinds of change the change report knows, with their typed arguments and their mirror
 * (the kind the same change has when the versions are swapped). The Dutch sentences are in
 * `templates.ts`; a test checks that every kind has a template using exactly its arguments.
 */

/** How an argument is shown: counts in words, thresholds and chapters in digits, dates in full. */
export type ArgType =
  | "tekst" // plain text, shown as is
  | "naam" // a name, shown between ‘ ’
  | "aantal" // a small count, shown in words (vijf)
  | "waarde" // a threshold or value in digits (150, 30%, € 1.500, € 1,50); an ISO date as "24 oktober 2025"
  | "datum" // an ISO date, shown as "24 oktober 2025"
  | "moment" // a date or a moment in words ("Half mei 2025"), in running text: "1 juli 2025", "half mei 2025"
  | "namen" // a list of names, ‘a’, ‘b’ en ‘c’
  | "opsomming" // a list of phrases, a, b en c
  | "zorgsoorten"; // a list of care type names, "fysiotherapie en oefentherapie"

export interface KindSpec {
  readonly args: Readonly<Record<string, ArgType>>;
  /** The kind this change has in the reverse diff. */
  readonly mirror: ChangeKind;
  /** Argument pairs that swap in the reverse diff (e.g. oud/nieuw). */
  readonly swap?: readonly (readonly [string, string])[];
  /** Arguments whose value turns into its opposite in the reverse diff (see OPPOSITE). */
  readonly flip?: readonly string[];
  /**
   * Arguments for machines only (the JSON report): the sentence leaves them out, because a
   * policy author would not sign them (an expression with fact identifiers).
   */
  readonly data?: readonly string[];
}

/** Direction words and their opposite, for arguments listed in `flip`. */
export const OPPOSITE: Readonly<Record<string, string>> = {
  verhoogd: "verlaagd",
  verlaagd: "verhoogd",
  vervroegd: "uitgesteld",
  uitgesteld: "vervroegd",
  teruggebracht: "uitgebreid",
  uitgebreid: "teruggebracht",
  // voorwaarde_gewijzigd `verklaring`: a declaration of the provider replaced by a condition
  // (vervallen), or the reverse (ingevoerd); "ongewijzigd" when neither version is one.
  vervallen: "ingevoerd",
  ingevoerd: "vervallen",
  // voorwaarde_gewijzigd: for providers (fewer or more meet the rule).
  aangescherpt: "versoepeld",
  versoepeld: "aangescherpt",
};

const OLD_NEW = [["oud", "nieuw"]] as const;
/**
 * A rule's name in the older version, only when the rule has another name now (same key with a
 * new `naam`, or `was`): the sentence then names both, "‘… hoger dan 140’ (nu ‘… hoger dan
 * 130’)". A pair swaps only where both are present (the laws test).
 */
const NAME = [["oude_naam", "naam"]] as const;
const OLD_NEW_NAME = [...OLD_NEW, ...NAME] as const;
/**
 * A table's title in the older version, only when the table has another title now: the
 * sentence names the table by its new title, after the sentence that says it changed
 * (tabel_titel_gewijzigd); the JSON report has both. Swaps only where present, as NAME.
 */
const TABLE = [["oude_tabel", "tabel"]] as const;
const OLD_NEW_YEARS = [
  ["oud", "nieuw"],
  ["jaar_oud", "jaar_nieuw"],
] as const;

export const CHANGE_KINDS = {
  zorgsoort_toegevoegd: { args: { zorgsoort: "naam" }, mirror: "zorgsoort_verwijderd" },
  zorgsoort_verwijderd: { args: { zorgsoort: "naam" }, mirror: "zorgsoort_toegevoegd" },
  // `afgesplitst_van`: purchased separately now, no longer under care type `onder` (and back).
  zorgsoort_afgesplitst: { args: { zorgsoort: "naam", onder: "naam" }, mirror: "zorgsoort_samengevoegd" },
  zorgsoort_samengevoegd: { args: { zorgsoort: "naam", onder: "naam" }, mirror: "zorgsoort_afgesplitst" },

  // paragraaf: only for the own rules of a new (or dropped) care type outside its own chapter,
  // when their whole group is that care type's: the group's title, which the sentence names.
  regel_toegevoegd: { args: { soort: "tekst", naam: "naam", paragraaf: "naam" }, mirror: "regel_verwijderd" },
  regel_verwijderd: { args: { soort: "tekst", naam: "naam", paragraaf: "naam" }, mirror: "regel_toegevoegd" },
  // deelzorg: only when one of the two kinds is selective purchase, the care it is about (that
  // version's `deelzorg`), which the sentence names; the same in the reverse diff.
  regel_soort_gewijzigd: { args: { naam: "naam", oude_naam: "naam", oud: "tekst", nieuw: "tekst", deelzorg: "tekst" }, mirror: "regel_soort_gewijzigd", swap: OLD_NEW_NAME },
  // The care a rule of selective purchase is about (`deelzorg`): oud and nieuw as written.
  deelzorg_gewijzigd: { args: { soort: "tekst", naam: "naam", oude_naam: "naam", oud: "naam", nieuw: "naam", ook_tekst: "tekst" }, mirror: "deelzorg_gewijzigd", swap: OLD_NEW_NAME },
  status_gewijzigd: { args: { soort: "tekst", naam: "naam", oude_naam: "naam", oud: "tekst", nieuw: "tekst", ook_tekst: "tekst" }, mirror: "status_gewijzigd", swap: OLD_NEW_NAME },
  regel_verplaatst: { args: { soort: "tekst", naam: "naam", oud: "waarde", nieuw: "waarde" }, mirror: "regel_verplaatst", swap: OLD_NEW },
  regel_tekst_gewijzigd: { args: { soort: "tekst", naam: "naam", oude_naam: "naam" }, mirror: "regel_tekst_gewijzigd", swap: NAME },
  // Only the rule's name (`naam`), which the check page and the explanation show.
  regel_naam_gewijzigd: { args: { soort: "tekst", naam: "naam", oude_naam: "naam" }, mirror: "regel_naam_gewijzigd", swap: NAME },
  // A rule that moved with a care type split off (`afgesplitst_van`) from the care types it
  // applied to: oud the care types it was for, nieuw the ones it is for now (and back).
  regel_zorgsoort_gewijzigd: { args: { soort: "tekst", naam: "naam", oude_naam: "naam", oud: "zorgsoorten", nieuw: "zorgsoorten" }, mirror: "regel_zorgsoort_gewijzigd", swap: OLD_NEW_NAME },
  // For a date, grens says whether it is a deadline ("uiterste datum") or another
  // "datumgrens"; jaar_oud and jaar_nieuw only for a date compared across a change of contract year.
  drempel_gewijzigd: {
    args: { soort: "tekst", naam: "naam", oude_naam: "naam", oud: "waarde", nieuw: "waarde", richting: "tekst", grens: "tekst", jaar_oud: "waarde", jaar_nieuw: "waarde" },
    mirror: "drempel_gewijzigd",
    swap: [...OLD_NEW_YEARS, ...NAME],
    flip: ["richting"],
  },
  waarden_gewijzigd: {
    args: { soort: "tekst", naam: "naam", oude_naam: "naam", toegevoegd: "namen", vervallen: "namen" },
    mirror: "waarden_gewijzigd",
    swap: [["toegevoegd", "vervallen"], ...NAME],
  },
  voorwaarde_gewijzigd: {
    args: { soort: "tekst", naam: "naam", oude_naam: "naam", oud: "tekst", nieuw: "tekst", ook_tekst: "tekst", verklaring: "tekst", richting: "tekst" },
    mirror: "voorwaarde_gewijzigd",
    swap: [
      ["oud", "nieuw"],
      ["oude_naam", "naam"],
    ],
    flip: ["verklaring", "richting"],
    data: ["oud", "nieuw"],
  },
  uitzondering_toegevoegd: { args: { soort: "tekst", naam: "naam", oude_naam: "naam" }, mirror: "uitzondering_verwijderd", swap: NAME },
  uitzondering_verwijderd: { args: { soort: "tekst", naam: "naam", oude_naam: "naam" }, mirror: "uitzondering_toegevoegd", swap: NAME },
  // voorwaarde: aangescherpt, versoepeld, gewijzigd or nee; route: ja, tekst (only the spelling) or nee.
  uitzondering_gewijzigd: { args: { soort: "tekst", naam: "naam", oude_naam: "naam", voorwaarde: "tekst", route: "tekst" }, mirror: "uitzondering_gewijzigd", swap: NAME, flip: ["voorwaarde"] },
  toepassing_gewijzigd: { args: { soort: "tekst", naam: "naam", oude_naam: "naam", oud: "tekst", nieuw: "tekst" }, mirror: "toepassing_gewijzigd", swap: OLD_NEW_NAME },
  onbekend_gewijzigd: { args: { soort: "tekst", naam: "naam", oude_naam: "naam", oud: "tekst", nieuw: "tekst" }, mirror: "onbekend_gewijzigd", swap: OLD_NEW_NAME },

  // vervallen (or toegevoegd): the one tier that went (or came) when nothing else changed, with
  // the providers it was (is) for (groep) and the tier they get in the version without it
  // (anders; absent: none). The same in the reverse diff, with vervallen and toegevoegd swapped.
  overeenkomsten_aantal_gewijzigd: {
    args: { oud: "aantal", nieuw: "aantal", richting: "tekst", vervallen: "tekst", toegevoegd: "tekst", groep: "tekst", anders: "tekst" },
    mirror: "overeenkomsten_aantal_gewijzigd",
    swap: [...OLD_NEW, ["vervallen", "toegevoegd"]],
    flip: ["richting"],
  },
  overeenkomsten_drempels_gewijzigd: { args: { oud: "tekst", nieuw: "tekst" }, mirror: "overeenkomsten_drempels_gewijzigd", swap: OLD_NEW },
  overeenkomst_hernoemd: { args: { oud: "naam", nieuw: "naam", factoren: "aantal" }, mirror: "overeenkomst_hernoemd", swap: OLD_NEW },
  differentiatie_ingevoerd: { args: { aantal: "aantal" }, mirror: "differentiatie_vervallen" },
  differentiatie_vervallen: { args: { aantal: "aantal" }, mirror: "differentiatie_ingevoerd" },
  contractsoort_gewijzigd: { args: { oud: "tekst", nieuw: "tekst", ook_tekst: "tekst" }, mirror: "contractsoort_gewijzigd", swap: OLD_NEW },
  overeenkomst_loopt_door: { args: { looptijd: "waarde", oud: "tekst", nieuw: "tekst" }, mirror: "overeenkomst_loopt_door", swap: OLD_NEW },
  looptijd_gewijzigd: { args: { oud: "waarde", nieuw: "waarde", ook_tekst: "tekst" }, mirror: "looptijd_gewijzigd", swap: OLD_NEW },
  contracttekst_gewijzigd: { args: {}, mirror: "contracttekst_gewijzigd" },
  inkoop_status_gewijzigd: { args: { oud: "tekst", nieuw: "tekst", ook_tekst: "tekst" }, mirror: "inkoop_status_gewijzigd", swap: OLD_NEW },
  overeenkomstnaam_gewijzigd: { args: { oud: "naam", nieuw: "naam" }, mirror: "overeenkomstnaam_gewijzigd", swap: OLD_NEW },
  jaar_opgeschoven: { args: { oud: "waarde", nieuw: "waarde", aantal: "aantal" }, mirror: "jaar_opgeschoven", swap: OLD_NEW },

  mijlpaal_verschoven: {
    args: { onderwerp: "naam", oud: "datum", nieuw: "datum", richting: "tekst", jaar_oud: "waarde", jaar_nieuw: "waarde" },
    mirror: "mijlpaal_verschoven",
    swap: OLD_NEW_YEARS,
    flip: ["richting"],
  },
  mijlpaal_moment_gewijzigd: { args: { onderwerp: "naam", oud: "moment", nieuw: "moment" }, mirror: "mijlpaal_moment_gewijzigd", swap: OLD_NEW },
  mijlpaal_toegevoegd: { args: { onderwerp: "naam", moment: "moment" }, mirror: "mijlpaal_verwijderd" },
  mijlpaal_verwijderd: { args: { onderwerp: "naam", moment: "moment" }, mirror: "mijlpaal_toegevoegd" },

  // A table and what it shows, in the order a reader meets them (the order of kinds decides
  // between changes of one table): its title, its introduction (tekst_gewijzigd, "de tekst bij
  // de tabel ‘…’"), the titles of its columns, its rows.
  tabel_toegevoegd: { args: { tabel: "naam" }, mirror: "tabel_verwijderd" },
  tabel_verwijderd: { args: { tabel: "naam" }, mirror: "tabel_toegevoegd" },
  tabel_titel_gewijzigd: { args: { oud: "naam", nieuw: "naam" }, mirror: "tabel_titel_gewijzigd", swap: OLD_NEW },
  // A table's `status` (voornemen, definitief): oud and nieuw as written; named by its new title.
  tabel_status_gewijzigd: { args: { tabel: "naam", oude_tabel: "naam", oud: "tekst", nieuw: "tekst" }, mirror: "tabel_status_gewijzigd", swap: [...OLD_NEW, ...TABLE], data: ["oude_tabel"] },

  // The heading of a group of rules (its `titel`); before tekst_gewijzigd, as the heading stands
  // above the group's introduction.
  groep_titel_gewijzigd: { args: { oud: "naam", nieuw: "naam" }, mirror: "groep_titel_gewijzigd", swap: OLD_NEW },
  tekst_gewijzigd: { args: { onderwerpen: "opsomming", aantal: "aantal" }, mirror: "tekst_gewijzigd" },
  tekst_toegevoegd: { args: { onderwerp: "tekst" }, mirror: "tekst_verwijderd" },
  tekst_verwijderd: { args: { onderwerp: "tekst" }, mirror: "tekst_toegevoegd" },

  // The title of a column the document shows, the key's column included.
  kolomkop_gewijzigd: { args: { tabel: "naam", oude_tabel: "naam", oud: "naam", nieuw: "naam" }, mirror: "kolomkop_gewijzigd", swap: [...OLD_NEW, ...TABLE], data: ["oude_tabel"] },
  // rijen: the rows' keys (in JSON); the sentence names the rows as the document does
  // (SentenceContext.rows), or by their keys without the models.
  tabelrijen_toegevoegd: { args: { tabel: "naam", oude_tabel: "naam", rijen: "namen", aantal: "aantal" }, mirror: "tabelrijen_verwijderd", swap: TABLE, data: ["oude_tabel"] },
  tabelrijen_verwijderd: { args: { tabel: "naam", oude_tabel: "naam", rijen: "namen", aantal: "aantal" }, mirror: "tabelrijen_toegevoegd", swap: TABLE, data: ["oude_tabel"] },
  tabelrijen_gewijzigd: { args: { tabel: "naam", oude_tabel: "naam", rijen: "namen", aantal: "aantal" }, mirror: "tabelrijen_gewijzigd", swap: TABLE, data: ["oude_tabel"] },

  hoofdstuk_hernummerd: { args: { titel: "naam", oud: "waarde", nieuw: "waarde" }, mirror: "hoofdstuk_hernummerd", swap: OLD_NEW },
  hoofdstuk_titel_gewijzigd: { args: { oud: "naam", nieuw: "naam" }, mirror: "hoofdstuk_titel_gewijzigd", swap: OLD_NEW },

  // Only what changed of a fact's range: a bound is absent where a version has none, and
  // geheel_oud/geheel_nieuw ("ja", "nee") only when `geheel` changed; a richting only when both
  // versions have that bound. niet_groter_dan_*: the fact a part may not exceed (its whole).
  feit_bereik_gewijzigd: {
    args: {
      feit: "naam",
      minimum_oud: "waarde",
      minimum_nieuw: "waarde",
      minimum_richting: "tekst",
      maximum_oud: "waarde",
      maximum_nieuw: "waarde",
      maximum_richting: "tekst",
      geheel_oud: "tekst",
      geheel_nieuw: "tekst",
      niet_groter_dan_oud: "naam",
      niet_groter_dan_nieuw: "naam",
    },
    mirror: "feit_bereik_gewijzigd",
    swap: [
      ["minimum_oud", "minimum_nieuw"],
      ["maximum_oud", "maximum_nieuw"],
      ["geheel_oud", "geheel_nieuw"],
      ["niet_groter_dan_oud", "niet_groter_dan_nieuw"],
    ],
    flip: ["minimum_richting", "maximum_richting"],
  },

  datumregel_toegevoegd: { args: { omschrijving: "naam" }, mirror: "datumregel_verwijderd" },
  datumregel_verwijderd: { args: { omschrijving: "naam" }, mirror: "datumregel_toegevoegd" },
  datumregel_gewijzigd: { args: { omschrijving: "naam", oud: "tekst", nieuw: "tekst" }, mirror: "datumregel_gewijzigd", swap: OLD_NEW },
} as const satisfies Record<string, { args: Record<string, ArgType>; mirror: string; swap?: readonly (readonly [string, string])[]; flip?: readonly string[]; data?: readonly string[] }>;

export type ChangeKind = keyof typeof CHANGE_KINDS;

export const KIND_IDS = Object.keys(CHANGE_KINDS) as ChangeKind[];

export function kindSpec(kind: ChangeKind): KindSpec {
  return CHANGE_KINDS[kind] as unknown as KindSpec;
}
