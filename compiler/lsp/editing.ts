/**
 * The requests that help an author change a policy, beside the checks (`documentChecks.ts`)
 * and hover, completion and definitions (`requests.ts`): the outline (document symbols, from
 * `symbols.ts`), find references and rename (`references.ts`, `rename.ts`, `renameCheck.ts`,
 * `renameWas.ts`, `includers.ts`) and quick fixes (`codeActions.ts`).
 * Each answers from the analyses the server keeps (`EditingContext`). In a policy's test file
 * (`.test.yaml`) references and rename work through the compilation of its policy; the outline
 * and quick fixes are a policy's only.
 */

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  SymbolKind,
  type CodeAction,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type DocumentSymbol,
  type Location as LspLocation,
  type Position,
  type Range,
  type TextDocuments,
  type TextEdit,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { displayPath } from "../load/loadPolicy.js";
import type { Span } from "../span.js";
import type { Analysis } from "./analysis.js";
import { quickFixes } from "./codeActions.js";
import { compilationsAfter, compilationsIncluding, includesOf, testsOf, workspaceFiles, type WorkspaceFiles } from "./includers.js";
import { findOccurrences, type Compilation, type Found, type Occurrence } from "./references.js";
import { newNameRefusal, renameRefusal } from "./rename.js";
import { errorBroughtBy, rememberCompilation, renamedTexts } from "./renameCheck.js";
import { wasInsertion } from "./renameWas.js";
import { documentSymbols, type PolicySymbol, type PolicySymbolKind } from "./symbols.js";
import { isTestFile, testsInEditor } from "./testCheck.js";

const SYMBOL_KINDS: Record<PolicySymbolKind, SymbolKind> = {
  onderdeel: SymbolKind.Namespace,
  hoofdstuk: SymbolKind.Module,
  feit: SymbolKind.Variable,
  zorgsoort: SymbolKind.Class,
  overeenkomst: SymbolKind.EnumMember,
  groep: SymbolKind.Package,
  regel: SymbolKind.Function,
  datumregel: SymbolKind.Function,
  tabel: SymbolKind.Struct,
  kolom: SymbolKind.Field,
  mijlpaal: SymbolKind.Event,
  tekst: SymbolKind.String,
};

const UNREADABLE = "Het document kan nu niet worden gelezen (een fout in de YAML). Herstel die eerst; dan kunt u hernoemen.";
const INCOMPLETE = (roots: readonly string[]) =>
  `De geopende map${roots.length > 1 ? "pen" : ""} ${roots.map((root) => `‘${root}’`).join(", ")} ${roots.length > 1 ? "bevatten" : "bevat"} te veel bestanden om alle beleidsstukken te vinden die meedoen; hernoemen zou er een kunnen overslaan. Open de map met uw beleid (bijvoorbeeld ‘policies’) als map in de editor en hernoem dan.`;
const NOTHING_TO_RENAME =
  "Hier staat geen naam die u kunt hernoemen: kies een feit, regel, zorgsoort, hoofdstuk, groep, tabel, kolom, datumregel of tekst, bij de sleutel of waar het wordt gebruikt.";

/** What the server gives these requests: its open documents, their analyses and its conversions of spans. */
export interface EditingContext {
  readonly documents: TextDocuments<TextDocument>;
  analysisOf(document: TextDocument): Analysis;
  /** The offset in the analysed text of a position in `document`. */
  offsetAt(analysis: Analysis, document: TextDocument, position: Position): number;
  /** The range of `span`, whose offsets are in `text` (the analysed text of `document` when given). */
  rangeIn(document: TextDocument | undefined, text: string | undefined, span: Span): Range;
  /** The range of a span of the compilation (a diagnostic's). */
  rangeOf(analysis: Analysis, document: TextDocument | undefined, span: Span): Range;
  toLsp(analysis: Analysis, document: TextDocument | undefined, d: Diagnostic): LspDiagnostic;
  /** The open document of a file (an absolute path). */
  byPath(absolute: string): TextDocument | undefined;
  /** The URI to name a file by: the editor's when it opened the file. */
  uriFor(file: string): string;
  /** The workspace folders (absolute paths). */
  roots(): readonly string[];
  /** Most entries the walk of the workspace folders reads (default `MOST_ENTRIES`). */
  readonly mostWorkspaceEntries?: number | undefined;
  /** Told what a walk of the workspace folders found (the server checks the tests among them). */
  walked?(files: WorkspaceFiles): void;
}

export function registerEditingRequests(connection: Connection, context: EditingContext): void {
  const { documents, analysisOf, offsetAt, rangeIn, rangeOf, toLsp, byPath, uriFor } = context;

  connection.onDocumentSymbol((params): DocumentSymbol[] => {
    const document = documents.get(params.textDocument.uri);
    if (!document || isTestFile(document.uri)) return [];
    const analysis = analysisOf(document);
    const toLspSymbol = (symbol: PolicySymbol): DocumentSymbol => ({
      name: symbol.name,
      ...(symbol.detail !== "" ? { detail: symbol.detail } : {}),
      kind: SYMBOL_KINDS[symbol.kind],
      range: rangeIn(document, undefined, symbol.span),
      selectionRange: rangeIn(document, undefined, symbol.selection),
      ...(symbol.children.length > 0 ? { children: symbol.children.map(toLspSymbol) } : {}),
    });
    return documentSymbols(analysis).map(toLspSymbol);
  });

  /**
   * A policy, the files it includes and its tests, with their current texts (the editor's when
   * open). A policy whose YAML does not parse is known to include what its `omvat` names in
   * the text: a rename of something in such a file refuses (the policy cannot be read).
   */
  const compilationOf = (document: TextDocument, files: WorkspaceFiles): Compilation => {
    const analysis = analysisOf(document);
    const textOf = (file: string) => analysis.textOf(file);
    if (isTestFile(document.uri)) return compilationOfTests(analysis, files);
    const includes = analysis.data === undefined ? includesOf(analysis.path, analysis.text) : [];
    const paths = [...new Set([...analysis.result.sources.paths(), ...includes])];
    return { files: [...paths, ...testsOf(analysis.path, textOf, files.tests)], textOf };
  };
  const sameFile = (a: string, b: string) => resolve(a) === resolve(b);
  /** The compilation of an open test file's policy (as open in the editor or on disk), with the test file among its files. */
  const compilationOfTests = (tests: Analysis, files: WorkspaceFiles): Compilation => {
    const textOf = (file: string) => tests.textOf(file);
    const policy = resolve(testsInEditor(tests.path, tests.text).read.policyFile);
    const open = byPath(policy);
    const text = textOf(policy);
    const compilation: Compilation =
      open && !isTestFile(open.uri)
        ? compilationOf(open, files)
        : { files: text === undefined ? [] : [policy, ...includesOf(policy, text), ...testsOf(policy, textOf, files.tests)], textOf };
    return compilation.files.some((file) => sameFile(file, tests.path)) ? compilation : { ...compilation, files: [...compilation.files, tests.path] };
  };
  /** A file's current text without a byte order mark: the editor's when it is open, else from disk. */
  const currentText = (file: string): string | undefined => {
    const open = byPath(resolve(file))?.getText();
    if (open !== undefined) return open.charCodeAt(0) === 0xfeff ? open.slice(1) : open;
    try {
      const text = readFileSync(file, "utf8");
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
      return undefined;
    }
  };

  /**
   * What is named at `position` and everywhere it occurs: in this policy and its includes, and
   * in the other policies (open, or in the workspace folders) that include the file declaring it.
   */
  const occurrencesAt = (document: TextDocument, position: Position): (Found & { readonly complete: boolean }) | undefined => {
    const analysis = analysisOf(document);
    // The workspace folders are walked once per request: for the includers, the tests and the newer versions.
    let walked: WorkspaceFiles | undefined;
    const files = (): WorkspaceFiles => {
      if (walked) return walked;
      walked = workspaceFiles(context.roots(), context.mostWorkspaceEntries);
      context.walked?.(walked);
      return walked;
    };
    const open = documents.all().filter((other) => other.uri !== document.uri);
    const isOpen = (file: string) => sameFile(file, analysis.path) || open.some((d) => d.uri.startsWith("file:") && sameFile(fileURLToPath(d.uri), file));
    const others = (home: string): Compilation[] => {
      const onDisk = compilationsIncluding(files(), home, currentText).filter((c) => !isOpen(c.files[0] as string));
      return [...open.map((other) => compilationOf(other, files())), ...onDisk];
    };
    const newer = (older: readonly string[]): Compilation[] => {
      const candidates: WorkspaceFiles = { ...files(), policies: [...new Set([...files().policies, ...open.filter((d) => d.uri.startsWith("file:")).map((d) => resolve(fileURLToPath(d.uri)))])] };
      return compilationsAfter(candidates, older, currentText);
    };
    const found = findOccurrences(compilationOf(document, files()), analysis.path, offsetAt(analysis, document, position), others, newer);
    return found && { ...found, complete: walked?.complete ?? true };
  };

  /** Where an occurrence (or an insertion's place) is, in the current text of its file. */
  const locationOf = (document: TextDocument, occurrence: Pick<Occurrence, "span">): LspLocation => {
    const analysis = analysisOf(document);
    const absolute = resolve(occurrence.span.file);
    const open = absolute === resolve(analysis.path) ? document : byPath(absolute);
    return { uri: open?.uri ?? uriFor(occurrence.span.file), range: rangeIn(open, analysis.textOf(occurrence.span.file), occurrence.span) };
  };

  const refuse = (message: string): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestFailed, message);

  connection.onReferences((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const found = occurrencesAt(document, params.position);
    if (!found) return null;
    return found.occurrences.filter((o) => params.context.includeDeclaration || !o.definition).map((o) => locationOf(document, o));
  });

  /** What a rename at `position` renames, or a refusal (thrown) when the file does not parse or nothing there can be renamed. */
  const renameTarget = (document: TextDocument, position: Position, newName?: string) => {
    const analysis = analysisOf(document);
    if (analysis.data === undefined) throw refuse(UNREADABLE);
    const found = occurrencesAt(document, position);
    if (!found) throw refuse(NOTHING_TO_RENAME);
    const refusal = renameRefusal(found) ?? (newName === undefined ? undefined : newNameRefusal(found, newName));
    if (refusal) throw refuse(refusal);
    if (!found.complete) throw refuse(INCOMPLETE(context.roots()));
    return { analysis, found };
  };

  connection.onPrepareRename((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const { analysis, found } = renameTarget(document, params.position);
    const offset = offsetAt(analysis, document, params.position);
    const here = found.occurrences.find((o) => sameFile(o.span.file, analysis.path) && o.span.start <= offset && offset <= o.span.end);
    return here ? { range: locationOf(document, here).range, placeholder: found.named.id } : null;
  });

  connection.onRenameRequest((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const { analysis, found } = renameTarget(document, params.position, params.newName);
    const changes: Record<string, TextEdit[]> = {};
    for (const occurrence of found.occurrences) {
      const { uri, range } = locationOf(document, occurrence);
      (changes[uri] ??= []).push({ range, newText: params.newName });
    }
    // The renamed declaration says what it was called in the previous version, when that has the old key.
    const was = wasInsertion(found, (file) => analysis.textOf(file));
    if (was) {
      const { uri, range } = locationOf(document, { span: { file: was.file, start: was.offset, end: was.offset } });
      (changes[uri] ??= []).push({ range, newText: was.text });
    }
    // The compiler has the last word: a rename that would give a policy an error is refused.
    const renamed = renamedTexts(found.occurrences, (file) => analysis.textOf(file), params.newName, was ? [was] : []);
    const policies = found.compilations.map((c) => c.files[0] as string).filter((file) => file.endsWith(".policy"));
    // What the open policies compile to now is known already: the check compiles only the renamed texts.
    for (const policy of policies) {
      const open = byPath(resolve(policy));
      if (open) rememberCompilation(analysisOf(open).path, analysisOf(open).compiled);
    }
    const error = errorBroughtBy(policies, (file) => analysis.textOf(file), renamed);
    if (error) {
      const why = `${error.message}${error.hint ? ` ${error.hint}` : ""}`;
      throw refuse(`‘${params.newName}’ kan geen naam zijn: ‘${displayPath(error.span.file)}’ zou dan deze fout krijgen (${error.code}): ${why}${/kies een andere/i.test(why) ? "" : " Kies een andere naam."}`);
    }
    return { changes };
  });

  connection.onCodeAction((params): CodeAction[] => {
    const document = documents.get(params.textDocument.uri);
    // The quick fixes are those of a policy's diagnostics; a test file's are not among them.
    if (!document || isTestFile(document.uri)) return [];
    if (params.context.only && !params.context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
    const analysis = analysisOf(document);
    const start = offsetAt(analysis, document, params.range.start);
    const end = offsetAt(analysis, document, params.range.end);
    return quickFixes(analysis, start, end).map((fix) => ({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics: [toLsp(analysis, document, fix.diagnostic)],
      edit: { changes: { [document.uri]: [{ range: rangeOf(analysis, document, fix.span), newText: fix.newText }] } },
    }));
  });
}
