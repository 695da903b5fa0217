/**
 * The change report in four formats: plain text for the terminal, Markdown, a standalone
 * HTML page, and JSON for machines (with a format version, and per change its kind, class,
 * care types, chapters, key, typed arguments and fingerprint).
 */

import pc from "picocolors";
import type { ChangeClass } from "./changes.js";
import type { ChangeReport } from "./report.js";
import type { ImpactTable } from "./impact.js";
import { KIND_LABEL } from "./context.js";
import type { RuleKind } from "../model.js";
import { earlierVersionInLine, titleWithVersionName } from "../versionNames.js";

export type ReportFormat = "tekst" | "md" | "html" | "json";

/**
 * 3 (December 2026): `argumenten.naam` is always one name; several rules in one sentence give
 * theirs in `namen` (in 2, `naam` was then a list). `verklaring` is "ongewijzigd", "vervallen"
 * or "ingevoerd" (was "nee", "verklaring vervallen", "verklaring ingevoerd"). A merged item
 * names every key in `sleutel`. 4 (8 December 2026): a date bound's `oud`/`nieuw` are the days
 * a provider reads (the last or first day that meets the rule), a declaration's side of
 * `voorwaarde_gewijzigd` is its yes/no fact, two new kinds, and a fact's range change sits in
 * the chapter of the first rule that reads it (docs/wijzigingen.md).
 */
export const JSON_FORMAT_VERSION = 4;

/** The arguments as JSON gives them: one shape per field (`naam` a string, `namen` a list). */
function jsonArgs(args: ChangeReport["sections"][number]["items"][number]["change"]["args"]): Record<string, unknown> {
  if (!Array.isArray(args.naam)) return { ...args };
  const { naam, ...rest } = args;
  return { ...rest, namen: naam };
}

/**
 * "Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025) vergeleken met de versie van 1
 * april 2025.", without "(versie 2028)" after a title that already names 2028. A whole-year
 * version is the policy of that year: "Inkoopbeleid Geboortezorg 2026 vergeleken met het
 * inkoopbeleid van 2025." (as the title of the report says it). A version without a publication
 * date by its month: "… 2026 (versie van juli) vergeleken met de versie van april." (versions.ts).
 */
export function versionLine(report: Pick<ChangeReport, "older" | "newer">): string {
  return `${titleWithVersionName(report.newer)} vergeleken met ${earlierVersionInLine(report.older, report.newer)}.`;
}

export function summaryLine(report: ChangeReport): string {
  const total = Object.values(report.counts).reduce((a, b) => a + b, 0);
  if (total === 0) return "Er zijn geen wijzigingen.";
  const parts = (Object.entries(report.counts) as [ChangeClass, number][]).filter(([, n]) => n > 0).map(([c, n]) => `${n} ${c}`);
  return `${total === 1 ? "1 wijziging" : `${total} wijzigingen`}: ${parts.join(", ")}.`;
}

function colourFor(c: ChangeClass, colours: ReturnType<typeof pc.createColors>): (s: string) => string {
  return c === "strenger" ? colours.red : c === "soepeler" ? colours.green : c === "onbepaald" ? colours.yellow : colours.dim;
}

export function renderText(report: ChangeReport, colour: boolean, impact?: readonly ImpactTable[]): string {
  const c = pc.createColors(colour);
  const lines = [c.bold(report.title), versionLine(report), ""];
  for (const section of report.sections) {
    lines.push(c.bold(section.title));
    for (const item of section.items) lines.push(`• ${item.sentence} ${colourFor(item.change.class, c)(`[${item.change.class}]`)}`);
    lines.push("");
  }
  if (impact) lines.push(...renderImpactText(impact), "");
  lines.push(summaryLine(report));
  return lines.join("\n") + "\n";
}

export function renderMarkdown(report: ChangeReport, impact?: readonly ImpactTable[]): string {
  const lines = [`# ${report.title}`, "", versionLine(report), ""];
  for (const section of report.sections) {
    lines.push(`## ${section.title}`, "");
    for (const item of section.items) lines.push(`- ${item.sentence} *(${item.change.class})*`);
    lines.push("");
  }
  if (impact) {
    lines.push("## Gevolgen voor zorgaanbieders", "");
    for (const table of impact) lines.push(...renderImpactMarkdown(table), "");
  }
  lines.push(summaryLine(report), "");
  return lines.join("\n");
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The report body as an HTML fragment (for the site) — headings, lists and class marks. */
export function renderHtmlFragment(report: ChangeReport, impact?: readonly ImpactTable[]): string {
  const out: string[] = [`<p class="versies">${escapeHtml(versionLine(report))}</p>`];
  for (const section of report.sections) {
    out.push(`<section><h2>${escapeHtml(section.title)}</h2><ul class="wijzigingen">`);
    // Two changes of one rule in a row (now definitive, and an exception route added) compare
    // the same two versions: the comparison follows the first of them only.
    let previous = "";
    for (const item of section.items) {
      const comparison = sideBySide(item);
      out.push(`<li data-klasse="${item.change.class}" data-vingerafdruk="${item.fingerprint}">${escapeHtml(item.sentence)} <span class="klasse klasse-${item.change.class}">${item.change.class}</span>${comparison === previous ? "" : comparison}</li>`);
      previous = comparison;
    }
    out.push("</ul></section>");
  }
  if (impact) {
    out.push(`<section><h2>Gevolgen voor zorgaanbieders</h2>`);
    for (const table of impact) out.push(renderImpactHtml(table));
    out.push("</section>");
  }
  out.push(`<p class="samenvatting">${escapeHtml(summaryLine(report))}</p>`);
  return out.join("\n");
}

/** The rule as it was and as it is, next to each other. */
function sideBySide(item: ChangeReport["sections"][number]["items"][number]): string {
  if (!item.rule) return "";
  const cell = (version: NonNullable<typeof item.rule>["old"]) => {
    if (!version) return `<td class="leeg">—</td>`;
    const label = `Hoofdstuk ${escapeHtml(version.chapter)}, ${escapeHtml(KIND_LABEL[version.kind as RuleKind] ?? version.kind.replace(/_/g, " "))}${version.status === "voornemen" ? " (voornemen)" : ""}`;
    const exception = version.exception
      ? `<p class="voorwaarde"><span class="label">Uitzondering:</span> <code>${escapeHtml(version.exception.condition)}</code></p><p>${escapeHtml(version.exception.route)}</p>`
      : "";
    const carePart = version.deelzorg !== undefined ? `<p><span class="label">Deel van de zorg:</span> ${escapeHtml(version.deelzorg)}</p>` : "";
    return `<td><p>${escapeHtml(version.text).replace(/\n/g, "<br>")}</p><p class="voorwaarde"><span class="label">${label}:</span> <code>${escapeHtml(version.condition)}</code></p>${carePart}${exception}</td>`;
  };
  return `<details class="vergelijking"><summary>Vergelijk de regel</summary><table class="naast-elkaar"><thead><tr><th scope="col">Was</th><th scope="col">Wordt</th></tr></thead><tbody><tr>${cell(item.rule.old)}${cell(item.rule.new)}</tr></tbody></table></details>`;
}

export function renderHtml(report: ChangeReport, impact?: readonly ImpactTable[]): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)} — ${escapeHtml(report.newer.title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
ul.wijzigingen li { margin: 0.5rem 0; }
.klasse { font-size: 0.8rem; padding: 0 0.4rem; border-radius: 0.3rem; white-space: nowrap; }
.klasse-strenger { background: #fde2e1; color: #8a1c12; } .klasse-soepeler { background: #dff3e3; color: #1d5e2b; }
.klasse-onbepaald { background: #fff3cd; color: #6b5200; } .klasse-redactioneel { background: #eee; color: #444; }
table { border-collapse: collapse; margin: 1rem 0; } th, td { border: 1px solid #ccc; padding: 0.3rem 0.6rem; text-align: left; }
td.getal { text-align: right; }
details.vergelijking { margin: 0.3rem 0 0.8rem; } table.naast-elkaar { width: 100%; table-layout: fixed; } table.naast-elkaar td { vertical-align: top; }
.voorwaarde { font-size: 0.9rem; color: #333; } .voorwaarde .label { color: #555; }
@media print { .klasse { border: 1px solid #999; } }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(report.title)}</h1>
${renderHtmlFragment(report, impact)}
</main>
</body>
</html>
`;
}

export function renderJson(report: ChangeReport, impact?: readonly ImpactTable[]): string {
  return (
    JSON.stringify(
      {
        formatVersion: JSON_FORMAT_VERSION,
        titel: report.title,
        oud: { bestand: report.older.file, titel: report.older.title, versie: report.older.version },
        nieuw: { bestand: report.newer.file, titel: report.newer.title, versie: report.newer.version },
        aantallen: report.counts,
        wijzigingen: report.sections.flatMap((section) =>
          section.items.map((item) => ({
            soort: item.change.kind,
            klasse: item.change.class,
            sectie: section.title,
            zorgsoorten: item.change.careTypes,
            hoofdstuk: { oud: item.change.chapter.old ?? null, nieuw: item.change.chapter.new ?? null },
            sleutel: item.change.key,
            argumenten: jsonArgs(item.change.args),
            gevolgen: item.change.consequences.map((c) => ({ soort: c.kind, zorgsoorten: c.careTypes, argumenten: jsonArgs(c.args) })),
            zin: item.sentence,
            vingerafdruk: item.fingerprint,
          })),
        ),
        ...(impact ? { zorgaanbieders: impact } : {}),
      },
      null,
      2,
    ) + "\n"
  );
}

export function renderReport(report: ChangeReport, format: ReportFormat, colour = false, impact?: readonly ImpactTable[]): string {
  switch (format) {
    case "tekst":
      return renderText(report, colour, impact);
    case "md":
      return renderMarkdown(report, impact);
    case "html":
      return renderHtml(report, impact);
    case "json":
      return renderJson(report, impact);
  }
}

const count = (n: number) => n.toLocaleString("nl-NL");
const CORNER = "vorige versie \u2193  nieuwe versie \u2192";

/**
 * Selective purchase: a second, small table (a line each in text) with, per part of the care,
 * from how many providers with an agreement it is now not or now purchased; only the parts
 * for which something changed, so that a policy without selective purchase shows none.
 */
const PART_HEADINGS = ["deel van de zorg", "voortaan niet ingekocht", "voortaan wel ingekocht"];
const changedParts = (table: ImpactTable) => table.deelzorg.filter((p) => p.voortaanNietIngekocht > 0 || p.voortaanWelIngekocht > 0);

function impactHeading(table: ImpactTable): string {
  const rows = (n: number) => `${count(n)} ${n === 1 ? "rij" : "rijen"}`;
  const notes = [
    table.afgewezen > 0 ? `${rows(table.afgewezen)} niet bruikbaar` : "",
    table.afgewezenDoorOud > 0 ? `${rows(table.afgewezenDoorOud)} niet bruikbaar voor de vorige versie` : "",
    table.afgewezenDoorNieuw > 0 ? `${rows(table.afgewezenDoorNieuw)} niet bruikbaar voor de nieuwe versie` : "",
  ].filter(Boolean);
  return `${table.zorgsoort} (${count(table.aantal)} ${table.aantal === 1 ? "zorgaanbieder" : "zorgaanbieders"} beoordeeld${notes.map((n) => `; ${n}`).join("")})`;
}

/** How many kinds of problem the report names per care type; the rest is counted, and all are in JSON. */
export const UNUSABLE_SHOWN = 10;

/**
 * Why rows could not be used for the care type: the groups of `afgewezenPerProbleem` (most rows
 * first), the first `UNUSABLE_SHOWN` of them as "‘behandelindex’ heeft een waarde van de
 * verkeerde soort: 3", then how many kinds are left out. Empty when every row could be used.
 */
function unusableLines(table: ImpactTable): { readonly intro: string; readonly groups: readonly string[]; readonly more: string | undefined } | undefined {
  if (table.afgewezen === 0) return undefined;
  const shown = table.afgewezenPerProbleem.slice(0, UNUSABLE_SHOWN);
  const left = table.afgewezenPerProbleem.length - shown.length;
  const several = table.afgewezenPerProbleem.length > 1;
  return {
    intro: `Waarom ${table.afgewezen === 1 ? "de rij niet bruikbaar is" : `de ${count(table.afgewezen)} rijen niet bruikbaar zijn`}, per feit en soort probleem${several ? " (een rij met meer problemen telt bij elk daarvan mee)" : ""}:`,
    groups: shown.map((g) => `${g.omschrijving}: ${count(g.aantal)}`),
    more: left > 0 ? `en nog ${count(left)} ${left === 1 ? "andere soort probleem" : "andere soorten problemen"}; alle staan in het verslag als JSON (--format json), onder afgewezenPerProbleem` : undefined,
  };
}

/** In text: the summary and the moves between outcomes, one line each, instead of a wide table. */
function renderImpactText(tables: readonly ImpactTable[]): string[] {
  const lines = ["Gevolgen voor zorgaanbieders", ""];
  for (const table of tables) {
    lines.push(impactHeading(table), `  ${table.samenvatting}`);
    let unchanged = 0;
    for (const row of table.rijen) {
      row.aantallen.forEach((n, i) => {
        const to = table.kolommen[i]!;
        if (to === row.van) unchanged += n;
        else if (n > 0) lines.push(`  ${row.van} \u2192 ${to}: ${count(n)}`);
      });
    }
    if (unchanged > 0) lines.push(`  Zelfde uitkomst: ${count(unchanged)}`);
    for (const part of changedParts(table)) {
      if (part.voortaanNietIngekocht > 0) lines.push(`  ${part.zorg} voortaan niet ingekocht: ${count(part.voortaanNietIngekocht)}`);
      if (part.voortaanWelIngekocht > 0) lines.push(`  ${part.zorg} voortaan wel ingekocht: ${count(part.voortaanWelIngekocht)}`);
    }
    const unusable = unusableLines(table);
    if (unusable) lines.push(`  ${unusable.intro}`, ...unusable.groups.map((g) => `    ${g}`), ...(unusable.more ? [`    ${unusable.more}`] : []));
    lines.push("");
  }
  lines.pop();
  return lines;
}

function renderImpactMarkdown(table: ImpactTable): string[] {
  const lines = [`**${impactHeading(table)}**`, ""];
  lines.push(`| ${CORNER} | ${table.kolommen.join(" | ")} |`);
  lines.push(`|---|${table.kolommen.map(() => "---:").join("|")}|`);
  for (const row of table.rijen) lines.push(`| ${row.van} | ${row.aantallen.map(count).join(" | ")} |`);
  const parts = changedParts(table);
  if (parts.length > 0) {
    lines.push("", `| ${PART_HEADINGS.join(" | ")} |`, "|---|---:|---:|");
    for (const part of parts) lines.push(`| ${part.zorg} | ${count(part.voortaanNietIngekocht)} | ${count(part.voortaanWelIngekocht)} |`);
  }
  lines.push("", table.samenvatting);
  const unusable = unusableLines(table);
  if (unusable) lines.push("", unusable.intro, "", ...unusable.groups.map((g) => `- ${g}`), ...(unusable.more ? [`- ${unusable.more}`] : []));
  return lines;
}

function renderImpactHtml(table: ImpactTable): string {
  const head = `<tr><th scope="col">${CORNER}</th>${table.kolommen.map((k) => `<th scope="col">${escapeHtml(k)}</th>`).join("")}</tr>`;
  const body = table.rijen.map((r) => `<tr><th scope="row">${escapeHtml(r.van)}</th>${r.aantallen.map((n) => `<td class="getal">${count(n)}</td>`).join("")}</tr>`).join("");
  const parts = changedParts(table);
  const partTable =
    parts.length === 0
      ? ""
      : `<table><tr>${PART_HEADINGS.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr>${parts
          .map((p) => `<tr><th scope="row">${escapeHtml(p.zorg)}</th><td class="getal">${count(p.voortaanNietIngekocht)}</td><td class="getal">${count(p.voortaanWelIngekocht)}</td></tr>`)
          .join("")}</table>`;
  const unusable = unusableLines(table);
  const why = unusable ? `<p>${escapeHtml(unusable.intro)}</p><ul>${[...unusable.groups, ...(unusable.more ? [unusable.more] : [])].map((g) => `<li>${escapeHtml(g)}</li>`).join("")}</ul>` : "";
  return `<h3>${escapeHtml(impactHeading(table))}</h3><table>${head}${body}</table>${partTable}<p>${escapeHtml(table.samenvatting)}</p>${why}`;
}
