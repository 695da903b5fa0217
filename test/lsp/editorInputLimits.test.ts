/**
 * Two things an editor can send that once got no answer at all: a text with a lone UTF-16
 * surrogate (BL013, as `beleid check` says for bytes that are not UTF-8), and a header whose
 * Content-Length no message about a policy can need (said on standard error; the server stops
 * with exit code 1, as for `Content-Length: abc`).
 */

import { describe, expect, it, vi } from "vitest";
import { Workspace } from "../../compiler/lsp/analysis.js";
import { MAX_MESSAGE_BYTES } from "../../compiler/lsp/connection.js";
import { compile, group, policyWith, rule } from "../analyse/policy.js";
import { frame, startRawServer } from "./lspClient.js";

describe("a lone surrogate in the editor's text", () => {
  const valid = policyWith(group("g", "randvoorwaarde", rule("r", "a")));

  it("the policy without it is valid, so the case below has only its own error", () => {
    expect(compile(valid).diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
  });

  for (const [name, unit] of [["high", "\uD800"], ["low", "\uDC00"]] as const) {
    it(`a ${name} half: BL013 at its place in the analysis (was: no diagnostic)`, () => {
      const at = valid.indexOf("Voorwaarden");
      const text = `${valid.slice(0, at)}Voor${unit}waarden${valid.slice(at + "Voorwaarden".length)}`;
      for (const documentText of [text, `\ufeff${text}`]) {
        const analysis = new Workspace(() => undefined).analyse("proef.policy", documentText);
        const found = analysis.result.diagnostics;
        expect(found.map((d) => [d.code, d.span.start, d.span.end])).toEqual([["BL013", at + 4, at + 5]]);
        expect(found[0]?.message).toBe(
          `Het bestand ‘proef.policy’ is geen tekst in UTF-8: op deze plek staat een losse helft van een UTF-16-tekenpaar (${unit.charCodeAt(0).toString(16).toUpperCase()}), die hier in UTF-8 niet kan staan.`,
        );
      }
    });
  }

  it("a whole surrogate pair (an emoji) is a character, no problem", () => {
    const text = valid.replace("Voorwaarden", "Voorwaarden \uD83D\uDE00");
    expect(new Workspace(() => undefined).analyse("proef.policy", text).result.diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
  });
});

describe("a Content-Length above what a message can need", () => {
  const shutdown = (id: number) => JSON.stringify({ jsonrpc: "2.0", id, method: "shutdown" });

  it("leaves room for a policy of 5 MB written out in JSON: 31 MB", () => {
    expect(MAX_MESSAGE_BYTES).toBe(31 * 1024 * 1024);
  });

  it("is said on standard error and the server stops with exit code 1 (was: waiting for ever); what came before is answered", async () => {
    const raw = startRawServer();
    const answers: string[] = [];
    raw.toClient.on("data", (chunk: Buffer) => answers.push(chunk.toString("utf8")));
    raw.toServer.write(`${frame(shutdown(1))}Content-Length: 99999999999\r\n\r\n{}${frame(shutdown(2))}`);
    await vi.waitFor(() => expect(raw.exits).toEqual([1]), { timeout: 2000 });
    expect(raw.stderr).toEqual([
      "beleid lsp: de taalserver kan de berichten van de editor niet verder lezen: de kopregel Content-Length geeft een lengte van 99999999999 bytes, meer dan de 32505856 bytes die een bericht over een beleidsbestand (van ten hoogste 5 MB) kan nodig hebben. Waar het volgende bericht begint, is daardoor niet te zien; de taalserver stopt. Start hem opnieuw vanuit de editor.\n",
    ]);
    const all = answers.join("");
    expect(all).toContain('"id":1');
    expect(all).not.toContain('"id":2');
  });

  it("a negative length is no length: said, and the server stops", async () => {
    const raw = startRawServer();
    raw.toServer.write(`${frame(shutdown(1))}Content-Length: -5\r\n\r\n{}`);
    await vi.waitFor(() => expect(raw.exits).toEqual([1]), { timeout: 2000 });
    expect(raw.stderr).toEqual([
      "beleid lsp: de taalserver kan de berichten van de editor niet verder lezen: de kopregel Content-Length geeft geen lengte in bytes maar ‘-5’. Waar het volgende bericht begint, is daardoor niet te zien; de taalserver stopt. Start hem opnieuw vanuit de editor.\n",
    ]);
  });

  it("a length at the limit is still read as usual", async () => {
    const raw = startRawServer();
    const answers: string[] = [];
    raw.toClient.on("data", (chunk: Buffer) => answers.push(chunk.toString("utf8")));
    const body = shutdown(3);
    raw.toServer.write(`Content-Length: ${MAX_MESSAGE_BYTES}\r\n\r\n${body}${" ".repeat(MAX_MESSAGE_BYTES - body.length)}`);
    await vi.waitFor(() => expect(answers.join("")).toContain('"id":3'), { timeout: 5000 });
    expect(raw.stderr).toEqual([]);
    expect(raw.exits).toEqual([]);
  });
});
