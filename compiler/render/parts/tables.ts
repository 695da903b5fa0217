/**
 * Lookup tables as the document prints them: a header row with the key's and the columns'
 * titles, one row per key. When the first column holds the row's name as the document prints it
 * (key "Onderwerp" with a column "Onderwerp", key "Hulpmiddel" with a column "Hulpmiddel (zoals in
 * het schema)"), that column heads the row and the key itself is not shown: the key is an
 * identifier for lookups, and printing both doubled the column. A condition column that restates
 * a text column of the table (the schema's "Benodigd certificaat" and the policy's "Eis") is not
 * shown either; nor is a group of rules that are the table's rows listed again (their anchors
 * are on the rows). Sets read as "04, 05, 07 en 90", dates as "24 oktober 2025", and a
 * condition cell in words ("SEMH-certificaat AUD of StAr-registratie") where it can be read so,
 * otherwise as written. A text cell with list lines ("- …") shows them as a list. Rows that are
 * one row of the source (one rule for them, the same cells) are printed as that one row. Where the
 * policy writes the source's words next to a value (`{ waarde: …, tekst: "…" }`, a row's
 * `sleutel: { tekst: "…" }`), the document prints those words, not the value.
 */

import type { Cell, Column, Rule, Table, TableRow, TExpr } from "../../model.js";
import type { RenderContext } from "../context.js";
import { formatDutchDate, formatNumber, listAnd, listOr, upperFirst } from "../dutch.js";
import { html, join, type Html } from "../html.js";
import { heading, intentionMark, scrollableTable } from "../marks.js";
import { inlineText, parseProse, renderBlocks, renderProseInline } from "../prose.js";
import { ruleAnchor } from "./rules.js";

/** A condition in words, or undefined when it has parts that only read well as an expression. */
function conditionWords(expr: TExpr, parent?: "en" | "of"): string | undefined {
  switch (expr.kind) {
    case "literal":
      return typeof expr.value === "string" ? expr.value : undefined;
    case "list": {
      const items = expr.items.map((i) => conditionWords(i));
      return items.every((i): i is string => i !== undefined) ? listOr(items) : undefined;
    }
    case "binary": {
      if (expr.operator === "en" || expr.operator === "of") {
        const left = conditionWords(expr.left, expr.operator);
        const right = conditionWords(expr.right, expr.operator);
        if (left === undefined || right === undefined) return undefined;
        const text = `${left} ${expr.operator} ${right}`;
        return parent !== undefined && parent !== expr.operator ? `(${text})` : text;
      }
      // "certificaten bevat X" and "X in certificaten" both read as: X.
      if (expr.operator === "bevat" && expr.right.kind === "literal") return conditionWords(expr.right);
      if (expr.operator === "in" && expr.left.kind === "fact") return conditionWords(expr.right);
      return undefined;
    }
    default:
      return undefined;
  }
}

export function cellText(cell: Cell): string {
  switch (cell.type) {
    case "tekst":
      return cell.value;
    case "getal":
      return formatNumber(cell.value);
    case "datum":
      return formatDutchDate(cell.value);
    case "verzameling":
      return listAnd(cell.value);
    case "voorwaarde":
      return conditionWords(cell.value.expr) ?? cell.value.source;
  }
}

export function rowKeyText(table: Table, key: string, ctx: RenderContext): string {
  const written = table.rows.find((row) => row.key === key)?.keyText;
  if (written !== undefined) return written;
  return table.key.careTypes ? ctx.careTypeName(key) : upperFirst(key.replace(/_/g, " "));
}

/** What the document prints for a cell: the source's words when the policy gives them, otherwise the cell's value in words. */
function printedText(row: TableRow, columnId: string): string | undefined {
  const written = row.texts?.[columnId];
  if (written !== undefined) return written;
  const cell = row.cells[columnId];
  return cell ? cellText(cell) : undefined;
}

/**
 * The column that names each row, when the table has one: the first column, a text, whose title
 * is the key's title (or begins with it) and which every row fills in.
 */
export function namingColumn(table: Table): Column | undefined {
  const first = table.columns[0];
  if (!first || first.type !== "tekst") return undefined;
  const keyTitle = table.key.title.trim().toLowerCase();
  if (!first.title.trim().toLowerCase().startsWith(keyTitle)) return undefined;
  const named = table.rows.every((row) => row.cells[first.id]?.type === "tekst" && (printedText(row, first.id) ?? "").trim() !== "");
  return named ? first : undefined;
}

/** The string a condition names first (`certificaten bevat "SEMH-certificaat OIM" en …` names "SEMH-certificaat OIM"). */
function firstWords(expr: TExpr): string | undefined {
  switch (expr.kind) {
    case "literal":
      return typeof expr.value === "string" ? expr.value : undefined;
    case "list":
      return expr.items.map(firstWords).find((w) => w !== undefined);
    case "binary":
      return firstWords(expr.left) ?? firstWords(expr.right);
    default:
      return undefined;
  }
}

/**
 * Whether a condition column is the evaluator's reading of a text column of the same table: the
 * published schema states the requirement in words ("SEMH-certificaat TEK. Bij voorkeur
 * ingeschreven in het KABIZ-register"), the policy adds the condition it checks
 * (`certificaten bevat "SEMH-certificaat TEK"`). That is so when in every row with a condition
 * the text column begins with the words the condition names first.
 */
export function readsTextColumn(table: Table, condition: Column, text: Column): boolean {
  if (condition.type !== "voorwaarde" || text.type !== "tekst") return false;
  const begins = (row: TableRow, words: string | undefined) =>
    row.cells[text.id]?.type === "tekst" && words !== undefined && (printedText(row, text.id) ?? "").trim().toLowerCase().startsWith(words.trim().toLowerCase());
  const rows = table.rows.filter((row) => row.cells[condition.id]?.type === "voorwaarde");
  return rows.length > 0 && rows.every((row) => {
    const cell = row.cells[condition.id];
    return cell?.type === "voorwaarde" && begins(row, firstWords(cell.value.expr));
  });
}

/**
 * The columns the document shows: not the column that names the rows (it heads them), and not a
 * condition column that only restates a text column in the evaluator's terms (the source's table
 * has the text; the checker page has the condition).
 */
export function shownColumns(table: Table): Column[] {
  const naming = namingColumn(table);
  const columns = naming ? table.columns.slice(1) : [...table.columns];
  return columns.filter((c) => !columns.some((other) => readsTextColumn(table, c, other)));
}

/** The row's name wrapped in the anchor of each rule that is this row (`rowRules`, see layout.ts `rowsOfTable`); the checker page links there. */
function anchoredRowName(name: Html | string, rules: readonly Rule[], ctx: RenderContext): Html | string {
  return rules.reduceRight<Html | string>((inner, rule) => {
    const id = ctx.claimId(ruleAnchor(rule.id));
    return id ? html`<span id="${id}" class="regel">${inner}</span>` : inner;
  }, name);
}

/** What a row shows in a column, as the document prints it. */
function shownCell(row: TableRow, column: Column, ctx: RenderContext): Html {
  const cell = row.cells[column.id];
  const written = row.texts?.[column.id];
  // A text cell may hold a list ("- …" on lines of their own), as other texts do; so may the source's words.
  if (written !== undefined) return renderProseInline(written, ctx);
  return cell ? (cell.type === "tekst" ? renderProseInline(cell.value, ctx) : inlineText(cellText(cell), ctx)) : html``;
}

/**
 * The rows as the source prints them. The policy needs a row per care type to look a cell up;
 * where the source has one row for several care types, the policy says so with one rule for
 * that source row (`rowRules`: the schema of Hulpmiddelen, a rule per row, `certificaat_iso` for
 * "BAHA, communicatiehulpmiddelen, …, zuurstof | ISO-certificaat"). Consecutive rows of the same
 * rule(s) that show the same in every column are therefore one row, which names them all. Rows
 * without such a rule stay rows of their own, also when they read the same (a term per
 * hulpmiddel, as the source lists them).
 */
export function printedRows(table: Table, columns: readonly Column[], rowRules: ReadonlyMap<string, readonly Rule[]>): TableRow[][] {
  const rules = [...new Set([...rowRules.values()].flat())];
  const ruleIds = (row: TableRow) => JSON.stringify(rules.filter((r) => r.careTypes.includes(row.key)).map((r) => r.id));
  // Compared as written, not as rendered: rendering claims anchors (a footnote marker's).
  const shown = (row: TableRow) =>
    JSON.stringify(columns.map((c) => printedText(row, c.id) ?? ""));
  const printed: TableRow[][] = [];
  for (const row of table.rows) {
    const last = printed[printed.length - 1];
    const before = last?.[last.length - 1];
    if (last && before && ruleIds(row) !== "[]" && ruleIds(row) === ruleIds(before) && shown(row) === shown(before)) last.push(row);
    else printed.push([row]);
  }
  return printed;
}

/**
 * `showTitle` is false where the document leaves the table's heading out (see document.ts); the
 * title then only names the table for a screen reader. `rowRules`: rules that are rows of this
 * table, by the key of the row that carries their anchor. `continuedList`: the introduction's
 * first list is printed as the end of the list before the table (see document.ts), not here.
 */
export function renderTable(
  table: Table,
  level: number,
  ctx: RenderContext,
  showTitle = true,
  rowRules: ReadonlyMap<string, readonly Rule[]> = new Map(),
  continuedList = false,
): Html {
  const id = ctx.claimId(`tabel-${table.id}`);
  const naming = namingColumn(table);
  const columns = shownColumns(table);
  const rowName = (row: TableRow): Html | string => {
    // The key's own words first: they are the author's explicit choice for this row's name.
    const text = row.keyText ?? (naming ? printedText(row, naming.id) : undefined);
    return text !== undefined ? inlineText(text, ctx) : rowKeyText(table, row.key, ctx);
  };
  const rowHeader = (rows: readonly TableRow[]): Html | string =>
    anchoredRowName(
      join(rows.map(rowName), ", "),
      rows.flatMap((row) => rowRules.get(row.key) ?? []),
      ctx,
    );
  const introduction = table.introduction === undefined ? [] : parseProse(table.introduction);
  const shownIntroduction = continuedList && introduction[0]?.kind === "list" ? introduction.slice(1) : introduction;
  return html`<section class="opzoektabel${table.status === "voornemen" ? " voornemen" : ""}"${id ? (showTitle ? html` aria-labelledby="${id}"` : html` id="${id}"`) : ""}>
${showTitle ? heading(level, id, html`${table.title}${intentionMark(table.status)}`) : table.status === "voornemen" ? html`<p>${intentionMark(table.status)}</p>` : ""}
${renderBlocks(shownIntroduction, ctx)}
${scrollableTable(table.title, html`<table>
<thead><tr><th scope="col">${table.key.title}</th>${columns.map((c) => html`<th scope="col">${c.title}</th>`)}</tr></thead>
<tbody>${printedRows(table, columns, rowRules).map(
    (rows) => html`<tr><th scope="row">${rowHeader(rows)}</th>${columns.map((c) => html`<td>${shownCell(rows[0] as TableRow, c, ctx)}</td>`)}</tr>`,
  )}</tbody>
</table>`)}
</section>`;
}
