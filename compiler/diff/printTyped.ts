/**
 * Writes a typed expression back for the values quoted in change reports: numbers the Dutch
 * way, as the document writes them (150, 1.500, 2,5, 30%), amounts as money (€ 1.500,
 * € 1,50), dates as ISO dates (the report writes them in full, the JSON keeps them).
 */

import type { TExpr } from "../model.js";
import { formatAmount, formatNumber } from "../dutchNumber.js";

function literal(e: Extract<TExpr, { kind: "literal" }>): string {
  switch (e.type.kind) {
    case "percentage":
      return `${formatNumber(e.value as number)}%`;
    case "bedrag":
      return formatAmount(e.value as number);
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
