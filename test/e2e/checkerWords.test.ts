/**
 * End-to-end: the checker page says what `beleid eval` says, in the same words. An intention
 * that would exclude reads "Geldt, maar telt nog niet mee" without ✗ (paramedische zorg
 * 2026-04, behandelindex 180); the hint on a multiple-choice question points to "Geen van deze"
 * (ticking nothing is no answer); the dates come before the explanation, each with its value or
 * with the sentence eval gives a date without value ("Niet van toepassing: u heeft geen …").
 */

import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { dutchDate } from "../../compiler/dutchDate.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { dateNotes } from "../../compiler/render/decisionDates.js";
import { answer, newPage, openSite, type SiteSession } from "./browser.js";

const FACTS = JSON.parse(readFileSync("test/fixtures/fysio-feiten.json", "utf8")) as Record<string, unknown>;

let session: SiteSession;
let errors: string[] = [];

beforeAll(async () => {
  session = await openSite(["policies/paramedische-zorg/2026-04.policy", "policies/paramedische-zorg/2026-07.policy"], { clearScreenshots: false });
}, 60_000);

afterAll(async () => {
  await session?.close();
});

afterEach(() => {
  expect(errors, "script errors in the page").toEqual([]);
  errors = [];
});

const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 5_000, interval: 25 });

async function open(path: string): Promise<Page> {
  const page = await newPage(session, errors);
  await page.goto(session.url(path));
  await page.locator(".vraag").first().waitFor();
  return page;
}

async function fill(page: Page, facts: Record<string, unknown>): Promise<void> {
  for (const [fact, value] of Object.entries(facts)) if ((await page.locator(`#vraag-${fact}`).count()) > 0) await answer(page, fact, value);
}

describe("the checker page in the words of beleid eval", () => {
  it("labels an intention that would exclude without a consequence and without ✗", async () => {
    const page = await open("paramedische-zorg/2026-04-controle.html");
    await fill(page, { ...FACTS, behandelindex: 180 });
    await eventually(() => page.locator("#samenvatting").innerText()).toContain("U komt in aanmerking voor Zorgovereenkomst B.");
    const rule = page.locator(".regel-uitkomst", { hasText: "landelijke behandelindex hoger dan 150" }).first();
    expect(await rule.innerText()).toMatch(/^Geldt, maar telt nog niet mee: landelijke behandelindex hoger dan 150 hoofdstuk 2\.3/m);
    expect(await rule.locator(".teken").innerText()).toBe("–");
    expect(await rule.getAttribute("class")).toContain("uitkomst-neutraal");
    await page.close();
  });

  it("points to ‘Geen van deze’ in the hint of a multiple-choice question", async () => {
    const page = await open("paramedische-zorg/2026-07-controle.html");
    const hint = await page.locator("#vraag-kwaliteitsregisters .hint").innerText();
    expect(hint).toContain("‘Geen van deze’");
    expect(hint).not.toContain("niets aankruisen");
    await page.close();
  });

  it("shows every date before the explanation, a date without value with eval's sentence", async () => {
    const model = compileFile("policies/paramedische-zorg/2026-07.policy").model!;
    const decision = (await loadEvaluator(model)).beoordeel("fysiotherapie", FACTS);
    const notes = dateNotes(model, "fysiotherapie", FACTS);
    const expected = Object.entries(decision.datums as Record<string, string | null>).flatMap(([id, value]) => [notes[id]!.omschrijving, value !== null ? dutchDate(value) : notes[id]!.zonderWaarde]);
    expect(expected).toContain("Niet van toepassing: u heeft geen gecorrigeerd bewijsstuk van de praktijkregistratie aangeleverd.");

    const page = await open("paramedische-zorg/2026-07-controle.html");
    await fill(page, FACTS);
    const dates = page.getByRole("region", { name: "Datums" });
    await eventually(() => dates.count()).toBe(1);
    expect(await dates.locator("dt, dd").allInnerTexts()).toEqual(expected);
    // As in beleid eval: Datums, then Toelichting.
    const headings = await page.locator("#details h3").allInnerTexts();
    expect(headings.indexOf("Datums")).toBeGreaterThanOrEqual(0);
    expect(headings.indexOf("Datums")).toBeLessThan(headings.indexOf("Toelichting"));
    await page.close();
  });
});
