/**
 * The `beleid` command line: commands, options and Dutch help, parsed by commander. Each
 * command is a thin wrapper around a function in `bin/commands/`, which calls the compiler.
 */

import { Command, CommanderError, Option } from "commander";
import { packageVersion } from "../../compiler/packageRoot.js";
import { DutchHelp, translateCommanderMessage } from "./dutch.js";
import { OutputError } from "../../compiler/output.js";
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from "./io.js";

// A command is loaded when it runs, so it pays only for its own dependencies (prettier, the
// language server, the web site…): start-up time and memory of every command stay low.
type Commands = typeof import("../commands/build.js") &
  typeof import("../commands/check.js") &
  typeof import("../commands/diff.js") &
  typeof import("../commands/docs.js") &
  typeof import("../commands/eval.js") &
  typeof import("../commands/serve.js") &
  typeof import("../commands/fmt.js") &
  typeof import("../commands/lsp.js") &
  typeof import("../commands/test.js") &
  typeof import("../commands/aanbieders.js");
const runBuild: Commands["runBuild"] = async (...args) => (await import("../commands/build.js")).runBuild(...args);
const runCheck: Commands["runCheck"] = async (...args) => (await import("../commands/check.js")).runCheck(...args);
const runDiff: Commands["runDiff"] = async (...args) => (await import("../commands/diff.js")).runDiff(...args);
const runDocs: Commands["runDocs"] = async (...args) => (await import("../commands/docs.js")).runDocs(...args);
const runEval: Commands["runEval"] = async (...args) => (await import("../commands/eval.js")).runEval(...args);
const runServe: Commands["runServe"] = async (...args) => (await import("../commands/serve.js")).runServe(...args);
const runFmt: Commands["runFmt"] = async (...args) => (await import("../commands/fmt.js")).runFmt(...args);
const runLsp: Commands["runLsp"] = async (...args) => (await import("../commands/lsp.js")).runLsp(...args);
const runTest: Commands["runTest"] = async (...args) => (await import("../commands/test.js")).runTest(...args);
const runAanbieders: Commands["runAanbieders"] = async (...args) => (await import("../commands/aanbieders.js")).runAanbieders(...args);

function configure(command: Command, io: CliIo): Command {
  command.createHelp = () => new DutchHelp();
  return command
    .helpOption("-h, --help", "toon deze hulp")
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(translateCommanderMessage(text) + "\n"),
    })
    .exitOverride()
    .showSuggestionAfterError(true);
}

/**
 * The output folder: `-o, --out <map>`, with `--uit` as its Dutch twin (as `eval` writes to
 * `--uit`), shown in the help as "(ook --uit)"; the action takes `uit ?? out`.
 */
function outputFolder(command: Command, description: string): Command {
  return command.addOption(new Option("-o, --out <map>", `${description} (ook --uit)`).default("dist")).addOption(new Option("--uit <map>").hideHelp());
}

type Vorm = "tekst" | "md" | "html" | "json";
type Klasse = "strenger" | "soepeler" | "onbepaald";

/** Options that are one and the same (an alias → the option it stands for). */
const SAME_OPTION: Readonly<Record<string, string>> = { uit: "out", vorm: "format", foutBij: "failOn" };

/**
 * Refuses an option with a value that is given twice with different values (`-z fysiotherapie
 * -z logopedie`, `--out a --uit b`), where commander would silently take the last one. The
 * same value twice is harmless and allowed. A usage error, exit code 2.
 */
function refuseRepeatedOptions(command: Command): void {
  const given = new Map<string, { flag: string; value: string }>();
  for (const option of command.options) {
    if (option.isBoolean() || option.variadic) continue;
    const flag = option.long ?? option.flags;
    const key = SAME_OPTION[option.name()] ?? option.name();
    command.on(`option:${option.name()}`, (value: string) => {
      const earlier = given.get(key);
      given.set(key, { flag, value });
      if (earlier === undefined || earlier.value === value) return;
      throw new UsageError(
        earlier.flag === flag
          ? `${flag} is twee keer gegeven, met verschillende waarden (‘${earlier.value}’ en ‘${value}’); geef het één keer.`
          : `${earlier.flag} en ${flag} betekenen hetzelfde, maar zijn gegeven met verschillende waarden (‘${earlier.value}’ en ‘${value}’); geef er één.`,
      );
    });
  }
}

/** The options whose value is a file or folder. */
const PATH_OPTIONS = new Set(["--out", "--uit", "--feiten", "--aanbieders", "--ook"]);

export function createProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command("beleid");
  configure(program, io)
    .description("Inkoopbeleid als data: controleer, compileer en evalueer .policy-bestanden.")
    .version(packageVersion(), "-v, --versie", "toon het versienummer")
    .helpCommand("help [opdracht]", "toon hulp bij een opdracht")
    .addHelpText(
      "after",
      [
        "",
        "Uitkomst (exitcode):",
        "  0    in orde",
        "  1    fouten in een beleid of in de invoer (een feiten- of aanbiedersbestand dat er niet is",
        "       of niet klopt, ook afgekeurde rijen bij eval --aanbieders), een mislukte test (test;",
        "       met --strikt ook onvolledige dekking), bestanden die niet in de vaste opmaak staan",
        "       (fmt --check), een geraakte --fail-on (diff), of een probleem in de omgeving: de",
        "       uitvoer kan niet worden geschreven, de poort van serve is al in gebruik",
        "  2    verkeerd gebruik van de opdracht (een onbekende optie, een beleidspad dat er niet is, …)",
        "  3    diff: geen wijzigingen",
        "  70   een interne fout in beleid (meld die)",
        "  130  afgebroken met Ctrl+C (SIGINT); 143 gestopt met SIGTERM. Bij serve en build --watch",
        "       is dat de gewone manier van stoppen: uitkomst 0",
        "Meer uitleg: docs/taal.md en docs/beslissing.md.",
      ].join("\n"),
    );

  const sub = (name: string) => {
    const command = new Command(name);
    configure(command, io);
    // An empty path (an unset variable in a script) would mean the current folder: `--out ""`
    // would write the evaluators between the policies, `fmt ""` format whatever lies there.
    // Refused for every argument (all are paths) and every option with a path.
    command.hook("preAction", (_command, action) => {
      if (action.args.some((arg) => arg.trim() === "")) throw new UsageError("Een leeg pad is geen bestand of map; geef een .policy-bestand of een map.");
      for (const option of action.options) {
        const value: unknown = action.getOptionValue(option.attributeName());
        if (PATH_OPTIONS.has(option.long ?? "") && typeof value === "string" && value.trim() === "") throw new UsageError(`${option.long}: een leeg pad is geen bestand of map.`);
      }
    });
    program.addCommand(command);
    return command;
  };

  sub("check")
    .description("Controleer beleidsbestanden en toon alle fouten en waarschuwingen.")
    .argument("[paden...]", "bestanden of mappen (standaard: policies/)")
    .option("--json", "diagnosen als JSON")
    .action(async (paths: string[], options: { json?: boolean }) => setExit(await runCheck(paths, options, io)));

  outputFolder(
    sub("build")
      .description("Compileer alle beleidsbestanden: evaluators (.js, .d.ts en een JSON Schema van de feiten), de runtime, de wijzigingsverslagen en de site; schrijft niets bij een fout.")
      .argument("[paden...]", "bestanden of mappen (standaard: policies/)"),
    "map voor de uitvoer",
  )
    .option("--json", "resultaat en diagnosen als JSON")
    .option("-w, --watch", "blijf draaien en bouw opnieuw bij elke wijziging (Ctrl+C om te stoppen; ook --volg)")
    .addOption(new Option("--volg").hideHelp())
    .action(async (paths: string[], options: { out: string; uit?: string; json?: boolean; watch?: boolean; volg?: boolean }) =>
      setExit(await runBuild(paths, { ...options, out: options.uit ?? options.out, watch: options.watch === true || options.volg === true }, io)),
    );

  sub("eval")
    .description("Beoordeel één zorgaanbieder: feiten erin, beslissing met toelichting eruit.")
    .argument("<bestand>", "het .policy-bestand")
    .option("-z, --zorgsoort <naam>", "de zorgsoort, bijvoorbeeld fysiotherapie (mag weg als het beleid er één heeft)")
    .option("-f, --feiten <pad>", "JSON-bestand met de feiten, of - voor de standaardinvoer")
    .option("-a, --aanbieders <bestand>", "in plaats van --feiten: een CSV- of JSON-regelsbestand met per rij een zorgaanbieder (zie docs/bulk.md)")
    .option("-o, --uit <pad>", "bij --aanbieders: schrijf de beslissing per rij naar dit bestand (.csv of .jsonl)")
    .addOption(new Option("--out <pad>").hideHelp())
    .option("--werkers <aantal>", "bij --aanbieders: aantal werkthreads (0: alles in één thread; standaard één per processorkern)")
    .option("--json", "de beslissing (of bij --aanbieders de samenvatting) als JSON")
    .action(async (file: string, options: { zorgsoort?: string; feiten?: string; aanbieders?: string; uit?: string; out?: string; werkers?: string; json?: boolean }) => setExit(await runEval(file, { ...options, uit: options.uit ?? options.out }, io)));

  sub("diff")
    .description("Schrijf het wijzigingsverslag tussen twee versies van een beleid, in het Nederlands, per zorgsoort.")
    .argument("<oud>", "het oudere .policy-bestand")
    .argument("<nieuw>", "het nieuwere .policy-bestand")
    .addOption(new Option("--format <vorm>", "vorm van het verslag (ook --vorm)").choices(["tekst", "md", "html", "json"]).default("tekst"))
    .addOption(new Option("--vorm <vorm>").choices(["tekst", "md", "html", "json"]).hideHelp())
    .addOption(new Option("--fail-on <klasse>", "exitcode 1 als er een wijziging van deze klasse is (ook --fout-bij)").choices(["strenger", "soepeler", "onbepaald"]))
    .addOption(new Option("--fout-bij <klasse>").choices(["strenger", "soepeler", "onbepaald"]).hideHelp())
    .option("--aanbieders <pad>", "beoordeel deze zorgaanbieders (CSV of JSON-regels) met beide versies en toon de gevolgen per zorgsoort")
    .addHelpText("after", "\nUitkomst (exitcode): 0 wijzigingen gevonden, 3 geen wijzigingen, 1 fouten in een beleid, --fail-on geraakt of een fout in het bestand van --aanbieders (ook één rij die niet bruikbaar is), 2 verkeerd gebruik.")
    .action(
      async (
        oud: string,
        nieuw: string,
        options: { format: Vorm; vorm?: Vorm; failOn?: Klasse; foutBij?: Klasse; aanbieders?: string },
      ) => {
        const { vorm, foutBij, ...rest } = options;
        const failOn = foutBij ?? rest.failOn;
        setExit(await runDiff(oud, nieuw, { ...rest, format: vorm ?? rest.format, ...(failOn !== undefined ? { failOn } : {}) }, io));
      },
    );

  sub("test")
    .description("Voer de beleidstests uit (.test.yaml naast elk beleid) en toon de verschillen.")
    .argument("[paden...]", "testbestanden, beleidsbestanden of mappen (standaard: policies/)")
    .option("--dekking", "toon welke regels en zorgovereenkomsten de tests niet volledig raken")
    .option("--strikt", "mislukt ook als de dekking niet volledig is")
    .option("--json", "resultaten als JSON")
    .action(async (paths: string[], options: { dekking?: boolean; strikt?: boolean; json?: boolean }) => setExit(await runTest(paths, options, io)));

  // --- The site: documents and checker pages (issue 5) ---
  outputFolder(
    sub("docs")
      .description("Schrijf de site: per beleid het document en de controlepagina, in de map site/ van de uitvoermap (--out); schrijft niets bij een fout.")
      .argument("[paden...]", "bestanden of mappen (standaard: policies/)"),
    "map voor de uitvoer; de site komt in <map>/site",
  )
    .option("--json", "resultaat en diagnosen als JSON")
    .action(async (paths: string[], options: { out: string; uit?: string; json?: boolean }) => setExit(await runDocs(paths, { ...options, out: options.uit ?? options.out }, io)));

  outputFolder(
    sub("serve")
      .description("Toon de site uit de map site/ van de uitvoermap (--out) op localhost, om door de documenten en controles te klikken.")
      .addOption(new Option("-p, --poort <nummer>", "de poort").default("4173")),
    "de map waarin de site staat, in <map>/site",
  ).action(async (options: { poort: string; out: string; uit?: string }) => setExit(await runServe({ ...options, out: options.uit ?? options.out }, io)));

  // --- Authoring tools (issue 6) ---
  sub("fmt")
    .description("Breng .policy-bestanden in de vaste opmaak (volgorde, inspringing, aanhalingstekens, expressies).")
    .argument("[paden...]", "bestanden of mappen (standaard: policies/)")
    .option("--check", "schrijf niets; noem de bestanden die zouden veranderen (exitcode 1; ook --controleer)")
    .addOption(new Option("--controleer").hideHelp())
    .option("--verschil", "als --check, en toon wat er zou veranderen (unified diff)")
    .option("--json", "resultaat per bestand en diagnosen als JSON")
    .action(async (paths: string[], options: { check?: boolean; controleer?: boolean; verschil?: boolean; json?: boolean }) =>
      setExit(await runFmt(paths, { check: options.check === true || options.controleer === true, ...(options.verschil !== undefined ? { verschil: options.verschil } : {}), ...(options.json !== undefined ? { json: options.json } : {}) }, io)),
    );

  sub("lsp")
    .description("Start de taalserver (Language Server Protocol) voor editors, via standaardinvoer en -uitvoer.")
    .option("--stdio", "communiceer via standaardinvoer en -uitvoer (standaard)")
    .action(async () => setExit(await runLsp()));

  sub("aanbieders")
    .description("Maak een synthetische, realistische set zorgaanbieders (feiten per rij) voor een beleid, als CSV of JSON-regels.")
    .argument("<bestand>", "het .policy-bestand")
    .addOption(new Option("-n, --aantal <aantal>", "hoeveel zorgaanbieders").default("1000", "1000"))
    .addOption(new Option("-s, --zaad <getal>", "startwaarde van het toeval: hetzelfde zaad geeft dezelfde set").default("1", "1"))
    .option("-z, --zorgsoort <naam>", "alleen de feiten van deze zorgsoort (standaard: alle feiten van het beleid)")
    .option("-o, --uit <pad>", "schrijf naar dit bestand (.csv of .jsonl) in plaats van naar de standaarduitvoer")
    .addOption(new Option("--out <pad>").hideHelp())
    .option("--ook <bestand>", "geef de rijen ook de feiten van dit beleid (bijvoorbeeld de vorige versie), voor beleid diff --aanbieders")
    .action(async (file: string, options: { aantal: string; zaad: string; zorgsoort?: string; uit?: string; out?: string; ook?: string }) => setExit(await runAanbieders(file, { ...options, uit: options.uit ?? options.out }, io)));

  for (const command of program.commands) refuseRepeatedOptions(command);
  return program;
}

/** Runs the CLI with `argv` (without `node` and the script); returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = createProgram(io, (code) => {
    exitCode = code;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_OK;
    }
    // `beleid help onzin`: commander shows the general help and ends well; say what is wrong.
    if (argv[0] === "help" && argv[1] !== undefined && !program.commands.some((c) => c.name() === argv[1] || c.aliases().includes(argv[1] as string))) {
      throw new UsageError(`Onbekende opdracht ‘${argv[1]}’. De opdrachten staan in ‘beleid --help’.`);
    }
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    // With --json (or a report as JSON) a program reads standard output: it gets the error
    // there too, as JSON.
    const json = asksForJson(argv);
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT_OK;
      if (json) jsonError(io, "gebruik", translateCommanderMessage(error.message).replace(/^fout: /, ""));
      return EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr(`fout: ${error.message}\n`);
      if (json) jsonError(io, "gebruik", error.message);
      return EXIT_USAGE;
    }
    if (error instanceof OutputError) {
      io.stderr(`fout: ${error.message}\n`);
      if (json) jsonError(io, "uitvoer", error.message);
      return EXIT_ERRORS;
    }
    throw error;
  }
}

/** Exit code of an unexpected crash: a mistake in beleid, not in the input (EX_SOFTWARE of sysexits.h). */
export const EXIT_INTERNAL = 70;

/**
 * Reports an unexpected crash of `runCli` (bin/beleid.ts): a short Dutch message on standard
 * error, the stack trace only with `debug` (BELEID_DEBUG=1), and with --json also
 * `{ "fout": "intern", … }` on standard output, so a program that reads it gets an error
 * document rather than nothing. Returns the exit code.
 */
export function reportInternalError(argv: readonly string[], error: unknown, io: Pick<CliIo, "stdout" | "stderr">, debug: boolean): number {
  const message = "Interne fout in beleid: dit is een fout in het programma, niet in uw invoer. Meld het alstublieft, met de opdracht die u gaf.";
  io.stderr(`${message}\n${debug ? `${(error as Error | undefined)?.stack ?? String(error)}\n` : "Zet BELEID_DEBUG=1 voor details.\n"}`);
  if (asksForJson(argv)) jsonError(io, "intern", message);
  return EXIT_INTERNAL;
}

/**
 * Whether the command line asks for JSON on standard output: `--json`, or the report of
 * `beleid diff` as JSON (`--format json`, `--vorm json`, also written with `=`). Read from the
 * words themselves, because an error in the options comes before commander has parsed them.
 */
function asksForJson(argv: readonly string[]): boolean {
  return argv.some((word, i) => word === "--json" || /^--(format|vorm)=json$/.test(word) || (/^--(format|vorm)$/.test(word) && argv[i + 1] === "json"));
}

/** An error for a program that asked for --json: `{ "fout": "gebruik", "bericht": "…" }` on standard output. */
function jsonError(io: Pick<CliIo, "stdout">, kind: "gebruik" | "uitvoer" | "intern", message: string): void {
  io.stdout(JSON.stringify({ fout: kind, bericht: message }, null, 2) + "\n");
}
