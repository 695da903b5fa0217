/**
 * Helpers over `ValueType`: Dutch names for messages, the type of a fact, and compatibility
 * rules shared by the expression checker and the function library.
 */

import type { FactType, ValueType } from "../model.js";

export const GETAL: ValueType = { kind: "getal" };
export const PERCENTAGE: ValueType = { kind: "percentage" };
export const BEDRAG: ValueType = { kind: "bedrag" };
export const DATUM: ValueType = { kind: "datum" };
export const JANEE: ValueType = { kind: "janee" };
export const TEKST: ValueType = { kind: "tekst" };

export function factValueType(type: FactType, values?: readonly string[]): ValueType {
  switch (type) {
    case "getal":
      return GETAL;
    case "percentage":
      return PERCENTAGE;
    case "bedrag":
      return BEDRAG;
    case "datum":
      return DATUM;
    case "ja/nee":
      return JANEE;
    case "tekst":
      return TEKST;
    case "keuze":
      return values ? { kind: "tekst", values } : TEKST;
    case "verzameling":
      return values ? { kind: "verzameling", values } : { kind: "verzameling" };
  }
}

/** "een getal", "een percentage", "ja/nee", … for messages. */
export function typeName(type: ValueType): string {
  switch (type.kind) {
    case "getal":
      return "een getal";
    case "percentage":
      return "een percentage";
    case "bedrag":
      return "een bedrag";
    case "datum":
      return "een datum";
    case "janee":
      return "ja/nee";
    case "tekst":
      return type.values ? "een keuze uit een lijst" : "een tekst";
    case "verzameling":
      return "een verzameling";
    case "lijst":
      return `een lijst van ${pluralName(type.element)}`;
  }
}

function pluralName(type: ValueType): string {
  switch (type.kind) {
    case "getal":
      return "getallen";
    case "percentage":
      return "percentages";
    case "bedrag":
      return "bedragen";
    case "datum":
      return "datums";
    case "janee":
      return "ja/nee-waarden";
    case "tekst":
      return "teksten";
    default:
      return "waarden";
  }
}

/** Scalar kinds that can be ordered with < and >. */
export function isOrdered(type: ValueType): boolean {
  return type.kind === "getal" || type.kind === "percentage" || type.kind === "bedrag" || type.kind === "datum";
}

export function isNumeric(type: ValueType): boolean {
  return type.kind === "getal" || type.kind === "percentage" || type.kind === "bedrag";
}

/** Same kind of value (a choice is a text; a literal list of texts is like a set). */
export function sameKind(a: ValueType, b: ValueType): boolean {
  return a.kind === b.kind;
}

/** The element type of a collection (a set holds texts). */
export function elementType(type: ValueType): ValueType | undefined {
  if (type.kind === "lijst") return type.element;
  if (type.kind === "verzameling") return type.values ? { kind: "tekst", values: type.values } : TEKST;
  return undefined;
}

export function isCollection(type: ValueType): boolean {
  return type.kind === "lijst" || type.kind === "verzameling";
}
