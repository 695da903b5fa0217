/**
 * Checks lookup tables: column types, one cell per column in every row, cells converted to
 * typed values, condition cells parsed and type-checked. Produces both the model's tables and
 * the `TableInfo` the expression checker needs to type `tabel[sleutel].kolom`.
 */

import type { Cell, Column, ColumnType, Table, TableRow, ValueType } from "../model.js";
import { CheckContext, entries } from "./context.js";
import { numberFieldProblem, numberTooLarge } from "../load/numberFields.js";
import { prunedCell } from "../load/validate.js";
import { YEAR_ZERO_HINT, checkExpression, type CheckEnvironment, type TableInfo } from "./expressions.js";
import { DATUM, GETAL, JANEE, TEKST, typeName } from "./types.js";
import { isValidIsoDate } from "../../grammar/toAst.js";

/** A cell as written: the value alone, or the value with the source's words (`{ waarde, tekst }`). */
type RawCell = string | string[] | { waarde: string | string[]; tekst: string };

/** The row property that gives the row's key the source's words (`sleutel: { tekst: "…" }`); no column may have this name. */
const KEY_TEXT = "sleutel";

interface RawTable {
  titel: string;
  hoofdstuk: string;
  inleiding?: string;
  sleutel: { titel: string; zorgsoort?: "ja" | "nee" };
  kolommen: Record<string, { titel: string; type: ColumnType }>;
  rijen: Record<string, Record<string, RawCell>>;
  status?: "definitief" | "voornemen";
  was?: string;
}

export function columnValueType(type: ColumnType): ValueType {
  switch (type) {
    case "tekst":
      return TEKST;
    case "getal":
      return GETAL;
    case "datum":
      return DATUM;
    case "verzameling":
      return { kind: "verzameling" };
    case "voorwaarde":
      return JANEE;
  }
}

export function checkTables(ctx: CheckContext, raw: unknown, env: Omit<CheckEnvironment, "tables" | "careTypesInScope" | "allowTables">, careTypeIds: ReadonlySet<string>): { tables: Table[]; info: Map<string, TableInfo> } {
  const tables: Table[] = [];
  const info = new Map<string, TableInfo>();
  for (const [id, table] of entries<RawTable>(raw)) {
    const base = ["tabellen", id];
    const careTypeKeyed = table.sleutel.zorgsoort === "ja";
    const columns: Column[] = entries<{ titel: string; type: ColumnType }>(table.kolommen).map(([columnId, c]) => ({ id: columnId, title: c.titel, type: c.type }));
    if (columns.some((c) => c.id === KEY_TEXT)) {
      ctx.report("BL215", ctx.keySpan([...base, "kolommen", KEY_TEXT]), { naam: KEY_TEXT }, `‘${KEY_TEXT}’ is in een rij de plaats voor de woorden van de bron bij de sleutel (${KEY_TEXT}: { tekst: "…" }); geef de kolom een andere naam.`);
      columns.splice(columns.findIndex((c) => c.id === KEY_TEXT), 1);
    }
    const nullableKeys = new Map<string, Set<string>>(columns.map((c) => [c.id, new Set<string>()]));
    const rows: TableRow[] = [];
    // In the order the file writes them: a JavaScript object puts keys that look like whole
    // numbers ("2024", "10") before the others, which would move those rows to the top.
    const at = (key: string) => ctx.location([...base, "rijen", key])?.keySpan?.start ?? Infinity;
    const rawRows = entries<Record<string, RawCell>>(table.rijen).sort(([a], [b]) => {
      const [x, y] = [at(a), at(b)];
      return x === y ? 0 : x < y ? -1 : 1;
    });
    for (const [key, rawRow] of rawRows) {
      const rowPath = [...base, "rijen", key];
      if (careTypeKeyed && !careTypeIds.has(key)) {
        ctx.report("BL302", ctx.keySpan(rowPath), { id: key });
      }
      const cells: Record<string, Cell> = {};
      const texts: Record<string, string> = {};
      const place = `rij ‘${key}’ van tabel ‘${id}’`;
      for (const column of columns) {
        const cellPath = [...rowPath, column.id];
        const written = rawRow[column.id];
        if (written === undefined || written === null) {
          // A cell (or row) the load stage cut out has had its diagnostic (BL004, BL005, BL011).
          if (!ctx.file.pruned.has(prunedCell(id, key, column.id)) && !ctx.file.pruned.has(prunedCell(id, key))) ctx.report("BL004", ctx.keySpan(rowPath), { veld: column.id, plaats: place });
          continue;
        }
        const withText = typeof written === "object" && !Array.isArray(written);
        if (withText) {
          const text = sourceWords(ctx, [...cellPath, "tekst"], written.tekst, `de cel ‘${column.id}’ in ${place}`, column);
          if (text !== undefined) texts[column.id] = text;
        }
        const value = withText ? written.waarde : written;
        const valuePath = withText ? [...cellPath, "waarde"] : cellPath;
        const cell = convertCell(ctx, valuePath, column, value, { ...env, tables: new Map(), careTypesInScope: careTypeKeyed ? [key] : env.careTypeIds, allowTables: false });
        if (!cell) continue;
        if (cell.type === "voorwaarde" && cell.value.expr.nullable) nullableKeys.get(column.id)?.add(key);
        cells[column.id] = cell;
      }
      const keyCell = rawRow[KEY_TEXT];
      const keyText = keyCell && typeof keyCell === "object" && !Array.isArray(keyCell) ? sourceWords(ctx, [...rowPath, KEY_TEXT, "tekst"], keyCell.tekst, `de sleutel van ${place}`) : undefined;
      for (const name of Object.keys(rawRow)) {
        if (name === KEY_TEXT) continue;
        if (!columns.some((c) => c.id === name)) {
          ctx.report("BL003", ctx.keySpan([...rowPath, name]), { veld: name, plaats: `rij ‘${key}’ van tabel ‘${id}’` }, `Kolommen: ${columns.map((c) => c.id).join(", ")}.`);
        }
      }
      rows.push({
        key,
        cells,
        ...(Object.keys(texts).length > 0 ? { texts } : {}),
        ...(keyText !== undefined ? { keyText } : {}),
        span: ctx.keySpan(rowPath),
      });
    }
    tables.push({
      id,
      title: table.titel,
      chapter: table.hoofdstuk,
      ...(table.inleiding !== undefined ? { introduction: table.inleiding } : {}),
      key: { title: table.sleutel.titel, careTypes: careTypeKeyed },
      columns,
      rows,
      status: table.status ?? "definitief",
      ...(table.was !== undefined ? { was: table.was } : {}),
      span: ctx.keySpan(base),
    });
    info.set(id, {
      id,
      careTypeKeyed,
      rowKeys: rows.map((r) => r.key),
      columns: new Map(columns.map((c) => [c.id, { type: columnValueType(c.type), nullableKeys: nullableKeys.get(c.id) ?? new Set() }])),
    });
  }
  return { tables, info };
}

/**
 * The source's words written next to a value (`tekst:`), trimmed; undefined (with a diagnostic)
 * when they are blank or belong to a condition column, whose cells the document already prints
 * in words (a separate text column holds the source's words there, as in the schema of Hulpmiddelen).
 */
function sourceWords(ctx: CheckContext, path: (string | number)[], text: string, what: string, column?: Column): string | undefined {
  if (column?.type === "voorwaarde") {
    ctx.report(
      "BL005",
      ctx.span(path.slice(0, -1)),
      { verwacht: `in kolom ‘${column.id}’ (een voorwaarde) alleen de voorwaarde`, gevonden: "een voorwaarde met een tekst" },
      `Het document toont een voorwaarde zelf in woorden. Wilt u de woorden van de bron tonen, zet ze dan in een kolom van het type tekst: die kolom toont het document, de voorwaarde niet.`,
    );
    return undefined;
  }
  if (text.trim() === "") {
    ctx.report("BL011", ctx.span(path), { wat: `De tekst van ${what}` });
    return undefined;
  }
  return text.trim();
}

function convertCell(ctx: CheckContext, path: (string | number)[], column: Column, value: string | string[], env: CheckEnvironment): Cell | undefined {
  const mismatch = (shown: string, want: string) => {
    ctx.report("BL211", ctx.span(path), { waarde: shown, kolom: column.id, verwacht: want });
    return undefined;
  };
  if (column.type === "verzameling") {
    return Array.isArray(value) ? { type: "verzameling", value: value.map(String) } : { type: "verzameling", value: [String(value)] };
  }
  if (Array.isArray(value)) return mismatch(value.join(", "), `één waarde (${column.type})`);
  switch (column.type) {
    case "tekst":
      return { type: "tekst", value };
    case "getal": {
      const n = Number(value.replace(",", "."));
      if (!/^-?\d+([.,]\d+)?$/.test(value.trim()) || !Number.isFinite(n)) return mismatch(value, "een getal");
      // As a number field of the policy: too large (BL109), a point between the thousands (BL108).
      const written = value.trim();
      const problem = written.includes(",") ? numberTooLarge(n, ctx.span(path)) : numberFieldProblem(written, n, "", ctx.span(path));
      if (problem) {
        ctx.diagnostics.push(problem);
        return undefined;
      }
      return { type: "getal", value: n };
    }
    case "datum":
      if (isValidIsoDate(value) && value.startsWith("0000-")) {
        ctx.report("BL105", ctx.span(path), { tekst: value }, YEAR_ZERO_HINT);
        return undefined;
      }
      return isValidIsoDate(value) ? { type: "datum", value } : mismatch(value, "een datum als jjjj-mm-dd");
    case "voorwaarde": {
      const ast = ctx.parseAt(path, value);
      if (!ast) return undefined;
      const checked = checkExpression(ast, env);
      ctx.diagnostics.push(...checked.diagnostics);
      if (!checked.expr) return undefined;
      if (checked.expr.type.kind !== "janee") {
        ctx.report("BL206", checked.expr.span, { wat: `De cel in kolom ‘${column.id}’`, type: typeName(checked.expr.type) });
        return undefined;
      }
      return { type: "voorwaarde", value: { source: value, expr: checked.expr } };
    }
  }
}
