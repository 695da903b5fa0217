/**
 * The `beleid` command line, run in-process (and once as a real process): Dutch help on every
 * command, exit codes 0/1/2, diagnostics with positions, JSON where machines read, a build
 * that writes nothing when a policy has an error, and evaluation of one provider.
 */

import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers.js";

const POLICY = "policies/paramedische-zorg/2026-07.policy";
const BROKEN = "test/fixtures/meerdere-fouten.policy";

function factsFile(overrides: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "beleid-feiten-"));
  const path = join(dir, "feiten.json");
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync("test/fixtures/fysio-feiten.json", "utf8")), ...overrides }));
  return path;
}

describe("help", () => {
  it("prints Dutch help without arguments and with --help", async () => {
    for (const args of [[], ["--help"], ["help"]]) {
      const run = await cli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Gebruik: beleid [opties] [opdracht]");
      expect(run.stdout).toContain("Opdrachten:");
    }
  });

  it.each(["check", "build", "eval", "test"])("has --help for %s", async (command) => {
    const run = await cli([command, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Gebruik: beleid ${command} [opties]`);
    expect(run.stdout).toContain("toon deze hulp");
    expect(run.stdout).not.toMatch(/\b(Usage|Options|default|Arguments)\b/);
  });

  it("prints the version", async () => {
    const run = await cli(["--versie"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("usage errors exit with 2", () => {
  it("unknown command, with a suggestion", async () => {
    const run = await cli(["chek"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("fout: Onbekende opdracht ‘chek’. Bedoelt u ‘check’?");
  });

  it("unknown option", async () => {
    const run = await cli(["build", "--uitvoer", "x"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("fout: Onbekende optie ‘--uitvoer’.");
  });

  it("the only care type of a policy when none is named, and --uit as well as --out for the output folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-een-"));
    const facts = join(dir, "feiten.json");
    writeFileSync(facts, "{}");
    const run = await cli(["eval", "test/fixtures/opmaak/minimaal.policy", "--feiten", facts, "--json"]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { zorgsoort: { id: string } }).zorgsoort.id).toBe("fysiotherapie");
    const built = await cli(["build", "test/fixtures/opmaak/minimaal.policy", "--uit", join(dir, "uit")]);
    expect(built.code).toBe(0);
    expect(existsSync(join(dir, "uit", "runtime", "index.js"))).toBe(true);
  });

  it("no care type for a policy with several", async () => {
    const run = await cli(["eval", POLICY, "--feiten", "test/fixtures/fysio-feiten.json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "fout: Kies met --zorgsoort welke zorgsoort u wilt beoordelen; dit beleid heeft er 11: fysiotherapie, oefentherapie, logopedie, dietetiek, ergotherapie, huidtherapie, preventieve_voetzorg, gli, valpreventie, instellingen, ziekenhuizen.\n",
    );
  });

  it("a path that does not exist", async () => {
    const run = await cli(["check", "bestaat/niet.policy"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("fout: Het pad ‘bestaat/niet.policy’ bestaat niet.\n");
  });

  it("a folder where one policy file is meant, naming the files in it (it took the first one)", async () => {
    const diff = await cli(["diff", "policies/paramedische-zorg", "policies/mondzorg"]);
    expect(diff.code).toBe(2);
    expect(diff.stderr).toBe("fout: ‘policies/paramedische-zorg’ is een map; geef één .policy-bestand (in deze map: 2025.policy, 2026-04.policy, 2026-07.policy).\n");
    const evalRun = await cli(["eval", "policies/mondzorg", "-z", "mondzorg", "-f", factsFile()]);
    expect(evalRun.code).toBe(2);
    expect(evalRun.stderr).toContain("fout: ‘policies/mondzorg’ is een map; geef één .policy-bestand");
  });

  it("a folder or a missing file as the file of providers: an error in the input, exit 1 as for --feiten (was 2; test/cli/diffErrors.test.ts)", async () => {
    const map = join(mkdtempSync(join(tmpdir(), "beleid-map-")), "map.csv");
    mkdirSync(map);
    for (const args of [
      ["eval", POLICY, "-z", "fysiotherapie", "--aanbieders"],
      ["diff", "policies/paramedische-zorg/2026-04.policy", POLICY, "--aanbieders"],
    ]) {
      const folder = await cli([...args, map]);
      expect(folder.code).toBe(1);
      expect(folder.stderr).toBe(`fout: ‘${map}’ is een map; geef het bestand met zorgaanbieders.\n`);
      const missing = await cli([...args, "bestaat-niet.csv"]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toBe("fout: Het bestand met zorgaanbieders ‘bestaat-niet.csv’ bestaat niet.\n");
    }
  });
});

describe("beleid check", () => {
  it("passes on the encoded policies", async () => {
    const run = await cli(["check"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/beleidsbestanden gecontroleerd: geen fouten\.\n$/);
  });

  it("reports every error with file:line:column and a code frame, exit 1", async () => {
    const run = await cli(["check", BROKEN]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("test/fixtures/meerdere-fouten.policy:34:21 fout BL201: ‘kwaliteitsregistr’ is geen feit");
    expect(run.stderr).toContain("> 34 |         voorwaarde: kwaliteitsregistr");
    expect(run.stdout).toBe("1 beleidsbestand gecontroleerd: 4 fouten.\n");
  });

  it("compares a policy with its previous version, as build does: a wrong `was:` is an error here too", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-vorige-"));
    writeFileSync(join(dir, "2026.policy"), readFileSync("test/fixtures/diagnostics/BL310/vorige.policy", "utf8"));
    writeFileSync(join(dir, "2027.policy"), readFileSync("test/fixtures/diagnostics/BL310/invoer.policy", "utf8").replace('versie: "2027"\n', 'versie: "2027"\nvorige: "2026"\n'));
    const run = await cli(["check", join(dir, "2027.policy")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("fout BL310: ‘was: registr’ verwijst naar iets dat in de vorige versie niet bestaat.");
    expect(run.stdout).toMatch(/^1 beleidsbestand gecontroleerd: 1 fout/);
  });

  it("gives JSON with --json", async () => {
    const run = await cli(["check", BROKEN, "--json"]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.formatVersion).toBe(1);
    expect(json.fouten).toBe(4);
    expect(json.diagnosen[1]).toMatchObject({ code: "BL201", ernst: "fout", begin: { regel: 34, kolom: 21 } });
  });
});

describe("beleid build", () => {
  it("writes evaluators and the runtime; the written module runs in Node", async () => {
    const out = mkdtempSync(join(tmpdir(), "beleid-dist-"));
    const run = await cli(["build", POLICY, "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 evaluator, 1 wijzigingsverslag, de runtime en de site geschreven");
    // The last line says how to look at the site, with the output folder serve has to be given.
    expect(run.stdout.split("\n").at(-2)).toBe(
      `Bekijk de site met ‘beleid serve --out ${out}’; de documenten kunt u ook vanaf schijf openen (${out}/site/index.html), de controlepagina's alleen via een webserver.`,
    );
    const js = join(out, "policies/paramedische-zorg/2026-07.js");
    expect(existsSync(js)).toBe(true);
    expect(existsSync(join(out, "policies/paramedische-zorg/2026-07.d.ts"))).toBe(true);
    const schema = JSON.parse(readFileSync(join(out, "policies/paramedische-zorg/2026-07.feiten.schema.json"), "utf8"));
    expect(Object.keys(schema.definitions)).toContain("fysiotherapie");
    expect(existsSync(join(out, "runtime/index.js"))).toBe(true);
    const module = await import(/* @vite-ignore */ pathToFileURL(js).href);
    const facts = JSON.parse(readFileSync("test/fixtures/fysio-feiten.json", "utf8"));
    expect(module.besluitFysiotherapie(facts)).toEqual({ inAanmerking: true, benaderd: true, overeenkomst: { id: "B", naam: "Zorgovereenkomst B", factoren: 2 } });
    // The module exports the error it throws, and names its source without this machine's path.
    expect(() => module.besluitFysiotherapie({ ...facts, behandelindex: "hoog" })).toThrow(module.FeitenFout);
    expect(() => module.besluitFysiotherapie(null)).toThrow(/^De feiten zijn niet bruikbaar voor Fysiotherapie/);
    expect(readFileSync(js, "utf8")).toMatch(/^\/\/ Gegenereerd door beleid uit policies\/paramedische-zorg\/2026-07\.policy\./);
  });

  it("writes nothing when a policy has an error, and leaves earlier output intact", async () => {
    const out = mkdtempSync(join(tmpdir(), "beleid-dist-"));
    expect((await cli(["build", POLICY, "--out", out])).code).toBe(0);
    const js = join(out, "policies/paramedische-zorg/2026-07.js");
    const before = readFileSync(js, "utf8");
    const run = await cli(["build", POLICY, BROKEN, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Er is niets geschreven: los eerst de fouten op.");
    expect(readFileSync(js, "utf8")).toBe(before);
    expect(existsSync(join(out, "policies/voorbeeld"))).toBe(false);
  });
});

describe("beleid eval", () => {
  it("prints the decision in Dutch with marks", async () => {
    const run = await cli(["eval", POLICY, "--zorgsoort", "fysiotherapie", "--feiten", factsFile()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("In aanmerking:");
    expect(run.stdout).toContain("ja, voor Zorgovereenkomst B");
    expect(run.stdout).toContain("Voor Zorgovereenkomst A ontbreekt: ‘ten minste 30% verbijzonderde fysiotherapeuten’.");
    expect(run.stdout).toContain("✗ Niet voldaan: ten minste 30% verbijzonderde fysiotherapeuten [verbijzonderde_fysiotherapie]");
    expect(run.stdout).toContain("\nDatums\n  Ingangsdatum van een zorgovereenkomst na een eigen aanvraag\n    1 april 2026\n");
  });

  it("names each date as the checker page does, and says in a sentence why a date without value does not apply or cannot be determined", async () => {
    // Without an application of its own, the start date after one does not apply; said from the fact's description.
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "-f", factsFile({ aanvraagdatum: null })]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "\nDatums\n" +
        "  Ingangsdatum van een zorgovereenkomst na een eigen aanvraag\n" +
        "    Niet van toepassing: u heeft zelf geen zorgovereenkomst aangevraagd.\n" +
        "  Ingangsdatum van een aangepaste zorgovereenkomst na een gecorrigeerd bewijsstuk\n" +
        "    Niet van toepassing: u heeft geen gecorrigeerd bewijsstuk van de praktijkregistratie aangeleverd.\n\n",
    );
    // Past 9999-12-31 every fact is known: the calculation had no outcome, in the words of the explanation.
    const late = await cli(["eval", POLICY, "-z", "fysiotherapie", "-f", factsFile({ aanvraagdatum: "9999-12-20" })]);
    expect(late.stdout).toContain("  Ingangsdatum van een zorgovereenkomst na een eigen aanvraag\n    Niet te bepalen, omdat de berekening geen uitkomst heeft (zoals bij een datum na 31 december 9999).\n");
    for (const text of [run.stdout, late.stdout]) expect(text).not.toMatch(/onbekend|^Ingang na/im);
  });

  it("lists the rules under the headings of the checker page: the factors under the title above them in the document", async () => {
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "-f", factsFile()]);
    expect(run.stdout).toContain("\n  3.2 Differentiatiefactoren\n    ✗ Niet voldaan: ten minste 30% verbijzonderde fysiotherapeuten");
    expect(run.stdout).not.toContain("Fysiotherapie - differentiatiefactoren");
    // Geboortezorg names the list of kraamzorg's factors as its source does.
    const dir = mkdtempSync(join(tmpdir(), "beleid-kraamzorg-"));
    await cli(["aanbieders", "policies/geboortezorg/2026.policy", "-z", "kraamzorg", "-n", "1", "--uit", join(dir, "aanbieders.jsonl")]);
    writeFileSync(join(dir, "feiten.json"), readFileSync(join(dir, "aanbieders.jsonl"), "utf8").split("\n")[0]!);
    const kraamzorg = await cli(["eval", "policies/geboortezorg/2026.policy", "-z", "kraamzorg", "-f", join(dir, "feiten.json")]);
    expect(kraamzorg.stdout).toMatch(/\n  3 Kraamzorg - differentiatiefactoren\n/);
  });

  it("says each outcome in the words of the checker page: a rule about being approached that holds costs the approach, an exclusion the agreement", async () => {
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "-f", factsFile({ wil_geen_contractaanbod: true })]);
    expect(run.stdout).toMatch(/\nIn aanmerking: +ja, voor Zorgovereenkomst B\n/);
    expect(run.stdout).toContain("\n    ✗ Geldt, dus niet benaderd: geen contractaanbod gewenst [geen_contractaanbod_gewenst]\n");
    expect(run.stdout).toContain("\n    ✓ Geldt niet: vermoeden van fraude [vermoeden_van_fraude]\n");
    const excluded = await cli(["eval", POLICY, "-z", "fysiotherapie", "-f", factsFile({ behandelindex: 151 })]);
    expect(excluded.stdout).toContain("\n    ✗ Geldt, dus geen zorgovereenkomst: landelijke behandelindex hoger dan 150 [behandelindex_hoger_dan_150]\n");
    expect(excluded.stdout).toContain("\n    ✗ Geldt, dus niet benaderd: landelijke behandelindex hoger dan 150 [behandelindex_niet_benaderd]\n");
  });

  it("shows a rule that was unknown as unknown, with what it was counted as, not as a plain ✗ niet voldaan", async () => {
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "-f", factsFile({ datum_vragenlijst_bevestigd: null, behandelindex: null })]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Onbekend is of u voldoet aan ‘vragenlijst voor de deadline ingevuld en bevestigd’ (hoofdstuk 4)");
    expect(run.stdout).toContain("\n    ? Onbekend, geteld als niet voldaan: vragenlijst voor de deadline ingevuld en bevestigd [vragenlijst_fysiotherapie]\n");
    expect(run.stdout).toContain("\n    ? Onbekend, geteld als niet uitgesloten: landelijke behandelindex hoger dan 150 [behandelindex_hoger_dan_150]\n");
    expect(run.stdout).not.toMatch(/✗ .*vragenlijst voor de deadline|Niet voldaan: vragenlijst voor de deadline|Geldt niet: landelijke behandelindex/);
    // The JSON keeps the machine-readable outcome.
    const json = await cli(["eval", POLICY, "-z", "fysiotherapie", "--json", "-f", factsFile({ datum_vragenlijst_bevestigd: null })]);
    const rule = (JSON.parse(json.stdout) as { regels: { id: string }[] }).regels.find((r) => r.id === "vragenlijst_fysiotherapie");
    expect(rule).toMatchObject({ uitkomst: "niet_voldaan", onbekend: true });
  });

  it("shows the exclusion and the exception route for behandelindex 151", async () => {
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "-f", factsFile({ behandelindex: 151 })]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Uitgesloten: ‘landelijke behandelindex hoger dan 150’ (hoofdstuk 2.3).");
    expect(run.stdout).toContain("Uitzondering aanvragen: Als de zorgaanbieder een landelijke behandelindex hoger dan 150 heeft");
    // Not "Zorgovereenkomst: nieuw, looptijd 2026-2027", which reads as if he gets one, nor its dates.
    expect(run.stdout).toContain("\nZorgovereenkomst: geen; dit beleid biedt nieuwe zorgovereenkomsten aan met looptijd 2026-2027\n");
    expect(run.stdout).not.toContain("Ingangsdatum");
  });

  it("reads facts from standard input and prints JSON", async () => {
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "-f", "-", "--json"], { stdin: readFileSync("test/fixtures/fysio-feiten.json", "utf8") });
    expect(run.code).toBe(0);
    const decision = JSON.parse(run.stdout);
    expect(decision).toMatchObject({ inAanmerking: true, benaderd: true, overeenkomst: { id: "B" }, datums: { ingangsdatum: "2026-04-01" } });
    expect(decision.regels.find((r: { id: string }) => r.id === "kngf_praktijkregistratie")).toMatchObject({ uitkomst: "voldaan", hoofdstuk: { nummer: "3.2" } });
  });

  it("refuses wrong facts with every problem, exit 1", async () => {
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "-f", factsFile({ behandelindex: "hoog", skf_keurmerk: undefined })]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("fout: 2 feiten zijn niet bruikbaar voor Fysiotherapie");
    expect(run.stderr).toContain("‘behandelindex’ moet een getal van ten minste 0 zijn (of null als het onbekend is), maar is de tekst \"hoog\".");
    expect(run.stderr).toContain("‘skf_keurmerk’ ontbreekt");
    expect(run.stdout).toBe("");
  });

  it("refuses invalid JSON and an unknown care type as usage errors", async () => {
    const bad = join(mkdtempSync(join(tmpdir(), "beleid-")), "x.json");
    writeFileSync(bad, "{ niet json");
    expect((await cli(["eval", POLICY, "-z", "fysiotherapie", "-f", bad])).stderr).toContain("zijn geen geldige JSON");
    const run = await cli(["eval", POLICY, "-z", "fysio", "-f", factsFile()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Onbekende zorgsoort ‘fysio’. Bedoelt u ‘fysiotherapie’?");
  });

  it("says that a shared file has no care types, instead of listing none", async () => {
    const run = await cli(["eval", "policies/algemeen/2026.policy", "-z", "fysiotherapie", "-f", factsFile()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("fout: ‘policies/algemeen/2026.policy’ is een gedeeld bestand zonder zorgsoorten; kies een inkoopbeleid dat het opneemt.\n");
  });

  it("diff refuses a shared file, which has no title or version to head the report with", async () => {
    const run = await cli(["diff", "policies/algemeen/2025.policy", "policies/algemeen/2026.policy"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "fout: ‘policies/algemeen/2025.policy’ is een gedeeld bestand, zonder eigen titel en versie; vergelijk twee versies van een inkoopbeleid dat het opneemt (het verslag noemt ook de wijzigingen in de gedeelde hoofdstukken).\n",
    );
  });
});

describe("an empty path", () => {
  it("is a usage error, as an argument and as an option, instead of meaning the current folder", async () => {
    for (const args of [["check", ""], ["fmt", ""], ["test", " "], ["diff", "", POLICY], ["build", "--out", ""], ["eval", POLICY, "-z", "fysiotherapie", "--feiten", ""]]) {
      const run = await cli(args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toMatch(/^fout: (--\w+: een leeg pad is geen bestand of map\.|Een leeg pad is geen bestand of map; geef een \.policy-bestand of een map\.)\n$/);
    }
  });
});

describe("beleid test", () => {
  it("runs the policy tests and ends with the summary line", async () => {
    const run = await cli(["test", POLICY, "--dekking"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\n\d+ geslaagd, 0 mislukt\n$/);
    expect(run.stdout).toMatch(/Dekking van policies\/paramedische-zorg\/2026-07\.policy: (\d+) van \1 regels, (\d+) van \2 zorgovereenkomsten\./);
  });

  it("says that a test file of text or a list is not a list of keys, and an empty one that it is empty", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-test-"));
    writeFileSync(join(dir, "tekst.test.yaml"), "hallo wereld\n");
    writeFileSync(join(dir, "lijst.test.yaml"), "- a\n");
    writeFileSync(join(dir, "leeg.test.yaml"), "");
    const message = async (name: string) => (await cli(["test", join(dir, name)])).stderr.split("\n")[0]?.replace(`${dir}/`, "");
    expect(await message("tekst.test.yaml")).toBe("tekst.test.yaml:1:1 fout BL005: Hier wordt een lijst van sleutels met waarden (taalversie, gevallen, …) verwacht, maar er staat ‘hallo wereld’.");
    expect(await message("lijst.test.yaml")).toBe("lijst.test.yaml:1:1 fout BL005: Hier wordt een lijst van sleutels met waarden (taalversie, gevallen, …) verwacht, maar er staat een lijst.");
    expect(await message("leeg.test.yaml")).toBe("leeg.test.yaml:1:1 fout BL011: Het testbestand mag niet leeg zijn.");
  });

  it("runs the other cases of a file when one case has an error, says how many did not run, and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-test-"));
    for (const folder of ["mondzorg", "algemeen"]) cpSync(`policies/${folder}`, join(dir, folder), { recursive: true });
    const testFile = join(dir, "mondzorg", "2025.test.yaml");
    // The first case names a care type the policy does not have.
    writeFileSync(testFile, readFileSync(testFile, "utf8").replace("zorgsoort: implantologie", "zorgsoort: implantologi"));
    const run = await cli(["test", join(dir, "mondzorg", "2025.policy")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("fout BL503: ‘implantologi’ is geen zorgsoort van het beleid.");
    expect(run.stdout).toContain("2025.test.yaml: 30 van 30 gevallen geslaagd; 1 geval niet uitgevoerd door een fout (zie de meldingen)\n");
    expect(run.stdout).toMatch(/\n30 geslaagd, 0 mislukt, 1 niet uitgevoerd door een fout \(zie de meldingen\)\n$/);
    const json = JSON.parse((await cli(["test", join(dir, "mondzorg", "2025.policy"), "--json"])).stdout) as { geslaagd: boolean; aantalGeslaagd: number; aantalNietUitgevoerd: number; bestanden: { aantalNietUitgevoerd: number }[] };
    expect(json).toMatchObject({ geslaagd: false, aantalGeslaagd: 30, aantalNietUitgevoerd: 1 });
    expect(json.bestanden[0]?.aantalNietUitgevoerd).toBe(1);
  });

  it("speaks of one case in the singular", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-test-"));
    for (const folder of ["mondzorg", "algemeen"]) cpSync(`policies/${folder}`, join(dir, folder), { recursive: true });
    const testFile = join(dir, "mondzorg", "2025.test.yaml");
    const text = readFileSync(testFile, "utf8");
    const cases = text.indexOf("gevallen:");
    const second = text.indexOf("\n  - naam:", text.indexOf("\n  - naam:", cases) + 1);
    writeFileSync(testFile, text.slice(0, second + 1)); // the first case only
    const run = await cli(["test", join(dir, "mondzorg", "2025.policy")]);
    expect(run.stdout).toContain("2025.test.yaml: 1 van 1 geval geslaagd\n");
  });

  it("runs the other cases also when one case breaks the structure of the test file, and names that case by its number", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-test-"));
    for (const folder of ["mondzorg", "algemeen"]) cpSync(`policies/${folder}`, join(dir, folder), { recursive: true });
    const testFile = join(dir, "mondzorg", "2025.test.yaml");
    // The second case misspells a field of `verwacht`.
    const text = readFileSync(testFile, "utf8");
    const second = text.indexOf("in_aanmerking:", text.indexOf("in_aanmerking:") + 1);
    writeFileSync(testFile, `${text.slice(0, second)}in_aanmerkng:${text.slice(second + "in_aanmerking:".length)}`);
    const run = await cli(["test", join(dir, "mondzorg", "2025.policy")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("fout BL003: Onbekend veld ‘in_aanmerkng’ in ‘verwacht’ van geval 2.");
    expect(run.stdout).toContain("2025.test.yaml: 30 van 30 gevallen geslaagd; 1 geval niet uitgevoerd door een fout (zie de meldingen)\n");
  });
});

describe("beleid test names what did not run", () => {
  /** A copy of mondzorg (two versions with tests) and the shared files it includes. */
  function project(): string {
    const dir = mkdtempSync(join(tmpdir(), "beleid-test-"));
    for (const folder of ["mondzorg", "algemeen"]) cpSync(`policies/${folder}`, join(dir, folder), { recursive: true });
    return dir;
  }
  const casesIn = (file: string) => readFileSync(file, "utf8").split("\n  - naam:").length - 1;

  it("lists what the tests do not cover with --strikt, also without --dekking, and gives the coverage in Dutch in --json", async () => {
    const dir = project();
    const testFile = join(dir, "mondzorg", "2025.test.yaml");
    // Without its cases the tests cover less: keep only the first case.
    const text = readFileSync(testFile, "utf8");
    const cases = text.split(/\n(?=  - naam:)/);
    writeFileSync(testFile, cases.slice(0, 2).join("\n") + "\n");
    const strict = await cli(["test", join(dir, "mondzorg", "2025.policy"), "--strikt"]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/Dekking van .*2025\.policy: \d+ van \d+ regels/);
    expect(strict.stdout).toMatch(/\n    - regel ‘\w+’: nooit/);
    expect(strict.stdout).toMatch(/De dekking is niet volledig \(--strikt\)\.\n$/);
    const json = JSON.parse((await cli(["test", join(dir, "mondzorg", "2025.policy"), "--dekking", "--json", "--strikt"])).stdout) as { bestanden: { dekking: Record<string, unknown> }[]; strikt: unknown };
    expect(Object.keys(json.bestanden[0]!.dekking)).toEqual(["regels", "zorgovereenkomsten", "ontbreekt"]);
    expect((json.bestanden[0]!.dekking.ontbreekt as { soort: string }[])[0]).toMatchObject({ soort: "regel", ontbreekt: [expect.stringMatching(/^nooit/)] });
    expect(json.strikt).toEqual({ dekkingVolledig: false, elkBeleidGetest: true });
  });

  it("a version without a test file in a folder: named, and with --strikt the run fails, as when that policy is named", async () => {
    const dir = project();
    cpSync(join(dir, "mondzorg", "2025.policy"), join(dir, "mondzorg", "2026.policy"));
    const shown = (text: string) => text.replaceAll(`${dir}/`, "");

    const run = await cli(["test", dir]);
    expect(run.code).toBe(0);
    expect(shown(run.stdout)).toContain("! mondzorg/2026.policy: geen testbestand (verwacht: mondzorg/2026.test.yaml)\n");
    expect(shown(run.stdout)).toMatch(/\n\d+ geslaagd, 0 mislukt; 1 beleid heeft geen testbestand\n$/);
    // A shared file (soort: gedeeld) is tested with the policies that include it.
    expect(run.stdout).not.toContain("algemeen");

    const strict = await cli(["test", dir, "--dekking", "--strikt"]);
    expect(strict.code).toBe(1);
    expect(shown(strict.stdout)).toContain("✗ mondzorg/2026.policy: geen testbestand (verwacht: mondzorg/2026.test.yaml)\n");
    expect(strict.stdout).toMatch(/; 1 beleid heeft geen testbestand\nNiet elk beleid heeft een testbestand \(--strikt\)\.\n$/);
    const json = JSON.parse((await cli(["test", dir, "--json"])).stdout) as { zonderTestbestand: string[] };
    expect(json.zonderTestbestand).toEqual([join(dir, "mondzorg", "2026.policy")]);
    // With --json and --strikt the output says why the run failed.
    const strictJson = JSON.parse((await cli(["test", dir, "--json", "--strikt"])).stdout) as { strikt: unknown };
    expect(strictJson.strikt).toEqual({ dekkingVolledig: true, elkBeleidGetest: false });

    // The policy named on its own: a usage error, as before.
    expect(shown((await cli(["test", join(dir, "mondzorg", "2026.policy")])).stderr)).toBe("fout: Er is geen testbestand voor ‘mondzorg/2026.policy’ (verwacht: ‘mondzorg/2026.test.yaml’).\n");
    const shared = await cli(["test", join(dir, "algemeen", "2026.policy")]);
    expect(shared.code).toBe(2);
    expect(shown(shared.stderr)).toBe("fout: ‘algemeen/2026.policy’ is een gedeeld bestand (soort: gedeeld) en heeft geen eigen tests; test de beleidsstukken die het opnemen.\n");
  });

  it("a file whose shared fact set has errors keeps its line and counts in the total, and all its problems come in one run", async () => {
    const dir = project();
    const testFile = join(dir, "mondzorg", "2025.test.yaml");
    // The fact set every case builds on misspells one fact and lacks another.
    writeFileSync(testFile, readFileSync(testFile, "utf8").replace("      impl_richtlijnen: ja\n", "      impl_richtlijn: ja\n").replace("      tp_richtlijnen: ja\n", ""));
    const total = casesIn(testFile);
    const others = casesIn(join(dir, "mondzorg", "2024.test.yaml"));
    const run = await cli(["test", join(dir, "mondzorg")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("fout BL501: ‘impl_richtlijn’ is geen feit van het beleid.");
    expect(run.stderr).toContain("hint: Bedoelt u ‘impl_richtlijnen’?");
    // Said in the same run, not after the first error is mended; the misspelt fact not again as missing.
    expect(run.stderr).toContain("fout BL502: ‘tp_richtlijnen’ ontbreekt; verwacht ja of nee.");
    expect(run.stderr).not.toContain("‘impl_richtlijnen’ ontbreekt");
    expect(run.stdout).toContain(`✗ ${testFile}: ${total} gevallen niet uitgevoerd door 2 fouten (zie de meldingen)\n`);
    expect(run.stdout).toMatch(new RegExp(`\\n${others} geslaagd, 0 mislukt, ${total} niet uitgevoerd door 2 fouten \\(zie de meldingen\\)\\n$`));
    const json = JSON.parse((await cli(["test", join(dir, "mondzorg"), "--json"])).stdout) as { aantalNietUitgevoerd: number; bestanden: { testbestand: string; uitgevoerd: boolean; gevallen: unknown[]; aantalNietUitgevoerd: number }[] };
    expect(json.aantalNietUitgevoerd).toBe(total);
    expect(json.bestanden.find((f) => f.testbestand === testFile)).toMatchObject({ uitgevoerd: true, gevallen: [], aantalNietUitgevoerd: total });
  });

  it("a file with an error in the file as a whole keeps its line: with the number of its cases when they can be counted", async () => {
    const dir = project();
    const testFile = join(dir, "mondzorg", "2025.test.yaml");
    const text = readFileSync(testFile, "utf8");
    const total = casesIn(testFile);
    writeFileSync(testFile, `${text}onbekend_veld: 1\n`);
    const unknownField = await cli(["test", join(dir, "mondzorg")]);
    expect(unknownField.code).toBe(1);
    expect(unknownField.stdout).toContain(`✗ ${testFile}: ${total} gevallen niet uitgevoerd door een fout (zie de meldingen)\n`);
    expect(unknownField.stdout).toMatch(new RegExp(`, ${total} niet uitgevoerd door een fout \\(zie de meldingen\\)\\n$`));

    writeFileSync(testFile, `${text}gevallen: [\n`);
    const invalid = await cli(["test", join(dir, "mondzorg")]);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain(`✗ ${testFile}: niet uitgevoerd door een fout (zie de meldingen)\n`);
    expect(invalid.stdout).toMatch(/, 0 mislukt, 1 testbestand niet uitgevoerd door een fout \(zie de meldingen\)\n$/);
  });
});

describe("messages of the command line", () => {
  it("are sentences with a capital after ‘fout:’, also those of the argument parser", async () => {
    const missing = await cli(["diff", POLICY]);
    expect([missing.code, missing.stderr]).toEqual([2, "fout: Het argument ‘nieuw’ ontbreekt.\n"]);
    expect((await cli(["eval", POLICY, "--feiten"])).stderr).toBe("fout: Bij de optie ‘-f, --feiten <pad>’ hoort een waarde.\n");
    expect((await cli(["check", POLICY, "--onzin"])).stderr).toMatch(/^fout: Onbekende optie ‘--onzin’\./);
    expect((await cli(["aanbieders", POLICY, "x", "y"])).stderr).toMatch(/^fout: Te veel argumenten: verwacht 1, gekregen 3\./);
  });

  it("say that a facts file does not exist or is a folder, instead of only that it cannot be read", async () => {
    const missing = await cli(["eval", POLICY, "-z", "fysiotherapie", "--feiten", "nope.json"]);
    expect([missing.code, missing.stderr]).toEqual([1, "fout: Het feitenbestand ‘nope.json’ bestaat niet.\n"]);
    const folder = await cli(["eval", POLICY, "-z", "fysiotherapie", "--feiten", "policies"]);
    expect([folder.code, folder.stderr]).toEqual([1, "fout: Het feitenbestand ‘policies’ is een map.\n"]);
  });
});

describe("as a real process", () => {
  const bin = resolve("build/bin/beleid.js");

  it("runs check and exits with the right code", () => {
    expect(execFileSync("node", [bin, "check", POLICY], { encoding: "utf8" })).toContain("geen fouten");
    const failing = spawnSync("node", [bin, "check", BROKEN], { encoding: "utf8" });
    expect(failing.status).toBe(1);
    expect(failing.stderr).not.toContain("    at ");
  });
});
