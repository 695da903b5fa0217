/**
 * The function library of the expression language: each function's Dutch name, parameters,
 * result type, how unknown values pass through it, its documentation and the runtime helper
 * the emitter calls. `docs/taal.md` lists the same functions; a test keeps them in step.
 */

import type { ValueType } from "../model.js";
import { DATUM, GETAL, JANEE, PERCENTAGE, isOrdered, typeName } from "./types.js";

export interface FunctionSignature {
  readonly name: string;
  /** Parameter names as shown in documentation and messages. */
  readonly params: readonly string[];
  /** Checks the argument types; returns the result type or a Dutch problem per argument. */
  readonly check: (args: readonly ValueType[]) => { result: ValueType } | { problem: string; argument: number };
  /**
   * How unknown values behave: `propagate` — unknown if any argument is unknown;
   * `never` — never unknown (bekend); `propagate-or-own` — also unknown of its own, whatever
   * the arguments: a total of 0 (aandeel), a date past 9999-12-31 or before 0001-01-01 (the
   * date functions that move a date forward or back).
   */
  readonly unknown: "propagate" | "never" | "propagate-or-own";
  /** Name of the helper exported by `runtime/`. */
  readonly runtime: string;
  readonly description: string;
  readonly example: string;
}

const expect = (index: number, want: string, got: ValueType) => ({
  problem: `Argument ${index + 1} moet ${want} zijn, maar is ${typeName(got)}.`,
  argument: index,
});

const oneDate = (args: readonly ValueType[]) =>
  args[0]?.kind === "datum" ? { result: DATUM } : expect(0, "een datum", args[0] as ValueType);

const oneNumber = (args: readonly ValueType[]) => {
  const t = args[0] as ValueType;
  return t.kind === "getal" || t.kind === "bedrag" || t.kind === "percentage" ? { result: t } : expect(0, "een getal", t);
};

/** A date and then a number (days, months) or a second date, with the given result. */
const dateAnd = (second: "getal" | "datum", result: ValueType) => (args: readonly ValueType[]) => {
  const [a, b] = args as [ValueType, ValueType];
  if (a.kind !== "datum") return expect(0, "een datum", a);
  if (b.kind !== second) return expect(1, second === "getal" ? "een getal" : "een datum", b);
  return { result };
};

const twoOrdered = (args: readonly ValueType[]) => {
  const [a, b] = args as [ValueType, ValueType];
  if (!isOrdered(a)) return expect(0, "een getal, percentage, bedrag of datum", a);
  if (b.kind !== a.kind) return expect(1, typeName(a), b);
  return { result: a };
};

export const FUNCTIONS: readonly FunctionSignature[] = [
  {
    name: "aantal",
    params: ["verzameling"],
    check: (args) => {
      const t = args[0] as ValueType;
      return t.kind === "verzameling" || t.kind === "lijst" ? { result: GETAL } : expect(0, "een verzameling of lijst", t);
    },
    unknown: "propagate",
    runtime: "aantal",
    description: "Het aantal elementen van een verzameling of lijst.",
    example: "aantal(verbijzonderingen) >= 2",
  },
  {
    name: "aandeel",
    params: ["deel", "totaal"],
    check: (args) => {
      const [a, b] = args as [ValueType, ValueType];
      if (a.kind !== "getal") return expect(0, "een getal", a);
      if (b.kind !== "getal") return expect(1, "een getal", b);
      return { result: PERCENTAGE };
    },
    unknown: "propagate-or-own",
    runtime: "aandeel",
    description: "Het percentage dat ‘deel’ is van ‘totaal’. Onbekend als het totaal 0 is.",
    example: "aandeel(verbijzonderde_fysiotherapeuten, fysiotherapeuten) >= 30%",
  },
  {
    name: "als",
    params: ["voorwaarde", "dan", "anders"],
    check: (args) => {
      const [c, a, b] = args as [ValueType, ValueType, ValueType];
      if (c.kind !== "janee") return expect(0, "ja/nee", c);
      if (a.kind !== b.kind) return expect(2, typeName(a), b);
      return { result: a };
    },
    unknown: "propagate",
    runtime: "als",
    description: "‘dan’ als de voorwaarde waar is, anders ‘anders’.",
    example: "als(aanvraagdatum < 2026-01-01, 2026-01-01, eerste_van_volgende_maand(aanvraagdatum))",
  },
  {
    name: "bekend",
    params: ["waarde"],
    check: () => ({ result: JANEE }),
    unknown: "never",
    runtime: "bekend",
    description: "ja als de waarde bekend is, nee als die onbekend is. Nooit zelf onbekend.",
    example: "niet bekend(behandelindex) of behandelindex <= 150",
  },
  {
    name: "eerste_van_maand",
    params: ["datum"],
    check: oneDate,
    unknown: "propagate",
    runtime: "eersteVanMaand",
    description: "De eerste dag van de maand van de datum.",
    example: "eerste_van_maand(2025-10-24) = 2025-10-01",
  },
  {
    name: "eerste_van_volgende_maand",
    params: ["datum"],
    check: oneDate,
    unknown: "propagate-or-own",
    runtime: "eersteVanVolgendeMaand",
    description: "De eerste dag van de maand na de maand van de datum. Onbekend voor een datum in december 9999.",
    example: "eerste_van_volgende_maand(2026-03-15) = 2026-04-01",
  },
  {
    name: "jaar",
    params: ["datum"],
    check: (args) => (args[0]?.kind === "datum" ? { result: GETAL } : expect(0, "een datum", args[0] as ValueType)),
    unknown: "propagate",
    runtime: "jaarVan",
    description: "Het jaartal van de datum.",
    example: "jaar(laatste_overeenkomst) >= 2023",
  },
  {
    name: "plus_dagen",
    params: ["datum", "dagen"],
    check: dateAnd("getal", DATUM),
    unknown: "propagate-or-own",
    runtime: "plusDagen",
    description: "De datum het opgegeven aantal dagen later (of eerder bij een negatief getal). Onbekend als die na 9999-12-31 of vóór 0001-01-01 valt.",
    example: "plus_dagen(aanvraagdatum, 30)",
  },
  {
    name: "plus_maanden",
    params: ["datum", "maanden"],
    check: dateAnd("getal", DATUM),
    unknown: "propagate-or-own",
    runtime: "plusMaanden",
    description: "De datum het opgegeven aantal maanden later; bestaat de dag niet, dan de laatste dag van die maand. Onbekend als die na 9999-12-31 of vóór 0001-01-01 valt.",
    example: "plus_maanden(2026-01-31, 1) = 2026-02-28",
  },
  {
    name: "dagen_tussen",
    params: ["van", "tot"],
    check: dateAnd("datum", GETAL),
    unknown: "propagate",
    runtime: "dagenTussen",
    description: "Het aantal dagen van de eerste tot de tweede datum (negatief als de tweede eerder is).",
    example: "dagen_tussen(aanvraagdatum, 2025-10-24) >= 0",
  },
  {
    name: "min",
    params: ["a", "b"],
    check: twoOrdered,
    unknown: "propagate",
    runtime: "kleinste",
    description: "De kleinste (of vroegste) van twee waarden van dezelfde soort.",
    example: "min(uren_per_week, 40)",
  },
  {
    name: "max",
    params: ["a", "b"],
    check: twoOrdered,
    unknown: "propagate",
    runtime: "grootste",
    description: "De grootste (of laatste) van twee waarden van dezelfde soort.",
    example: "max(aanvraagdatum, 2026-01-01)",
  },
  {
    name: "naar_beneden",
    params: ["getal"],
    check: oneNumber,
    unknown: "propagate",
    runtime: "naarBeneden",
    description: "Het getal naar beneden afgerond op een geheel getal.",
    example: "naar_beneden(fte_kraamverzorgenden / 20)",
  },
  {
    name: "naar_boven",
    params: ["getal"],
    check: oneNumber,
    unknown: "propagate",
    runtime: "naarBoven",
    description: "Het getal naar boven afgerond op een geheel getal.",
    example: "naar_boven(fte_kraamverzorgenden / 20)",
  },
  {
    name: "afronden",
    params: ["getal"],
    check: oneNumber,
    unknown: "propagate",
    runtime: "afronden",
    description: "Het getal afgerond op het dichtstbijzijnde gehele getal (een half naar boven).",
    example: "afronden(gemiddelde_wachttijd)",
  },
];

export const FUNCTIONS_BY_NAME: ReadonlyMap<string, FunctionSignature> = new Map(FUNCTIONS.map((f) => [f.name, f]));

