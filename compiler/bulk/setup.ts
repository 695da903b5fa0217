/**
 * What a thread needs to evaluate chunks: the evaluator module (generated code, imported from
 * memory) and the row layout. Built from plain data, so each worker thread builds its own.
 */

import type { Besluit } from "../../runtime/decision.js";
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
}

interface TrustedModule {
  readonly ZONDER_CONTROLE: Readonly<Record<string, { besluit(feiten: unknown): Besluit }>>;
}

export async function prepareEvaluation(setup: EvaluationSetup): Promise<{ layout: RowLayout; decide: (facts: Record<string, unknown>) => Besluit }> {
  const url = `data:text/javascript;base64,${Buffer.from(setup.code).toString("base64")}`;
  const module = (await import(/* @vite-ignore */ url)) as TrustedModule;
  const entry = module.ZONDER_CONTROLE[setup.careType];
  if (!entry) throw new Error(`no care type ${setup.careType} in the evaluator`);
  // Rows from facts/rows.ts have passed the same checks as controleerFeiten, so the
  // trusted entry point is safe here (see ZONDER_CONTROLE in the generated module).
  const decide = entry.besluit;
  const layout = setup.inputFormat === "csv" ? csvLayout(setup.header ?? "", setup.facts) : jsonLinesLayout(setup.facts);
  return { layout, decide };
}
