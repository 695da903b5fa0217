/**
 * Which values of a .policy file are expressions (conditions, date computations and cells of
 * a condition column), by their path in the YAML, and the column type of a table cell. The formatter lays these out with the
 * expression printer and compares them as trees.
 */

const RULE_EXPRESSION = /^(voorwaarde|van_toepassing_als)$/;

/** Whether the value at `path` is an expression, so it gets the expression layout. */
export function isExpressionPath(path: readonly string[], data: unknown): boolean {
  const [section, , sub, , field, nested] = path;
  if (section === "groepen" && sub === "regels") {
    if (path.length === 5) return RULE_EXPRESSION.test(field ?? "");
    return path.length === 6 && field === "uitzondering" && nested === "voorwaarde";
  }
  if (section === "datumregels") return path.length === 3 && path[2] === "berekening";
  return tableColumnType(path, data) === "voorwaarde";
}

/**
 * For a cell of a table row (`tabellen.t.rijen.0.kolom`), the type of its column; also for the
 * value of a cell written with the source's words (`tabellen.t.rijen.0.kolom.waarde`).
 */
export function tableColumnType(path: readonly string[], data: unknown): unknown {
  const [section, id, sub, , column, part] = path;
  if (section !== "tabellen" || sub !== "rijen") return undefined;
  if (path.length !== 5 && !(path.length === 6 && part === "waarde")) return undefined;
  const columns = (data as { tabellen?: Record<string, { kolommen?: Record<string, { type?: unknown }> }> } | null)?.tabellen?.[id ?? ""]?.kolommen;
  return columns?.[column ?? ""]?.type;
}

