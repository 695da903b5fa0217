/**
 * beleid as a library (`import { compileFile } from "beleid"`): the same stages the command
 * line runs, as functions on plain data. Compile a policy to its checked model and
 * diagnostics, emit its evaluator, compare two versions, evaluate providers, render the
 * document. The generated evaluators need only `beleid/runtime`.
 */

export { compileFile, compileText, type CompileResult } from "./compile.js";
export type { LoadOptions } from "./load/loadPolicy.js";
export { SourceFiles, type Span, type Position } from "./span.js";
export { hasErrors, sortDiagnostics, type Diagnostic, type Severity } from "./diagnostics/diagnostic.js";
export { DIAGNOSTIC_CODES, type DiagnosticCode } from "./diagnostics/messages.js";
export { renderDiagnostics, diagnosticToJson, type JsonDiagnostic, type RenderOptions } from "./diagnostics/render.js";
export type * from "./model.js";

export { emitPolicy, type EmittedPolicy, type EmitPolicyOptions } from "./emit/index.js";
export { loadEvaluator, type LoadedEvaluator } from "./evaluate.js";
export { planBuild, type BuildPlan } from "./build.js";

export { diffModels, type DiffResult } from "./diff/index.js";
export { renderReport, type ReportFormat } from "./diff/render.js";
export { computeImpact, impactFacts, type ImpactTable } from "./diff/impact.js";

export { generateProviders, datasetFacts, type DatasetOptions } from "./facts/dataset.js";
export { readProviderRows, RowsError, type RowFormat, type ProviderRow } from "./facts/rows.js";
export { evaluateBulk, type BulkOptions, type BulkSummary } from "./bulk/index.js";

export { runTestFiles, type TestRun } from "./testing/index.js";
export { renderDocument, type RenderedDocument } from "./render/document.js";
