/**
 * The browser tests' setup: the site built into a temporary folder, served on a free port on
 * localhost, and Debian's Chromium driven by playwright-core with the flags this machine needs
 * (no sandbox as root, no GPU, no background network traffic). Screenshots go to
 * test-results/e2e/ (git-ignored) so a person can look at them. Accessibility is checked with
 * axe-core, injected into the page.
 */

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { planBuild, siteDirectory } from "../../compiler/build.js";
import { writeOutputs } from "../../compiler/output.js";
import { serveSite, type SiteServer } from "../../compiler/site/server.js";

/** Debian's Chromium, or the browser the environment variable CHROMIUM names (`CHROMIUM=/pad npm test`). */
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
/** The flags this machine needs: no sandbox as root, no GPU, no background network traffic. */
export const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"];
export const SCREENSHOTS = "test-results/e2e";

export interface SiteSession {
  readonly browser: Browser;
  readonly server: SiteServer;
  readonly url: (path: string) => string;
  close(): Promise<void>;
}

/**
 * Builds and serves the site of `policies` and starts Chromium. Only the session that takes the
 * screenshots (`clearScreenshots`, the default) empties their folder, so that another test file
 * running at the same time does not remove them.
 */
export async function openSite(policies: readonly string[], options: { readonly clearScreenshots?: boolean } = {}): Promise<SiteSession> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium ontbreekt (${CHROMIUM}); installeer het met ‘apt-get install -y chromium’ (.ci/run doet dat zelf), of noem een andere Chromium met de omgevingsvariabele CHROMIUM (CHROMIUM=/pad/naar/chromium npm test).`,
    );
  }
  const out = mkdtempSync(join(tmpdir(), "beleid-site-"));
  const plan = await planBuild(policies, out);
  if (plan.outputs.length === 0) throw new Error("de site kon niet worden gebouwd");
  writeOutputs(plan.outputs);
  const server = await serveSite(siteDirectory(out), { port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
  });
  // Only this run's pictures, so nobody looks at a stale one.
  if (options.clearScreenshots !== false) {
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }
  return {
    browser,
    server,
    url: (path) => new URL(path, server.url).href,
    async close() {
      await browser.close();
      await server.close();
      rmSync(out, { recursive: true, force: true });
    },
  };
}

/** A new page that fails the test on any script error or console error. */
export async function newPage(session: SiteSession, errors: string[]): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "nl-NL", reducedMotion: "reduce" });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  return page;
}

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.1 A and AA problems axe-core finds on the page, as "rule: element" lines. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  });
}

export function screenshotPath(name: string): string {
  return join(SCREENSHOTS, `${name}.png`);
}

/** Answers one question the way a person would: typing, clicking a label, ticking boxes. */
export async function answer(page: Page, fact: string, value: unknown): Promise<void> {
  const question = page.locator(`#vraag-${fact}`);
  if (value === null) {
    await question.getByLabel("Onbekend", { exact: true }).check();
    return;
  }
  if (typeof value === "boolean") {
    await question.getByLabel(value ? "Ja" : "Nee", { exact: true }).check();
  } else if (Array.isArray(value)) {
    // Nothing ticked is no answer yet; the empty set is "Geen van deze".
    const boxes = question.getByRole("checkbox");
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i);
      const label = (await question.locator(`label[for="${await box.getAttribute("id")}"]`).textContent()) ?? "";
      if (value.includes(label) || (label === "Geen van deze" && value.length === 0)) await box.check();
      else await box.uncheck();
    }
  } else if (await question.getByRole("radio").count()) {
    await question.getByLabel(String(value), { exact: true }).check();
  } else {
    await question.locator(`#feit-${fact}`).fill(typeof value === "number" ? String(value).replace(".", ",") : String(value));
  }
}
