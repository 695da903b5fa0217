/**
 * The language server (`beleid lsp`): the LSP protocol itself is vscode-languageserver's; this
 * file connects its events to the compiler. Diagnostics are published on every change of an
 * open document (exactly those of `beleid check`, on the unsaved text; again when a file it
 * includes or names as `vorige` changes, in the editor or on disk). A policy's tests
 * (`.test.yaml`, open or beside an open policy) get the diagnostics `beleid test` gives before
 * it runs them (`testCheck.ts`), again when they or their policy change. Hover, completion,
 * go to definition and formatting answer from `features.ts` and the formatter; the outline,
 * find references, rename and quick fixes from `editing.ts`.
 */

import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  MarkupKind,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CompletionItem,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type Position,
  type Range,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { formatPolicyText, partialLayoutNote } from "../format/formatPolicy.js";
import { displayPath } from "../load/loadPolicy.js";
import { SourceText, type Span } from "../span.js";
import { Workspace, type Analysis } from "./analysis.js";
import { registerEditingRequests } from "./editing.js";
import { completionsAt, definitionAt, hoverAt, type CompletionKind } from "./features.js";
import { testsOf } from "./includers.js";
import { ClosedPolicies, isTestFile, testDiagnostics, testsInEditor, testsOnDisk, type TestedPolicy } from "./testCheck.js";

const KINDS: Record<CompletionKind, CompletionItemKind> = {
  feit: CompletionItemKind.Variable,
  tabel: CompletionItemKind.Struct,
  kolom: CompletionItemKind.Field,
  vast: CompletionItemKind.Constant,
  functie: CompletionItemKind.Function,
  sleutelwoord: CompletionItemKind.Keyword,
  hoofdstuk: CompletionItemKind.Reference,
  onderdeel: CompletionItemKind.Reference,
};

/** The path a document is compiled under: as `beleid check` would name it. */
function pathOf(uri: string): string {
  return uri.startsWith("file:") ? displayPath(fileURLToPath(uri)) : uri.replace(/^[a-z]+:/, "");
}

function uriOf(path: string): string {
  return /^[a-z][a-z0-9+.-]*:/.test(path) && !/^[a-zA-Z]:[\\/]/.test(path) ? path : pathToFileURL(resolve(path)).href;
}

export interface ServerOptions {
  /** Quiet time after a keystroke before the document is checked again (ms). */
  readonly debounceMs?: number;
  /** Most entries (files and folders) a rename reads in the workspace folders before it refuses (see includers.ts). */
  readonly mostWorkspaceEntries?: number;
}

export function startLanguageServer(connection: Connection, options: ServerOptions = {}): void {
  const debounceMs = options.debounceMs ?? 150;
  const pending = new Map<string, NodeJS.Timeout>();
  const documents = new TextDocuments(TextDocument);
  const byPath = (absolute: string) => documents.all().find((d) => d.uri.startsWith("file:") && resolve(fileURLToPath(d.uri)) === absolute);
  const workspace = new Workspace((absolute) => byPath(absolute)?.getText());
  const analyses = new Map<string, { version: number; analysis: Analysis }>();
  /** Per open test file, the files (absolute paths) its policy was compiled from: when one changes, the tests are checked again. */
  const testUses = new Map<string, ReadonlySet<string>>();
  /** The policies of open test files that are not open themselves. */
  const closedPolicies = new ClosedPolicies((absolute) => byPath(absolute)?.getText());
  /** The test files the last walk of the workspace folders found (a rename's): tests that name their policy from another folder. */
  let workspaceTests: readonly string[] = [];

  let closing = false;
  /**
   * Sends diagnostics unless the client has gone: a check that was waiting for a quiet moment
   * when the editor shut down found the connection closed, and its rejected promise ended the
   * server with a stack trace.
   */
  const publish = (params: Parameters<Connection["sendDiagnostics"]>[0]): void => {
    if (closing) return;
    try {
      connection.sendDiagnostics(params).catch(() => undefined);
    } catch {
      // The connection closed between the check and the send.
    }
  };
  const stop = () => {
    closing = true;
    for (const timer of pending.values()) clearTimeout(timer);
    pending.clear();
  };
  connection.onShutdown(stop);
  connection.onExit(stop);

  const analysisOf = (document: TextDocument): Analysis => {
    const cached = analyses.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = workspace.analyse(pathOf(document.uri), document.getText());
    analyses.set(document.uri, { version: document.version, analysis });
    return analysis;
  };

  /** The offset in the analysed text (without a byte order mark) of a position in `document`. */
  const offsetAt = (analysis: Analysis, document: TextDocument, position: Position): number => Math.max(0, document.offsetAt(position) - analysis.bom);

  /** The line tables of texts that are not open, kept while the text stays the same (a rename asks for many ranges in one file). */
  const sources = new Map<string, SourceText>();
  const sourceOf = (file: string, text: string): SourceText => {
    const known = sources.get(file);
    if (known?.text === text) return known;
    if (sources.size >= 50) sources.clear();
    const source = new SourceText(file, text);
    sources.set(file, source);
    return source;
  };

  /** The range of `span`, whose offsets are in `text` (the analysed text of `document` when given). */
  const rangeIn = (document: TextDocument | undefined, text: string | undefined, span: Span): Range => {
    if (document) {
      const bom = document.getText().charCodeAt(0) === 0xfeff ? 1 : 0;
      return { start: document.positionAt(span.start + bom), end: document.positionAt(span.end + bom) };
    }
    const source = text === undefined ? undefined : sourceOf(span.file, text);
    const start = source?.positionOf(span.start) ?? { line: 1, column: 1 };
    const end = source?.positionOf(span.end) ?? start;
    return { start: { line: start.line - 1, character: start.column - 1 }, end: { line: end.line - 1, character: end.column - 1 } };
  };

  /** The range of a span of the compilation (a diagnostic's), in the texts that were compiled. */
  const rangeOf = (analysis: Analysis, document: TextDocument | undefined, span: Span): Range =>
    rangeIn(document && resolve(span.file) === resolve(analysis.path) ? document : undefined, analysis.result.sources.get(span.file)?.text, span);

  const lspDiagnostic = (range: Range, d: Diagnostic): LspDiagnostic => ({
    range,
    severity: d.severity === "fout" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    source: "beleid",
    message: d.hint ? `${d.message}\n${d.hint}` : d.message,
  });
  const toLsp = (analysis: Analysis, document: TextDocument | undefined, d: Diagnostic): LspDiagnostic => lspDiagnostic(rangeOf(analysis, document, d.span), d);

  /** The key of a URI: for a file, its absolute path (however the URI is spelt: `%28` or `(`). */
  const keyOf = (uri: string): string => (uri.startsWith("file:") ? resolve(fileURLToPath(uri)) : uri);
  /** The URI the editor used for each file it opened: diagnostics for it go to that spelling. */
  const clientUris = new Map<string, string>();
  /** The URI to publish a file's diagnostics under: the editor's when it opened the file, else one of our own. */
  const uriFor = (file: string): string => {
    const absolute = resolve(file);
    return byPath(absolute)?.uri ?? clientUris.get(absolute) ?? uriOf(file);
  };
  /**
   * Per open document, the diagnostics it found in files that are not open (its includes), by
   * the included file's key. A file included by several open policies shows the union.
   */
  const contributions = new Map<string, Map<string, { uri: string; list: LspDiagnostic[] }>>();

  /** Publishes the diagnostics of a file that is not open: what the open policies that include it found. */
  const publishShared = (key: string) => {
    if (documents.all().some((d) => keyOf(d.uri) === key)) return;
    const seen = new Set<string>();
    const list: LspDiagnostic[] = [];
    let uri: string | undefined;
    for (const found of contributions.values()) {
      const entry = found.get(key);
      if (!entry) continue;
      uri = entry.uri;
      for (const d of entry.list) {
        const id = JSON.stringify(d);
        if (!seen.has(id)) list.push(d);
        seen.add(id);
      }
    }
    publish({ uri: clientUris.get(key) ?? uri ?? uriOf(key), diagnostics: list });
  };

  /** The policy of a test file: the open document's analysis, else compiled from disk. */
  const policyOfTests = (file: string): TestedPolicy => {
    const open = byPath(resolve(file));
    if (!open || isTestFile(open.uri)) return closedPolicies.policyOf(file);
    const analysis = analysisOf(open);
    return { model: analysis.result.model, missing: false, uses: new Set([resolve(file), ...analysis.uses]) };
  };

  /** Checks an open test file against its policy. */
  const validateTests = (document: TextDocument) => {
    const text = document.getText();
    const { read } = testsInEditor(pathOf(document.uri), text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    const policy = policyOfTests(read.policyFile);
    testUses.set(document.uri, policy.uses);
    publish({ uri: document.uri, diagnostics: testDiagnostics(read, policy).map((d) => lspDiagnostic(rangeIn(document, undefined, d.span), d)) });
  };

  /** The diagnostics of the tests of an open policy that are not open themselves (read from disk), by their key. */
  const closedTestsOf = (analysis: Analysis): Map<string, { uri: string; list: LspDiagnostic[] }> => {
    const found = new Map<string, { uri: string; list: LspDiagnostic[] }>();
    const policy: TestedPolicy = { model: analysis.result.model, missing: false, uses: new Set() };
    for (const file of testsOf(analysis.path, analysis.textOf, workspaceTests)) {
      if (byPath(file)) continue;
      const { read, text } = testsOnDisk(file);
      found.set(resolve(file), { uri: uriFor(file), list: testDiagnostics(read, policy).map((d) => lspDiagnostic(rangeIn(undefined, text, d.span), d)) });
    }
    return found;
  };

  const validate = (document: TextDocument) => {
    if (isTestFile(document.uri)) {
      validateTests(document);
      return;
    }
    const analysis = analysisOf(document);
    const own = resolve(analysis.path);
    const mine: Diagnostic[] = [];
    const others = new Map<string, Diagnostic[]>();
    for (const d of analysis.result.diagnostics) {
      const key = resolve(d.span.file);
      if (key === own) mine.push(d);
      else if (!byPath(key)) others.set(key, [...(others.get(key) ?? []), d]);
    }
    publish({ uri: document.uri, diagnostics: mine.map((d) => toLsp(analysis, document, d)) });
    const previous = contributions.get(document.uri);
    const now = new Map<string, { uri: string; list: LspDiagnostic[] }>();
    for (const [key, list] of others) now.set(key, { uri: uriFor(key), list: list.map((d) => toLsp(analysis, undefined, d)) });
    for (const [key, tests] of closedTestsOf(analysis)) now.set(key, tests);
    contributions.set(document.uri, now);
    for (const key of new Set([...(previous?.keys() ?? []), ...now.keys()])) publishShared(key);
  };

  let watchFiles = false;
  /** The workspace folders (absolute paths): where the policies that include a shared file are looked for when renaming. */
  let roots: string[] = [];
  connection.onInitialize((params) => {
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    roots = folders.filter((uri) => uri.startsWith("file:")).map((uri) => fileURLToPath(uri));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        documentFormattingProvider: true,
        completionProvider: { triggerCharacters: [".", "(", "[", " "] },
        documentSymbolProvider: { label: "beleid" },
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: "beleid" },
    };
  });
  connection.onInitialized(() => {
    // Changes on disk (a save elsewhere, git): the policies that use a changed file are checked again.
    // And the tests of the open policies are checked again when they change on disk (a rename changes them too).
    const watchers = ["**/*.policy", "**/*.test.yaml", "**/*.test.yml"].map((globPattern) => ({ globPattern }));
    if (watchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
  });

  /** The open documents (other than `uri`) that use the file `uri`: include it, name it as `vorige`, or test it (or a file it uses). */
  const dependentsOf = (key: string): TextDocument[] =>
    documents.all().filter((other) => {
      const cached = analyses.get(other.uri);
      return keyOf(other.uri) !== key && ((cached !== undefined && cached.analysis.uses.has(key)) || testUses.get(other.uri)?.has(key) === true);
    });

  /** Checks again the open documents (other than `uri`) that use the file `uri`. */
  const validateDependents = (uri: string) => {
    for (const other of dependentsOf(keyOf(uri))) {
      analyses.delete(other.uri);
      validate(other);
    }
  };

  /** Checks a document, and the open documents that include it. */
  const validateWithDependents = (document: TextDocument) => {
    validate(document);
    validateDependents(document.uri);
  };

  connection.onDidChangeWatchedFiles((params) => {
    const again = new Set<TextDocument>();
    let testsChanged = false;
    for (const change of params.changes) {
      const key = keyOf(change.uri);
      closedPolicies.changed();
      // A test file on disk: the open policies report their tests again (an open one is checked as the editor has it).
      if (isTestFile(key)) {
        testsChanged = true;
        continue;
      }
      workspace.changed(key);
      // A new or deleted file can be an include or previous version that was missing or is now: all open policies.
      const affected = change.type === FileChangeType.Changed ? dependentsOf(key) : documents.all();
      for (const document of affected) if (keyOf(document.uri) !== key || change.type !== FileChangeType.Changed) again.add(document);
    }
    for (const document of again) {
      analyses.delete(document.uri);
      validate(document);
    }
    if (testsChanged) for (const document of documents.all()) if (!again.has(document) && !isTestFile(document.uri)) validate(document);
  });

  documents.onDidChangeContent((change) => {
    const { uri } = change.document;
    clearTimeout(pending.get(uri));
    // A document that was just opened is checked at once; while typing, after a quiet moment.
    if (!analyses.has(uri) && !testUses.has(uri)) {
      validateWithDependents(change.document);
      return;
    }
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        const current = documents.get(uri);
        if (current) validateWithDependents(current);
      }, debounceMs),
    );
  });

  documents.onDidOpen((event) => {
    if (event.document.uri.startsWith("file:")) clientUris.set(keyOf(event.document.uri), event.document.uri);
  });

  documents.onDidClose((event) => {
    const { uri } = event.document;
    clearTimeout(pending.get(uri));
    pending.delete(uri);
    analyses.delete(uri);
    testUses.delete(uri);
    workspace.forget(pathOf(uri));
    const found = contributions.get(uri);
    contributions.delete(uri);
    // What it found in its includes goes; what other open policies find there stays.
    for (const key of found?.keys() ?? []) publishShared(key);
    // Closed without saving, a file is as on disk again for the policies that use it (an
    // include, a previous version); they report its diagnostics if they include it.
    validateDependents(uri);
    publishShared(keyOf(uri));
    // A closed test file is as on disk again: its policy, when open, reports it.
    if (isTestFile(uri) && uri.startsWith("file:")) {
      const policy = byPath(resolve(testsOnDisk(fileURLToPath(uri)).read.policyFile));
      if (policy) validate(policy);
    }
  });

  // A test file is not a policy: hover, definition, completion and formatting answer for policies only.
  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || isTestFile(document.uri)) return null;
    const analysis = analysisOf(document);
    const answer = hoverAt(analysis, offsetAt(analysis, document, params.position));
    return answer ? { contents: { kind: MarkupKind.Markdown, value: answer.markdown }, range: rangeOf(analysis, document, answer.span) } : null;
  });

  connection.onDefinition((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || isTestFile(document.uri)) return null;
    const analysis = analysisOf(document);
    const span = definitionAt(analysis, offsetAt(analysis, document, params.position));
    if (!span) return null;
    // The span is in the current text of its file: the editor's when that file is open.
    const absolute = resolve(span.file);
    const target = absolute === resolve(analysis.path) ? document : byPath(absolute);
    return { uri: target?.uri ?? uriFor(span.file), range: rangeIn(target, analysis.textOf(span.file), span) };
  });

  connection.onCompletion((params): CompletionItem[] => {
    const document = documents.get(params.textDocument.uri);
    if (!document || isTestFile(document.uri)) return [];
    const analysis = analysisOf(document);
    return completionsAt(analysis, offsetAt(analysis, document, params.position)).map((entry) => ({
      label: entry.label,
      kind: KINDS[entry.kind],
      detail: entry.detail,
      ...(entry.documentation ? { documentation: { kind: MarkupKind.Markdown, value: entry.documentation } } : {}),
      ...(entry.insertText ? { insertText: entry.insertText } : {}),
    }));
  });

  registerEditingRequests(connection, {
    documents,
    analysisOf,
    offsetAt,
    rangeIn,
    rangeOf,
    toLsp,
    byPath,
    uriFor,
    roots: () => roots,
    mostWorkspaceEntries: options.mostWorkspaceEntries,
    walked: (files) => {
      workspaceTests = files.tests;
    },
  });

  connection.onDocumentFormatting((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const text = document.getText();
    const path = pathOf(document.uri);
    // A notification, not the request window.showWarningMessage sends: no answer is needed.
    const say = (type: MessageType, message: string) => void connection.sendNotification(ShowMessageNotification.type, { type, message });
    // The policy layout would rewrite a test file (dates in quotes, …); beleid fmt refuses one too.
    if (isTestFile(document.uri)) {
      say(MessageType.Info, `Niet opgemaakt: ‘${path}’ is een testbestand; beleid maakt alleen .policy-bestanden op.`);
      return [];
    }
    const result = formatPolicyText(text, path);
    // The editor shows nothing when there is no edit; say why, as beleid fmt does.
    const problem = result.diagnostics[0];
    if (problem) say(MessageType.Warning, `Niet opgemaakt (${problem.code}): ${problem.message}${problem.hint ? ` ${problem.hint}` : ""}`);
    else if (result.partial) say(MessageType.Info, partialLayoutNote(path, result.partial));
    if (!result.changed) return [];
    return [{ range: { start: document.positionAt(0), end: document.positionAt(text.length) }, newText: result.text }];
  });

  // A request the server has no answer to: the JSON-RPC error for an unknown method, in Dutch.
  connection.onRequest((method) => new ResponseError(ErrorCodes.MethodNotFound, `De taalserver van beleid beantwoordt de vraag ‘${method}’ niet.`));

  documents.listen(connection);
  connection.listen();
}
