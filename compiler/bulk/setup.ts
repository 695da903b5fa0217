/**
 * What a thread needs to evaluate chunks: the evaluator module (generated code, imported from
 * memory), its checked decision for the care type and, for a care type with selective
 * purchase, its function that says which care is not purchased (`ZONDER_CONTROLE.<zorgsoort>.
 * nietIngekocht`, run on facts the checked decision has accepted), and the row layout. Built
 * from plain data, so each worker thread builds its own.
 */

import type { Besluit } from "../../runtime/decision.js";
import type { FeitenFout, FeitProbleem } from "../../runtime/facts.js";
import { careTypeFunctionNames } from "../emit/careTypeNames.js";
import { csvLayout, jsonLinesLayout, type RowFormat, type RowLayout } from "../facts/rows.js";
import type { Fact } from "../model.js";

export interface EvaluationSetup {
  /** The evaluator module's JavaScript (compiler/emit/js.ts), with an absolute runtime import. */
  readonly code: string;
  readonly careType: string;
  readonly facts: readonly Fact[];
  readonly inputFormat: RowFormat;
  /** The CSV header line (for CSV input). */
  readonly header?: string;
  /** Write result lines in this format; none when only the summary is wanted. */
  readonly outputFormat?: RowFormat;
  /** The separator of a CSV results file: the input's. */
  readonly outputDelimiter?: string;
  /** Selective purchase: the parts of the care, in the order of the policy (the evaluator's `nietIngekocht…` names them). */
  readonly notPurchased?: { readonly parts: readonly string[] };
}

/** What evaluates the rows of a chunk in one thread. */
export interface Evaluation {
  readonly layout: RowLayout;
  /** The evaluator's checked entry point of the care type: throws a FeitenFout for facts it cannot use. */
  readonly decide: (facts: Record<string, unknown>) => Besluit;
  /** The problems a FeitenFout of this evaluator names; undefined for any other error. */
  readonly problemsOf: (error: unknown) => readonly FeitProbleem[] | undefined;
  /** Selective purchase: the parts of the care, and which of them are not purchased (a new list, in the order of `parts`) for checked facts. */
  readonly notPurchased?: { readonly parts: readonly string[]; readonly of: (facts: Record<string, unknown>) => readonly string[] };
}

const moduleUrl = (code: string) => `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`;

export async function prepareEvaluation(setup: EvaluationSetup): Promise<Evaluation> {
  const module = (await import(/* @vite-ignore */ moduleUrl(setup.code))) as Readonly<Record<string, unknown>> & {
    readonly FeitenFout: typeof FeitenFout;
    readonly ZONDER_CONTROLE: Readonly<Record<string, { readonly nietIngekocht?: (facts: Record<string, unknown>) => readonly string[] }>>;
  };
  const decide = module[careTypeFunctionNames({ id: setup.careType }).besluit];
  if (typeof decide !== "function") throw new Error(`no care type ${setup.careType} in the evaluator`);
  // The checked entry point: its own quick check of the facts costs less than validating each
  // row against the facts schema with ajv, and accepts exactly the same (a property test). A
  // row it refuses throws the FeitenFout the module exports (from the runtime it imports).
  const problemsOf = (error: unknown) => (error instanceof module.FeitenFout ? error.problemen : undefined);
  const layout = setup.inputFormat === "csv" ? csvLayout(setup.header ?? "", setup.facts, { validate: false }) : jsonLinesLayout(setup.facts, { validate: false });
  let notPurchased: Evaluation["notPurchased"];
  if (setup.notPurchased) {
    // Unchecked: the checked decision has already accepted the facts of the row.
    const of = module.ZONDER_CONTROLE[setup.careType]?.nietIngekocht;
    if (typeof of !== "function") throw new Error(`no selective purchase for care type ${setup.careType} in the evaluator`);
    notPurchased = { parts: setup.notPurchased.parts, of };
  }
  return { layout, decide: decide as Evaluation["decide"], problemsOf, ...(notPurchased ? { notPurchased } : {}) };
}
