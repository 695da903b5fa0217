/**
 * The language server's document sync: the open documents, their analyses and the
 * diagnostics it publishes. Diagnostics are published on every change of an open document
 * (exactly those of `beleid check`, on the unsaved text; again when a file it includes or
 * names as `vorige` changes, in the editor or on disk). A policy's tests (`.test.yaml`, open
 * or beside an open policy) get the diagnostics `beleid test` gives before it runs them
 * (`testCheck.ts`), again when they or their policy change. The requests (`requests.ts`,
 * `editing.ts`) answer from the analyses kept here.
 */

import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { FileChangeType, type Connection, type Diagnostic as LspDiagnostic, type Position, type TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { Workspace, type Analysis } from "./analysis.js";
import { internalErrorMessage } from "./connection.js";
import { keyOf, lspDiagnostic, pathOf, uriOf, type SpanRanges } from "./convert.js";
import { testsOf } from "./includers.js";
import { ClosedPolicies, isTestFile, testDiagnostics, testsInEditor, testsOnDisk, type TestedPolicy } from "./testCheck.js";

/** What the requests get from the document checks. */
export interface DocumentChecks {
  /** The analysis of an open document's current text (kept per version). */
  analysisOf(document: TextDocument): Analysis;
  /** The offset in the analysed text (without a byte order mark) of a position in `document`. */
  offsetAt(analysis: Analysis, document: TextDocument, position: Position): number;
  /** The open document of a file (an absolute path). */
  byPath(absolute: string): TextDocument | undefined;
  /** The URI to publish a file's diagnostics under: the editor's when it opened the file, else one of our own. */
  uriFor(file: string): string;
  /** The test files the last walk of the workspace folders found (a rename's): tests that name their policy from another folder. */
  setWorkspaceTests(files: readonly string[]): void;
}

export function startDocumentChecks(connection: Connection, documents: TextDocuments<TextDocument>, ranges: SpanRanges, debounceMs: number, debug = false): DocumentChecks {
  const { rangeIn, toLsp } = ranges;
  /**
   * A handler of the document events that fails says so in Dutch in the editor's log (with the
   * stack trace only with BELEID_DEBUG=1), instead of the library printing the stack trace on
   * standard error; one that ran after a quiet moment would otherwise end the server.
   */
  const guarded =
    <A extends unknown[]>(what: string, handler: (...args: A) => void) =>
    (...args: A): void => {
      try {
        handler(...args);
      } catch (error) {
        const details = debug ? `\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}` : "";
        connection.console.error(`${internalErrorMessage(what)}${details}`);
      }
    };
  const pending = new Map<string, NodeJS.Timeout>();
  const byPath = (absolute: string) => documents.all().find((d) => d.uri.startsWith("file:") && resolve(fileURLToPath(d.uri)) === absolute);
  const workspace = new Workspace((absolute) => byPath(absolute)?.getText());
  const analyses = new Map<string, { version: number; analysis: Analysis }>();
  /** Per open test file, the files (absolute paths) its policy was compiled from: when one changes, the tests are checked again. */
  const testUses = new Map<string, ReadonlySet<string>>();
  /** The policies of open test files that are not open themselves. */
  const closedPolicies = new ClosedPolicies((absolute) => byPath(absolute)?.getText());
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

  const offsetAt = (analysis: Analysis, document: TextDocument, position: Position): number => Math.max(0, document.offsetAt(position) - analysis.bom);

  /** The URI the editor used for each file it opened: diagnostics for it go to that spelling. */
  const clientUris = new Map<string, string>();
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

  documents.onDidChangeContent(guarded("het controleren van een document", (change) => {
    const { uri } = change.document;
    clearTimeout(pending.get(uri));
    // A document that was just opened is checked at once; while typing, after a quiet moment.
    if (!analyses.has(uri) && !testUses.has(uri)) {
      validateWithDependents(change.document);
      return;
    }
    pending.set(
      uri,
      setTimeout(
        guarded("het controleren van een document", () => {
          pending.delete(uri);
          const current = documents.get(uri);
          if (current) validateWithDependents(current);
        }),
        debounceMs,
      ),
    );
  }));

  documents.onDidOpen(
    guarded("het openen van een document", (event) => {
      if (event.document.uri.startsWith("file:")) clientUris.set(keyOf(event.document.uri), event.document.uri);
    }),
  );

  documents.onDidClose(guarded("het sluiten van een document", (event) => {
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
  }));

  return {
    analysisOf,
    offsetAt,
    byPath,
    uriFor,
    setWorkspaceTests: (files) => {
      workspaceTests = files;
    },
  };
}
