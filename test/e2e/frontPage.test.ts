/**
 * The document's front page of changes in Chromium: Paramedische zorg 2026-07 built with 2025
 * and 2026-04, so that it lists two steps (2026-04 → 2026-07 and 2025 → 2026-04); on screen and
 * when printed (the print stylesheet keeps the lists and leaves out the link to the report
 * page), and without accessibility problems. Its own site and browser, which leave site.test.ts's screenshots alone.
 */

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityProblems, newPage, openSite, type SiteSession } from "./browser.js";

const POLICIES = ["policies/paramedische-zorg/2025.policy", "policies/paramedische-zorg/2026-04.policy", "policies/paramedische-zorg/2026-07.policy"];

let session: SiteSession;
const errors: string[] = [];

beforeAll(async () => {
  session = await openSite(POLICIES, { clearScreenshots: false });
}, 60_000);

afterAll(async () => {
  await session?.close();
});

describe("the front page of changes", () => {
  it("lists the changes against the previous version and that version's own changes against the year before, on screen and in print", async () => {
    const page = await newPage(session, errors);
    await page.goto(session.url("paramedische-zorg/2026-07.html"));
    const front = page.getByRole("region", { name: "Wijzigingen contractvoorwaarden en proces" });
    const titles = front.getByRole("heading", { level: 3 });
    expect((await titles.allInnerTexts()).map((t) => t.trim())).toEqual([
      "Wijzigingen ten opzichte van het inkoopbeleid 2026 van 1 april 2025",
      "Wijzigingen in de versie van 1 april 2025 ten opzichte van het inkoopbeleid van 2025",
    ]);
    const april = front.getByRole("region", { name: "Wijzigingen ten opzichte van het inkoopbeleid 2026 van 1 april 2025" });
    expect(await april.getByRole("heading", { level: 4 }).allInnerTexts()).toEqual(["Fysiotherapie"]);
    expect(await april.getByRole("listitem").count()).toBe(3);
    // The earlier step: the list the document of 1 April has, without the sentences of 1 July
    // and without the shifted year.
    const year = front.getByRole("region", { name: "Wijzigingen in de versie van 1 april 2025 ten opzichte van het inkoopbeleid van 2025" });
    const items = (await year.getByRole("listitem").allInnerTexts()).map((t) => t.trim());
    expect(items.length).toBeGreaterThan(5);
    expect(items.filter((t) => t.includes("behandelindex") || t.includes("opgeschoven"))).toEqual([]);
    await page.goto(session.url("paramedische-zorg/2026-04.html"));
    const own = page.getByRole("region", { name: "Wijzigingen ten opzichte van het inkoopbeleid van 2025" });
    expect((await own.getByRole("listitem").allInnerTexts()).map((t) => t.trim())).toEqual(items);
    await page.goto(session.url("paramedische-zorg/2026-07.html"));

    await page.emulateMedia({ media: "print" });
    expect(await front.isVisible()).toBe(true);
    expect(await april.getByRole("listitem").first().isVisible()).toBe(true);
    expect(await front.locator(".verslaglink").first().isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });

    // The link next to the list opens the full report, with its classes.
    await april.getByRole("link", { name: "Het volledige wijzigingsverslag ten opzichte van de versie van 1 april 2025" }).click();
    await page.waitForURL(/wijzigingen\/paramedische-zorg\/2026-04_2026-07\.html$/);
    expect(await page.locator(".klasse").first().innerText()).toBe("strenger");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("has no accessibility problems", async () => {
    const page = await newPage(session, errors);
    await page.goto(session.url("paramedische-zorg/2026-07.html"));
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
