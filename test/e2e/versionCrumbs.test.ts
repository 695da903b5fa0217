/**
 * Finding a version on the site by its name, in Chromium: the index's column "Versie" and the
 * breadcrumb trail name a version of several in a year by its publication date ("2026 (versie
 * van 1 juli 2025)", "Versie van 1 juli 2025"), never by its key `2026-07`, and the crumb leads
 * back from the change report to the version's document.
 */

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPage, openSite, type SiteSession } from "./browser.js";

const POLICIES = ["policies/paramedische-zorg/2025.policy", "policies/paramedische-zorg/2026-04.policy", "policies/paramedische-zorg/2026-07.policy"];

let session: SiteSession;
const errors: string[] = [];

beforeAll(async () => {
  session = await openSite(POLICIES, { clearScreenshots: false });
}, 60_000);

afterAll(async () => {
  await session?.close();
});

describe("a version's name on the index and in the breadcrumb trail", () => {
  it("goes from the index's row to the change report and back to the document by the version's name", async () => {
    const page = await newPage(session, errors);
    await page.goto(session.url("index.html"));
    const rows = page.getByRole("region", { name: "Paramedische zorg" }).getByRole("rowheader");
    expect((await rows.allInnerTexts()).map((t) => t.trim())).toEqual(["2026 (versie van 1 juli 2025) nieuwste", "2026 (versie van 1 april 2025)", "2025"]);
    await page.getByRole("link", { name: "Wijzigingen in Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)" }).click();
    await page.waitForURL(/wijzigingen\/paramedische-zorg\/2026-04_2026-07\.html$/);
    const trail = page.getByRole("navigation", { name: "Kruimelpad" });
    expect((await trail.getByRole("listitem").allInnerTexts()).map((t) => t.trim())).toEqual([
      "Al het inkoopbeleid",
      "Paramedische zorg",
      "Versie van 1 juli 2025",
      "Wijzigingen ten opzichte van de versie van 1 april 2025",
    ]);
    await trail.getByRole("link", { name: "Versie van 1 juli 2025" }).click();
    await page.waitForURL(/paramedische-zorg\/2026-07\.html$/);
    expect(await page.getByRole("navigation", { name: "Kruimelpad" }).locator('[aria-current="page"]').innerText()).toBe("Versie van 1 juli 2025");
    expect(errors).toEqual([]);
  });
});
