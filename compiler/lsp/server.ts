/**
 * The language server (`beleid lsp`): the LSP protocol itself is vscode-languageserver's; this
 * file connects its events to the compiler. Diagnostics are published on every change of an
 * open document (exactly those of `beleid check`, on the unsaved text), and hover, completion,
 * go to definition and formatting answer from `features.ts` and the formatter.
 */

import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CompletionItemKind,
  DiagnosticSeverity,
  MarkupKind,
  MessageType,
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
import { completionsAt, definitionAt, hoverAt, type CompletionKind } from "./features.js";

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
}

export function startLanguageServer(connection: Connection, options: ServerOptions = {}): void {
  const debounceMs = options.debounceMs ?? 150;
  const pending = new Map<string, NodeJS.Timeout>();
  const documents = new TextDocuments(TextDocument);
  const byPath = (absolute: string) => documents.all().find((d) => d.uri.startsWith("file:") && resolve(fileURLToPath(d.uri)) === absolute);
  const workspace = new Workspace((absolute) => byPath(absolute)?.getText());
  const analyses = new Map<string, { version: number; analysis: Analysis }>();
  /** Per open document, the other files it published diagnostics for (its includes). */
  const publishedFor = new Map<string, Set<string>>();

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

  /** The range of `span`, whose offsets are in `text` (the analysed text of `document` when given). */
  const rangeIn = (document: TextDocument | undefined, text: string | undefined, span: Span): Range => {
    if (document) {
      const bom = document.getText().charCodeAt(0) === 0xfeff ? 1 : 0;
      return { start: document.positionAt(span.start + bom), end: document.positionAt(span.end + bom) };
    }
    const source = text === undefined ? undefined : new SourceText(span.file, text);
    const start = source?.positionOf(span.start) ?? { line: 1, column: 1 };
    const end = source?.positionOf(span.end) ?? start;
    return { start: { line: start.line - 1, character: start.column - 1 }, end: { line: end.line - 1, character: end.column - 1 } };
  };

  /** The range of a span of the compilation (a diagnostic's), in the texts that were compiled. */
  const rangeOf = (analysis: Analysis, document: TextDocument | undefined, span: Span): Range =>
    rangeIn(document && resolve(span.file) === resolve(analysis.path) ? document : undefined, analysis.result.sources.get(span.file)?.text, span);

  const toLsp = (analysis: Analysis, document: TextDocument | undefined, d: Diagnostic): LspDiagnostic => ({
    range: rangeOf(analysis, document, d.span),
    severity: d.severity === "fout" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    source: "beleid",
    message: d.hint ? `${d.message}\n${d.hint}` : d.message,
  });

  const validate = (document: TextDocument) => {
    const analysis = analysisOf(document);
    const groups = new Map<string, Diagnostic[]>();
    for (const d of analysis.result.diagnostics) {
      const uri = resolve(d.span.file) === resolve(analysis.path) ? document.uri : uriOf(d.span.file);
      groups.set(uri, [...(groups.get(uri) ?? []), d]);
    }
    const previous = publishedFor.get(document.uri) ?? new Set<string>();
    const now = new Set<string>();
    publish({ uri: document.uri, diagnostics: (groups.get(document.uri) ?? []).map((d) => toLsp(analysis, document, d)) });
    for (const [uri, list] of groups) {
      if (uri === document.uri || documents.get(uri)) continue;
      now.add(uri);
      publish({ uri, diagnostics: list.map((d) => toLsp(analysis, documents.get(uri), d)) });
    }
    for (const uri of previous) if (!now.has(uri) && !documents.get(uri)) publish({ uri, diagnostics: [] });
    publishedFor.set(document.uri, now);
  };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      documentFormattingProvider: true,
      completionProvider: { triggerCharacters: [".", "(", "[", " "] },
    },
    serverInfo: { name: "beleid" },
  }));

  /** Checks again the open documents (other than `uri`) that include the file `uri`. */
  const validateDependents = (uri: string) => {
    const changed = resolve(pathOf(uri));
    for (const other of documents.all()) {
      const cached = analyses.get(other.uri);
      if (other.uri === uri || !cached) continue;
      if (!cached.analysis.result.sources.paths().some((path) => resolve(path) === changed)) continue;
      analyses.delete(other.uri);
      validate(other);
    }
  };

  /** Checks a document, and the open documents that include it. */
  const validateWithDependents = (document: TextDocument) => {
    validate(document);
    validateDependents(document.uri);
  };

  documents.onDidChangeContent((change) => {
    const { uri } = change.document;
    clearTimeout(pending.get(uri));
    // A document that was just opened is checked at once; while typing, after a quiet moment.
    if (!analyses.has(uri)) {
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

  documents.onDidClose((event) => {
    clearTimeout(pending.get(event.document.uri));
    pending.delete(event.document.uri);
    analyses.delete(event.document.uri);
    workspace.forget(pathOf(event.document.uri));
    publish({ uri: event.document.uri, diagnostics: [] });
    for (const uri of publishedFor.get(event.document.uri) ?? []) publish({ uri, diagnostics: [] });
    publishedFor.delete(event.document.uri);
    // Closed without saving, an included file is as on disk again for the policies that include it.
    validateDependents(event.document.uri);
  });

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const analysis = analysisOf(document);
    const answer = hoverAt(analysis, offsetAt(analysis, document, params.position));
    return answer ? { contents: { kind: MarkupKind.Markdown, value: answer.markdown }, range: rangeOf(analysis, document, answer.span) } : null;
  });

  connection.onDefinition((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const analysis = analysisOf(document);
    const span = definitionAt(analysis, offsetAt(analysis, document, params.position));
    if (!span) return null;
    // The span is in the current text of its file: the editor's when that file is open.
    const absolute = resolve(span.file);
    const target = absolute === resolve(analysis.path) ? document : byPath(absolute);
    return { uri: target?.uri ?? uriOf(span.file), range: rangeIn(target, analysis.textOf(span.file), span) };
  });

  connection.onCompletion((params): CompletionItem[] => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const analysis = analysisOf(document);
    return completionsAt(analysis, offsetAt(analysis, document, params.position)).map((entry) => ({
      label: entry.label,
      kind: KINDS[entry.kind],
      detail: entry.detail,
      ...(entry.documentation ? { documentation: { kind: MarkupKind.Markdown, value: entry.documentation } } : {}),
      ...(entry.insertText ? { insertText: entry.insertText } : {}),
    }));
  });

  connection.onDocumentFormatting((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const text = document.getText();
    const path = pathOf(document.uri);
    const result = formatPolicyText(text, path);
    // The editor shows nothing when there is no edit; say why, as beleid fmt does.
    const problem = result.diagnostics[0];
    // A notification, not the request window.showWarningMessage sends: no answer is needed.
    const say = (type: MessageType, message: string) => void connection.sendNotification(ShowMessageNotification.type, { type, message });
    if (problem) say(MessageType.Warning, `Niet opgemaakt (${problem.code}): ${problem.message}`);
    else if (result.partial) say(MessageType.Info, partialLayoutNote(path, result.partial));
    if (!result.changed) return [];
    return [{ range: { start: document.positionAt(0), end: document.positionAt(text.length) }, newText: result.text }];
  });

  documents.listen(connection);
  connection.listen();
}
