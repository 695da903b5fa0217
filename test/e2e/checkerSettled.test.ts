/**
 * End-to-end: the checker answers as soon as the answer is known, for fysiotherapie (paramedische
 * zorg 2026-07) and kraamzorg (geboortezorg 2026). A behandelindex of 180 without exception, or
 * too few kraamverzorgenden in loondienst, says "not eligible" at once, with the reason, while
 * the open questions stay listed; the factors settle the agreement before the conditions are
 * answered ("Komt u in aanmerking, dan is dat voor …"); an eligible provider reads what the open
 * questions still decide. Nothing an open answer could change is shown as final. The
 * behandelindex of 2.3 (no agreement) and of 4 (not approached) read as two different things.
 * Screenshots: test-results/e2e/.
 */

import { mkdirSync, readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { accessibilityProblems, answer, newPage, openSite, SCREENSHOTS, screenshotPath, type SiteSession } from "./browser.js";

const FYSIO = "paramedische-zorg/2026-07-controle.html";
const KRAAMZORG = "geboortezorg/2026-controle.html#zorgsoort=kraamzorg";
const FACTS = JSON.parse(readFileSync("test/fixtures/fysio-feiten.json", "utf8")) as Record<string, unknown>;
/** The questions of fysiotherapie about being approached, and the date of an own request. */
const APPROACH = ["agb_soort_onderneming", "verbonden_beroepen", "vecozo_certificaten", "laatste_contractjaar", "wil_geen_contractaanbod", "datum_vragenlijst_bevestigd", "aanvraagdatum"];
const FACTORS = ["fysiotherapeuten", "fysiotherapeuten_verbijzonderd", "minste_uren_verbijzonderd", "kngf_basisregister", "skf_keurmerk"];

const KRAAMZORG_CONDITIONS: Record<string, unknown> = {
  eisen_bo_geboortezorg: true,
  deelname_alle_vsv_werkgebied: true,
  certificaten_kraamzorg: ["HKZ-certificaat"],
  kz_lip_klim: true,
  aandeel_loondienst: 60,
  telefonisch_bereikbaar_werkdagen: true,
  bereikbaar_24_7: true,
  verleent_partusassistentie: true,
  declaraties_digitaal_via_vecozo: true,
  postcodewerkgebieden_via_vektis: true,
  kz_alle_zorgaanvragen: true,
  kz_digitalisering_zn: true,
  doelen_digitale_zorg: ["besparen van kosten"],
  vermoeden_fraude: false,
};

let session: SiteSession;
let errors: string[] = [];

beforeAll(async () => {
  session = await openSite(["policies/paramedische-zorg/2026-07.policy", "policies/geboortezorg/2026.policy"], { clearScreenshots: false });
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await session?.close();
});

afterEach(() => {
  expect(errors, "script errors in the page").toEqual([]);
  errors = [];
});

const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 5_000, interval: 25 });
const textOf = (locator: Locator) => () => locator.innerText();
const summary = (page: Page) => page.locator("#samenvatting");
const rule = (page: Page, name: string) => page.locator(".regel-uitkomst", { hasText: name });
/** A claim about eligibility, final or not. */
const ELIGIBILITY = /U komt (niet )?in aanmerking/;

async function open(path: string): Promise<Page> {
  const page = await newPage(session, errors);
  await page.goto(session.url(path));
  await page.locator(".vraag").first().waitFor();
  return page;
}

async function fill(page: Page, facts: Record<string, unknown>): Promise<void> {
  for (const [fact, value] of Object.entries(facts)) await answer(page, fact, value);
}

describe("the checker before every question is answered", () => {
  it("fysiotherapie: a behandelindex of 180 without exception says 'not eligible' at once, with the reason and the open questions", async () => {
    const page = await open(FYSIO);
    await answer(page, "behandelindex", 180);
    // The exception is not answered yet: it could still be granted.
    await eventually(textOf(summary(page))).toContain("1 van de 32 vragen zijn beantwoord.");
    expect(await summary(page).innerText()).toContain("Nog 31 vragen te beantwoorden voordat de uitkomst bekend is.");
    expect(await summary(page).innerText()).not.toMatch(ELIGIBILITY);

    await answer(page, "uitzondering_behandelindex", false);
    await eventually(textOf(summary(page))).toContain("U komt niet in aanmerking voor een zorgovereenkomst.");
    const text = await summary(page).innerText();
    expect(text).toContain("Uitgesloten: ‘landelijke behandelindex hoger dan 150’ (hoofdstuk 2.3).");
    expect(text).toContain("Dit staat vast: uw antwoorden op de open vragen veranderen dit niet.");
    expect(text).toContain("2 van de 32 vragen zijn beantwoord.");
    // Named once, as the reason; the approach exclusion of chapter 4 is no second reason.
    expect(text.split("landelijke behandelindex hoger dan 150").length - 1).toBe(1);
    expect(await page.locator("#stand").innerText()).toBe("Uitkomst: niet in aanmerking");
    await eventually(textOf(page.getByRole("region", { name: "Uitzondering aanvragen" }))).toContain("zorginkoop@caresq.nl");
    // The open questions stay listed, each linked to its question.
    expect(await page.getByRole("region", { name: "Nog te beantwoorden" }).getByRole("link").count()).toBe(30);
    // What is final and what is not.
    expect(await rule(page, "landelijke behandelindex hoger dan 150").first().innerText()).toContain("Geldt, dus geen zorgovereenkomst");
    const prem = rule(page, "PREM via een extern meetbureau");
    expect(await prem.innerText()).toContain("Nog niet bekend");
    expect(await prem.getAttribute("class")).toContain("uitkomst-open");
    expect(await page.getByRole("region", { name: "Alle voorwaarden" }).innerText()).toContain("Bij 21 regels hangt de uitkomst nog af van de open vragen");
    // No explanation or dates computed from answers not given.
    expect(await page.getByRole("region", { name: "Toelichting" }).count()).toBe(0);
    expect(await page.getByRole("region", { name: "Datums" }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath("controle-vroeg-behandelindex-180") });
    expect(await accessibilityProblems(page)).toEqual([]);

    // With an exception granted, nothing is settled any more.
    await answer(page, "uitzondering_behandelindex", true);
    await eventually(textOf(summary(page))).toContain("Nog 30 vragen te beantwoorden voordat de uitkomst bekend is.");
    expect(await summary(page).innerText()).not.toMatch(ELIGIBILITY);
    await page.close();
  });

  it("fysiotherapie: the factors settle the agreement first; an eligible provider reads what the open questions still decide", async () => {
    const page = await open(FYSIO);
    await fill(page, Object.fromEntries(FACTORS.map((f) => [f, FACTS[f]])));
    await eventually(textOf(summary(page))).toContain("Komt u in aanmerking, dan is dat voor Zorgovereenkomst B. U voldoet aan 2 van de 3 differentiatiefactoren.");
    expect(await summary(page).innerText()).not.toMatch(ELIGIBILITY);
    expect(await page.getByRole("region", { name: "Wat ontbreekt voor een hogere zorgovereenkomst" }).count()).toBe(0);

    // Everything but the approach and the date of an own request (and Parkinson care).
    const rest = Object.fromEntries(Object.entries(FACTS).filter(([f]) => !FACTORS.includes(f) && !APPROACH.includes(f) && f !== "levert_parkinsonzorg"));
    await fill(page, rest);
    await eventually(textOf(summary(page))).toContain("U komt in aanmerking voor Zorgovereenkomst B.");
    const text = await summary(page).innerText();
    expect(text).toContain("Dit staat vast: uw antwoorden op de open vragen veranderen dit niet.");
    expect(text).toContain(
      "Van de open vragen hangt nog af: of Caresq u uit zichzelf benadert met een contractaanbod, of Caresq paramedische zorg bij de ziekte van Parkinson bij u inkoopt en de ingangsdatum van een zorgovereenkomst na een eigen aanvraag.",
    );
    expect(await page.locator("#stand").innerText()).toBe("Uitkomst: Zorgovereenkomst B");
    await eventually(textOf(page.getByRole("region", { name: "Wat ontbreekt voor een hogere zorgovereenkomst" }))).toContain("Voor Zorgovereenkomst A ontbreekt");
    expect(await rule(page, "vragenlijst voor de deadline").innerText()).toContain("Nog niet bekend");
    // Only the date whose question is answered, with the sentence of beleid eval; not the one of an own request.
    const dates = await page.getByRole("region", { name: "Datums" }).innerText();
    expect(dates).toContain("Niet van toepassing: u heeft geen gecorrigeerd bewijsstuk van de praktijkregistratie aangeleverd.");
    expect(dates).not.toContain("eigen aanvraag");
    await page.screenshot({ path: screenshotPath("controle-vroeg-zorgovereenkomst-b") });

    // The last answers: the complete decision, with explanation and dates.
    await fill(page, { levert_parkinsonzorg: false, ...Object.fromEntries(APPROACH.map((f) => [f, FACTS[f]])) });
    await eventually(textOf(page.getByRole("region", { name: "Datums" }))).toContain("1 april 2026");
    expect(await summary(page).innerText()).not.toContain("hangt nog af");
    expect(await summary(page).innerText()).not.toContain("vragen zijn beantwoord");
    expect(await page.getByRole("region", { name: "Toelichting" }).innerText()).toContain("Caresq benadert u met een contractaanbod.");
    expect(await page.getByRole("region", { name: "Nog te beantwoorden" }).count()).toBe(0);
    await page.close();
  });

  it("fysiotherapie: the behandelindex of 2.3 and of 4 say what each costs, the one of 4 that it is about the approach", async () => {
    const page = await open(FYSIO);
    await fill(page, { ...FACTS, behandelindex: 180 });
    await eventually(textOf(summary(page))).toContain("U komt niet in aanmerking voor een zorgovereenkomst.");
    const both = rule(page, "landelijke behandelindex hoger dan 150");
    await eventually(() => both.count()).toBe(2);
    const [agreement, approach] = [both.nth(0), both.nth(1)];
    expect(await agreement.innerText()).toMatch(/^Geldt, dus geen zorgovereenkomst: landelijke behandelindex hoger dan 150 hoofdstuk 2\.3/m);
    expect(await approach.innerText()).toMatch(/^Geldt, dus niet benaderd: landelijke behandelindex hoger dan 150 hoofdstuk 4/m);
    expect(await approach.innerText()).toContain(
      "Deze regel gaat over de benadering: of Caresq u uit zichzelf een contractaanbod doet. Over de zorgovereenkomst gaat de regel met dezelfde naam in hoofdstuk 2.3.",
    );
    expect(await agreement.innerText()).not.toContain("Deze regel gaat over");
    expect((await summary(page).innerText()).split("landelijke behandelindex hoger dan 150").length - 1).toBe(1);
    // The dates are those of an agreement: not for a provider who is not eligible.
    expect(await page.getByRole("region", { name: "Datums" }).count()).toBe(0);
    await approach.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("controle-behandelindex-twee-regels") });

    // With an exception granted: an agreement, but still not approached.
    await answer(page, "uitzondering_behandelindex", true);
    await eventually(textOf(summary(page))).toContain("U komt in aanmerking voor Zorgovereenkomst B.");
    expect(await agreement.innerText()).toContain("Geldt, maar uitzondering verleend");
    expect(await approach.innerText()).toContain("Geldt, dus niet benaderd");
    await page.close();
  });

  it("kraamzorg: too few kraamverzorgenden in loondienst says 'not eligible' at once; the factors settle the agreement", async () => {
    const page = await open(KRAAMZORG);
    await eventually(() => page.getByLabel("Zorgsoort").inputValue()).toBe("kraamzorg");
    await answer(page, "aandeel_loondienst", 40);
    await eventually(textOf(summary(page))).toContain("U komt niet in aanmerking voor een zorgovereenkomst.");
    expect(await summary(page).innerText()).toContain("Niet voldaan aan de randvoorwaarde ‘minimaal 50% kraamverzorgenden in loondienst’ (hoofdstuk 3).");
    expect(await page.getByRole("region", { name: "Uitzondering aanvragen" }).count()).toBe(0);
    expect(await rule(page, "minimaal 50% kraamverzorgenden in loondienst").innerText()).toContain("Niet voldaan");
    await page.screenshot({ path: screenshotPath("controle-vroeg-kraamzorg-loondienst") });
    expect(await accessibilityProblems(page)).toEqual([]);

    await answer(page, "aandeel_loondienst", 60);
    await eventually(textOf(summary(page))).not.toMatch(ELIGIBILITY);
    await fill(page, { fte_kraamverzorgenden: 45, opleidingsplekken: 2, opleiding_sbb_of_erkend: true, aangesloten_ksv: true });
    await eventually(textOf(summary(page))).toContain("Komt u in aanmerking, dan is dat voor Zorgovereenkomst A. U voldoet aan 2 van de 2 differentiatiefactoren.");
    expect(await summary(page).innerText()).not.toMatch(ELIGIBILITY);
    await answer(page, "aangesloten_ksv", false);
    await eventually(textOf(summary(page))).toContain("Komt u in aanmerking, dan is dat voor Zorgovereenkomst B.");

    // The conditions answered, the approach not: eligible for B, and what is still open.
    await fill(page, KRAAMZORG_CONDITIONS);
    await eventually(textOf(summary(page))).toContain("U komt in aanmerking voor Zorgovereenkomst B.");
    const text = await summary(page).innerText();
    expect(text).toContain("Dit staat vast: uw antwoorden op de open vragen veranderen dit niet.");
    expect(text).toContain("Van de open vragen hangt nog af: of Caresq u uit zichzelf benadert met een contractaanbod");
    await eventually(textOf(page.getByRole("region", { name: "Wat ontbreekt voor een hogere zorgovereenkomst" }))).toContain("aangesloten bij het KSV in de regio");
    await page.close();
  });

  it("kraamzorg: the conditions met, the factors open: eligible, and which agreements the factors still allow", async () => {
    const page = await open(KRAAMZORG);
    await eventually(() => page.getByLabel("Zorgsoort").inputValue()).toBe("kraamzorg");
    await fill(page, KRAAMZORG_CONDITIONS);
    await eventually(textOf(summary(page))).toContain("U komt in aanmerking voor een zorgovereenkomst.");
    const text = await summary(page).innerText();
    expect(text).toContain("Dat u in aanmerking komt, staat vast.");
    expect(text).toContain("Voor welke zorgovereenkomst hangt af van uw antwoorden over de differentiatiefactoren: Zorgovereenkomst A, B of C.");
    expect(await page.locator("#stand").innerText()).toBe("Uitkomst: in aanmerking");
    expect(await page.getByRole("region", { name: "Wat ontbreekt voor een hogere zorgovereenkomst" }).count()).toBe(0);
    await answer(page, "aangesloten_ksv", true);
    await eventually(textOf(summary(page))).toContain("Zorgovereenkomst A of B.");
    await fill(page, { fte_kraamverzorgenden: 45, opleidingsplekken: 1, opleiding_sbb_of_erkend: true });
    // 45 FTE asks two training places: one is not enough.
    await eventually(textOf(summary(page))).toContain("U komt in aanmerking voor Zorgovereenkomst B.");
    await page.close();
  });
});
