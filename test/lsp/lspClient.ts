/**
 * A client for the language server in-process, for the tests of its requests: the server and
 * a JSON-RPC client talk through a pair of streams, as an editor would. The policies are
 * copies in a folder of their own (paramedische-zorg/2026-07 with the shared file it includes
 * and its previous version), so a test may change them.
 */

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-languageserver-protocol/node";
import { createConnection } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { createServerConnection } from "../../compiler/lsp/connection.js";
import { startLanguageServer } from "../../compiler/lsp/server.js";

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface TextEdit {
  range: Range;
  newText: string;
}

export interface TestServer {
  readonly client: MessageConnection;
  readonly dir: string;
  /** The capabilities the server answered `initialize` with. */
  readonly capabilities: Record<string, unknown>;
  /** The file of paramedische-zorg/2026-07 and the shared file it includes. */
  readonly policy: { readonly file: string; readonly uri: string; readonly text: string };
  readonly shared: { readonly file: string; readonly uri: string; readonly text: string };
  /** Opens (or changes) a document and waits for its diagnostics. */
  open(uri: string, text: string): Promise<unknown[]>;
  /** The next diagnostics published for `uri`. */
  nextDiagnostics(uri: string): Promise<unknown[]>;
  /**
   * The first diagnostics published for `uri` from now on that are `wanted`: where other
   * diagnostics for it may come first (a test file is reported by its open policy too).
   */
  diagnosticsUntil(uri: string, wanted: (diagnostics: unknown[]) => boolean): Promise<unknown[]>;
  /** Closes a document (`open` opens it again). */
  closeDocument(uri: string): Promise<void>;
  close(): void;
}

export async function startTestServer(options: { mostWorkspaceEntries?: number } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "beleid-lsp-"));
  cpSync("policies/algemeen", join(dir, "algemeen"), { recursive: true });
  mkdirSync(join(dir, "paramedische-zorg"));
  const policyFile = join(dir, "paramedische-zorg", "2026-07.policy");
  writeFileSync(policyFile, readFileSync("policies/paramedische-zorg/2026-07.policy"));
  cpSync("policies/paramedische-zorg/2026-04.policy", join(dir, "paramedische-zorg", "2026-04.policy"));
  cpSync("policies/paramedische-zorg/2026-07.test.yaml", join(dir, "paramedische-zorg", "2026-07.test.yaml"));
  const sharedFile = join(dir, "algemeen", "2026.policy");

  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startLanguageServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), { debounceMs: 0, ...options });
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const waiting = new Map<string, (d: unknown[]) => void>();
  const listeners = new Set<(params: { uri: string; diagnostics: unknown[] }) => void>();
  client.onNotification("textDocument/publishDiagnostics", (params: { uri: string; diagnostics: unknown[] }) => {
    const resolve = waiting.get(params.uri);
    waiting.delete(params.uri);
    resolve?.(params.diagnostics);
    for (const listener of [...listeners]) listener(params);
  });
  client.listen();
  const init = (await client.sendRequest("initialize", { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} })) as { capabilities: Record<string, unknown> };
  await client.sendNotification("initialized", {});
  const versions = new Map<string, number>();
  return {
    client,
    dir,
    capabilities: init.capabilities,
    policy: { file: policyFile, uri: pathToFileURL(policyFile).href, text: readFileSync(policyFile, "utf8") },
    shared: { file: sharedFile, uri: pathToFileURL(sharedFile).href, text: readFileSync(sharedFile, "utf8") },
    nextDiagnostics(uri) {
      return new Promise<unknown[]>((resolve) => waiting.set(uri, resolve));
    },
    diagnosticsUntil(uri, wanted) {
      return new Promise<unknown[]>((resolve) => {
        const listener = (params: { uri: string; diagnostics: unknown[] }) => {
          if (params.uri !== uri || !wanted(params.diagnostics)) return;
          listeners.delete(listener);
          resolve(params.diagnostics);
        };
        listeners.add(listener);
      });
    },
    async open(uri, text) {
      const published = new Promise<unknown[]>((resolve) => waiting.set(uri, resolve));
      const version = (versions.get(uri) ?? 0) + 1;
      versions.set(uri, version);
      if (version === 1) await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "beleid", version, text } });
      else await client.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
      return published;
    },
    async closeDocument(uri) {
      versions.delete(uri);
      await client.sendNotification("textDocument/didClose", { textDocument: { uri } });
    },
    close() {
      client.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The position of `needle` (plus `offsetInNeedle`) in `text`: its first occurrence, or the n-th (from 0). */
export function positionOf(text: string, needle: string, offsetInNeedle = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not found: ${needle}`);
  }
  return TextDocument.create("x:", "beleid", 1, text).positionAt(at + offsetInNeedle);
}

/** The text of `range` in `text`. */
export function textAt(text: string, range: Range): string {
  const document = TextDocument.create("x:", "beleid", 1, text);
  return text.slice(document.offsetAt(range.start), document.offsetAt(range.end));
}

/** `text` with `edits` applied. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create("x:", "beleid", 1, text), [...edits]);
}

/**
 * The server as `beleid lsp` starts it (its own connection, which checks what arrives), on a pair
 * of raw streams: for tests that write bytes a JSON-RPC client would never send. With what it
 * writes to standard error and the exit codes it asked for.
 */
export function startRawServer() {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const stderr: string[] = [];
  const exits: number[] = [];
  startLanguageServer(createServerConnection(toServer, toClient, { stderr: (text) => stderr.push(text), exit: (code) => exits.push(code) }), { debounceMs: 0 });
  return { toServer, toClient, stderr, exits };
}

/** A message body with its Content-Length header, as the protocol frames it. */
export const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
