/**
 * The printed document in Chromium (print media, as "Opslaan als PDF" uses): the "Voornemen"
 * legend of Hulpmiddelen 2026-07 opens chapter 1's page instead of a page of its own; a
 * cross-reference is underlined and names its chapter; the footnotes of Mondzorg 2025 chapter
 * 2.1 are reached from their markers and back, without accessibility problems. Its own site and
 * browser, so it leaves site.test.ts's screenshots alone.
 */

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityProblems, newPage, openSite, type SiteSession } from "./browser.js";

const POLICIES = ["policies/hulpmiddelen/2026-07.policy", "policies/paramedische-zorg/2026-07.policy", "policies/mondzorg/2025.policy"];

let session: SiteSession;
const errors: string[] = [];

beforeAll(async () => {
  session = await openSite(POLICIES, { clearScreenshots: false });
}, 60_000);

afterAll(async () => {
  await session?.close();
  expect(errors).toEqual([]);
});

describe("the printed document", () => {
  it("puts the 'Voornemen' legend at the top of chapter 1's page, not on a page of its own", async () => {
    const page = await newPage(session, errors);
    await page.goto(session.url("hulpmiddelen/2026-07.html"));
    await page.emulateMedia({ media: "print" });
    const breaks = await page.evaluate(() => {
      const legend = document.querySelector(".voornemen-uitleg");
      const chapter1 = legend?.nextElementSibling;
      return {
        legend: legend ? getComputedStyle(legend).breakBefore : undefined,
        next: chapter1?.className,
        chapter1: chapter1 ? getComputedStyle(chapter1).breakBefore : undefined,
        chapter2: getComputedStyle(document.querySelector("#hoofdstuk-2")?.closest("section") as Element).breakBefore,
      };
    });
    expect(breaks).toEqual({ legend: "page", next: "hoofdstuk niveau-1", chapter1: "auto", chapter2: "page" });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.toString("latin1").startsWith("%PDF-")).toBe(true);
    await page.close();
  });

  it("underlines a cross-reference and names its chapter after it", async () => {
    const page = await newPage(session, errors);
    await page.goto(session.url("paramedische-zorg/2026-07.html"));
    const reference = page.locator(".verwijzing").first();
    const style = () =>
      reference.evaluate((el) => ({
        after: getComputedStyle(el, "::after").content,
        underline: getComputedStyle(el.querySelector("a") as Element).textDecorationLine,
      }));
    await page.emulateMedia({ media: "screen" });
    expect((await style()).after).toBe("none");
    await page.emulateMedia({ media: "print" });
    expect(await style()).toEqual({ after: '" (hoofdstuk 4)"', underline: "underline" });
    await page.close();
  });
});

describe("footnotes", () => {
  it("link each marker to its note at the end of the chapter and back", async () => {
    const page = await newPage(session, errors);
    await page.goto(session.url("mondzorg/2025.html"));
    await page.getByRole("link", { name: "voetnoot 1", exact: true }).click();
    expect(new URL(page.url()).hash).toBe("#voetnoot-2-1-1");
    expect(await page.locator("#voetnoot-2-1-1").innerText()).toContain("Het effect van de Nederlandse zorg op het milieu");
    await page.getByRole("link", { name: "terug naar de tekst bij voetnoot 1" }).click();
    expect(new URL(page.url()).hash).toBe("#voetnootteken-2-1-1");
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});
