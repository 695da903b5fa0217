/**
 * The output folder's record (`.beleid-uitvoer.json`): outputs of a policy that was removed are
 * removed by the next `beleid build` or `beleid docs`, together with the new outputs; a file
 * beleid did not write, or one changed since, stays; a build with errors or one that cannot
 * write removes nothing; a build of some policies leaves the evaluators of the others alone.
 */

import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers.js";

/** A project with the shared files, mondzorg (2024 and 2025) and geboortezorg. */
function project(): string {
  const cwd = mkdtempSync(join(tmpdir(), "beleid-manifest-"));
  for (const domain of ["algemeen", "mondzorg", "geboortezorg"]) cpSync(join("policies", domain), join(cwd, "policies", domain), { recursive: true });
  return cwd;
}

const MONDZORG_2024 = [
  "policies/mondzorg/2024.js",
  "policies/mondzorg/2024.d.ts",
  "policies/mondzorg/2024.feiten.schema.json",
  "wijzigingen/mondzorg/2024_2025.md",
  "wijzigingen/mondzorg/2024_2025.html",
  "wijzigingen/mondzorg/2024_2025.json",
  "site/mondzorg/2024.html",
  "site/mondzorg/2024-controle.html",
  "site/evaluators/mondzorg/2024.js",
  "site/wijzigingen/mondzorg/2024_2025.html",
];

describe("beleid build removes its own outputs that no longer belong", () => {
  it("of a removed policy, and nothing it did not write or that was changed since", async () => {
    const cwd = project();
    expect((await cli(["build"], { cwd })).code).toBe(0);
    for (const path of MONDZORG_2024) expect(existsSync(join(cwd, "dist", path)), path).toBe(true);
    writeFileSync(join(cwd, "dist/policies/mondzorg/notities.txt"), "van de gebruiker");
    writeFileSync(join(cwd, "dist/site/mondzorg/2024.html"), "met de hand aangepast");

    rmSync(join(cwd, "policies/mondzorg/2024.policy"));
    const run = await cli(["build", "--json"], { cwd });
    expect(run.code).toBe(0);
    const removed = (JSON.parse(run.stdout) as { verwijderd: string[] }).verwijderd;
    const expected = MONDZORG_2024.filter((path) => path !== "site/mondzorg/2024.html").map((path) => join("dist", path));
    expect([...removed].sort()).toEqual(expected.sort());
    for (const path of expected) expect(existsSync(join(cwd, path)), path).toBe(false);
    expect(readFileSync(join(cwd, "dist/policies/mondzorg/notities.txt"), "utf8")).toBe("van de gebruiker");
    expect(readFileSync(join(cwd, "dist/site/mondzorg/2024.html"), "utf8")).toBe("met de hand aangepast");
    // An emptied folder goes too; the others stay.
    expect(existsSync(join(cwd, "dist/wijzigingen/mondzorg"))).toBe(false);
    expect(existsSync(join(cwd, "dist/policies/mondzorg/2025.js"))).toBe(true);

    // The changed file is no longer beleid's: not removed later either.
    const again = await cli(["build"], { cwd });
    // Nothing changed since: every file is left as it is.
    expect(again.stdout).toMatch(/\(\d+ bestanden, alle ongewijzigd\)\.\nBekijk de site met ‘beleid serve’/);
    expect(existsSync(join(cwd, "dist/site/mondzorg/2024.html"))).toBe(true);
  });

  it("says how many it removed", async () => {
    const cwd = project();
    await cli(["build"], { cwd });
    rmSync(join(cwd, "policies/geboortezorg"), { recursive: true });
    const run = await cli(["build"], { cwd });
    expect(run.stdout).toMatch(/geschreven naar dist\/ \(\d+ bestanden, waarvan \d+ nieuw of gewijzigd; \d+ verouderde bestanden verwijderd\)\.\nBekijk de site met ‘beleid serve’; de documenten kunt u ook vanaf schijf openen \(dist\/site\/index\.html\), de controlepagina.s alleen via een webserver\.\n$/);
    expect(existsSync(join(cwd, "dist/policies/geboortezorg"))).toBe(false);
  });

  it("removes nothing when the build has an error or an output cannot be written", async () => {
    const cwd = project();
    await cli(["build"], { cwd });
    rmSync(join(cwd, "policies/mondzorg/2024.policy"));
    const policy = join(cwd, "policies/geboortezorg/2026.policy");
    const text = readFileSync(policy, "utf8");
    writeFileSync(policy, text + "\nonzin: [\n");
    expect((await cli(["build"], { cwd })).code).toBe(1);
    expect(existsSync(join(cwd, "dist/policies/mondzorg/2024.js"))).toBe(true);

    writeFileSync(policy, text);
    const blocked = join(cwd, "dist/site/mondzorg/2025.html");
    rmSync(blocked);
    mkdirSync(blocked);
    const run = await cli(["build"], { cwd });
    expect([run.code, run.stderr]).toEqual([1, `fout: De uitvoer kan niet worden geschreven naar ‘${blocked}’: daar staat een map.\n`]);
    for (const path of MONDZORG_2024) expect(existsSync(join(cwd, "dist", path)), path).toBe(true);
  });

  it("leaves the evaluators of policies outside a partial build alone", async () => {
    const cwd = project();
    await cli(["build"], { cwd });
    expect((await cli(["build", "policies/geboortezorg"], { cwd })).code).toBe(0);
    expect(existsSync(join(cwd, "dist/policies/mondzorg/2024.js"))).toBe(true);
    expect(existsSync(join(cwd, "dist/wijzigingen/mondzorg/2024_2025.md"))).toBe(true);
    // The site is that of the last build: its index lists only geboortezorg, and so do its pages.
    expect(existsSync(join(cwd, "dist/site/mondzorg/2025.html"))).toBe(false);
    // A full build afterwards still removes them once their policy is gone.
    rmSync(join(cwd, "policies/mondzorg/2024.policy"));
    await cli(["build"], { cwd });
    expect(existsSync(join(cwd, "dist/policies/mondzorg/2024.js"))).toBe(false);
  });

  it("with a damaged record removes nothing and writes a new one", async () => {
    const cwd = project();
    await cli(["build"], { cwd });
    writeFileSync(join(cwd, "dist/.beleid-uitvoer.json"), '{ "formatVersion": 1, "bestanden": { "../policies/mondzorg/2024.policy": { "sha256": "x" } ');
    rmSync(join(cwd, "policies/mondzorg/2024.policy"));
    expect((await cli(["build"], { cwd })).code).toBe(0);
    expect(existsSync(join(cwd, "dist/policies/mondzorg/2024.js"))).toBe(true);
    expect(JSON.parse(readFileSync(join(cwd, "dist/.beleid-uitvoer.json"), "utf8"))).toMatchObject({ formatVersion: 1 });

    // A path out of the output folder in a hand-edited record is never followed.
    const source = join(cwd, "policies/mondzorg/2025.policy");
    const sha256 = createHash("sha256").update(readFileSync(source)).digest("hex");
    writeFileSync(join(cwd, "dist/.beleid-uitvoer.json"), JSON.stringify({ formatVersion: 1, bestanden: { "../policies/mondzorg/2025.policy": { sha256, bronnen: ["../weg.policy"] } } }));
    expect((await cli(["build"], { cwd })).code).toBe(0);
    expect(existsSync(source)).toBe(true);
  });
});

describe("the record cannot make beleid remove what is not its own", () => {
  it("follows no link out of the output folder, even when a hand-edited record names a file through it", async () => {
    const cwd = project();
    await cli(["build"], { cwd });
    const outside = mkdtempSync(join(tmpdir(), "beleid-buiten-"));
    writeFileSync(join(outside, "kostbaar.txt"), "van de gebruiker");
    symlinkSync(outside, join(cwd, "dist/link"));
    const record = JSON.parse(readFileSync(join(cwd, "dist/.beleid-uitvoer.json"), "utf8")) as { bestanden: Record<string, unknown> };
    const sha256 = createHash("sha256").update("van de gebruiker").digest("hex");
    record.bestanden["link/kostbaar.txt"] = { sha256, bronnen: ["../policies/weg.policy"] };
    writeFileSync(join(cwd, "dist/.beleid-uitvoer.json"), JSON.stringify(record));
    expect((await cli(["build"], { cwd })).code).toBe(0);
    expect(readFileSync(join(outside, "kostbaar.txt"), "utf8")).toBe("van de gebruiker");
  });

  it("keeps other domains' outputs when the project moved and a part is built into the same folder", async () => {
    const root = mkdtempSync(join(tmpdir(), "beleid-verhuisd-"));
    const first = join(root, "project");
    cpSync(project(), first, { recursive: true });
    expect((await cli(["build", "--out", "../uit"], { cwd: first })).code).toBe(0);
    const moved = join(root, "verhuisd");
    renameSync(first, moved);
    const run = await cli(["build", "--out", "../uit", "--json", "policies/mondzorg"], { cwd: moved });
    expect(run.code).toBe(0);
    // The site is that of this build (documented); the evaluators and reports of the others stay.
    expect((JSON.parse(run.stdout) as { verwijderd: string[] }).verwijderd.filter((p) => p.includes("geboortezorg") && !p.includes("/site/"))).toEqual([]);
    expect(existsSync(join(root, "uit/wijzigingen/geboortezorg/2025_2026.md"))).toBe(true);
    expect(existsSync(join(root, "uit/policies/geboortezorg/2026.js"))).toBe(true);
  });

  it("keeps the change report to a version that a build of one policy leaves out", async () => {
    const cwd = project();
    await cli(["build"], { cwd });
    const run = await cli(["build", "--json", "policies/mondzorg/2024.policy"], { cwd });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { verwijderd: string[] }).verwijderd).not.toContain("dist/wijzigingen/mondzorg/2024_2025.md");
    expect(existsSync(join(cwd, "dist/wijzigingen/mondzorg/2024_2025.md"))).toBe(true);
  });
});

describe("a file of the user where an output goes", () => {
  it("stops the build before anything is written, naming the file; without a record the folder is beleid's", async () => {
    const cwd = project();
    // Without a record (a folder from before records were kept), the file is taken as beleid's.
    mkdirSync(join(cwd, "dist/policies/mondzorg"), { recursive: true });
    writeFileSync(join(cwd, "dist/policies/mondzorg/2025.js"), "oud");
    expect((await cli(["build"], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, "dist/policies/mondzorg/2025.js"), "utf8")).not.toBe("oud");

    // With a record: a file beleid did not write, or changed since, is not overwritten.
    writeFileSync(join(cwd, "dist/site/mondzorg/2025.html"), "met de hand aangepast");
    const before = readFileSync(join(cwd, "dist/policies/mondzorg/2024.js"), "utf8");
    writeFileSync(join(cwd, "policies/mondzorg/2024.policy"), readFileSync(join(cwd, "policies/mondzorg/2024.policy"), "utf8").replace("titel: ", "titel: Gewijzigd "));
    const run = await cli(["build"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`‘${join(cwd, "dist/site/mondzorg/2025.html")}’ is niet door beleid geschreven of sindsdien veranderd, en zou worden overschreven.`);
    expect(readFileSync(join(cwd, "dist/site/mondzorg/2025.html"), "utf8")).toBe("met de hand aangepast");
    expect(readFileSync(join(cwd, "dist/policies/mondzorg/2024.js"), "utf8")).toBe(before);

    // Two such files: named as a Dutch enumeration, in the plural.
    writeFileSync(join(cwd, "dist/site/mondzorg/2024.html"), "ook met de hand aangepast");
    const two = await cli(["build"], { cwd });
    expect(two.code).toBe(1);
    expect(two.stderr).toContain(`‘${join(cwd, "dist/site/mondzorg/2025.html")}’ en ‘${join(cwd, "dist/site/mondzorg/2024.html")}’ zijn niet door beleid geschreven`);
    expect(two.stderr).toContain("verwijder ze als ze weg mogen.");
  });
});

describe("two processes writing in one output folder", () => {
  it("the second writes nothing while the first has the folder; a claim of a stopped process is taken over", async () => {
    const cwd = project();
    await cli(["build"], { cwd });
    // The process that started the tests stands in for a build that is writing (the CLI runs in this one).
    writeFileSync(join(cwd, "dist/.beleid-bezig"), String(process.ppid));
    const run = await cli(["build"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`schrijft op dit moment een ander beleid-proces (proces ${process.ppid}); er is niets geschreven.`);
    // A process that no longer runs: its claim is taken over, and released afterwards.
    writeFileSync(join(cwd, "dist/.beleid-bezig"), "2147483646");
    expect((await cli(["build"], { cwd })).code).toBe(0);
    expect(existsSync(join(cwd, "dist/.beleid-bezig"))).toBe(false);
  });
});

describe("after a build that was stopped halfway", () => {
  it("removes the temporary files of a process that no longer runs, and leaves those of one that does", async () => {
    const cwd = project();
    await cli(["build"], { cwd });
    // A process id far above any that runs here, and this test's own, which runs.
    const gone = join(cwd, "dist/site/mondzorg/.beleid-tmp-vorig-2147483646-3-2024.html");
    const running = join(cwd, "dist/site/mondzorg/.beleid-tmp-" + String(process.pid) + "-1-2024.html");
    writeFileSync(gone, "oud");
    writeFileSync(running, "van een build die nog loopt");
    expect((await cli(["build"], { cwd })).code).toBe(0);
    expect(existsSync(gone)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });

  it("says so when the record cannot be read", async () => {
    const cwd = project();
    await cli(["build"], { cwd });
    writeFileSync(join(cwd, "dist/.beleid-uitvoer.json"), "{ afgebroken");
    const run = await cli(["build"], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("waarschuwing: De lijst van wat beleid eerder in deze map schreef");
    expect(run.stderr).toContain("kon niet worden gelezen");
    // The next build has a record again and says nothing.
    expect((await cli(["build"], { cwd })).stderr).toBe("");
  });
});

describe("beleid docs into a folder used before", () => {
  it("removes the pages of a removed policy and leaves what beleid build wrote there", async () => {
    const cwd = project();
    await cli(["build", "--out", "uit"], { cwd });
    expect((await cli(["docs", "--out", "uit"], { cwd })).code).toBe(0);
    rmSync(join(cwd, "policies/mondzorg/2024.policy"));
    const run = await cli(["docs", "--out", "uit", "--json"], { cwd });
    expect(run.code).toBe(0);
    const removed = (JSON.parse(run.stdout) as { verwijderd: string[] }).verwijderd;
    expect([...removed].sort()).toEqual(MONDZORG_2024.filter((path) => path.startsWith("site/")).map((path) => join("uit", path)).sort());
    // Outside the site: not docs' business, left for the next beleid build.
    expect(existsSync(join(cwd, "uit/policies/mondzorg/2024.js"))).toBe(true);
    const build = await cli(["build", "--out", "uit", "--json"], { cwd });
    expect((JSON.parse(build.stdout) as { verwijderd: string[] }).verwijderd.sort()).toEqual(
      MONDZORG_2024.filter((path) => !path.startsWith("site/")).map((path) => join("uit", path)).sort(),
    );
  });
});
