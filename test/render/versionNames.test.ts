/**
 * The document names a version as the change report does (compiler/versionNames.ts): a month
 * version without a publication date by its month, never by its key ("2026-07" reads as July
 * 2026, while 2026 is the contract year).
 */

import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import type { PolicyModel } from "../../compiler/model.js";
import { earlierVersionInText, earlierVersionName } from "../../compiler/render/changesFrontPage.js";
import { renderDocument } from "../../compiler/render/document.js";
import { titleWithVersion } from "../../compiler/render/title.js";

function unpublished(path: string): PolicyModel {
  const model = compileFile(path).model!;
  const { published: _published, ...meta } = model.meta;
  return { ...model, meta } as PolicyModel;
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("a version without a publication date", () => {
  it("is named by its month in the document's title", () => {
    const july = unpublished("policies/paramedische-zorg/2026-07.policy");
    expect(titleWithVersion(july.meta)).toBe("Inkoopbeleid Paramedische zorg 2026 (versie van juli)");
    expect(renderDocument(july).title).toBe("Inkoopbeleid Paramedische zorg 2026 (versie van juli)");
    // A title without the contract year gets it.
    expect(titleWithVersion({ title: "Inkoopbeleid Voorbeeldzorg", version: "2026-07" })).toBe("Inkoopbeleid Voorbeeldzorg (2026, versie van juli)");
  });

  it("is named by its month on the front page of changes, with its contract year where that is not the document's", () => {
    const july = unpublished("policies/paramedische-zorg/2026-07.policy");
    const content = renderDocument(july, {
      changeLists: [
        { title: "Wijzigingen ten opzichte van het inkoopbeleid 2026 van april", older: { version: "2026-04" }, sections: [], summary: "Er zijn geen wijzigingen.", report: "x.html" },
        { title: "Wijzigingen ten opzichte van het inkoopbeleid 2025 van oktober", older: { version: "2025-10" }, sections: [], summary: "Er zijn geen wijzigingen.", report: "y.html" },
      ],
    }).content.value;
    expect(text(content)).toContain("Het volledige wijzigingsverslag ten opzichte van de versie van april geeft");
    expect(text(content)).toContain("Het volledige wijzigingsverslag ten opzichte van de versie van oktober van het inkoopbeleid 2025 geeft");
    expect(text(content)).not.toMatch(/ten opzichte van 202\d-\d\d/);
  });

  it("is named with its contract year where the newer version is not known", () => {
    expect(earlierVersionName({ version: "2026-04" })).toBe("versie van april van het inkoopbeleid 2026");
    expect(earlierVersionInText({ version: "2026-04" })).toBe("de versie van april van het inkoopbeleid 2026");
    expect(earlierVersionInText({ version: "2026-04" }, { title: "Inkoopbeleid Paramedische zorg 2026", version: "2026-07" })).toBe("de versie van april");
  });

  it("with a publication date, or a year, keeps its name", () => {
    expect(earlierVersionName({ version: "2026-04", published: "2025-04-01" })).toBe("versie van 1 april 2025");
    expect(earlierVersionInText({ version: "2026-04", published: "2025-04-01" })).toBe("de versie van 1 april 2025");
    expect(earlierVersionName({ version: "2025" })).toBe("2025");
    expect(earlierVersionInText({ version: "2025" })).toBe("2025");
  });
});
