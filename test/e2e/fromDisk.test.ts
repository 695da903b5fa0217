/**
 * The checker page opened from disk (file://), as a person does who double-clicks it after
 * `npm start`: the browser refuses its module script, so the page must say that it needs a
 * webserver (`beleid serve`) instead of "De vragen worden geladen…" forever.
 */

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, expect, it } from "vitest";
import { planBuild, siteDirectory } from "../../compiler/build.js";
import { writeOutputs } from "../../compiler/output.js";
import { FROM_DISK } from "../../compiler/site/checker.js";
import { CHROMIUM, CHROMIUM_FLAGS } from "./browser.js";

const out = mkdtempSync(join(tmpdir(), "beleid-schijf-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

it("says on the checker page opened from disk that it needs a webserver", async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium ontbreekt (${CHROMIUM}).`);
  const plan = await planBuild(["policies/paramedische-zorg/2026-07.policy"], out);
  writeOutputs(plan.outputs);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(siteDirectory(out), "paramedische-zorg/2026-07-controle.html")).href);
    await expect.poll(() => page.locator("#vragen").innerText()).toBe(FROM_DISK);
    expect(FROM_DISK).toContain("‘beleid serve’");
  } finally {
    await browser.close();
  }
}, 60_000);
