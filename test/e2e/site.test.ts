/**
 * End-to-end: the site in a real browser (Debian's Chromium). The document page with its
 * table of contents; the fysiotherapie checker filled in as a provider would — excluded with
 * behandelindex 151 and shown the exception route, Zorgovereenkomst B with 120 and the SKF
 * keurmerk; the same form used with the keyboard only; the change report against the
 * previous version, opened from the document; printing to PDF; accessibility.
 * Screenshots and the PDF: test-results/e2e/.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { accessibilityProblems, answer, newPage, openSite, SCREENSHOTS, screenshotPath, type SiteSession } from "./browser.js";

const POLICY = "policies/paramedische-zorg/2026-07.policy";
const PREVIOUS = "policies/paramedische-zorg/2026-04.policy";
const CHECKER = "paramedische-zorg/2026-07-controle.html";
const FACTS = JSON.parse(readFileSync("test/fixtures/fysio-feiten.json", "utf8")) as Record<string, unknown>;

let session: SiteSession;
let errors: string[] = [];

beforeAll(async () => {
  // With its previous version, so that the site has a change report to open.
  session = await openSite([PREVIOUS, POLICY]);
}, 60_000);

afterAll(async () => {
  await session?.close();
});

afterEach(() => {
  expect(errors, "script errors in the page").toEqual([]);
  errors = [];
});

async function fillFacts(page: Page, facts: Record<string, unknown>): Promise<void> {
  for (const [fact, value] of Object.entries(facts)) await answer(page, fact, value);
}

const summary = (page: Page) => page.locator("#samenvatting");

/** Waits until `read` gives what `check` accepts; playwright-core has no web-first assertions. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 5_000, interval: 25 });
const textOf = (locator: Locator) => () => locator.innerText();

describe("the document page", () => {
  it("renders the policy with a working table of contents", async () => {
    const page = await newPage(session, errors);
    await page.goto(session.url("paramedische-zorg/2026-07.html"));
    await eventually(textOf(page.locator("h1"))).toMatch("Inkoopbeleid Paramedische zorg 2026");
    const toc = page.getByRole("navigation", { name: "Inhoud" });
    const entries = await toc.getByRole("link").allTextContents();
    expect(entries.map((e) => e.replace(/\s+/g, " ").trim())).toEqual([
      "1 Caresq",
      "2 Thema’s zorginkoop",
      "2.1 Thema’s 2023-2026",
      "2.2 Visie & strategie eerstelijnszorg",
      "2.3 Specifieke thema’s paramedie",
      "3 Voorwaarden zorgovereenkomst",
      "3.1 Voorwaarden basis zorgovereenkomst",
      "3.2 Voorwaarden gedifferentieerde zorginkoop",
      "3.3 Selectieve zorginkoop",
      "4 Inkoopprocedure",
      "5 Planning en bereikbaarheid",
    ]);
    await page.getByRole("main").waitFor({ state: "visible" });
    await page.screenshot({ path: screenshotPath("document-boven") });
    await toc.getByRole("link", { name: "3.2 Voorwaarden gedifferentieerde zorginkoop" }).click();
    await eventually(async () => page.url()).toMatch(/#hoofdstuk-3-2$/);
    const heading = page.locator("#hoofdstuk-3-2");
    await eventually(() => heading.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight; })).toBe(true);
    await eventually(textOf(page.getByRole("table", { name: "Zorgovereenkomsten fysiotherapie" }).getByRole("row", { name: /Zorgovereenkomst A/ }))).toContain(
      "Voldoet aan de algemene voorwaarden en drie differentiatiefactoren",
    );
    await page.screenshot({ path: screenshotPath("document-hoofdstuk-3-2") });
    await page.close();
  });

  it("prints to PDF as a paged document", async () => {
    const page = await newPage(session, errors);
    await page.goto(session.url("paramedische-zorg/2026-07.html"));
    const pdf = await page.pdf({ path: join(SCREENSHOTS, "document.pdf"), preferCSSPageSize: true });
    const text = pdf.toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    // Title page, contents, and chapters 1 to 5 each on a new page.
    expect(pages).toBeGreaterThanOrEqual(7);
    await page.close();
  });
});

describe("the change report page", () => {
  it("opens from the document, marks each change for providers and compares a rule side by side", async () => {
    const page = await newPage(session, errors);
    await page.goto(session.url("paramedische-zorg/2026-07.html"));
    await page.getByRole("link", { name: "Wijzigingen ten opzichte van de versie van 1 april 2025" }).click();
    await eventually(textOf(page.locator("h1"))).toContain("Wijzigingen ten opzichte van het inkoopbeleid 2026 van 1 april 2025");
    const fysio = page.getByRole("heading", { name: "Fysiotherapie", level: 2 }).locator("xpath=following-sibling::ul[1]");
    const items = fysio.getByRole("listitem");
    await eventually(async () => (await items.allInnerTexts()).map((t) => t.split("\n")[0]!.trim())).toEqual([
      "In hoofdstuk 2.3 is de uitsluiting ‘landelijke behandelindex hoger dan 150’ niet langer een voornemen, maar definitief; ook de tekst is aangepast. strenger",
      "In hetzelfde hoofdstuk is toegevoegd hoe een zorgaanbieder een uitzondering kan aanvragen op de uitsluiting ‘landelijke behandelindex hoger dan 150’. soepeler",
      "In hoofdstuk 4 worden zorgaanbieders met ‘landelijke behandelindex hoger dan 150’ niet meer benaderd. strenger",
    ]);
    // The class is a visible mark, not only a colour.
    const mark = items.first().locator(".klasse");
    expect(await mark.innerText()).toBe("strenger");
    // The side-by-side view of the rule opens from its summary, by keyboard as well. It follows
    // the first of the two changes of the rule only.
    expect(await items.nth(1).locator("details.vergelijking").count()).toBe(0);
    const comparison = items.first().locator("details.vergelijking");
    await comparison.locator("summary").focus();
    await page.keyboard.press("Enter");
    await eventually(() => comparison.evaluate((e) => (e as HTMLDetailsElement).open)).toBe(true);
    const table = comparison.getByRole("table");
    expect(await table.getByRole("columnheader").allInnerTexts()).toEqual(["Was", "Wordt"]);
    expect(await table.getByRole("cell").last().innerText()).toContain("zorginkoop@caresq.nl");
    await page.screenshot({ path: screenshotPath("wijzigingen"), fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});

describe("the checker page", () => {
  it("excludes behandelindex 151 with the exception route, and gives B for 120 with the SKF keurmerk", async () => {
    const page = await newPage(session, errors);
    await page.goto(session.url(CHECKER));
    await eventually(() => page.getByLabel("Zorgsoort").inputValue()).toBe("fysiotherapie");
    await eventually(textOf(summary(page))).toContain("vragen te beantwoorden");
    await fillFacts(page, { ...FACTS, behandelindex: 151, skf_keurmerk: false });
    await eventually(textOf(summary(page))).toMatch(/U komt niet in aanmerking voor een zorgovereenkomst\./);
    const exception = page.getByRole("region", { name: "Uitzondering aanvragen" });
    await eventually(textOf(exception)).toContain("per mail via zorginkoop@caresq.nl aangevraagd worden");
    const rule = page.locator(".regel-uitkomst", { hasText: "landelijke behandelindex hoger dan 150" }).first();
    await eventually(textOf(rule)).toContain("Geldt, dus geen zorgovereenkomst");
    await eventually(() => rule.getByRole("link", { name: "hoofdstuk 2.3" }).getAttribute("href")).toBe("2026-07.html#regel-behandelindex_hoger_dan_150");
    await page.locator("#vraag-behandelindex").scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("controle-behandelindex-151") });

    await answer(page, "behandelindex", 120);
    await answer(page, "skf_keurmerk", true);
    await eventually(textOf(summary(page))).toContain("U komt in aanmerking voor Zorgovereenkomst B.");
    await eventually(textOf(summary(page))).toContain("U voldoet aan 2 van de 3 differentiatiefactoren.");
    await eventually(() => page.getByRole("region", { name: "Uitzondering aanvragen" }).count()).toBe(0);
    await eventually(textOf(page.getByRole("region", { name: "Wat ontbreekt voor een hogere zorgovereenkomst" }))).toContain(
      "Voor Zorgovereenkomst A ontbreekt: ‘ten minste 30% verbijzonderde fysiotherapeuten’.",
    );
    // Parkinson care without ParkinsonNet: the agreement stays, that care is not purchased (not in red).
    await answer(page, "levert_parkinsonzorg", true);
    await answer(page, "aangesloten_parkinsonnet", false);
    await eventually(textOf(summary(page))).toContain("U komt in aanmerking voor Zorgovereenkomst B.");
    const parkinson = page.locator(".regel-uitkomst", { hasText: "aangesloten bij ParkinsonNet" }).first();
    await eventually(textOf(parkinson)).toContain("paramedische zorg bij de ziekte van Parkinson niet ingekocht");
    expect(await parkinson.getAttribute("class")).toContain("uitkomst-neutraal");
    await answer(page, "levert_parkinsonzorg", false);
    // A provider who wants no offer keeps the agreement; the rule says it costs the approach.
    await answer(page, "wil_geen_contractaanbod", true);
    const noOffer = page.locator(".regel-uitkomst", { hasText: "geen contractaanbod" }).first();
    await eventually(textOf(noOffer)).toContain("Geldt, dus niet benaderd");
    await eventually(textOf(summary(page))).toContain("U komt in aanmerking voor Zorgovereenkomst B.");
    await answer(page, "wil_geen_contractaanbod", false);
    // An unknown behandelindex is shown as unknown and as what it counts as, not as a plain outcome.
    await answer(page, "behandelindex", null);
    const unknown = page.locator(".regel-uitkomst", { hasText: "landelijke behandelindex hoger dan 150" }).first();
    await eventually(textOf(unknown)).toContain("Onbekend, geteld als niet uitgesloten");
    expect(await unknown.getAttribute("class")).toContain("uitkomst-neutraal");
    await page.locator("#vraag-behandelindex").getByLabel("Onbekend", { exact: true }).uncheck();
    await answer(page, "behandelindex", 120);
    await page.locator("#vraag-behandelindex").scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("controle-zorgovereenkomst-b") });
    // The whole result at once, for the artefact (on screen it scrolls beside the form).
    await page.addStyleTag({ content: ".uitkomst { position: static; max-height: none; }" });
    await page.locator("#uitkomst").screenshot({ path: screenshotPath("controle-zorgovereenkomst-b-uitkomst") });
    await page.close();
  });

  it("says which answers are missing or wrong, and keeps answers when the care type changes", async () => {
    const page = await newPage(session, errors);
    await page.goto(session.url(CHECKER));
    await answer(page, "behandelindex", "hoog");
    await eventually(textOf(page.locator("#vraag-behandelindex"))).toContain("Vul een getal in, bijvoorbeeld 120 of 12,5.");
    await eventually(() => page.locator("#feit-behandelindex").getAttribute("aria-invalid")).toBe("true");
    await eventually(textOf(page.locator("#details"))).toContain("niet goed ingevuld");
    // A set of check boxes left alone is not answered (nothing ticked is not "none of these").
    await eventually(textOf(summary(page))).toMatch(/\b0 van de \d+ vragen zijn beantwoord/);
    // The open questions are listed in the order of the form.
    const form = await page.locator(".vraag").evaluateAll((nodes) => nodes.map((n) => n.id.replace(/^vraag-/, "")));
    const listed = await page.locator("#details .open-vragen a").evaluateAll((links) => links.map((a) => (a.getAttribute("data-focus") ?? "").replace(/^feit-/, "").replace(/-0$/, "")));
    expect(listed.length).toBeGreaterThan(5);
    expect(listed).toEqual(form.filter((id) => listed.includes(id)));
    await answer(page, "declaraties_digitaal_via_vecozo", true);
    await page.getByLabel("Zorgsoort").selectOption("oefentherapie");
    await eventually(async () => page.url()).toMatch(/#zorgsoort=oefentherapie$/);
    await eventually(() => page.locator("#vraag-behandelindex").count()).toBe(0);
    await eventually(() => page.locator("#vraag-declaraties_digitaal_via_vecozo").getByLabel("Ja", { exact: true }).isChecked()).toBe(true);
    await page.close();
  });

  it("marks a part greater than its whole on the part's question, in the form's words", async () => {
    const page = await newPage(session, errors);
    await page.goto(session.url(CHECKER));
    await fillFacts(page, { ...FACTS, fysiotherapeuten: 3, fysiotherapeuten_verbijzonderd: 5 });
    const part = page.locator("#vraag-fysiotherapeuten_verbijzonderd");
    await eventually(textOf(part)).toContain("Vul een geheel getal van ten hoogste 3 in: dit kan niet meer zijn dan uw antwoord op ‘Het totaal aantal fysiotherapeuten van de praktijk’.");
    await eventually(() => page.locator("#feit-fysiotherapeuten_verbijzonderd").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#feit-fysiotherapeuten").getAttribute("aria-invalid")).toBeNull();
    await eventually(textOf(summary(page))).toContain("1 antwoord is niet goed ingevuld");
    expect(await summary(page).innerText()).not.toContain("niet volledig");
    // The list links to the part's question, by its text, not by the fact's key.
    const link = page.locator("#details a[data-focus]");
    await eventually(() => link.count()).toBe(1);
    expect(await link.innerText()).toBe("Het aantal fysiotherapeuten dat verbijzonderde fysiotherapie aanbiedt met een erkende verbijzondering en daarvoor in Vektis geregistreerd staat.");
    expect(await page.locator("#details").innerText()).not.toContain("fysiotherapeuten_verbijzonderd");
    await link.click();
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe("feit-fysiotherapeuten_verbijzonderd");
    // Made right, the decision follows.
    await answer(page, "fysiotherapeuten", 10);
    await eventually(textOf(summary(page))).toContain("U komt in aanmerking voor");
    await eventually(() => page.locator("#feit-fysiotherapeuten_verbijzonderd").getAttribute("aria-invalid")).toBeNull();
    await page.close();
  });

  it("can be used with the keyboard alone", async () => {
    const page = await newPage(session, errors);
    await page.goto(session.url(CHECKER));
    await page.locator("#vraag-behandelindex").waitFor({ state: "visible" });
    // Tab from the top of the page to the care type, then through every question.
    const facts: Record<string, unknown> = { ...FACTS, aanvraagdatum: null };
    const done = new Set<string>();
    let guard = 0;
    while (guard++ < 200) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        return element ? { id: element.id, type: element.type, tag: element.tagName, name: element.name, value: element.value } : null;
      });
      if (!focused) continue;
      if (focused.id === "zorgsoort") {
        await eventually(() => page.locator("#zorgsoort").inputValue()).toBe("fysiotherapie");
        continue;
      }
      const match = /^feit-(.+?)(?:-(\d+|onbekend|geen))?$/.exec(focused.id);
      if (!match) {
        if (done.size === Object.keys(facts).length) break; // every question answered
        continue; // a link or the result between the questions
      }
      const fact = match[1] as string;
      const value = facts[fact];
      if (focused.type === "radio") {
        // One tab stop per group; Space picks the first option (Ja), arrows move to the others.
        if (value === true) await page.keyboard.press("Space");
        else if (value === false) await page.keyboard.press("ArrowRight");
        else if (value === null) {
          await page.keyboard.press("ArrowRight");
          await page.keyboard.press("ArrowRight");
        }
        done.add(fact);
      } else if (focused.type === "checkbox" && match[2] === "geen") {
        if (Array.isArray(value) && value.length === 0) await page.keyboard.press("Space");
        done.add(fact);
      } else if (focused.type === "checkbox" && match[2] === "onbekend") {
        if (value === null) await page.keyboard.press("Space");
        done.add(fact);
      } else if (focused.type === "checkbox") {
        const label = await page.locator(`label[for="${focused.id}"]`).textContent();
        if (Array.isArray(value) && value.includes(label)) await page.keyboard.press("Space");
        done.add(fact);
      } else if (focused.type === "text") {
        if (value !== null) await page.keyboard.type(String(value));
        done.add(fact);
      } else if (focused.type === "date") {
        // Typed segment by segment, in the browser's (en-US) order: month, day, year.
        if (value !== null && !done.has(fact)) {
          const [year, month, day] = String(value).split("-");
          await page.keyboard.type(`${month}${day}${year}`);
        }
        done.add(fact);
      }
    }
    expect([...done].sort()).toEqual(Object.keys(facts).sort());
    await eventually(textOf(summary(page))).toContain("U komt in aanmerking voor Zorgovereenkomst B.");
    // Focus is visible where it is: from the care type, Tab goes to the first question.
    await page.locator("#zorgsoort").focus();
    await page.keyboard.press("Tab");
    await eventually(() => page.locator("#feit-behandelindex").evaluate((e) => e === document.activeElement)).toBe(true);
    await page.screenshot({ path: screenshotPath("controle-toetsenbord") });

    // A link in the list of open questions takes the keyboard to the question.
    await page.locator("#feit-werkdagen_tot_eerste_afspraak").fill("");
    const link = page.locator("#details").getByRole("link", { name: /Het aantal werkdagen/ });
    await link.focus();
    await page.keyboard.press("Enter");
    await eventually(() => page.locator("#feit-werkdagen_tot_eerste_afspraak").evaluate((e) => e === document.activeElement)).toBe(true);
    await page.close();
  });
});

describe("accessibility (WCAG 2.1 AA, as far as axe-core can tell)", () => {
  it("the check itself finds a known problem", async () => {
    const page = await newPage(session, errors);
    await page.setContent('<!doctype html><html lang="nl"><body><main><img src="data:,"></main></body></html>');
    expect(await accessibilityProblems(page)).toContain("image-alt: img");
    await page.close();
  });

  it.each([
    ["the index", "index.html"],
    ["the document", "paramedische-zorg/2026-07.html"],
    ["the empty checker", CHECKER],
  ])("%s has no problems", async (_name, path) => {
    const page = await newPage(session, errors);
    await page.goto(session.url(path));
    if (path === CHECKER) await page.locator("#vraag-behandelindex").waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it("the checker with a decision has no problems", async () => {
    const page = await newPage(session, errors);
    await page.goto(session.url(CHECKER));
    await fillFacts(page, { ...FACTS, behandelindex: 151 });
    await eventually(textOf(summary(page))).toContain("U komt niet in aanmerking");
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});
