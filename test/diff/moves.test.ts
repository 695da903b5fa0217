/**
 * A rule that moved to another chapter and is otherwise the same is one redactioneel item,
 * as the sources' first pages note moves ("(voorheen 3.2)"); rules of one kind that moved
 * together are one sentence, and a rule that also changed says the move in its own sentence.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { model, variant } from "./base.js";

function sentences(after: readonly (readonly [string, string])[]) {
  const { report } = diffModels(model(variant([])), model(variant(after)));
  return report.sections.flatMap((s) => s.items.map((i) => [i.sentence, i.change.class]));
}

describe("a rule moved to another chapter", () => {
  it("is one sentence for a group that moved", () => {
    expect(sentences([["    titel: Randvoorwaarden\n    hoofdstuk: basis", "    titel: Randvoorwaarden\n    hoofdstuk: procedure"]])).toEqual([
      ["De randvoorwaarden ‘registratie in het kwaliteitsregister’, ‘ten minste 50% in loondienst’ en ‘erkende interventie’ staan nu in hoofdstuk 4 (voorheen 3.1).", "redactioneel"],
    ]);
  });

  it("that also changed says the move in the sentence of the change", () => {
    expect(
      sentences([
        ["        naam: registratie in het kwaliteitsregister\n", "        naam: registratie in het kwaliteitsregister\n        hoofdstuk: procedure\n"],
        ["        tekst: Registratie in het kwaliteitsregister.", "        tekst: De praktijk staat in het kwaliteitsregister."],
      ]),
    ).toEqual([["In hoofdstuk 4 (voorheen 3.1) is de tekst van de randvoorwaarde ‘registratie in het kwaliteitsregister’ aangepast; de voorwaarde zelf is niet veranderd.", "redactioneel"]]);
  });

  it("is not reported when only the chapter's number changed", () => {
    expect(sentences([['basis: { nummer: "3.1"', 'basis: { nummer: "3.3"']])).toEqual([
      ["Hoofdstuk ‘Voorwaarden basis zorgovereenkomst’ heeft het nummer 3.3 gekregen (voorheen 3.1).", "redactioneel"],
    ]);
  });
});
