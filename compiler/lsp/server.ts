/**
 * The language server (`beleid lsp`): the LSP protocol itself is vscode-languageserver's; this
 * file announces what the server can do and connects the parts. The document sync and the
 * diagnostics it publishes (of policies and their tests) are `documentChecks.ts`; hover,
 * completion, go to definition and formatting answer from `requests.ts`; the outline, find
 * references, rename and quick fixes from `editing.ts`. Spans become ranges in `convert.ts`.
 */

import { fileURLToPath } from "node:url";
import { CodeActionKind, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind, type Connection } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { spanRanges } from "./convert.js";
import { startDocumentChecks } from "./documentChecks.js";
import { registerEditingRequests } from "./editing.js";
import { registerReadingRequests } from "./requests.js";

export interface ServerOptions {
  /** Quiet time after a keystroke before the document is checked again (ms). */
  readonly debounceMs?: number;
  /** Most entries (files and folders) a rename reads in the workspace folders before it refuses (see includers.ts). */
  readonly mostWorkspaceEntries?: number;
  /** BELEID_DEBUG=1: an internal error in a document check is logged with its stack trace. */
  readonly debug?: boolean;
}

export function startLanguageServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const ranges = spanRanges();
  const checks = startDocumentChecks(connection, documents, ranges, options.debounceMs ?? 150, options.debug);

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

  registerReadingRequests(connection, documents, checks, ranges);
  registerEditingRequests(connection, {
    documents,
    analysisOf: checks.analysisOf,
    offsetAt: checks.offsetAt,
    rangeIn: ranges.rangeIn,
    rangeOf: ranges.rangeOf,
    toLsp: ranges.toLsp,
    byPath: checks.byPath,
    uriFor: checks.uriFor,
    roots: () => roots,
    mostWorkspaceEntries: options.mostWorkspaceEntries,
    walked: (files) => checks.setWorkspaceTests(files.tests),
  });

  documents.listen(connection);
  connection.listen();
}
