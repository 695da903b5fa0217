/**
 * A decision as readable Dutch text for the terminal (`beleid eval`): the outcome first, then
 * the explanation, then every rule with a mark (✓ voldaan, ✗ niet voldaan, – niet van
 * toepassing, ? onbekend), grouped by chapter and group as in the policy.
 */

import pc from "picocolors";
import type { Beslissing, Regeluitkomst } from "../../runtime/decision.js";
import { visible } from "../diagnostics/render.js";
import { dutchDate } from "../dutchDate.js";
import { lowerFirst } from "./dutch.js";
import { titleWithVersion } from "./title.js";


const OUTCOME_TEXT: Record<Regeluitkomst["uitkomst"], string> = {
  voldaan: "voldaan",
  niet_voldaan: "niet voldaan",
  niet_van_toepassing: "niet van toepassing",
  uitgesloten: "uitgesloten",
  niet_uitgesloten: "niet uitgesloten",
  uitzondering: "uitzondering verleend",
};

/**
 * An exclusion is named by what would exclude ("vermoeden van fraude"); with only a ✓ before
 * it, a provider reads "✓ vermoeden van fraude" as a statement about himself. So the line says
 * whether it applies.
 */
const EXCLUSION_PREFIX: Partial<Record<Regeluitkomst["uitkomst"], string>> = {
  niet_uitgesloten: "geldt niet: ",
  uitgesloten: "geldt: ",
  uitzondering: "geldt, met uitzondering: ",
};

/**
 * What the text says about a computed date without value (compiler/render/decisionDates.ts):
 * its description, whether it does not apply or cannot be determined, and why.
 */
export interface DateNote {
  readonly omschrijving: string;
  /** "niet van toepassing" when a fact it is calculated from is unknown (no application); "niet te bepalen" when the calculation had no outcome. */
  readonly zonderDatum: "niet van toepassing" | "niet te bepalen";
  /** ", omdat ‘…’ onbekend is": the facts the date depends on that were unknown, as the policy describes them; with none, that the calculation had no outcome. */
  readonly waarom: string;
}

export function renderDecisionText(given: Beslissing, colour: boolean, dates: Readonly<Record<string, DateNote>> = {}): string {
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
  // The dates are those of the agreement (its start, a change after a corrected document): for
  // a provider who does not qualify they would read as his; the JSON still has them.
  for (const [id, value] of decision.inAanmerking ? (Object.entries(decision.datums) as [string, string | null][]) : []) {
    const label = id.replace(/_/g, " ");
    const note = dates[id];
    // A date without value says whether it does not apply or cannot be determined, what it is and
    // why ("niet van toepassing (ingangsdatum van een zorgovereenkomst na een eigen aanvraag,
    // omdat ‘de datum waarop …’ onbekend is)": no application, so no date). Without the facts
    // (a caller that gives no notes) it can only be unknown.
    const why = note && value === null ? ` (${lowerFirst(note.omschrijving).replace(/[.;:,]$/, "")}${note.waarom})` : "";
    rows.push([label.charAt(0).toUpperCase() + label.slice(1), value ? dutchDate(value) : `${c.dim(note?.zonderDatum ?? "onbekend")}${why}`]);
  }
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  for (const [label, value] of rows) lines.push(`${(label + ":").padEnd(width)}${value}`);
  lines.push("");
  lines.push(c.bold("Toelichting"));
  for (const line of decision.toelichting) lines.push(`  ${line}`);
  lines.push("");
  lines.push(c.bold("Regels"));
  for (const group of groupsByChapter(decision.regels)) {
    lines.push(`  ${c.bold(`${group.chapter} ${group.title}`)}`);
    for (const rule of group.rules) {
      // A rule of selective purchase that does not hold costs a part of the care, not the agreement.
      const notPurchased = rule.soort === "selectieve_inkoop" && rule.status === "definitief" && rule.uitkomst === "niet_voldaan";
      // A rule that was unknown is not shown as met or not met: its outcome is what the policy
      // counts it as (bij_onbekend), and the explanation says "Onbekend is of …".
      const unknown = rule.onbekend && rule.uitkomst !== "niet_van_toepassing";
      const mark = unknown
        ? c.yellow("?")
        : rule.uitkomst === "voldaan" || rule.uitkomst === "niet_uitgesloten"
          ? c.green("✓")
          : rule.uitkomst === "niet_van_toepassing" || notPurchased
            ? c.dim("–")
            : rule.uitkomst === "uitzondering"
              ? c.yellow("!")
              : c.red("✗");
      const notes = [
        unknown ? `onbekend, geteld als ${rule.uitkomst === "uitzondering" ? "uitgesloten, uitzondering verleend" : OUTCOME_TEXT[rule.uitkomst]}` : OUTCOME_TEXT[rule.uitkomst],
        ...(notPurchased && rule.deelzorg !== undefined ? [`${rule.deelzorg} niet ingekocht`] : []),
        ...(rule.status === "voornemen" ? ["voornemen, telt niet mee"] : []),
        ...(rule.verklaring ? ["verklaring"] : []),
      ];
      const prefix = unknown ? (EXCLUSION_PREFIX[rule.uitkomst] !== undefined ? "onbekend of dit geldt: " : "") : (EXCLUSION_PREFIX[rule.uitkomst] ?? "");
      lines.push(`    ${mark} ${prefix}${rule.naam} ${c.dim(`[${rule.id}; ${notes.join(", ")}]`)}`);
    }
  }
  return lines.join("\n") + "\n";
}

/**
 * The rules by group, each group once (the decision lists the rules in the order the evaluator
 * weighs them, which puts an approach rule of chapter 4 between two of chapter 3), and the
 * groups in the order of their chapters (3, 3.1, 3.3, 4; 3.10 after 3.9).
 */
function groupsByChapter(rules: readonly Regeluitkomst[]): { chapter: string; title: string; rules: Regeluitkomst[] }[] {
  const groups: { key: string; chapter: string; title: string; rules: Regeluitkomst[] }[] = [];
  for (const rule of rules) {
    const key = `${rule.hoofdstuk.nummer}|${rule.groep.id}`;
    let group = groups.find((g) => g.key === key);
    if (!group) groups.push((group = { key, chapter: rule.hoofdstuk.nummer, title: rule.groep.titel, rules: [] }));
    group.rules.push(rule);
  }
  const parts = (n: string) => n.split(".").map(Number);
  const byNumber = (a: string, b: string) => {
    const [x, y] = [parts(a), parts(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const [p, q] = [x[i] ?? -1, y[i] ?? -1];
      if (Number.isNaN(p) || Number.isNaN(q)) return 0; // a chapter without a number keeps its place
      if (p !== q) return p - q;
    }
    return 0;
  };
  return groups.sort((a, b) => byNumber(a.chapter, b.chapter));
}
