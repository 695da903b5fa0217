/**
 * The sentence of the change report for a fact whose range changed (feit_bereik_gewijzigd): the
 * fact by its description and the rules that read it, and one clause per bound that came, went
 * or moved ("mag niet langer negatief zijn (minimum 0)"), for `geheel` and for the whole a part
 * may not exceed. Joined with the other families into TEMPLATES in templates.ts.
 */

import { dutchList } from "./format.js";
import type { ChangeKind } from "./kinds.js";
import type { Template, TemplateArgs } from "./templateParts.js";

/** A bound of zero, in any of the fact types' notations (0, 0%, € 0): "negatief" says it better. */
const isZero = (value: unknown) => typeof value === "string" && /^(€ )?0%?$/.test(value);

/**
 * A fact's description in running text: "De landelijke behandelindex." reads "de landelijke
 * behandelindex"; a first word in capitals keeps them ("PREM …").
 */
function factInText(description: string): string {
  const text = description.trim().replace(/\.$/, "");
  return /^[A-ZÀ-Ý][a-zà-ÿ]*(?![\p{L}\d])/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * What changed in a fact's range, as what the fact may be now compared with before: "mag niet
 * langer negatief zijn (minimum 0)", "mag voortaan ook groter zijn dan 100 (maximum 200)". The
 * clause says which values are no longer or now also allowed; between brackets the bound that
 * the clause does not already name. One clause per bound, one for `geheel` and one for the
 * whole a part may not exceed (`niet_groter_dan`); a minimum and maximum that came (or went)
 * together are one range.
 */
function rangeClauses({ a, raw, context }: TemplateArgs): string[] {
  const [minOld, minNew, maxOld, maxNew] = [raw.minimum_oud, raw.minimum_nieuw, raw.maximum_oud, raw.maximum_nieuw];
  const clauses: string[] = [];
  if (minOld === undefined && maxOld === undefined && minNew !== undefined && maxNew !== undefined) {
    clauses.push(`moet voortaan een waarde van ${a.minimum_nieuw} tot en met ${a.maximum_nieuw} hebben`);
  } else if (minOld !== undefined && maxOld !== undefined && minNew === undefined && maxNew === undefined) {
    clauses.push(`heeft geen minimum en maximum meer (voorheen ${a.minimum_oud} tot en met ${a.maximum_oud})`);
  } else {
    if (minOld === undefined && minNew !== undefined) clauses.push(isZero(minNew) ? `mag niet langer negatief zijn (minimum ${a.minimum_nieuw})` : `mag niet langer kleiner zijn dan ${a.minimum_nieuw}`);
    if (minOld !== undefined && minNew === undefined) clauses.push(isZero(minOld) ? `mag voortaan ook negatief zijn (voorheen minimum ${a.minimum_oud})` : `mag voortaan ook kleiner zijn dan ${a.minimum_oud}`);
    if (minOld !== undefined && minNew !== undefined) {
      clauses.push(
        raw.minimum_richting === "verhoogd"
          ? `mag niet langer kleiner zijn dan ${a.minimum_nieuw} (voorheen minimum ${a.minimum_oud})`
          : `mag voortaan ook kleiner zijn dan ${a.minimum_oud} (minimum ${a.minimum_nieuw})`,
      );
    }
    if (maxOld === undefined && maxNew !== undefined) clauses.push(`mag niet langer groter zijn dan ${a.maximum_nieuw}`);
    if (maxOld !== undefined && maxNew === undefined) clauses.push(`mag voortaan ook groter zijn dan ${a.maximum_oud}`);
    if (maxOld !== undefined && maxNew !== undefined) {
      clauses.push(
        raw.maximum_richting === "verlaagd"
          ? `mag niet langer groter zijn dan ${a.maximum_nieuw} (voorheen maximum ${a.maximum_oud})`
          : `mag voortaan ook groter zijn dan ${a.maximum_oud} (maximum ${a.maximum_nieuw})`,
      );
    }
  }
  if (raw.geheel_oud !== undefined || raw.geheel_nieuw !== undefined) clauses.push(raw.geheel_nieuw === "ja" ? "moet voortaan een geheel getal zijn" : "mag voortaan ook een getal met decimalen zijn");
  // A part of a whole (`niet_groter_dan`): the whole by its description, as the fact itself is
  // named, or without the models by its key ("het feit ‘therapeuten’").
  const [wholeOld, wholeNew] = [raw.niet_groter_dan_oud, raw.niet_groter_dan_nieuw];
  const whole = (key: unknown, formatted: string | undefined) => {
    const description = context?.fact?.wholes?.[String(key)];
    return description !== undefined ? factInText(description) : `het feit ${formatted}`;
  };
  if (wholeOld === undefined && wholeNew !== undefined) clauses.push(`mag niet langer groter zijn dan ${whole(wholeNew, a.niet_groter_dan_nieuw)}`);
  if (wholeOld !== undefined && wholeNew === undefined) clauses.push(`mag voortaan ook groter zijn dan ${whole(wholeOld, a.niet_groter_dan_oud)}`);
  if (wholeOld !== undefined && wholeNew !== undefined) clauses.push(`mag voortaan niet groter zijn dan ${whole(wholeNew, a.niet_groter_dan_nieuw)} (voorheen ${whole(wholeOld, a.niet_groter_dan_oud)})`);
  return clauses;
}

export const FACT_TEMPLATES = {
  // A fact belongs to no chapter; the rules that read it do, and the sentence stands in the
  // chapter of the first (compareFacts.ts). It names the fact by its description and those rules,
  // as a reader of the document knows it: "In hoofdstuk 3.1 mag het aantal werkdagen … (randvoorwaarde
  // ‘…’) niet langer groter zijn dan 60." Without the models, by its key: "het feit ‘…’".
  feit_bereik_gewijzigd: (args) => {
    const fact = args.context?.fact;
    const subject = fact ? `${factInText(fact.description)}${fact.rules.length > 0 ? ` (${dutchList(fact.rules)})` : ""}` : `het feit ${args.a.feit}`;
    // The verb comes before the subject after "In hoofdstuk 3.1": "mag het aantal … niet langer …".
    const [first = "", ...rest] = rangeClauses(args);
    const verb = first.split(" ")[0] as string;
    return `${verb} ${subject} ${dutchList([first.slice(verb.length + 1), ...rest])}.`;
  },
} satisfies Partial<Record<ChangeKind, Template>>;
