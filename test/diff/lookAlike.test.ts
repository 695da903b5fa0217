/**
 * BL605: a rule or fact under a new key without `was`, with the text (or name) of one that went.
 * The report does not guess (it says "vervallen" and "opgenomen"); the warning asks the author.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { diffModels } from "../../compiler/diff/index.js";
import type { PolicyModel } from "../../compiler/model.js";

const OLDER = readFileSync("test/fixtures/diagnostics/BL605/vorige.policy", "utf8");
const NEWER = readFileSync("test/fixtures/diagnostics/BL605/invoer.policy", "utf8");

function model(path: string, text: string): PolicyModel {
  const result = compileText(path, text);
  expect(result.diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
  return result.model as PolicyModel;
}

const lookAlikes = (older: string, newer: string) =>
  diffModels(model("oud.policy", older), model("nieuw.policy", newer))
    .diagnostics.filter((d) => d.code === "BL605")
    .map((d) => d.message);

describe("BL605, a new key without was", () => {
  it("warns at a rule with the text of a rule that went", () => {
    expect(lookAlikes(OLDER, NEWER)).toEqual(["De regel ‘register_kwaliteit’ is nieuw en ‘register’ uit de vorige versie vervalt, maar beide hebben dezelfde tekst."]);
  });

  it("warns at a rule with the name of one that went, though its text changed", () => {
    const older = OLDER.replace("      register:\n", "      register:\n        naam: in het kwaliteitsregister\n");
    const newer = NEWER.replace("      register_kwaliteit:\n        tekst: De praktijk staat in het kwaliteitsregister.", "      register_kwaliteit:\n        naam: in het kwaliteitsregister\n        tekst: De praktijk staat in een kwaliteitsregister.");
    expect(lookAlikes(older, newer)).toEqual(["De regel ‘register_kwaliteit’ is nieuw en ‘register’ uit de vorige versie vervalt, maar beide hebben dezelfde naam ‘in het kwaliteitsregister’."]);
  });

  it("is silent with was, and for a new rule that only resembles one that stays", () => {
    expect(lookAlikes(OLDER, NEWER.replace("      register_kwaliteit:\n", "      register_kwaliteit:\n        was: register\n"))).toEqual([]);
    expect(lookAlikes(OLDER, OLDER.replace('versie: "2026"', 'versie: "2027"'))).toEqual([]);
  });

  it("warns at a fact with the type and description of a fact that went", () => {
    const newer = OLDER.replace('versie: "2026"', 'versie: "2027"').replace("  kwaliteitsregister:\n", "  in_kwaliteitsregister:\n").replace("voorwaarde: kwaliteitsregister\n", "voorwaarde: in_kwaliteitsregister\n");
    expect(lookAlikes(OLDER, newer)).toEqual(["Het feit ‘in_kwaliteitsregister’ is nieuw en ‘kwaliteitsregister’ uit de vorige versie vervalt, maar beide hebben dezelfde omschrijving."]);
  });
});
