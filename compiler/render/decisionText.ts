/**
 * A decision as readable Dutch text for the terminal (`beleid eval`): the outcome first, then
 * the dates of the agreement, the explanation, and every rule with a mark (✓ voldaan, ✗ niet
 * voldaan, – niet van toepassing, ? onbekend) and its outcome in words, under the headings and
 * in the words of the checker page (web/controle/ruleGroups.ts).
 */

import pc from "picocolors";
import type { Beslissing } from "../../runtime/decision.js";
import { visible } from "../diagnostics/render.js";
import { notPurchased, outcomeOf, rulesByGroup } from "../../web/controle/ruleGroups.js";
import { dutchDate } from "../dutchDate.js";
import type { DateNote } from "./decisionDates.js";
import { upperFirst } from "./dutch.js";
import { titleWithVersion } from "./title.js";

export interface DecisionTextContext {
  /** Per date rule its name and what a date without value means (compiler/render/decisionDates.ts). */
  readonly dates?: Readonly<Record<string, DateNote>>;
  /** The title above the care type's differentiation factors ("Differentiatiefactoren"), as on the checker page. */
  readonly factorsTitle?: string;
}

export function renderDecisionText(given: Beslissing, colour: boolean, context: DecisionTextContext = {}): string {
  const dates = context.dates ?? {};
  // The texts come from the policy: a control character in them (an escape sequence would
  // recolour the terminal or set its title) is shown as its symbol, as in diagnostics.
  const decision = JSON.parse(JSON.stringify(given), (_, value: unknown) => (typeof value === "string" ? visible(value) : value)) as Beslissing;
  const c = pc.createColors(colour);
  const lines: string[] = [];
  lines.push(c.bold(`${decision.zorgsoort.naam} — ${titleWithVersion({ title: decision.beleid.titel, version: decision.beleid.versie, published: decision.beleid.gepubliceerd ?? undefined })}`));
  lines.push("");
  const yesNo = (value: boolean) => (value ? c.green("ja") : c.red("nee"));
  const rows: [string, string][] = [];
  rows.push(["In aanmerking", `${yesNo(decision.inAanmerking)}${decision.overeenkomst ? `, voor ${c.bold(decision.overeenkomst.naam)}` : ""}`]);
  rows.push(["Benaderd", yesNo(decision.benaderd)]);
  const term = decision.contract.looptijd;
  const years = term ? (term.van === term.tot ? `${term.van}` : `${term.van}-${term.tot}`) : undefined;
  const intended = decision.contract.status === "voornemen" ? ` (${c.yellow("voornemen")})` : "";
  if (decision.inAanmerking) {
    rows.push(["Zorgovereenkomst", `${decision.contract.soort === "nieuw" ? "nieuw" : "doorlopend"}${years ? `, looptijd ${years}` : ""}${intended}`]);
  } else {
    // Not "nieuw, looptijd 2027-2028", which reads as if this provider gets one: what the policy offers.
    const offer =
      decision.contract.soort === "nieuw"
        ? `dit beleid biedt nieuwe zorgovereenkomsten aan${years ? ` met looptijd ${years}` : ""}`
        : `de zorgovereenkomsten van dit beleid lopen door${years ? ` (looptijd ${years})` : ""}`;
    rows.push(["Zorgovereenkomst", `geen; ${offer}${intended}`]);
  }
  // Only with an agreement: for a provider who does not qualify the count reads as a result; the
  // explanation says what it means when the conditions are met but the factors fall short.
  if (decision.differentiatie && decision.inAanmerking) {
    rows.push(["Differentiatie", `${decision.differentiatie.factorenVoldaan} van ${decision.differentiatie.factorenTotaal} factoren voldaan`]);
  }
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  for (const [label, value] of rows) lines.push(`${(label + ":").padEnd(width)}${value}`);
  lines.push("");
  // The dates are those of the agreement (its start, a change after a corrected document): for
  // a provider who does not qualify they would read as his; the JSON still has them. Each under
  // the date rule's description, as on the checker page; a date without value with a sentence
  // that says why ("Niet van toepassing: u heeft geen … aangeleverd."). Without the facts (a
  // caller that gives no notes) it can only be unknown.
  const datums = decision.inAanmerking ? (Object.entries(decision.datums) as [string, string | null][]) : [];
  if (datums.length > 0) {
    lines.push(c.bold("Datums"));
    for (const [id, value] of datums) {
      const note = dates[id];
      lines.push(`  ${note?.omschrijving ?? upperFirst(id.replace(/_/g, " "))}`);
      lines.push(`    ${value !== null ? dutchDate(value) : c.dim(note?.zonderWaarde ?? "Onbekend.")}`);
    }
    lines.push("");
  }
  lines.push(c.bold("Toelichting"));
  for (const line of decision.toelichting) lines.push(`  ${line}`);
  lines.push("");
  lines.push(c.bold("Regels"));
  for (const group of rulesByGroup(decision.regels, context.factorsTitle)) {
    lines.push(`  ${c.bold(`${group.chapter} ${group.title}`)}`);
    for (const rule of group.rules) {
      // The outcome in the checker page's words, which say what follows ("Geldt, dus niet
      // benaderd"), and for an unknown rule what the policy counts it as, as the explanation
      // says ("Onbekend is of …"); an exclusion is named by what would exclude, so a bare ✓ before
      // "vermoeden van fraude" would read as a statement about the provider.
      const outcome = outcomeOf(rule);
      const mark = outcome.mark === "?" || outcome.mark === "!" ? c.yellow(outcome.mark) : outcome.good === true ? c.green(outcome.mark) : outcome.good === false ? c.red(outcome.mark) : c.dim(outcome.mark);
      const notes = [
        rule.id,
        ...(notPurchased(rule) && rule.deelzorg !== undefined ? [`${rule.deelzorg} niet ingekocht`] : []),
        ...(rule.status === "voornemen" ? ["voornemen, telt niet mee"] : []),
        ...(rule.verklaring ? ["verklaring"] : []),
      ];
      lines.push(`    ${mark} ${outcome.label}: ${rule.naam} ${c.dim(`[${notes.join("; ")}]`)}`);
    }
  }
  return lines.join("\n") + "\n";
}
