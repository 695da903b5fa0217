/**
 * A policy with one care type: its test cases may leave out `zorgsoort` (as `beleid eval`
 * without --zorgsoort), and their expected agreement (`verwacht.overeenkomst`), which without
 * differentiation is the care type's key, is a reference to the care type all the same: find
 * references finds it and a rename changes it. Another agreement (`geen`, `A` of a
 * differentiation) is not.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyEdits, positionOf, startTestServer, textAt, type Range, type TestServer, type TextEdit } from "./lspClient.js";

const POLICY = `taalversie: 1
organisatie: Caresq
zorgverzekeraar: Eucare
domein: huidtherapie
titel: Inkoopbeleid Huidtherapie 2026
jaar: 2026
versie: 2026
gepubliceerd: 2025-04-01

hoofdstukken:
  voorwaarden:
    nummer: "1"
    titel: Randvoorwaarden

feiten:
  kwaliteitsregister:
    type: ja/nee
    omschrijving: De praktijk staat in het kwaliteitsregister.

zorgsoorten:
  huidtherapie:
    naam: Huidtherapie
    overeenkomst:
      soort: nieuw
      looptijd: 2026
      hoofdstuk: voorwaarden
      tekst: Caresq biedt een eenjarige zorgovereenkomst aan.

groepen:
  basis:
    titel: Randvoorwaarden
    hoofdstuk: voorwaarden
    soort: randvoorwaarde
    zorgsoorten: alle
    regels:
      register:
        naam: in het kwaliteitsregister
        tekst: De praktijk staat in het kwaliteitsregister.
        voorwaarde: kwaliteitsregister
`;

const TESTS = `taalversie: 1

gevallen:
  - naam: Een praktijk in het register krijgt de zorgovereenkomst
    feiten:
      kwaliteitsregister: ja
    verwacht:
      overeenkomst: huidtherapie
  - naam: Met de zorgsoort erbij
    zorgsoort: huidtherapie
    feiten:
      kwaliteitsregister: ja
    verwacht:
      overeenkomst: huidtherapie
  - naam: Een praktijk buiten het register krijgt er geen
    feiten:
      kwaliteitsregister: nee
    verwacht:
      overeenkomst: geen
`;

let server: TestServer;
let policy: { file: string; uri: string };
let tests: { file: string; uri: string };
beforeAll(async () => {
  server = await startTestServer();
  mkdirSync(join(server.dir, "huidtherapie"));
  const file = join(server.dir, "huidtherapie", "2026.policy");
  writeFileSync(file, POLICY);
  writeFileSync(file.replace(/\.policy$/, ".test.yaml"), TESTS);
  policy = { file, uri: pathToFileURL(file).href };
  tests = { file: file.replace(/\.policy$/, ".test.yaml"), uri: pathToFileURL(file.replace(/\.policy$/, ".test.yaml")).href };
});
afterAll(() => server.close());

describe("the tests of a policy with one care type", () => {
  it("check without errors as written (the cases without zorgsoort included)", async () => {
    expect(await server.open(policy.uri, POLICY)).toEqual([]);
    expect(await server.open(tests.uri, TESTS)).toEqual([]);
    await server.closeDocument(tests.uri);
  });

  it("follow a rename of the care type: the agreement of a case without zorgsoort too", async () => {
    await server.open(policy.uri, POLICY);
    const edit = (await server.client.sendRequest("textDocument/rename", {
      textDocument: { uri: policy.uri },
      position: positionOf(POLICY, "  huidtherapie:\n", 4),
      newName: "huid",
    })) as { changes: Record<string, TextEdit[]> };
    const renamedTests = applyEdits(TESTS, edit.changes[tests.uri] ?? []);
    expect(renamedTests).not.toContain("huidtherapie");
    expect(renamedTests.match(/overeenkomst: huid\n/g)).toHaveLength(2);
    expect(renamedTests).toContain("overeenkomst: geen\n");
    // Both renamed, as the editor applies the edit: the tests fit the policy again.
    await server.open(tests.uri, renamedTests);
    const fitting = server.diagnosticsUntil(tests.uri, (list) => list.length === 0);
    expect(await server.open(policy.uri, applyEdits(POLICY, edit.changes[policy.uri] ?? []))).toEqual([]);
    await fitting;
    await server.closeDocument(tests.uri);
    await server.open(policy.uri, POLICY);
  });

  it("find the care type from the agreement of a case without zorgsoort", async () => {
    await server.open(tests.uri, TESTS);
    const found = (await server.client.sendRequest("textDocument/references", {
      textDocument: { uri: tests.uri },
      position: positionOf(TESTS, "overeenkomst: huidtherapie", 16),
      context: { includeDeclaration: true },
    })) as { uri: string; range: Range }[];
    const inTests = found.filter((l) => l.uri === tests.uri).map((l) => `${l.range.start.line + 1} ${textAt(TESTS, l.range)}`);
    expect(inTests).toEqual(["8 huidtherapie", "10 huidtherapie", "14 huidtherapie"]);
    expect(found.filter((l) => l.uri === policy.uri).length).toBeGreaterThan(0);
    await server.closeDocument(tests.uri);
  });

  it("do not take another agreement (geen, or one of a differentiation) for a care type", async () => {
    await server.open(tests.uri, TESTS);
    const found = await server.client.sendRequest("textDocument/references", {
      textDocument: { uri: tests.uri },
      position: positionOf(TESTS, "overeenkomst: geen", 15),
      context: { includeDeclaration: true },
    });
    expect(found).toBeNull();
    await server.closeDocument(tests.uri);
  });
});
