/**
 * The Dutch summary at the end of bulk evaluation: how many providers per agreement, how
 * many not eligible, how many approached, from how many each part of the care purchased
 * selectively is not purchased, and which rows were rejected (by line number, and counted per
 * fact and kind of problem). Also the time left as the progress bar shows it.
 */

import { visible } from "../diagnostics/render.js";
import type { BulkSummary, NotPurchasedCount } from "./index.js";

const number = (n: number) => n.toLocaleString("nl-NL");
/** One decimal always, so the column of percentages reads evenly: (2,0%) next to (12,3%). */
const percent = (n: number, of: number) => (of === 0 ? "" : ` (${(n / of * 100).toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%)`);
const seconds = (s: number) => s.toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * Text from the file (a provider's name, a value in a problem) as it may go to a terminal:
 * control characters as their symbol (diagnostics do the same), and line ends and tabs too,
 * as one summary line is one row.
 */
const shown = (text: string) => visible(text).replace(/[\t\n\r]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)));

export interface SummaryContext {
  readonly careType: string;
  /**
   * The policy with its version as `beleid eval` heads a decision (compiler/render/title.ts):
   * "Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)", never the key `2026-07`.
   */
  readonly policy: string;
  /** The purchasing organisation ("Caresq"), who does not purchase care selectively purchased. */
  readonly organisation?: string;
  /** The results file, as the user wrote it; without, the summary says how to see every rejected row. */
  readonly uit?: string;
}

export function renderBulkSummary(summary: BulkSummary, context: SummaryContext): string {
  const lines: string[] = [];
  // A speed says something only over a second or more; for a small file it would be mostly start-up.
  const speed = summary.seconds >= 1 ? `, ${number(Math.round(summary.rows / summary.seconds))} per seconde` : "";
  lines.push(`${number(summary.rows)} ${summary.rows === 1 ? "rij" : "rijen"} gelezen in ${seconds(summary.seconds)} s${speed}.`);
  lines.push(`${context.careType} — ${context.policy}, ${number(summary.evaluated)} ${summary.evaluated === 1 ? "zorgaanbieder" : "zorgaanbieders"} beoordeeld:`);
  const width = Math.max(...summary.perAgreement.map((a) => a.naam.length), "niet in aanmerking".length);
  for (const a of summary.perAgreement) lines.push(`  ${a.naam.padEnd(width)}  ${number(a.aantal).padStart(10)}${percent(a.aantal, summary.evaluated)}`);
  lines.push(`  ${"niet in aanmerking".padEnd(width)}  ${number(summary.notEligible).padStart(10)}${percent(summary.notEligible, summary.evaluated)}`);
  lines.push(`Benaderd met een contractaanbod: ${number(summary.approached)}${percent(summary.approached, summary.evaluated)}.`);
  // Which care is purchased, only as far as the assessed providers show it: with no provider
  // qualifying, "purchased from every provider who qualifies" would say what nobody showed.
  const qualifying = summary.evaluated - summary.notEligible;
  for (const part of summary.notPurchased ?? []) {
    if (part.aantal === 0 && qualifying === 0) continue;
    lines.push(notPurchasedLine(part, summary.evaluated, context.organisation ?? "De inkooporganisatie"));
  }
  if (summary.rejected === 0) {
    lines.push("Afgekeurde rijen: geen.");
  } else {
    const all = context.uit !== undefined ? `; alle staan in ${context.uit}` : `; met --uit <bestand> komen ze allemaal in een resultatenbestand`;
    const first = summary.firstRejected.length < summary.rejected ? ` (de eerste ${summary.firstRejected.length}${all})` : "";
    lines.push(`Afgekeurde rijen (feiten niet bruikbaar, niet beoordeeld): ${number(summary.rejected)}${first}:`);
    for (const r of summary.firstRejected) lines.push(`  regel ${r.regel}${r.aanbieder !== undefined ? ` (${shown(r.aanbieder)})` : ""}: ${shown(r.problemen.join(" "))}`);
    // Not every rejected row is named: count them all, per fact and kind of problem.
    if (summary.firstRejected.length < summary.rejected && summary.rejectedGroups.length > 0) {
      lines.push("Afgekeurde rijen per feit en soort probleem (een rij met meer problemen telt bij elk daarvan mee):");
      for (const g of summary.rejectedGroups) lines.push(`  ${number(g.aantal).padStart(10)}  ${shown(g.omschrijving)}`);
    }
  }
  for (const id of summary.fractionPercentages) {
    lines.push(`Let op: alle waarden van ‘${id}’ liggen tussen 0 en 1. Een percentage schrijft u als 55 (of 55%), niet als 0,55; staat 0,55 hier voor 55%, dan kloppen de uitkomsten niet.`);
  }
  return lines.join("\n") + "\n";
}

/**
 * From how many providers a part of the care is not purchased, as `beleid eval --feiten` says
 * it to one provider ("Caresq koopt … niet bij u in"), and how many of them qualify for an
 * agreement (for the others no care at all is purchased).
 */
function notPurchasedLine(part: NotPurchasedCount, evaluated: number, organisation: string): string {
  const { zorg, aantal, inAanmerking } = part;
  if (aantal === 0) return `${organisation} koopt ${zorg} in bij elke zorgaanbieder die in aanmerking komt.`;
  const qualifying =
    aantal === 1
      ? `die komt ${inAanmerking === 1 ? "" : "niet "}in aanmerking`
      : inAanmerking === 0
        ? "geen van hen komt in aanmerking"
        : `${number(inAanmerking)} van hen ${inAanmerking === 1 ? "komt" : "komen"} in aanmerking`;
  return `${organisation} koopt ${zorg} niet in bij ${number(aantal)} ${aantal === 1 ? "zorgaanbieder" : "zorgaanbieders"}${percent(aantal, evaluated)}; ${qualifying} voor een zorgovereenkomst.`;
}

/** A time left for the progress bar: "45 s", "3 min 20 s", "1 u 5 min"; "…" while unknown. */
export function timeLeft(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return "…";
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} u ${Math.floor((s % 3600) / 60)} min`;
}
