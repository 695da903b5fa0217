/**
 * The language server over the LSP protocol, in-process: a JSON-RPC client and the server
 * talk through a pair of streams, as an editor would. Diagnostics must be exactly those of
 * `beleid check` (also for an unsaved buffer), and hover, completion, go to definition and
 * formatting answer from the model.
 */

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMessageConnection, type MessageConnection } from "vscode-languageserver-protocol/node";
import { StreamMessageReader, StreamMessageWriter } from "vscode-languageserver-protocol/node";
import { createConnection } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { formatPolicyText } from "../../compiler/format/formatPolicy.js";
import { startLanguageServer } from "../../compiler/lsp/server.js";
import { cli } from "../helpers.js";

/** The group of the behandelindex moved to a chapter of the included file (and out of the volgorde of its own chapter). */
const moveToThemas = (text: string) => text.replace("hoofdstuk: specifiek\n    soort: uitsluiting", "hoofdstuk: themas\n    soort: uitsluiting").replace("      - groep selectie_behandelindex\n", "");

interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  message: string;
}

const dir = mkdtempSync(join(tmpdir(), "beleid-lsp-"));
const file = join(dir, "paramedische-zorg", "2026-07.policy");
const uri = pathToFileURL(file).href;
const original = readFileSync("policies/paramedische-zorg/2026-07.policy", "utf8");
const broken = original.replace("voorwaarde: behandelindex > 150", "voorwaarde: behandelindex > ja");

let client: MessageConnection;
const diagnostics = new Map<string, LspDiagnostic[]>();
let waiting: { uri: string; resolve: (d: LspDiagnostic[]) => void } | undefined;
let version = 1;

function nextDiagnostics(forUri = uri): Promise<LspDiagnostic[]> {
  return new Promise((resolve) => (waiting = { uri: forUri, resolve }));
}

/** The next diagnostics for `forUri`, or undefined when none come within `ms`. */
function diagnosticsWithin(ms: number, forUri = uri): Promise<LspDiagnostic[] | undefined> {
  return Promise.race([nextDiagnostics(forUri), new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
}

function position(text: string, needle: string, offsetInNeedle = 0) {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return TextDocument.create(uri, "beleid", 1, text).positionAt(at + offsetInNeedle);
}

async function change(text: string): Promise<LspDiagnostic[]> {
  const next = nextDiagnostics();
  await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
  return next;
}

type CheckJson = { diagnosen: { code: string; bericht: string; hint?: string; bestand: string; begin: { regel: number; kolom: number }; eind: { regel: number; kolom: number } }[] };

/** `beleid check --json` on a saved copy of `text` next to `at` (so its includes resolve the same). */
async function checkOf(text: string, at = file): Promise<CheckJson> {
  const copy = join(at, "..", "kopie.policy");
  writeFileSync(copy, text);
  try {
    return JSON.parse((await cli(["check", "--json", copy])).stdout) as CheckJson;
  } finally {
    rmSync(copy, { force: true });
  }
}

const asCheck = (list: LspDiagnostic[]) => list.map((d) => ({ code: d.code, message: d.message, start: [d.range.start.line + 1, d.range.start.character + 1], end: [d.range.end.line + 1, d.range.end.character + 1] }));
const fromCheck = (check: CheckJson, only: (file: string) => boolean = (f) => f.endsWith("kopie.policy")) =>
  check.diagnosen.filter((d) => only(d.bestand)).map((d) => ({ code: d.code, message: d.hint ? `${d.bericht}\n${d.hint}` : d.bericht, start: [d.begin.regel, d.begin.kolom], end: [d.eind.regel, d.eind.kolom] }));

beforeAll(async () => {
  cpSync("policies/algemeen", join(dir, "algemeen"), { recursive: true });
  mkdirSync(join(dir, "paramedische-zorg"));
  writeFileSync(file, original);
  // The previous version, which the server compares with (as beleid check does).
  cpSync("policies/paramedische-zorg/2026-04.policy", join(dir, "paramedische-zorg", "2026-04.policy"));

  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startLanguageServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
  client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.onNotification("textDocument/publishDiagnostics", (params: { uri: string; diagnostics: LspDiagnostic[] }) => {
    diagnostics.set(params.uri, params.diagnostics);
    if (waiting && waiting.uri === params.uri) {
      const { resolve } = waiting;
      waiting = undefined;
      resolve(params.diagnostics);
    }
  });
  client.listen();
  const init = (await client.sendRequest("initialize", { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} })) as { capabilities: Record<string, unknown> };
  expect(init.capabilities).toMatchObject({ hoverProvider: true, definitionProvider: true, documentFormattingProvider: true });
  await client.sendNotification("initialized", {});
});

afterAll(() => {
  client.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe("beleid lsp", () => {
  it("publishes the diagnostics of beleid check for the unsaved text, and clears them when fixed", async () => {
    const published = nextDiagnostics();
    await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "beleid", version, text: broken } });
    const got = await published;

    // beleid check on a saved copy of the same text.
    const check = await checkOf(broken);
    expect(check.diagnosen.length).toBeGreaterThan(0);
    expect(asCheck(got)).toEqual(fromCheck(check));
    expect(got[0]).toMatchObject({ code: "BL202", severity: 1 });

    expect(await change(original)).toEqual([]);
  });

  it("shows a fact's type, description and why it can be unknown, on the name in an expression and on its key", async () => {
    const inExpression = (await client.sendRequest("textDocument/hover", { textDocument: { uri }, position: position(original, "voorwaarde: behandelindex > 150", 14) })) as { contents: { value: string } };
    expect(inExpression.contents.value).toContain("**behandelindex** — feit (getal)");
    expect(inExpression.contents.value).toContain("De landelijke behandelindex fysiotherapie");
    expect(inExpression.contents.value).toContain("*Kan onbekend zijn:* Een nieuwe praktijk heeft nog geen landelijke behandelindex.");
    const onKey = (await client.sendRequest("textDocument/hover", { textDocument: { uri }, position: position(original, "  behandelindex:\n", 4) })) as { contents: { value: string } };
    expect(onKey.contents.value).toBe(inExpression.contents.value);
  });

  it("shows a rule's published text and chapter on its key", async () => {
    const hover = (await client.sendRequest("textDocument/hover", { textDocument: { uri }, position: position(original, "behandelindex_hoger_dan_150:", 3) })) as { contents: { value: string } };
    expect(hover.contents.value).toContain("uitsluiting, hoofdstuk 2.3 Specifieke thema’s paramedie");
    expect(hover.contents.value).toContain("> Indien de zorgaanbieder een landelijke behandelindex hoger dan 150 heeft");
  });

  it("completes facts, tables, built-ins and functions (with their documentation) in an expression", async () => {
    const items = (await client.sendRequest("textDocument/completion", { textDocument: { uri }, position: position(original, "voorwaarde: behandelindex > 150", 15) })) as { label: string; kind: number; documentation?: { value: string } }[];
    const labels = items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(["behandelindex", "vektis", "zorgsoort", "contractjaar", "aandeel", "eerste_van_volgende_maand", "bevat"]));
    expect(items.find((i) => i.label === "behandelindex")?.kind).toBe(6);
    expect(items.find((i) => i.label === "aandeel")?.documentation?.value).toContain("Het percentage dat ‘deel’ is van ‘totaal’");
    const columns = (await client.sendRequest("textDocument/completion", { textDocument: { uri }, position: position(original, "vektis[zorgsoort].agb_codes", 18) })) as { label: string }[];
    expect(columns.map((c) => c.label)).toEqual(["agb_codes", "beroep"]);
  });

  it("goes to the definition of a fact, a table, and a chapter (also in an included file)", async () => {
    const fact = (await client.sendRequest("textDocument/definition", { textDocument: { uri }, position: position(original, "voorwaarde: behandelindex > 150", 14) })) as { uri: string; range: { start: { line: number } } };
    expect(fact.uri).toBe(uri);
    expect(fact.range.start).toEqual(position(original, "  behandelindex:\n", 2));
    const table = (await client.sendRequest("textDocument/definition", { textDocument: { uri }, position: position(original, "vektis[zorgsoort].agb_codes", 2) })) as { range: { start: unknown } };
    expect(table.range.start).toEqual(position(original, "  vektis:\n", 2));
    const chapter = (await client.sendRequest("textDocument/definition", { textDocument: { uri }, position: position(original, "hoofdstuk: specifiek", 13) })) as { range: { start: unknown } };
    expect(chapter.range.start).toEqual(position(original, "  specifiek:\n", 2));

    const withShared = moveToThemas(original);
    await change(withShared);
    const shared = (await client.sendRequest("textDocument/definition", { textDocument: { uri }, position: position(withShared, "hoofdstuk: themas", 13) })) as { uri: string; range: { start: { line: number; character: number } } };
    expect(shared.uri).toBe(pathToFileURL(join(dir, "algemeen", "2026.policy")).href);
    const algemeen = readFileSync(join(dir, "algemeen", "2026.policy"), "utf8");
    expect(shared.range.start).toEqual(TextDocument.create("x", "beleid", 1, algemeen).positionAt(algemeen.indexOf("  themas:\n") + 2));
    await change(original);
  });

  it("publishes an error in an anchored value once, as beleid check does, not once per alias", async () => {
    // The whole chapter, with its volgorde (left behind, it would belong to the chapter before).
    const noProcedure = original.replace(/ {2}procedure:\n {4}nummer: "4"\n {4}titel: Inkoopprocedure\n(?: {4}volgorde:\n(?: {6}- .*\n)+)?/, "");
    expect(noProcedure).not.toBe(original);
    const got = await change(noProcedure);
    expect(got.filter((d) => d.code === "BL301").length).toBeGreaterThan(0);
    expect(asCheck(got)).toEqual(fromCheck(await checkOf(noProcedure)));
    expect(new Set(got.map((d) => JSON.stringify(d))).size).toBe(got.length);
    await change(original);

    mkdirSync(join(dir, "hulpmiddelen"), { recursive: true });
    cpSync("policies/hulpmiddelen/2026-04.policy", join(dir, "hulpmiddelen", "2026-04.policy"));
    const hulpFile = join(dir, "hulpmiddelen", "2026-07.policy");
    const hulpUri = pathToFileURL(hulpFile).href;
    const hulp = readFileSync("policies/hulpmiddelen/2026-07.policy", "utf8");
    writeFileSync(hulpFile, hulp);
    const typo = hulp.replace("niet (geselecteerd_voor_onderhandeling en", "niet (geselecteerd_voor_onderhandelin en");
    expect(typo).not.toBe(hulp);
    const published = nextDiagnostics(hulpUri);
    await client.sendNotification("textDocument/didOpen", { textDocument: { uri: hulpUri, languageId: "beleid", version: 1, text: typo } });
    const inHulp = await published;
    expect(inHulp.filter((d) => d.code === "BL201")).toHaveLength(1);
    expect(asCheck(inHulp)).toEqual(fromCheck(await checkOf(typo, hulpFile)));
    await client.sendNotification("textDocument/didClose", { textDocument: { uri: hulpUri } });
  });

  it("checks a policy again when an included file is closed without saving", async () => {
    const withShared = moveToThemas(original);
    expect(await change(withShared)).toEqual([]);
    const algemeenUri = pathToFileURL(join(dir, "algemeen", "2026.policy")).href;
    const algemeen = readFileSync(join(dir, "algemeen", "2026.policy"), "utf8");
    const withoutThemas = algemeen.replace('  themas:\n    nummer: "2"\n    titel: Thema’s zorginkoop\n', "");
    expect(withoutThemas).not.toBe(algemeen);
    const dependent = nextDiagnostics(uri);
    await client.sendNotification("textDocument/didOpen", { textDocument: { uri: algemeenUri, languageId: "beleid", version: 1, text: withoutThemas } });
    expect((await dependent).map((d) => d.code)).toContain("BL301");
    // Closed without saving: the file on disk still has the chapter.
    const afterClose = diagnosticsWithin(2000);
    await client.sendNotification("textDocument/didClose", { textDocument: { uri: algemeenUri } });
    expect(await afterClose).toEqual([]);
    await change(original);
  });

  it("goes to a chapter in an edited included file at its place in the edited text, also from the last good model", async () => {
    const algemeenUri = pathToFileURL(join(dir, "algemeen", "2026.policy")).href;
    const algemeen = readFileSync(join(dir, "algemeen", "2026.policy"), "utf8");
    const withShared = moveToThemas(original);
    const withError = withShared.replace("voorwaarde: behandelindex > 150", "voorwaarde: behandelindex > ja");
    // The last good model is made while the included file is as on disk; then the policy gets
    // an error, and the included file five more lines at the top.
    expect(await change(withShared)).toEqual([]);
    expect((await change(withError)).map((d) => d.code)).toEqual(["BL202"]);
    const longer = "# een\n# twee\n# drie\n# vier\n# vijf\n" + algemeen;
    const rechecked = nextDiagnostics(uri);
    await client.sendNotification("textDocument/didOpen", { textDocument: { uri: algemeenUri, languageId: "beleid", version: 1, text: longer } });
    expect((await rechecked).map((d) => d.code)).toEqual(["BL202"]);
    const expected = TextDocument.create(algemeenUri, "beleid", 1, longer).positionAt(longer.indexOf("  themas:\n") + 2);
    const shared = (await client.sendRequest("textDocument/definition", { textDocument: { uri }, position: position(withError, "hoofdstuk: themas", 13) })) as { uri: string; range: { start: unknown } } | null;
    expect(shared?.uri).toBe(algemeenUri);
    expect(shared?.range.start).toEqual(expected);
    await client.sendNotification("textDocument/didClose", { textDocument: { uri: algemeenUri } });
    await change(original);
  });

  it("counts positions in a document that starts with a byte order mark as beleid check does", async () => {
    const withBom = "\uFEFF" + broken;
    const got = await change(withBom);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((d) => d.range.start.line > 0)).toBe(true);
    expect(asCheck(got)).toEqual(fromCheck(await checkOf(withBom)));
    const hover = (await client.sendRequest("textDocument/hover", { textDocument: { uri }, position: position(withBom, "voorwaarde: behandelindex > ja", 12) })) as { range: { start: unknown } };
    expect(hover.range.start).toEqual(position(withBom, "behandelindex > ja"));
    await change(original);
  });

  it("keeps answering from the last good model while the text has an error", async () => {
    const typing = original.replace("voorwaarde: behandelindex > 150", "voorwaarde: behandelindex >");
    const found = await change(typing);
    expect(found.map((d) => d.code)).toEqual(["BL103"]);
    const hover = (await client.sendRequest("textDocument/hover", { textDocument: { uri }, position: position(typing, "voorwaarde: behandelindex >", 14) })) as { contents: { value: string } };
    expect(hover.contents.value).toContain("feit (getal)");
    await change(original);
  });

  it("formats the document like beleid fmt, and leaves a formatted one alone", async () => {
    const messy = original.replace("voorwaarde: behandelindex > 150", "voorwaarde:   behandelindex>150");
    await change(messy);
    const edits = (await client.sendRequest("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })) as { newText: string }[];
    expect(edits).toHaveLength(1);
    expect(edits[0]?.newText).toBe(formatPolicyText(messy).text);
    expect(edits[0]?.newText).toBe(original);
    await change(original);
    const none = (await client.sendRequest("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })) as unknown[];
    expect(none).toEqual([]);
  });
});

describe("beleid lsp as a process", () => {
  it("answers initialize over stdio and exits on shutdown and exit", async () => {
    // Needs the compiled CLI (npm test compiles it first).
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, ["build/bin/beleid.js", "lsp", "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    const init = (await connection.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} })) as { serverInfo: { name: string } };
    expect(init.serverInfo.name).toBe("beleid");
    await connection.sendRequest("shutdown");
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    await connection.sendNotification("exit");
    expect(await exited).toBe(0);
    connection.dispose();
  });

  it("exits quietly when the editor goes away while a check is waiting for a quiet moment", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, ["build/bin/beleid.js", "lsp", "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    await connection.sendRequest("initialize", { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} });
    await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "beleid", version: 1, text: original } });
    await connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: broken }] });
    // The editor goes without the exit notification: it closes the pipe.
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    connection.dispose();
    child.stdin.end();
    await exited;
    expect(stderr).toBe("");
  });
});
