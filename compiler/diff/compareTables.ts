/**
 * Compares the lookup tables of two versions: tables that came or went, and of a table in both
 * its title, its status, its introduction, the titles of the columns the document shows, and its rows
 * (added, removed, changed in value or only in the source's words). Rows are named in a
 * sentence as the document names them (rowName); the change itself keeps the rows' keys.
 */

import type { Cell, PolicyModel, Table, TableRow } from "../model.js";
import { upperFirst } from "../render/dutch.js";
import { cellText, namingColumn, shownColumns } from "../render/parts/tables.js";
import { parseProse } from "../render/prose.js";
import type { ChangeClass } from "./changes.js";
import { sameWords } from "./compareDocument.js";
import { wholeIn, type WholeValued } from "../bounds.js";
import { compareConditions, exprKey } from "./conditions.js";
import type { DiffContext } from "./context.js";
import { matchEntities } from "./match.js";

/** A canonical text for one cell's value; equal texts mean equal values. */
function valueKey(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.type === "voorwaarde") return exprKey(cell.value.expr);
  if (cell.type === "verzameling") return [...cell.value].sort().join("|");
  return String(cell.value);
}

function cellKey(table: Table, rowKey: string): string {
  const row = table.rows.find((r) => r.key === rowKey);
  if (!row) return "";
  return table.columns.map((c) => valueKey(row.cells[c.id])).join("¦");
}

/**
 * Whether a row in both versions has other values. A condition counts by what it lets through,
 * as a rule's does (compareRulePair.ts): `<= 5` → `< 6` on a whole number is the same condition,
 * so a row that only changed so keeps its values (and is at most reworded, as the document
 * prints other words for it).
 */
function valuesDiffer(ctx: DiffContext, before: Table, after: Table, rowKey: string, whole: WholeValued): boolean {
  const [oldKey, newKey] = [cellKey(before, rowKey), cellKey(after, rowKey)];
  if (oldKey === newKey || ctx.sameText(oldKey, newKey)) return false;
  const [oldRow, newRow] = [before.rows.find((r) => r.key === rowKey), after.rows.find((r) => r.key === rowKey)];
  const sameColumns = before.columns.length === after.columns.length && before.columns.every((c, i) => c.id === after.columns[i]?.id);
  if (!oldRow || !newRow || !sameColumns) return true;
  return after.columns.some((c) => {
    const [o, n] = [oldRow.cells[c.id], newRow.cells[c.id]];
    if (o?.type === "voorwaarde" && n?.type === "voorwaarde") return compareConditions(o.value.expr, n.value.expr, whole).kind !== "same";
    return valueKey(o) !== valueKey(n);
  });
}

/** What the document prints in a cell: the source's words when the policy gives them, otherwise the value in words. */
function printedCell(row: TableRow, columnId: string): string {
  return row.texts?.[columnId] ?? (row.cells[columnId] ? cellText(row.cells[columnId] as Cell) : "");
}

/** The name of a row without words of its own: its care type's name, or its key as the document prints it. */
function plainRowName(model: PolicyModel, table: Table, rowKey: string): string {
  return table.key.careTypes ? (model.careTypes.find((c) => c.id === rowKey)?.name ?? rowKey) : upperFirst(rowKey.replace(/_/g, " "));
}

/**
 * A row as the document names it in its first column (render/parts/tables.ts, renderTable): the
 * source's words for the key (`sleutel: { tekst }`), else the column that names the rows where
 * the table has one (the schema of Hulpmiddelen: "Orthopedisch schoeisel" for the care type
 * Orthopedische schoenen), else the care type's name or the key. The key itself, when the
 * version has no such row.
 */
export function rowName(model: PolicyModel, table: Table, rowKey: string): string {
  const row = table.rows.find((r) => r.key === rowKey);
  if (!row) return rowKey;
  const naming = namingColumn(table);
  const named = naming ? printedCell(row, naming.id).trim() : "";
  return row.keyText ?? (named !== "" ? named : plainRowName(model, table, rowKey));
}

/**
 * Whether the document prints other words for a row whose values stayed the same, because the
 * policy gives the source's words next to them (`sleutel: { tekst }`, `{ waarde, tekst }`).
 * Words are compared with what the document prints without them (the care type's or key's name,
 * the cell as printed), so `{ waarde: X, tekst: "X" }` prints the same as `X`. The name of a row
 * without such words on either side is not compared: a renamed care type is its own change.
 */
function printedWordsDiffer(ctx: DiffContext, before: Table, after: Table, rowKey: string): boolean {
  const printed = (model: PolicyModel, table: Table, withKey: boolean): string => {
    const row = table.rows.find((r) => r.key === rowKey);
    if (!row) return "";
    return [withKey ? (row.keyText ?? plainRowName(model, table, rowKey)) : "", ...table.columns.map((c) => printedCell(row, c.id))].join("¦");
  };
  const withKey = [before, after].some((table) => table.rows.find((r) => r.key === rowKey)?.keyText !== undefined);
  const [older, newer] = [printed(ctx.older, before, withKey), printed(ctx.newer, after, withKey)];
  return older !== newer && !ctx.sameText(older, newer);
}

/**
 * What a table shows around its rows: its title, its introduction and the titles of the columns
 * the document prints (the key's column and the shown ones; not a column that names the rows,
 * whose title the document does not print, nor a condition that restates a text column). A new
 * title or column title is redactioneel, as a group's new heading is: the rows are the same. A
 * new introduction is a changed text, as a group's introduction is ("de tekst bij de tabel
 * ‘…’"): onbepaald, as words before a table can say what it means (‘Caresq biedt … aan’ became
 * ‘Caresq heeft … gesloten’), or redactioneel when only the spelling differs.
 */
function compareTableFrame(ctx: DiffContext, before: Table, after: Table): void {
  const key = `tabel:${after.id}`;
  const chapter = ctx.chapter(before.chapter, after.chapter);
  if (!ctx.sameText(before.title, after.title)) {
    ctx.add("tabel_titel_gewijzigd", "redactioneel", key, chapter, { oud: before.title, nieuw: after.title });
  }
  // A table that became definitive (or an intention again) is reported as a rule's status is,
  // but onbepaald, as a table that came or went is: the policy alone does not say what its rows
  // mean for a provider.
  if (before.status !== after.status) {
    ctx.add("tabel_status_gewijzigd", "onbepaald", key, chapter, { tabel: after.title, ...(after.title !== before.title ? { oude_tabel: before.title } : {}), oud: before.status, nieuw: after.status });
  }
  // The introduction's words: whether the policy writes them as a bullet (the last one of the
  // list before the table, in hulpmiddelen 2026-07) or as a paragraph is how the document lays
  // them out, not what they say.
  const words = (text: string | undefined) => (text === undefined ? undefined : parseProse(text).flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.items)).join(" "));
  const [oldIntro, newIntro] = [words(before.introduction), words(after.introduction)];
  if (oldIntro === undefined || newIntro === undefined ? oldIntro !== newIntro : !ctx.sameText(oldIntro, newIntro)) {
    const cls: ChangeClass = oldIntro !== undefined && newIntro !== undefined && sameWords(oldIntro, newIntro) ? "redactioneel" : "onbepaald";
    ctx.add("tekst_gewijzigd", cls, key, chapter, { onderwerpen: [`de tekst bij de tabel ‘${after.title}’`], aantal: 1 });
  }
  // The key's column by the one name no other column can have (BL215).
  const shown = (table: Table) => new Map([["sleutel", table.key.title], ...shownColumns(table).map((c) => [c.id, c.title] as const)]);
  const oldTitles = shown(before);
  for (const [id, title] of shown(after)) {
    const old = oldTitles.get(id);
    if (old !== undefined && !ctx.sameText(old, title)) {
      ctx.add("kolomkop_gewijzigd", "redactioneel", key, chapter, { tabel: after.title, ...(after.title !== before.title ? { oude_tabel: before.title } : {}), oud: old, nieuw: title });
    }
  }
}

export function compareTables(ctx: DiffContext): void {
  // Which compared things take whole values only, as in the comparison of rules.
  const whole = wholeIn(ctx.older, ctx.newer);
  for (const { old: before, new: after } of matchEntities(ctx.older.tables, ctx.newer.tables, ctx.diagnostics)) {
    const key = `tabel:${after?.id ?? before?.id}`;
    if (after && !before) {
      ctx.add("tabel_toegevoegd", "onbepaald", key, ctx.chapter(undefined, after.chapter), { tabel: after.title });
      continue;
    }
    if (before && !after) {
      ctx.add("tabel_verwijderd", "onbepaald", key, ctx.chapter(before.chapter, undefined), { tabel: before.title });
      continue;
    }
    if (!before || !after) continue;
    compareTableFrame(ctx, before, after);
    const chapter = ctx.chapter(before.chapter, after.chapter);
    const table = { tabel: after.title, ...(after.title !== before.title ? { oude_tabel: before.title } : {}) };
    // Rows of a care type that came or went are part of that change, not a separate one.
    const relevant = (k: string) => !after.key.careTypes || ctx.commonCareTypes.has(k);
    const oldKeys = before.rows.map((r) => r.key).filter(relevant);
    const newKeys = after.rows.map((r) => r.key).filter(relevant);
    const rowCareTypes = (keys: string[]) => (after.key.careTypes ? keys.filter((k) => ctx.commonCareTypes.has(k)) : []);
    const added = newKeys.filter((k) => !oldKeys.includes(k));
    const removed = oldKeys.filter((k) => !newKeys.includes(k));
    const changed = newKeys.filter((k) => oldKeys.includes(k) && valuesDiffer(ctx, before, after, k, whole));
    // The same values, other words of the source printed for them: wording only.
    const reworded = newKeys.filter((k) => oldKeys.includes(k) && !changed.includes(k) && printedWordsDiffer(ctx, before, after, k));
    if (added.length > 0) ctx.add("tabelrijen_toegevoegd", "onbepaald", key, chapter, { ...table, rijen: added, aantal: added.length }, rowCareTypes(added));
    if (removed.length > 0) ctx.add("tabelrijen_verwijderd", "onbepaald", key, chapter, { ...table, rijen: removed, aantal: removed.length }, rowCareTypes(removed));
    if (changed.length > 0) {
      // A condition column that only narrows or widens tells the direction.
      const directions = changed.flatMap((k) =>
        after.columns
          .filter((c) => c.type === "voorwaarde")
          .map((c) => {
            const o = before.rows.find((r) => r.key === k)?.cells[c.id];
            const n = after.rows.find((r) => r.key === k)?.cells[c.id];
            if (o?.type !== "voorwaarde" || n?.type !== "voorwaarde") return "different";
            const result = compareConditions(o.value.expr, n.value.expr, whole);
            return result.kind === "same" ? "same" : result.direction;
          }),
      );
      const substantive = directions.filter((d) => d !== "same");
      const cls: ChangeClass =
        substantive.length > 0 && substantive.every((d) => d === "narrower") ? "strenger" : substantive.length > 0 && substantive.every((d) => d === "wider") ? "soepeler" : "onbepaald";
      ctx.add("tabelrijen_gewijzigd", cls, key, chapter, { ...table, rijen: changed, aantal: changed.length }, rowCareTypes(changed));
    }
    if (reworded.length > 0) ctx.add("tabelrijen_gewijzigd", "redactioneel", key, chapter, { ...table, rijen: reworded, aantal: reworded.length }, rowCareTypes(reworded));
  }
}
