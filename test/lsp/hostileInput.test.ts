/**
 * The language server (`beleid lsp`) on messages no editor should send, through the connection
 * `beleid lsp` uses (compiler/lsp/connection.ts): parameters of the wrong shape are refused
 * in Dutch (InvalidParams for a request, a log message for a notification), never a stack
 * trace; a body that is not JSON gets a parse error and the server reads on; a header it
 * cannot follow is said on standard error and ends the server. And a document's text gets
 * the checks a file gets from `beleid check` (a NUL character, carriage returns as line ends).
 */

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-languageserver-protocol/node";
import { Workspace } from "../../compiler/lsp/analysis.js";
import { createServerConnection } from "../../compiler/lsp/connection.js";
import { cli } from "../helpers.js";
import { frame, startRawServer } from "./lspClient.js";

interface LspDiagnostic {
  code: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const dir = mkdtempSync(join(tmpdir(), "beleid-lsp-vijandig-"));
const file = join(dir, "paramedische-zorg", "2026-07.policy");
const uri = pathToFileURL(file).href;
const original = readFileSync("policies/paramedische-zorg/2026-07.policy", "utf8");

let server: ReturnType<typeof startRawServer>;
let client: MessageConnection;
const logged: string[] = [];
const published = new Map<string, (diagnostics: LspDiagnostic[]) => void>();
const nextDiagnostics = (forUri: string) => new Promise<LspDiagnostic[]>((resolve) => published.set(forUri, resolve));

beforeAll(async () => {
  cpSync("policies/algemeen", join(dir, "algemeen"), { recursive: true });
  mkdirSync(join(dir, "paramedische-zorg"));
  writeFileSync(file, original);
  cpSync("policies/paramedische-zorg/2026-04.policy", join(dir, "paramedische-zorg", "2026-04.policy"));
  server = startRawServer();
  client = createMessageConnection(new StreamMessageReader(server.toClient), new StreamMessageWriter(server.toServer));
  client.onNotification("textDocument/publishDiagnostics", (params: { uri: string; diagnostics: LspDiagnostic[] }) => {
    published.get(params.uri)?.(params.diagnostics);
    published.delete(params.uri);
  });
  client.onNotification("window/logMessage", (params: { message: string }) => void logged.push(params.message));
  client.listen();
  await client.sendRequest("initialize", { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} });
  await client.sendNotification("initialized", {});
});

afterAll(() => {
  client.dispose();
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The error a request is answered with. */
async function refusal(method: string, params: unknown): Promise<ResponseError<unknown>> {
  try {
    await client.sendRequest(method, params);
  } catch (error) {
    return error as ResponseError<unknown>;
  }
  throw new Error(`${method} was answered`);
}

describe("parameters of the wrong shape", () => {
  it("a request: InvalidParams (-32602) with a Dutch message saying what is wrong (was: -32603 'Cannot read properties of null')", async () => {
    const hover = await refusal("textDocument/hover", { position: { line: 0, character: 0 } });
    expect(hover.code).toBe(-32602);
    expect(hover.message).toBe("De vraag ‘textDocument/hover’ heeft ongeldige parameters: ‘params.textDocument’ ontbreekt.");
    const line = await refusal("textDocument/completion", { textDocument: { uri }, position: { line: -1, character: 0 } });
    expect(line.message).toBe("De vraag ‘textDocument/completion’ heeft ongeldige parameters: ‘params.position.line’ moet een geheel getal van 0 of meer zijn, maar is een negatief getal.");
    const rename = await refusal("textDocument/rename", { textDocument: { uri }, position: { line: 0, character: 0 }, newName: 5 });
    expect(rename.message).toBe("De vraag ‘textDocument/rename’ heeft ongeldige parameters: ‘params.newName’ moet een tekst zijn, maar is een getal.");
  });

  it("a notification: ignored with a Dutch log message, no stack trace, and the server goes on (was: 'TypeError: documentText.charCodeAt is not a function' on standard error)", async () => {
    const errors = vi.spyOn(console, "error");
    const stderr = vi.spyOn(process.stderr, "write");
    logged.length = 0;
    await client.sendNotification("textDocument/didOpen", {});
    await client.sendNotification("textDocument/didOpen", { textDocument: { uri: "file:///a.policy", languageId: "beleid", version: 1, text: 5 } });
    await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: null }] });
    // A well-formed document after them is checked as usual.
    const diagnostics = nextDiagnostics(uri);
    await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "beleid", version: 1, text: original } });
    expect(await diagnostics).toEqual([]);
    expect(logged).toEqual([
      "De taalserver van beleid heeft de mededeling ‘textDocument/didOpen’ genegeerd: ‘params.textDocument’ ontbreekt.",
      "De taalserver van beleid heeft de mededeling ‘textDocument/didOpen’ genegeerd: ‘params.textDocument.text’ moet een tekst zijn, maar is een getal.",
      "De taalserver van beleid heeft de mededeling ‘textDocument/didChange’ genegeerd: ‘params.contentChanges[0].text’ moet een tekst zijn, maar is null.",
    ]);
    expect(errors).not.toHaveBeenCalled();
    expect(stderr).not.toHaveBeenCalled();
    const hover = (await client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } })) as unknown;
    expect(hover === null || typeof hover === "object").toBe(true);
    const closed = nextDiagnostics(uri);
    await client.sendNotification("textDocument/didClose", { textDocument: { uri } });
    await closed;
  });
});

describe("a handler that fails anyway", () => {
  it("a request: InternalError in Dutch, the library's English words only with BELEID_DEBUG (was: 'Request … failed with message: …')", async () => {
    for (const debug of [false, true]) {
      const toServer = new PassThrough();
      const toClient = new PassThrough();
      const connection = createServerConnection(toServer, toClient, { stderr: () => undefined, exit: () => undefined, debug });
      connection.onRequest("beleid/stuk", () => {
        throw new Error("Cannot read properties of undefined (reading 'uri')");
      });
      connection.listen();
      const other = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
      other.listen();
      const error = await other.sendRequest("beleid/stuk", {}).then(
        () => undefined,
        (e: ResponseError<unknown>) => e,
      );
      expect(error?.code).toBe(-32603);
      expect(error?.message).toBe(
        "Interne fout in de taalserver van beleid bij de vraag ‘beleid/stuk’: dit is een fout in het programma, niet in uw beleid. Meld het alstublieft." +
          (debug ? " (Request beleid/stuk failed with message: Cannot read properties of undefined (reading 'uri'))" : ""),
      );
      other.dispose();
    }
  });

  it("a document check: a Dutch log message, no stack trace on standard error, and the server goes on", async () => {
    const errors = vi.spyOn(console, "error");
    const analyse = vi.spyOn(Workspace.prototype, "analyse").mockImplementationOnce(() => {
      throw new TypeError("documentText.charCodeAt is not a function");
    });
    logged.length = 0;
    const other = `${uri.slice(0, -".policy".length)}-kapot.policy`;
    await client.sendNotification("textDocument/didOpen", { textDocument: { uri: other, languageId: "beleid", version: 1, text: original } });
    await vi.waitFor(() => expect(logged).toEqual(["Interne fout in de taalserver van beleid bij het controleren van een document: dit is een fout in het programma, niet in uw beleid. Meld het alstublieft."]));
    expect(analyse).toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    const closed = nextDiagnostics(other);
    await client.sendNotification("textDocument/didClose", { textDocument: { uri: other } });
    await closed;
  });
});

describe("the checks of a file's text on a document's text", () => {
  /** `beleid check --json` on a saved copy of `text`, as the server's diagnostics show it. */
  async function checkOf(text: string) {
    const copy = join(dir, "paramedische-zorg", "kopie.policy");
    writeFileSync(copy, text);
    try {
      const json = JSON.parse((await cli(["check", "--json", copy])).stdout) as { diagnosen: { code: string; begin: { regel: number; kolom: number }; eind: { regel: number; kolom: number } }[] };
      return json.diagnosen.map((d) => ({ code: d.code, start: [d.begin.regel, d.begin.kolom], end: [d.eind.regel, d.eind.kolom] }));
    } finally {
      rmSync(copy, { force: true });
    }
  }
  const asCheck = (list: LspDiagnostic[]) => list.map((d) => ({ code: d.code, start: [d.range.start.line + 1, d.range.start.character + 1], end: [d.range.end.line + 1, d.range.end.character + 1] }));

  async function openDiagnostics(text: string): Promise<LspDiagnostic[]> {
    const diagnostics = nextDiagnostics(uri);
    await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "beleid", version: 1, text } });
    const got = await diagnostics;
    // Closed, the document's diagnostics are published again (those of the file on disk): waited for, so they are not taken for the next text's.
    const closed = nextDiagnostics(uri);
    await client.sendNotification("textDocument/didClose", { textDocument: { uri } });
    await closed;
    return got;
  }

  it("a NUL character: BL013 at its place, as beleid check says (was: no diagnostics)", async () => {
    for (const text of [original.replace("Caresq", "Car\u0000esq"), `\ufeff${original.replace("Caresq", "Car\u0000esq")}`]) {
      const got = await openDiagnostics(text);
      expect(got.map((d) => d.code)).toEqual(["BL013"]);
      expect(got[0]!.message).toContain("op deze plek staat een nulbyte (00)");
      expect(asCheck(got)).toEqual(await checkOf(text));
    }
  });

  it("a NUL character in an open test file: BL013, as beleid test says (was: no diagnostic for it)", async () => {
    const testFile = join(dir, "paramedische-zorg", "2026-07.test.yaml");
    const testUri = pathToFileURL(testFile).href;
    const tests = readFileSync("policies/paramedische-zorg/2026-07.test.yaml", "utf8");
    const text = tests.replace("gevallen:", "gevallen:\u0000");
    writeFileSync(testFile, text);
    try {
      const fromTest = await cli(["test", "--json", testFile]);
      expect(fromTest.stdout).toContain("BL013");
      const diagnostics = nextDiagnostics(testUri);
      await client.sendNotification("textDocument/didOpen", { textDocument: { uri: testUri, languageId: "yaml", version: 1, text } });
      const got = await diagnostics;
      expect(got.map((d) => d.code)).toEqual(["BL013"]);
      const at = text.indexOf("\u0000");
      const line = text.slice(0, at).split("\n").length - 1;
      expect(got[0]!.range.start).toEqual({ line, character: at - text.lastIndexOf("\n", at) - 1 });
      const closed = nextDiagnostics(testUri);
      await client.sendNotification("textDocument/didClose", { textDocument: { uri: testUri } });
      await closed;
    } finally {
      rmSync(testFile, { force: true });
    }
  });

  it("carriage returns on their own as line ends, as for a file (was: the text read as one line)", async () => {
    const text = original.replaceAll("\n", "\r");
    expect(await checkOf(text)).toEqual([]);
    expect(await openDiagnostics(text)).toEqual([]);
  });
});

describe("broken framing", () => {
  /** What the server wrote, as messages, once `count` have come. */
  function messagesOf(stream: PassThrough, count: number): Promise<Record<string, unknown>[]> {
    let output = "";
    return new Promise((resolve) => {
      stream.on("data", (chunk: Buffer) => {
        output += chunk.toString("utf8");
        const bodies = output.split(/Content-Length: \d+\r\n\r\n/).slice(1);
        if (bodies.length < count) return;
        try {
          resolve(bodies.map((body) => JSON.parse(body) as Record<string, unknown>));
        } catch {
          // The last body is not all there yet.
        }
      });
    });
  }
  const shutdown = JSON.stringify({ jsonrpc: "2.0", id: 2, method: "shutdown" });

  it("a body that is not JSON: a parse error (-32700), said on standard error too, and the next message is answered (was: no answer)", async () => {
    const raw = startRawServer();
    const messages = messagesOf(raw.toClient, 2);
    raw.toServer.write(frame("{not json") + frame(shutdown));
    expect(await messages).toEqual([
      { jsonrpc: "2.0", id: null, error: { code: -32700, message: "Dit bericht is geen geldige JSON; de taalserver heeft het overgeslagen." } },
      { jsonrpc: "2.0", id: 2, result: null },
    ]);
    expect(raw.stderr).toEqual(["beleid lsp: een bericht van de editor is geen geldige JSON en is overgeslagen.\n"]);
    expect(raw.exits).toEqual([]);
  });

  it("a length that is not a number: said on standard error, and the server stops (was: silently no answer to anything after it)", async () => {
    const raw = startRawServer();
    raw.toServer.write(`Content-Length: abc\r\n\r\n{}${frame(shutdown)}`);
    await vi.waitFor(() => expect(raw.exits).toEqual([1]), { timeout: 2000 });
    expect(raw.stderr).toEqual([
      "beleid lsp: de taalserver kan de berichten van de editor niet verder lezen: de kopregel Content-Length geeft geen lengte in bytes maar ‘abc’. Waar het volgende bericht begint, is daardoor niet te zien; de taalserver stopt. Start hem opnieuw vanuit de editor.\n",
    ]);
  });

  it("a request with params null: InvalidParams (-32602) in Dutch (was: -32603 'Cannot read properties of null (reading 'workDoneToken')')", async () => {
    const raw = startRawServer();
    const messages = messagesOf(raw.toClient, 1);
    raw.toServer.write(frame(JSON.stringify({ jsonrpc: "2.0", id: 11, method: "textDocument/hover", params: null })));
    expect(await messages).toEqual([
      { jsonrpc: "2.0", id: 11, error: { code: -32602, message: "De vraag ‘textDocument/hover’ heeft ongeldige parameters: ‘params’ moet een object zijn, maar is null." } },
    ]);
  });

  it("valid JSON that is no JSON-RPC message: InvalidRequest (-32600) when it has an id", async () => {
    const raw = startRawServer();
    const messages = messagesOf(raw.toClient, 2);
    raw.toServer.write(frame(JSON.stringify({ jsonrpc: "2.0", id: 7 })) + frame(shutdown));
    const [first, second] = await messages;
    expect(first).toMatchObject({ id: 7, error: { code: -32600 } });
    expect(second).toEqual({ jsonrpc: "2.0", id: 2, result: null });
  });
});
