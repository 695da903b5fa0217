/**
 * The requests that read a policy: hover, go to definition and completion (answered by
 * `features.ts`) and formatting (by the formatter, as `beleid fmt`), and the Dutch answer to a
 * request the server does not know. A test file is not a policy: these answer for policies
 * only. The requests that help change a policy are in `editing.ts`.
 */

import { resolve } from "node:path";
import {
  CompletionItemKind,
  ErrorCodes,
  MarkupKind,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  type CompletionItem,
  type Connection,
  type TextDocuments,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { formatPolicyText, partialLayoutNote } from "../format/formatPolicy.js";
import { pathOf, type SpanRanges } from "./convert.js";
import type { DocumentChecks } from "./documentChecks.js";
import { completionsAt, definitionAt, hoverAt, type CompletionKind } from "./features.js";
import { isTestFile } from "./testCheck.js";

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

export function registerReadingRequests(connection: Connection, documents: TextDocuments<TextDocument>, checks: DocumentChecks, ranges: SpanRanges): void {
  const { analysisOf, offsetAt, byPath, uriFor } = checks;
  const { rangeIn, rangeOf } = ranges;

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
}
