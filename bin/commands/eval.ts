/**
 * `beleid eval <bestand.policy> [--zorgsoort <naam>] --feiten <feiten.json|->`: compiles one
 * policy, loads its evaluator and prints the decision for one provider, as Dutch text or as
 * JSON (`--json`). The facts are validated against the policy's facts schema first
 * (compiler/facts/validateFacts.ts), with the same Dutch problems as the evaluator's.
 */

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { compileFile } from "../../compiler/compile.js";
import { hasErrors, type Diagnostic } from "../../compiler/diagnostics/diagnostic.js";
import { summariseDiagnostics } from "../../compiler/diagnostics/render.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { parseJsonText } from "../../compiler/facts/json.js";
import { careTypeFactsValidator } from "../../compiler/facts/validateFacts.js";
import type { PolicyModel } from "../../compiler/model.js";
import { dateNotes } from "../../compiler/render/decisionDates.js";
import { renderDecisionText } from "../../compiler/render/decisionText.js";
import { factorsTitle } from "../../compiler/render/factorsHeading.js";
import { titleWithVersion } from "../../compiler/render/title.js";
import { closestName } from "../../compiler/suggest.js";
import { FeitenFout, type FeitProbleem } from "../../runtime/facts.js";
import { EXIT_ERRORS, EXIT_OK, UsageError, whyUnreadable, type CliIo } from "../cli/io.js";
import { refuseOverwritingInput, runBulkEval } from "./evalBulk.js";
import { chooseCareType, diagnosticsJson, onePolicyFile, printDiagnostics } from "./shared.js";

export interface EvalOptions {
  /** May be left out when the policy has one care type. */
  readonly zorgsoort?: string;
  readonly feiten?: string;
  /** Bulk evaluation (evalBulk.ts); exclusive with `feiten`. */
  readonly aanbieders?: string;
  readonly uit?: string;
  readonly werkers?: string;
  readonly json?: boolean;
}

/** The facts as JSON, or why they cannot be read (an error in the input: exit code 1). */
async function readFacts(source: string, io: CliIo): Promise<{ readonly value: unknown } | { readonly problem: string }> {
  let text: string;
  if (source === "-") {
    text = await io.readStdin();
  } else {
    try {
      text = readFileSync(resolve(io.cwd, source), "utf8");
    } catch (error) {
      return { problem: `Het feitenbestand ‘${source}’ ${whyUnreadable(error)}.` };
    }
  }
  const parsed = parseJsonText(text);
  if ("problem" in parsed) {
    const where = source === "-" ? "de standaardinvoer" : `‘${source}’`;
    return { problem: `De feiten in ${where} zijn geen geldige JSON: ${parsed.problem}.` };
  }
  return { value: parsed.value };
}

export async function runEval(file: string, options: EvalOptions, io: CliIo): Promise<number> {
  if ((options.feiten === undefined) === (options.aanbieders === undefined)) {
    throw new UsageError(
      options.feiten === undefined
        ? "Geef --feiten <pad> voor één zorgaanbieder of --aanbieders <bestand> voor een bestand met zorgaanbieders."
        : "Geef --feiten (één zorgaanbieder) of --aanbieders (een bestand met zorgaanbieders), niet allebei.",
    );
  }
  if (options.feiten !== undefined && (options.uit !== undefined || options.werkers !== undefined)) {
    throw new UsageError("--uit en --werkers horen bij --aanbieders; bij --feiten komt de beslissing op de standaarduitvoer.");
  }
  if (options.uit !== undefined && options.aanbieders !== undefined) {
    refuseOverwritingInput(options.uit, io, [
      { path: options.aanbieders, what: `het bestand met zorgaanbieders (--aanbieders ‘${options.aanbieders}’)` },
      { path: file, what: `het beleid ‘${file}’` },
    ]);
  }
  const path = onePolicyFile(file, io);
  const result = compileFile(path);
  printDiagnostics(result.diagnostics, result.sources, io);
  if (!result.model || hasErrors(result.diagnostics)) {
    if (options.json) io.stdout(JSON.stringify({ fout: "beleid", bericht: policyErrorsMessage(file, result.diagnostics), diagnosen: diagnosticsJson(result.diagnostics, result.sources) }, null, 2) + "\n");
    return EXIT_ERRORS;
  }
  const model = result.model;
  const zorgsoort = chooseCareType(model, file, options.zorgsoort);
  if (options.aanbieders !== undefined) return runBulkEval(model, { ...options, zorgsoort, aanbieders: options.aanbieders }, io);
  const read = await readFacts(options.feiten as string, io);
  if ("problem" in read) {
    io.stderr(`fout: ${read.problem}\n`);
    if (options.json) io.stdout(JSON.stringify({ fout: "feitenbestand", bericht: read.problem }, null, 2) + "\n");
    return EXIT_ERRORS;
  }
  const facts = read.value;
  // The policy's facts schema, with ajv: it refuses exactly what the evaluator would refuse.
  const careType = model.careTypes.find((c) => c.id === zorgsoort);
  const problems = withMisspeltKeys(careTypeFactsValidator(model, zorgsoort)(facts), facts, model);
  if (problems.length > 0) return printFactsProblems(new FeitenFout(`${careType?.name ?? zorgsoort} — ${titleWithVersion(model.meta)}`, problems), options, io);
  const evaluator = await loadEvaluator(model);
  try {
    const decision = evaluator.beoordeel(zorgsoort, facts);
    io.stdout(options.json ? JSON.stringify(decision, null, 2) + "\n" : renderDecisionText(decision, io.colour, { dates: dateNotes(model, zorgsoort, facts as Record<string, unknown>), factorsTitle: careType && factorsTitle(careType) }));
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "FeitenFout") throw error;
    return printFactsProblems(error as FeitenFout, options, io);
  }
}

/**
 * A missing fact whose name the facts hold misspelt (`keurmerkk` for `keurmerk`): said with
 * the problem, since the key itself is ignored (a fact of no care type of the policy is
 * allowed, so a file can serve several policies).
 */
function withMisspeltKeys(problems: readonly FeitProbleem[], facts: unknown, model: PolicyModel): readonly FeitProbleem[] {
  if (typeof facts !== "object" || facts === null || Array.isArray(facts)) return problems;
  const known = new Set(model.facts.map((f) => f.id));
  const missing = problems.filter((p) => p.soort === "ontbreekt").map((p) => p.feit);
  const meant = new Map<string, string>();
  for (const key of Object.keys(facts)) {
    if (known.has(key)) continue;
    const fact = closestName(key, missing);
    if (fact !== undefined && !meant.has(fact)) meant.set(fact, key);
  }
  return problems.map((p) => {
    const key = p.soort === "ontbreekt" ? meant.get(p.feit) : undefined;
    return key === undefined ? p : { ...p, melding: `${p.melding} In de feiten staat wel ‘${key}’: bedoelt u ‘${p.feit}’?` };
  });
}

/** The `bericht` of `{ fout: "beleid" }`: which policy, and how many errors and warnings. */
function policyErrorsMessage(file: string, diagnostics: readonly Diagnostic[]): string {
  return `Het beleid ‘${file}’ kan niet worden gebruikt: ${summariseDiagnostics(diagnostics)}.`;
}

function printFactsProblems(error: FeitenFout, options: EvalOptions, io: CliIo): number {
  if (options.json) {
    io.stdout(JSON.stringify({ fout: "feiten", bericht: error.message, problemen: error.problemen }, null, 2) + "\n");
  } else {
    io.stderr(`fout: ${error.message}\n`);
  }
  return EXIT_ERRORS;
}
