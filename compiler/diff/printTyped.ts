/**
 * Writes a typed expression back as an author would (150, 30%, € 1500, 2025-10-24), for the
 * values quoted in change reports.
 */

import type { TExpr } from "../model.js";

function literal(e: Extract<TExpr, { kind: "literal" }>): string {
  switch (e.type.kind) {
    case "percentage":
      return `${formatNumber(e.value as number)}%`;
    case "bedrag":
      return `€ ${formatNumber(e.value as number)}`;
    case "janee":
      return e.value ? "ja" : "nee";
    case "tekst":
      return `"${String(e.value)}"`;
    case "getal":
      return formatNumber(e.value as number);
    default:
      return String(e.value);
  }
}

/** Dutch number notation: decimal comma, no grouping for small numbers. */
export function formatNumber(value: number): string {
  return String(value).replace(".", ",");
}

export function printTyped(e: TExpr): string {
  switch (e.kind) {
    case "literal":
      return literal(e);
    case "list":
      return `[${e.items.map(printTyped).join(", ")}]`;
    case "fact":
      return e.fact;
    case "zorgsoort":
      return "zorgsoort";
    case "contractjaar":
      return "contractjaar";
    case "voorwaardenVoldaan":
      return "voorwaarden_voldaan";
    case "inAanmerking":
      return "in_aanmerking";
    case "cell":
      return `${e.table}[${printTyped(e.key)}].${e.column}`;
    case "call":
      return `${e.fn}(${e.args.map(printTyped).join(", ")})`;
    case "not":
      return `niet ${printTyped(e.operand)}`;
    case "negate":
      return `-${printTyped(e.operand)}`;
    case "binary":
      return `${printTyped(e.left)} ${e.operator} ${printTyped(e.right)}`;
    case "between":
      return `${printTyped(e.operand)} tussen ${printTyped(e.low)} en ${printTyped(e.high)}`;
  }
}
