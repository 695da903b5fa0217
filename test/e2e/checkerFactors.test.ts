/**
 * End-to-end: the checker's differentiation factors for logopedie. They stand under the title
 * the document gives them ("3.2 Differentiatiefactoren", not the policy's group titles), and the
 * PREM factor, which logopedie shares with oefentherapie, links to its bullet under logopedie
 * in the document; that anchor is there, inside the logopedie section.
 */

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answer, newPage, openSite, type SiteSession } from "./browser.js";

const POLICY = "policies/paramedische-zorg/2026-07.policy";
const CHECKER = "paramedische-zorg/2026-07-controle.html";

const FACTS: Record<string, unknown> = {
  richtlijnen: true,
  declaraties_digitaal_via_vecozo: true,
  kwaliteitsregisters: ["Kwaliteitsregister Paramedici"],
  levert_verbijzonderde_zorg: false,
  verbijzonderde_zorg_geregistreerd: false,
  telefonisch_bereikbaar_werkdagen: true,
  werkdagen_tot_eerste_afspraak: 3,
  digitalisering_zn: true,
  doelen_digitale_zorg: ["besparen van kosten"],
  prem_aangewezen_meetbureau: true,
  kwaliteitscyclus_logopedie: false,
  levert_parkinsonzorg: false,
  aangesloten_parkinsonnet: false,
  vermoeden_fraude: false,
  agb_soort_onderneming: "06",
  verbonden_beroepen: ["Logopedist"],
  vecozo_certificaten: true,
  laatste_contractjaar: 2025,
  wil_geen_contractaanbod: false,
  aanvraagdatum: "2026-03-15",
};

let session: SiteSession;
const errors: string[] = [];

beforeAll(async () => {
  session = await openSite([POLICY], { clearScreenshots: false });
}, 60_000);

afterAll(async () => {
  await session?.close();
});

/** Answers the questions on the page that this care type asks. */
async function answerAll(page: Page): Promise<void> {
  for (const [fact, value] of Object.entries(FACTS)) if ((await page.locator(`#vraag-${fact}`).count()) > 0) await answer(page, fact, value);
}

const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 5_000, interval: 25 });

describe("the checker's differentiation factors", () => {
  it("for logopedie: under the document's title, PREM linked to its bullet under logopedie", async () => {
    const page = await newPage(session, errors);
    await page.goto(session.url(`${CHECKER}#zorgsoort=logopedie`));
    await eventually(() => page.getByLabel("Zorgsoort").inputValue()).toBe("logopedie");
    await eventually(() => page.locator("#vraag-prem_aangewezen_meetbureau").count()).toBe(1);
    await answerAll(page);
    const prem = page.locator(".regel-uitkomst", { hasText: "PREM via een aangewezen meetbureau" }).first();
    await eventually(() => prem.getByRole("link", { name: "hoofdstuk 3.2" }).getAttribute("href")).toBe("2026-07.html#regel-prem_meetbureau-logopedie");
    const group = page.locator(".regelgroep", { has: page.locator("h4", { hasText: /^3\.2 Differentiatiefactoren$/ }) });
    expect(await group.count()).toBe(1);
    expect(await group.locator(".regel-uitkomst").allInnerTexts()).toEqual([
      expect.stringContaining("PREM via een aangewezen meetbureau"),
      expect.stringContaining("certificaat Kwaliteitscyclus Logopedie"),
    ]);
    // Not the policy's own group titles ("Oefentherapie en logopedie - differentiatiefactor PREM").
    expect(await page.locator(".regelgroep h4", { hasText: / - differentiatiefactor/ }).count()).toBe(0);

    // The link leads to the PREM bullet in logopedie's section of the document.
    await prem.getByRole("link", { name: "hoofdstuk 3.2" }).click();
    await eventually(async () => page.url()).toMatch(/2026-07\.html#regel-prem_meetbureau-logopedie$/);
    const sectionId = await page.locator("#regel-prem_meetbureau-logopedie").evaluate((e) => e.closest("section.differentiatie")?.getAttribute("aria-labelledby"));
    expect(sectionId).toBe("differentiatie-logopedie");
    expect(errors).toEqual([]);
    await page.close();
  });
});
