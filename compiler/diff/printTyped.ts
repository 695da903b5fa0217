/**
 * Writes a typed expression back for the values quoted in change reports: numbers the Dutch
 * way, as the document writes them (150, 1.500, 2,5, 30%), amounts as money (€ 1.500,
 * € 1,50), dates as ISO dates (the report writes them in full, the JSON keeps them).
 */

import type { TExpr } from "../model.js";

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

// Made when first used: preparing Dutch number formats costs a fresh `beleid diff` ~15 ms
// (measured), and most reports quote no number.
let numbers: Intl.NumberFormat | undefined;
let cents: Intl.NumberFormat | undefined;

/**
 * Dutch number notation, as the document's tables have it (compiler/render/dutch.ts): decimal
 * comma, thousands grouped with a point, at most two decimals: 1.500, 2,5.
 */
export function formatNumber(value: number): string {
  numbers ??= new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
  return numbers.format(value);
}

/** An amount in euro: € 1.500 for whole euros, € 1,50 with cents. */
export function formatAmount(value: number): string {
  if (Number.isInteger(value)) return `€ ${formatNumber(value)}`;
  cents ??= new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `€ ${cents.format(value)}`;
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
