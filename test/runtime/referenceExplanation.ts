/**
 * The explanation as runtime/decision.ts built it before it was prepared per care type
 * (runtime/explanation.ts): kept, with the documented wording, as the oracle the property test compares the fast
 * explanation with, field by field and byte by byte in JSON.
 */

import type { Beslissing, BeleidBeschrijving, Besluit, Ontbrekend, RegelBeschrijving, Regeluitkomst, RegelResultaat, RegelSoort, Uitkomst, ZorgsoortBeschrijving } from "../../runtime/decision.js";
import type { DatumregelBeschrijving } from "../../runtime/explanation.js";
import type { FeitBeschrijving } from "../../runtime/facts.js";

/** What the evaluator knows about the care type's facts and date rules (the module's `FEITEN_…` and date rules). */
export interface Beschrijvingen {
  readonly feiten: readonly FeitBeschrijving[];
  readonly datumregels: readonly DatumregelBeschrijving[];
}

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const EXCLUSIONS: readonly RegelSoort[] = ["uitsluiting", "benaderingsuitsluiting"];
const REQUIRED: readonly RegelSoort[] = ["randvoorwaarde", "aanvullende_voorwaarde"];

function outcomeOf(r: RegelResultaat): Uitkomst {
  if (!r.vanToepassing) return "niet_van_toepassing";
  const value = r.waarde ?? r.regel.bijOnbekend ?? false;
  if (EXCLUSIONS.includes(r.regel.soort)) return value ? (r.uitzondering ? "uitzondering" : "uitgesloten") : "niet_uitgesloten";
  return value ? "voldaan" : "niet_voldaan";
}

/** Ends a sentence with a full stop, unless it already ends in punctuation. */
const sentence = (text: string) => (/[.…!?]$/.test(text) ? text : `${text}.`);
const where = (r: RegelBeschrijving) => `(hoofdstuk ${r.hoofdstuk.nummer})`;
/**
 * "a, b en c" / "a, b of c", as Intl.ListFormat("nl", { style: "long" }) writes it (a test
 * keeps them equal); joined here because formatting through ICU cost more than the decision.
 */
const list = (items: readonly string[], type: "conjunction" | "disjunction" = "conjunction") =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${type === "conjunction" ? "en" : "of"} ${items[items.length - 1]}`;


/** Builds the documented decision from what the generated code decided. */
export function referenceVerklaar<Z extends string, D extends string>(
  beleid: BeleidBeschrijving,
  zorgsoort: ZorgsoortBeschrijving & { readonly id: Z },
  besluit: Besluit,
  resultaten: readonly RegelResultaat[],
  datums: Readonly<Record<D, string | null>>,
  feiten?: Readonly<Record<string, unknown>>,
  beschrijvingen?: Beschrijvingen,
): Beslissing<Z, D> {
  // Why a rule was unknown: the facts of the care type it depends on that were unknown, or else
  // a calculation; after the assumption, what the policy says about those facts being unknown.
  const why = resultaten.map((r): { because: string; note: string } => {
    if (feiten === undefined) return { because: "", note: "" };
    const unknownFacts = (r.regel.onbekendDoor ?? []).filter((f) => zorgsoort.feiten.includes(f) && feiten[f] == null);
    if (unknownFacts.length === 0) return { because: becauseCalculation(r.regel, feiten, beleid.jaar, beschrijvingen), note: "" };
    return becauseFacts(unknownFacts, beleid.jaar, beschrijvingen);
  });
  const because = why.map((w) => w.because);
  const notes = why.map((w) => w.note);
  const regels: Regeluitkomst[] = resultaten.map((r) => {
    const outcome = outcomeOf(r);
    const unknown = r.vanToepassing && r.waarde === null;
    const { id, naam, soort, tekst, hoofdstuk, groep, status, verklaring } = r.regel;
    return {
      id,
      naam,
      soort,
      tekst,
      hoofdstuk,
      groep,
      status,
      verklaring,
      uitkomst: outcome,
      onbekend: unknown,
      ...(unknown && r.regel.onbekendToelichting !== undefined ? { toelichting: r.regel.onbekendToelichting } : {}),
      ...((outcome === "uitgesloten" || outcome === "uitzondering") && r.regel.uitzonderingsroute !== undefined
        ? { uitzonderingsroute: r.regel.uitzonderingsroute }
        : {}),
      ...(r.regel.deelzorg !== undefined ? { deelzorg: r.regel.deelzorg } : {}),
    };
  });

  const definitive = regels.filter((r) => r.status === "definitief");
  const factors = definitive.filter((r) => r.soort === "differentiatiefactor");
  const metFactors = factors.filter((r) => r.uitkomst === "voldaan");
  const unmetFactors = factors.filter((r) => r.uitkomst !== "voldaan");

  let differentiatie: Beslissing["differentiatie"] = null;
  if (zorgsoort.gedifferentieerd) {
    const reachedMinimum = zorgsoort.overeenkomsten.find((o) => o.id === besluit.overeenkomst?.id)?.factoren ?? -1;
    const baseMet = definitive.filter((r) => REQUIRED.includes(r.soort)).every((r) => r.uitkomst !== "niet_voldaan");
    const higher = baseMet && !definitive.some((r) => r.soort === "uitsluiting" && r.uitkomst === "uitgesloten")
      ? zorgsoort.overeenkomsten.filter((o) => (o.factoren ?? 0) > reachedMinimum && (o.factoren ?? 0) > metFactors.length)
      : [];
    const ontbreekt: Ontbrekend[] = higher
      .slice()
      .reverse()
      .map((o) => {
        const needed = (o.factoren ?? 0) - metFactors.length;
        const missing = unmetFactors.map((f) => ({ id: f.id, naam: f.naam }));
        const names = missing.map((f) => `‘${f.naam}’`);
        const tekst =
          needed >= missing.length
            ? sentence(`Voor ${o.naam} ${missing.length === 1 ? "ontbreekt" : "ontbreken"}: ${list(names)}`)
            : sentence(`Voor ${o.naam} ${needed === 1 ? "ontbreekt" : "ontbreken"} nog ${needed} van deze differentiatiefactoren: ${list(names, "disjunction")}`);
        return { overeenkomst: { id: o.id, naam: o.naam }, nogNodig: needed, factoren: missing, tekst };
      });
    differentiatie = { factorenVoldaan: metFactors.length, factorenTotaal: factors.length, ontbreekt };
  }

  // Per date whose calculation had no outcome although every fact it reads is known (a date
  // past 9999), for the provider who is eligible. A date that is unknown because a fact is
  // unknown (a state the policy allows: no application of one's own) gets no sentence.
  const unknownDates = new Map<string, string>();
  if (beschrijvingen !== undefined && feiten !== undefined && zorgsoort.datums.every((d) => beschrijvingen.datumregels.some((r) => r.id === d))) {
    for (const d of zorgsoort.datums) {
      const rule = beschrijvingen.datumregels.find((r) => r.id === d)!;
      if (rule.onbekendDoor.some((f) => zorgsoort.feiten.includes(f) && feiten[f] == null)) continue;
      const article = /^(de|het|een)\s/i.test(rule.omschrijving) ? rule.omschrijving.charAt(0).toUpperCase() + rule.omschrijving.slice(1) : `De ${lowerFirst(rule.omschrijving)}`;
      const name = article.replace(/[.;:,]$/, "");
      unknownDates.set(d, `${name} is niet te bepalen, omdat de berekening geen uitkomst heeft (zoals bij een datum na 31 december 9999).`);
    }
  }

  const toelichting = explain(beleid.organisatie, zorgsoort, besluit, definitive, regels, differentiatie, because, notes, datums, unknownDates);
  return {
    beleid,
    zorgsoort: { id: zorgsoort.id, naam: zorgsoort.naam },
    inAanmerking: besluit.inAanmerking,
    benaderd: besluit.benaderd,
    overeenkomst: besluit.overeenkomst,
    differentiatie,
    contract: zorgsoort.contract,
    datums,
    regels,
    toelichting,
  };
}

function explain(
  organisation: string,
  zorgsoort: ZorgsoortBeschrijving,
  besluit: Besluit,
  definitive: readonly Regeluitkomst[],
  all: readonly Regeluitkomst[],
  differentiatie: Beslissing["differentiatie"],
  because: readonly string[],
  notes: readonly string[],
  datums: Readonly<Record<string, string | null>>,
  unknownDates: ReadonlyMap<string, string>,
): string[] {
  const lines: string[] = [];
  const unmet = definitive.filter((r) => REQUIRED.includes(r.soort) && r.uitkomst === "niet_voldaan");
  const excluded = definitive.filter((r) => r.soort === "uitsluiting" && r.uitkomst === "uitgesloten");
  const exceptions = definitive.filter((r) => r.soort === "uitsluiting" && r.uitkomst === "uitzondering");

  if (besluit.inAanmerking && besluit.overeenkomst) {
    lines.push(`U komt in aanmerking voor ${besluit.overeenkomst.naam}.`);
  } else {
    lines.push("U komt niet in aanmerking voor een zorgovereenkomst.");
  }
  const intended = zorgsoort.contract.status === "voornemen";
  if (intended) lines.push(`De inkoop van ${lowerFirst(zorgsoort.naam)} is nog een voornemen: ${organisation} biedt hiervoor nog geen zorgovereenkomst aan.`);
  for (const r of unmet) lines.push(`Niet voldaan aan ${r.soort === "aanvullende_voorwaarde" ? "de aanvullende voorwaarde" : "de randvoorwaarde"} ‘${r.naam}’ ${where(r)}.`);
  for (const r of excluded) {
    lines.push(`Uitgesloten: ‘${r.naam}’ ${where(r)}.`);
    if (r.uitzonderingsroute) lines.push(`Uitzondering aanvragen: ${r.uitzonderingsroute}`);
  }
  for (const r of exceptions) lines.push(`Voor ‘${r.naam}’ ${where(r)} is een uitzondering verleend.`);
  if (differentiatie && unmet.length === 0 && excluded.length === 0) {
    const n = differentiatie.factorenVoldaan;
    lines.push(`U voldoet aan ${n} van de ${differentiatie.factorenTotaal} differentiatiefactoren.`);
    if (!besluit.inAanmerking && !intended) lines.push("Dat is minder dan het minimum voor een zorgovereenkomst.");
    for (const o of differentiatie.ontbreekt) lines.push(o.tekst);
  }
  // Selective purchase: the care that is not purchased, whatever the agreement.
  // One sentence per care part, naming every rule for it that is not met (a name in the same chapter once).
  const notPurchased = definitive.filter((x) => x.soort === "selectieve_inkoop" && x.uitkomst === "niet_voldaan");
  for (const care of new Set(notPurchased.map((r) => r.deelzorg))) {
    const unmet = notPurchased.filter((r) => r.deelzorg === care);
    const named = [...new Map(unmet.map((r) => [`${r.naam}|${r.hoofdstuk.nummer}`, r])).values()];
    const chapters = new Set(named.map((r) => r.hoofdstuk.nummer));
    const names = chapters.size === 1 ? `${list(named.map((r) => `‘${r.naam}’`))} ${where(named[0]!)}` : list(named.map((r) => `‘${r.naam}’ ${where(r)}`));
    lines.push(`${organisation} koopt ${care} niet bij u in: u voldoet niet aan ${names}.`);
  }

  if (zorgsoort.contract.soort === "doorlopend") {
    const advice = besluit.inAanmerking ? " Hebt u nog geen zorgovereenkomst, dan kunt u er zelf een aanvragen." : "";
    lines.push(`${organisation} doet geen nieuw contractaanbod: de meerjarige zorgovereenkomsten lopen door.${advice}`);
  } else if (intended) {
    // Said above.
  } else if (besluit.benaderd) {
    lines.push(
      besluit.inAanmerking
        ? `${organisation} benadert u met een contractaanbod.`
        : `${organisation} benadert u wel met een contractaanbod, maar u kunt het pas aannemen als u in aanmerking komt voor een zorgovereenkomst.`,
    );
  } else {
    // A rule whose outcome was unknown is said as what the policy counts it as, not as a fact.
    const approachRules = (soort: RegelSoort, uitkomst: Uitkomst, onbekend: boolean) => definitive.filter((r) => r.soort === soort && r.uitkomst === uitkomst && r.onbekend === onbekend).map((r) => `‘${r.naam}’`);
    const unmetApproach = approachRules("benaderingsvoorwaarde", "niet_voldaan", false);
    const applying = approachRules("benaderingsuitsluiting", "uitgesloten", false);
    const unknownUnmet = approachRules("benaderingsvoorwaarde", "niet_voldaan", true);
    const unknownApplying = approachRules("benaderingsuitsluiting", "uitgesloten", true);
    const reasons = [
      ...(unmetApproach.length > 0 ? [`u voldoet niet aan ${list(unmetApproach)}`] : []),
      ...(applying.length > 0 ? [`${list(applying)} ${applying.length === 1 ? "is" : "zijn"} op u van toepassing`] : []),
      ...(unknownUnmet.length > 0 ? [`${list(unknownUnmet)} ${unknownUnmet.length === 1 ? "wordt" : "worden"} als niet voldaan gerekend, omdat onbekend is of u eraan voldoet`] : []),
      ...(unknownApplying.length > 0
        ? [
            unknownApplying.length === 1
              ? `${list(unknownApplying)} wordt als van toepassing gerekend, omdat onbekend is of dit op u van toepassing is`
              : `${list(unknownApplying)} worden als van toepassing gerekend, omdat onbekend is of deze op u van toepassing zijn`,
          ]
        : []),
    ];
    const advice = besluit.inAanmerking ? " Hebt u nog geen zorgovereenkomst aangevraagd, dan kunt u er zelf een aanvragen." : "";
    lines.push(`${organisation} benadert u niet uit zichzelf${reasons.length > 0 ? `: ${reasons.join(", en ")}` : ""}.${advice}`);
  }

  const term = zorgsoort.contract.looptijd;
  if (besluit.inAanmerking) {
    for (const d of zorgsoort.datums) {
      const value = datums[d];
      if (value === null && unknownDates.has(d)) lines.push(unknownDates.get(d)!);
      if (term && value != null && value > `${term.tot}-12-31`) {
        const [year, month, day] = value.split("-").map(Number) as [number, number, number];
        const written = `${day} ${MONTHS[month - 1]} ${year}`;
        lines.push(`Let op: de ${d.replace(/_/g, " ")} (${written}) valt na de looptijd van de zorgovereenkomst (${term.van === term.tot ? term.van : `${term.van}-${term.tot}`}).`);
      }
    }
  }

  // What the policy says about unknown facts is quoted once per decision.
  const quoted = new Set<string>();
  all.forEach((r, i) => {
    if (r.onbekend && r.status === "definitief") {
      const note = quoted.has(notes[i]!) ? "" : notes[i]!;
      quoted.add(notes[i]!);
      // What the decision assumed; the author's note (in `toelichting`) may presume another cause.
      if (EXCLUSIONS.includes(r.soort)) {
        const applies = r.uitkomst === "uitgesloten" || r.uitkomst === "uitzondering";
        lines.push(`Onbekend is of ‘${r.naam}’ ${where(r)} op u van toepassing is${because[i]}; het beleid gaat er dan van uit dat dit ${applies ? "zo" : "niet zo"} is.${note}`);
      } else {
        lines.push(`Onbekend is of u voldoet aan ‘${r.naam}’ ${where(r)}${because[i]}; het beleid gaat er dan van uit dat u er ${r.uitkomst === "voldaan" ? "wel" : "niet"} aan voldoet.${note}`);
      }
    }
  });
  for (const r of all) {
    if (r.status !== "voornemen") continue;
    const would =
      r.uitkomst === "uitgesloten"
        ? "dit zou op u van toepassing zijn"
        : r.uitkomst === "niet_voldaan"
          ? r.deelzorg !== undefined
            ? `u zou hier niet aan voldoen, en ${organisation} zou ${r.deelzorg} dan niet bij u inkopen`
            : "u zou hier niet aan voldoen"
          : "dit zou voor u geen gevolgen hebben";
    lines.push(`Voornemen, nog niet van kracht: ‘${r.naam}’ ${where(r)}; ${would}.`);
  }
  // Rules that share a name (the same sentence in two chapters) explain once.
  return [...new Set(lines)];
}

/** Lower-cases the first letter unless the word is an abbreviation (PREM, AGB). */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * ", omdat …" for facts that were unknown: by their description (a yes/no fact as the
 * statement it is, any other quoted and lower-cased, with the year of a `peiljaar`), and what
 * the policy says about their being unknown; by key when there are no descriptions.
 */
function becauseFacts(unknownFacts: readonly string[], contractYear: number, beschrijvingen: Beschrijvingen | undefined): { because: string; note: string } {
  const described = unknownFacts.map((id) => beschrijvingen?.feiten.find((f) => f.id === id));
  if (described.some((f) => f === undefined)) {
    return { because: `, omdat ${list(unknownFacts.map((f) => `‘${f}’`))} onbekend ${unknownFacts.length === 1 ? "is" : "zijn"}`, note: "" };
  }
  const facts = described as FeitBeschrijving[];
  // Only a leading article is lower-cased: another first word may be a name.
  const article = (text: string) => text.replace(/^(De|Het|Een)(?=\s)/, (word) => word.toLowerCase());
  const text = (f: FeitBeschrijving) => f.omschrijving.trim().replace(/[.;:,]$/, "");
  const year = (f: FeitBeschrijving) => (f.peiljaar === undefined ? "" : ` over ${contractYear + f.peiljaar}`);
  const things = facts.filter((f) => f.type !== "ja/nee");
  const statements = facts.filter((f) => f.type === "ja/nee");
  const clauses = [
    ...(things.length > 0 ? [`${list(things.map((f) => `‘${article(text(f))}’${year(f)}`))} onbekend ${things.length === 1 ? "is" : "zijn"}`] : []),
    ...(statements.length > 0
      ? [
          statements.length === 1
            ? `niet bekend is of dit${year(statements[0]!)} juist is: ‘${text(statements[0]!)}’`
            : `niet bekend is of deze uitspraken juist zijn: ${list(statements.map((f) => `‘${text(f)}’${f.peiljaar === undefined ? "" : ` (over ${contractYear + f.peiljaar})`}`))}`,
        ]
      : []),
  ];
  const said = [...new Set(facts.map((f) => f.onbekend?.trim() ?? "").filter((t) => t !== ""))];
  const note =
    said.length === 0
      ? ""
      : ` Het beleid zegt over ${facts.length === 1 ? "dit onbekende gegeven" : "deze onbekende gegevens"}: ${list(said.map((t) => `‘${/[.…!?]$/.test(t) ? t : `${t}.`}’`))}`;
  return { because: `, omdat ${clauses.join(" en ")}`, note };
}

/**
 * ", omdat …" for a rule that was unknown with every fact known: a divisor that is a fact and 0,
 * by its description (by key without one); else what in the condition can have had no outcome
 * (a division by 0, a date outside the calendar, a table without a value), leaving out a
 * division by a fact that is not 0; without `geenUitkomst`, the general sentence.
 */
function becauseCalculation(regel: RegelBeschrijving, feiten: Readonly<Record<string, unknown>>, contractYear: number, beschrijvingen: Beschrijvingen | undefined): string {
  const general = ", omdat een berekening in de voorwaarde geen uitkomst heeft (zoals een deling door nul)";
  const causes = regel.geenUitkomst ?? [];
  const zero = [...new Set(causes.flatMap((c, k) => (c.deler !== undefined && k < 30 && feiten[c.deler] === 0 ? [c.deler] : [])))];
  if (zero.length > 0) {
    const name = (id: string) => {
      const f = beschrijvingen?.feiten.find((x) => x.id === id);
      if (f === undefined) return `‘${id}’`;
      const text = f.omschrijving.trim().replace(/[.;:,]$/, "").replace(/^(De|Het|Een)(?=\s)/, (word) => word.toLowerCase());
      return `‘${text}’${f.peiljaar === undefined ? "" : ` over ${contractYear + f.peiljaar}`}`;
    };
    return `, omdat ${list(zero.map(name))} 0 ${zero.length === 1 ? "is" : "zijn"} en door 0 niet kan worden gedeeld`;
  }
  const clauses = [
    ...new Set(
      causes
        .filter((c) => c.deler === undefined)
        .map((c) =>
          c.soort === "deling"
            ? "in de voorwaarde door 0 wordt gedeeld"
            : c.soort === "datum"
              ? "een berekende datum in de voorwaarde na 31 december 9999 of vóór 1 januari 0001 valt"
              : `de tabel ‘${c.tabel}’ geen waarde voor u heeft`,
        ),
    ),
  ];
  return clauses.length > 0 ? `, omdat ${list(clauses, "disjunction")}` : general;
}
