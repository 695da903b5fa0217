/**
 * The language server with more than one file: shared files (`omvat`) included by several open
 * policies, the previous version (`vorige`) edited in the editor, changes on disk
 * (`workspace/didChangeWatchedFiles`), and paths that an editor spells differently in a URI.
 * Each case was found by driving the server over JSON-RPC as an editor does.
 */

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-languageserver-protocol/node";
import { createConnection } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { startLanguageServer } from "../../compiler/lsp/server.js";

interface LspDiagnostic {
  range: { start: { line: number; character: number } };
  code: string;
}

const dir = mkdtempSync(join(tmpdir(), "beleid-lsp-ws-"));
const para = join(dir, "paramedische-zorg");
const algemeen = readFileSync("policies/algemeen/2026.policy", "utf8");
/** The shared file with an error (BL004, twice) in a text. */
const bad = algemeen.replace("\nteksten:\n", "\nteksten:\n  kapot:\n    onbekend: 1\n");
const newer = readFileSync("policies/paramedische-zorg/2026-07.policy", "utf8");
const older = readFileSync("policies/paramedische-zorg/2026-04.policy", "utf8");
/** 2026-07 with a rule that says it was called `bi_oud` in 2026-04 (BL310 unless 2026-04 has it). */
const renamed = newer.replace("      behandelindex_hoger_dan_150:\n        naam:", "      behandelindex_hoger_dan_150:\n        was: bi_oud\n        naam:");
const olderWithOld = older.replace("      behandelindex_hoger_dan_150:\n", "      bi_oud:\n");
const including = (shared: string) => newer.replace("  - ../algemeen/2026.policy", `  - ../${shared}`);

/** How VS Code spells a file URI: it also percent-encodes parentheses (and more) that Node leaves alone. */
const vscodeUri = (path: string) => pathToFileURL(path).href.replace(/\(/g, "%28").replace(/\)/g, "%29");
const pathOfUri = (uri: string) => fileURLToPath(uri);

let client: MessageConnection;
/** Every publishDiagnostics, in order. */
const published: { uri: string; diagnostics: LspDiagnostic[] }[] = [];
const latest = (uri: string) => [...published].reverse().find((p) => p.uri === uri)?.diagnostics;
const registrations: unknown[] = [];
let version = 1;

async function until(what: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
const quiet = () => new Promise((resolve) => setTimeout(resolve, 300));

const open = (path: string, text: string, uri = pathToFileURL(path).href) => client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "beleid", version: ++version, text } });
const edit = (path: string, text: string, uri = pathToFileURL(path).href) => client.sendNotification("textDocument/didChange", { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
const close = (path: string, uri = pathToFileURL(path).href) => client.sendNotification("textDocument/didClose", { textDocument: { uri } });
const codes = (uri: string) => (latest(uri) ?? []).map((d) => d.code);

beforeAll(async () => {
  cpSync("policies/algemeen", join(dir, "algemeen"), { recursive: true });
  writeFileSync(join(dir, "algemeen", "bad.policy"), bad);
  mkdirSync(join(dir, "alg (ë’s) x"));
  writeFileSync(join(dir, "alg (ë’s) x", "bad.policy"), bad);
  mkdirSync(para);
  writeFileSync(join(para, "2026-04.policy"), older);
  writeFileSync(join(para, "2026-07.policy"), renamed);

  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startLanguageServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), { debounceMs: 10 });
  client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.onNotification("textDocument/publishDiagnostics", (params: { uri: string; diagnostics: LspDiagnostic[] }) => void published.push(params));
  client.onRequest("client/registerCapability", (params: unknown) => {
    registrations.push(params);
    return null;
  });
  client.listen();
  await client.sendRequest("initialize", { processId: null, rootUri: pathToFileURL(dir).href, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
  await client.sendNotification("initialized", {});
});

afterAll(() => {
  client.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe("beleid lsp with several files", () => {
  it("keeps a shared file's diagnostics while another open policy still includes it", async () => {
    const q1 = join(para, "q1.policy");
    const q2 = join(para, "q2.policy");
    const badUri = pathToFileURL(join(dir, "algemeen", "bad.policy")).href;
    await open(q1, including("algemeen/bad.policy"));
    await open(q2, including("algemeen/bad.policy"));
    await until(() => latest(pathToFileURL(q2).href) !== undefined);
    const reported = codes(badUri);
    expect(reported).toContain("BL004");

    await close(q1);
    await quiet();
    expect(codes(badUri)).toEqual(reported);

    // q1 again, then edited to include the good file: q2 still reports the error.
    await open(q1, including("algemeen/bad.policy"));
    await edit(q1, including("algemeen/2026.policy"));
    await quiet();
    expect(codes(badUri)).toEqual(reported);

    // The last one that includes it goes: then there is nothing to report.
    await close(q2);
    await until(() => codes(badUri).length === 0);
    await close(q1);
    await quiet();
  });

  it("checks a policy again when its previous version is edited or closed without saving", async () => {
    const newerPath = join(para, "2026-07.policy");
    const olderPath = join(para, "2026-04.policy");
    const newerUri = pathToFileURL(newerPath).href;
    await open(newerPath, renamed);
    await until(() => latest(newerUri) !== undefined);
    expect(codes(newerUri)).toEqual(["BL310"]);

    await open(olderPath, olderWithOld);
    await until(() => codes(newerUri).length === 0);

    await edit(olderPath, older);
    await until(() => codes(newerUri).includes("BL310"));
    await edit(olderPath, olderWithOld);
    await until(() => codes(newerUri).length === 0);

    // Closed without saving: on disk 2026-04 has no bi_oud, as beleid check reads it.
    await close(olderPath);
    await until(() => codes(newerUri).includes("BL310"));
    await close(newerPath);
    await quiet();
  });

  it("registers a watcher for .policy files and checks open policies again when a file they use changes on disk", async () => {
    expect(JSON.stringify(registrations)).toContain("workspace/didChangeWatchedFiles");
    expect(JSON.stringify(registrations)).toContain("**/*.policy");

    const newerPath = join(para, "2026-07.policy");
    const olderPath = join(para, "2026-04.policy");
    const newerUri = pathToFileURL(newerPath).href;
    await open(newerPath, renamed);
    await until(() => codes(newerUri).includes("BL310"));
    writeFileSync(olderPath, olderWithOld);
    await client.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(olderPath).href, type: 2 }] });
    await until(() => codes(newerUri).length === 0);
    writeFileSync(olderPath, older);

    // A shared file that changes on disk: its diagnostics from the policies that include it.
    const q1 = join(para, "q1.policy");
    const sharedPath = join(dir, "algemeen", "bad.policy");
    const sharedUri = pathToFileURL(sharedPath).href;
    await open(q1, including("algemeen/bad.policy"));
    await until(() => codes(sharedUri).includes("BL004"));
    writeFileSync(sharedPath, algemeen);
    await client.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: sharedUri, type: 2 }] });
    await until(() => codes(sharedUri).length === 0);
    writeFileSync(sharedPath, bad);
    await close(q1);
    await close(newerPath);
    await quiet();
  });

  it("publishes an included file's diagnostics under the URI the editor uses for it", async () => {
    const q1 = join(para, "q1.policy");
    const sharedPath = join(dir, "alg (ë’s) x", "bad.policy");
    const editorUri = vscodeUri(sharedPath);
    expect(editorUri).not.toBe(pathToFileURL(sharedPath).href);
    const from = published.length;
    await open(q1, including("alg (ë’s) x/bad.policy"));
    await until(() => latest(pathToFileURL(q1).href) !== undefined);
    await open(sharedPath, bad, editorUri);
    await quiet();
    await close(sharedPath, editorUri);
    await quiet();
    const forShared = published.slice(from).filter((p) => pathOfUri(p.uri) === sharedPath);
    expect(forShared.length).toBeGreaterThan(0);
    // Once the editor has named the file, the server uses its spelling.
    const afterOpen = forShared.slice(forShared.findIndex((p) => p.uri === editorUri));
    expect(afterOpen.every((p) => p.uri === editorUri)).toBe(true);
    expect(codes(editorUri)).toContain("BL004");
    await close(q1);
    await quiet();
  });

  it("goes to a definition from the last good model while the YAML does not parse", async () => {
    const newerPath = join(para, "2026-07.policy");
    const newerUri = pathToFileURL(newerPath).href;
    await open(newerPath, newer);
    await until(() => latest(newerUri) !== undefined);
    const broken = newer.replace("vorige: 2026-04\n", "vorige: 2026-04\nkapot: [\n");
    await edit(newerPath, broken);
    await until(() => codes(newerUri).includes("BL001"));
    const doc = TextDocument.create(newerUri, "beleid", 1, broken);
    const at = doc.positionAt(broken.indexOf("voorwaarde: behandelindex > 150") + 14);
    const found = (await client.sendRequest("textDocument/definition", { textDocument: { uri: newerUri }, position: at })) as { uri: string; range: { start: unknown } } | null;
    expect(found?.uri).toBe(newerUri);
    expect(found?.range.start).toEqual(doc.positionAt(broken.indexOf("  behandelindex:\n") + 2));
    await close(newerPath);
    await quiet();
  });
});
