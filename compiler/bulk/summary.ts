/**
 * The Dutch summary at the end of bulk evaluation: how many providers per agreement, how
 * many not eligible, how many approached, and which rows were rejected (by line number).
 */

import type { BulkSummary } from "./index.js";

const number = (n: number) => n.toLocaleString("nl-NL");
const percent = (n: number, of: number) => (of === 0 ? "" : ` (${(Math.round((n / of) * 1000) / 10).toLocaleString("nl-NL")}%)`);

export function renderBulkSummary(summary: BulkSummary, context: { readonly careType: string; readonly policy: string }): string {
  const lines: string[] = [];
  // A speed says something only over a second or more; for a small file it would be mostly start-up.
  const speed = summary.seconds >= 1 ? `, ${number(Math.round(summary.rows / summary.seconds))} per seconde` : "";
  lines.push(`${number(summary.rows)} ${summary.rows === 1 ? "rij" : "rijen"} gelezen in ${summary.seconds.toLocaleString("nl-NL", { maximumFractionDigits: 1 })} s${speed}.`);
  lines.push(`${context.careType} (${context.policy}), ${number(summary.evaluated)} ${summary.evaluated === 1 ? "zorgaanbieder" : "zorgaanbieders"} beoordeeld:`);
  const width = Math.max(...summary.perAgreement.map((a) => a.naam.length), "niet in aanmerking".length);
  for (const a of summary.perAgreement) lines.push(`  ${a.naam.padEnd(width)}  ${number(a.aantal).padStart(10)}${percent(a.aantal, summary.evaluated)}`);
  lines.push(`  ${"niet in aanmerking".padEnd(width)}  ${number(summary.notEligible).padStart(10)}${percent(summary.notEligible, summary.evaluated)}`);
  lines.push(`Benaderd met een contractaanbod: ${number(summary.approached)}${percent(summary.approached, summary.evaluated)}.`);
  if (summary.rejected === 0) {
    lines.push("Afgekeurde rijen: geen.");
  } else {
    const shown = summary.firstRejected.length < summary.rejected ? ` (de eerste ${summary.firstRejected.length})` : "";
    lines.push(`Afgekeurde rijen (feiten niet bruikbaar, niet beoordeeld): ${number(summary.rejected)}${shown}:`);
    for (const r of summary.firstRejected) lines.push(`  regel ${r.regel}${r.aanbieder !== undefined ? ` (${r.aanbieder})` : ""}: ${r.problemen.join(" ")}`);
  }
  return lines.join("\n") + "\n";
}
