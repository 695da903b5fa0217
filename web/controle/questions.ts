/**
 * One question of the checker's form per fact, built from the evaluator's own description of
 * the fact (`FEITEN[x]`: type, omschrijving, waarden, eenheid, peiljaar, onbekend). Each type
 * gets its own input: a number field (Dutch notation), a date field, yes/no as radio buttons, a
 * choice as radio buttons or a list, a set as check boxes; a fact that may be unknown gets an
 * "Onbekend" option with the policy's reason next to it.
 */

import type { FeitBeschrijving } from "../../runtime/index.js";
import { el } from "./dom.js";
import { formatDutchNumber, parseDutchNumber, rangeProblem } from "./numbers.js";

export type Answer =
  | { readonly state: "leeg" }
  | { readonly state: "ongeldig"; readonly melding: string }
  | { readonly state: "ok"; readonly value: unknown };

export interface Question {
  readonly fact: FeitBeschrijving;
  readonly element: HTMLElement;
  /** The id of the control that should get focus when the question is pointed at. */
  readonly focusId: string;
  /** The question as a short label, for the list of unanswered questions. */
  readonly label: string;
  read(): Answer;
  /** Restores an earlier answer (when switching care types). */
  restore(answer: Answer): void;
  /** Shows or clears the message under the question. */
  showError(message: string | undefined): void;
}

const CHOICE_AS_RADIOS = 6;

function fieldId(fact: FeitBeschrijving, suffix?: string): string {
  return `feit-${fact.id}${suffix ? `-${suffix}` : ""}`;
}

/** The question's text: the fact's description, without a trailing semicolon. */
function questionText(fact: FeitBeschrijving): string {
  return fact.omschrijving.replace(/[;:,]\s*$/, "").trim();
}

function hints(fact: FeitBeschrijving, contractYear: number): string[] {
  const result: string[] = [];
  if (fact.verklaring !== undefined) result.push("Dit verklaart u zelf.");
  if (fact.peiljaar !== undefined) result.push(`Het gaat om het jaar ${contractYear + fact.peiljaar}.`);
  if (fact.type === "percentage") result.push("In procenten, bijvoorbeeld 30 voor 30%.");
  if (fact.type === "bedrag") result.push("In euro, bijvoorbeeld 1.250,50.");
  if (fact.type === "verzameling") result.push("Kruis aan wat van toepassing is, of ‘Geen van deze’ als niets van toepassing is.");
  return result;
}

interface Parts {
  readonly wrapper: HTMLElement;
  readonly error: HTMLElement;
  readonly describedBy: string;
}

/** The wrapper with the hints and an (empty) error line, for a question whose label is `labelNode`. */
function frame(fact: FeitBeschrijving, contractYear: number, grouped: boolean, labelNode: HTMLElement, control: HTMLElement): Parts {
  const hintId = fieldId(fact, "uitleg");
  const errorId = fieldId(fact, "fout");
  const hintTexts = hints(fact, contractYear);
  const error = el("p", { id: errorId, class: "veldfout", hidden: true });
  const describedBy = [hintTexts.length > 0 ? hintId : undefined, errorId].filter(Boolean).join(" ");
  const hint = hintTexts.length > 0 ? el("p", { id: hintId, class: "hint" }, hintTexts.join(" ")) : null;
  const wrapper = grouped
    ? el("fieldset", { class: "vraag", id: `vraag-${fact.id}`, "aria-describedby": describedBy }, labelNode, hint, control, error)
    : el("div", { class: "vraag", id: `vraag-${fact.id}` }, labelNode, hint, control, error);
  return { wrapper, error, describedBy };
}

function labelContent(fact: FeitBeschrijving): (Node | string)[] {
  return fact.verklaring !== undefined ? [el("span", { class: "vraag-soort" }, "Verklaring"), " ", questionText(fact)] : [questionText(fact)];
}

function unknownOption(fact: FeitBeschrijving, type: "checkbox" | "radio", name?: string): HTMLElement | null {
  if (fact.onbekend === undefined) return null;
  const id = fieldId(fact, "onbekend");
  const reasonId = fieldId(fact, "onbekend-reden");
  return el(
    "div",
    { class: "onbekend-keuze" },
    el("input", { type, id, name: name ?? id, value: "onbekend", "aria-describedby": reasonId }),
    el("label", { for: id }, "Onbekend"),
    el("span", { class: "hint", id: reasonId }, fact.onbekend),
  );
}

function showErrorOn(parts: Parts, inputs: readonly HTMLElement[]) {
  return (message: string | undefined) => {
    parts.error.hidden = message === undefined;
    parts.error.textContent = message ?? "";
    for (const input of inputs) {
      if (message === undefined) input.removeAttribute("aria-invalid");
      else input.setAttribute("aria-invalid", "true");
    }
  };
}

/** Number, percentage, amount, date and text: one input, and "Onbekend" when allowed. */
function textLikeQuestion(fact: FeitBeschrijving, contractYear: number): Question {
  const id = fieldId(fact);
  const isDate = fact.type === "datum";
  const isNumber = fact.type === "getal" || fact.type === "percentage" || fact.type === "bedrag";
  const input = el("input", {
    id,
    name: id,
    type: isDate ? "date" : "text",
    inputmode: isNumber ? "decimal" : undefined,
    autocomplete: "off",
    spellcheck: isNumber ? "false" : undefined,
    class: isNumber ? "invoer-getal" : undefined,
  });
  const prefix = fact.type === "bedrag" ? el("span", { class: "eenheid", "aria-hidden": "true" }, "€") : null;
  const suffixText = fact.type === "percentage" ? "%" : fact.eenheid;
  const suffix = suffixText ? el("span", { class: "eenheid" }, suffixText) : null;
  const unknown = unknownOption(fact, "checkbox");
  const unknownBox = unknown?.querySelector("input") ?? null;
  const control = el("div", { class: "invoer" }, el("span", { class: "invoer-rij" }, prefix, input, suffix), unknown);
  const label = el("label", { for: id, class: "vraag-tekst" }, ...labelContent(fact));
  const parts = frame(fact, contractYear, false, label, control);
  input.setAttribute("aria-describedby", parts.describedBy);
  const syncDisabled = () => {
    input.disabled = unknownBox?.checked ?? false;
  };
  unknownBox?.addEventListener("change", syncDisabled);

  return {
    fact,
    element: parts.wrapper,
    focusId: id,
    label: questionText(fact),
    read(): Answer {
      if (unknownBox?.checked) return { state: "ok", value: null };
      const text = input.value.trim();
      if (text === "") return { state: "leeg" };
      if (isNumber) {
        const value = parseDutchNumber(text);
        if (value === undefined) return { state: "ongeldig", melding: "Vul een getal in, bijvoorbeeld 120 of 12,5." };
        const problem = rangeProblem(fact, value);
        return problem === undefined ? { state: "ok", value } : { state: "ongeldig", melding: problem };
      }
      return { state: "ok", value: text };
    },
    restore(answer) {
      if (answer.state !== "ok") return;
      if (answer.value === null) {
        if (unknownBox) unknownBox.checked = true;
      } else {
        input.value = typeof answer.value === "number" ? formatDutchNumber(answer.value) : String(answer.value);
      }
      syncDisabled();
    },
    showError: showErrorOn(parts, [input]),
  };
}

/** A question whose options are grouped in a fieldset (radio buttons, check boxes), the first option taking focus. */
function fieldsetQuestion(fact: FeitBeschrijving, contractYear: number, control: HTMLElement, inputs: readonly HTMLInputElement[], answers: Pick<Question, "read" | "restore">): Question {
  const legend = el("legend", { class: "vraag-tekst" }, ...labelContent(fact));
  const parts = frame(fact, contractYear, true, legend, control);
  return { fact, element: parts.wrapper, focusId: fieldId(fact, "0"), label: questionText(fact), ...answers, showError: showErrorOn(parts, inputs) };
}

/** Yes/no, and a choice with few values: radio buttons in a fieldset. */
function radioQuestion(fact: FeitBeschrijving, contractYear: number, options: readonly { value: string; label: string; answer: unknown }[]): Question {
  const name = fieldId(fact);
  const radios: HTMLInputElement[] = [];
  const items = options.map((option, i) => {
    const id = fieldId(fact, String(i));
    const radio = el("input", { type: "radio", id, name, value: option.value });
    radios.push(radio);
    return el("div", { class: "keuze" }, radio, el("label", { for: id }, option.label));
  });
  const unknown = unknownOption(fact, "radio", name);
  const unknownRadio = unknown?.querySelector("input") ?? null;
  if (unknownRadio) radios.push(unknownRadio);
  const control = el("div", { class: fact.type === "ja/nee" ? "keuzes keuzes-naast-elkaar" : "keuzes" }, ...items, unknown);
  return fieldsetQuestion(fact, contractYear, control, radios, {
    read(): Answer {
      const checked = radios.find((r) => r.checked);
      if (!checked) return { state: "leeg" };
      if (checked === unknownRadio) return { state: "ok", value: null };
      return { state: "ok", value: options[radios.indexOf(checked)]?.answer };
    },
    restore(answer) {
      if (answer.state !== "ok") return;
      if (answer.value === null) {
        if (unknownRadio) unknownRadio.checked = true;
        return;
      }
      const index = options.findIndex((o) => o.answer === answer.value);
      const radio = radios[index];
      if (radio) radio.checked = true;
    },
  });
}

/** A choice with many values: a list to pick from. */
function selectQuestion(fact: FeitBeschrijving, contractYear: number): Question {
  const id = fieldId(fact);
  const values = fact.waarden ?? [];
  const select = el(
    "select",
    { id, name: id },
    el("option", { value: "" }, "Maak een keuze"),
    ...values.map((v, i) => el("option", { value: String(i) }, v)),
    fact.onbekend !== undefined ? el("option", { value: "onbekend" }, "Onbekend") : null,
  );
  const label = el("label", { for: id, class: "vraag-tekst" }, ...labelContent(fact));
  const parts = frame(fact, contractYear, false, label, el("div", { class: "invoer" }, select, fact.onbekend !== undefined ? el("p", { class: "hint" }, `Onbekend: ${fact.onbekend}`) : null));
  select.setAttribute("aria-describedby", parts.describedBy);
  return {
    fact,
    element: parts.wrapper,
    focusId: id,
    label: questionText(fact),
    read(): Answer {
      if (select.value === "") return { state: "leeg" };
      if (select.value === "onbekend") return { state: "ok", value: null };
      return { state: "ok", value: values[Number(select.value)] };
    },
    restore(answer) {
      if (answer.state !== "ok") return;
      select.value = answer.value === null ? "onbekend" : String(values.indexOf(String(answer.value)));
    },
    showError: showErrorOn(parts, [select]),
  };
}

/**
 * A set: one check box per value, and "Geen van deze" for the empty set. Nothing ticked is no
 * answer yet: a provider who skipped the question would otherwise silently fail a condition on
 * it (a register not ticked). "Geen van deze" and the values exclude each other.
 */
function checkboxQuestion(fact: FeitBeschrijving, contractYear: number): Question {
  const values = fact.waarden ?? [];
  const boxes = values.map((_, i) => el("input", { type: "checkbox", id: fieldId(fact, String(i)), name: fieldId(fact), value: String(i) }));
  const noneId = fieldId(fact, "geen");
  const noneBox = el("input", { type: "checkbox", id: noneId, name: fieldId(fact), value: "geen" });
  const unknown = unknownOption(fact, "checkbox");
  const unknownBox = unknown?.querySelector("input") ?? null;
  const syncDisabled = () => {
    for (const box of [...boxes, noneBox]) box.disabled = unknownBox?.checked ?? false;
  };
  unknownBox?.addEventListener("change", syncDisabled);
  noneBox.addEventListener("change", () => {
    if (noneBox.checked) for (const box of boxes) box.checked = false;
  });
  for (const box of boxes) {
    box.addEventListener("change", () => {
      if (box.checked) noneBox.checked = false;
    });
  }
  const control = el(
    "div",
    { class: "keuzes" },
    ...values.map((value, i) => el("div", { class: "keuze" }, boxes[i] as HTMLInputElement, el("label", { for: fieldId(fact, String(i)) }, value))),
    el("div", { class: "keuze" }, noneBox, el("label", { for: noneId }, "Geen van deze")),
    unknown,
  );
  return fieldsetQuestion(fact, contractYear, control, [...boxes, noneBox], {
    read(): Answer {
      if (unknownBox?.checked) return { state: "ok", value: null };
      const ticked = values.filter((_, i) => boxes[i]?.checked);
      if (ticked.length > 0) return { state: "ok", value: ticked };
      return noneBox.checked ? { state: "ok", value: [] } : { state: "leeg" };
    },
    restore(answer) {
      if (answer.state !== "ok") return;
      if (answer.value === null) {
        if (unknownBox) unknownBox.checked = true;
      } else if (Array.isArray(answer.value)) {
        values.forEach((v, i) => {
          const box = boxes[i];
          if (box) box.checked = (answer.value as unknown[]).includes(v);
        });
        noneBox.checked = answer.value.length === 0;
      }
      syncDisabled();
    },
  });
}

export function buildQuestion(fact: FeitBeschrijving, contractYear: number): Question {
  switch (fact.type) {
    case "ja/nee":
      return radioQuestion(fact, contractYear, [
        { value: "ja", label: "Ja", answer: true },
        { value: "nee", label: "Nee", answer: false },
      ]);
    case "keuze": {
      const values = fact.waarden ?? [];
      return values.length <= CHOICE_AS_RADIOS ? radioQuestion(fact, contractYear, values.map((v, i) => ({ value: String(i), label: v, answer: v }))) : selectQuestion(fact, contractYear);
    }
    case "verzameling":
      return checkboxQuestion(fact, contractYear);
    default:
      return textLikeQuestion(fact, contractYear);
  }
}
