/**
 * `npm run bench`: the benchmark of beleid, in one process (docs: bench/README.md).
 *
 * 1. Decisions per second for the fysiotherapie decision of paramedische-zorg/2026-07 on the
 *    same seeded providers (compiler/facts/dataset.ts), by a hand-written function, the
 *    compiled evaluator (decision only and with explanation, checked and trusted), the
 *    reference interpreter, json-rules-engine and CEL; every engine must agree with the
 *    hand-written function on every record.
 * 2. The command line in a fresh process: `beleid build` of all policies, `beleid check` of one
 *    policy, and `beleid diff` when this branch has it.
 * 3. Front-end throughput (MB/s) on a large synthetic policy, and of the expression parser.
 *
 * Options: BENCH_AANTAL (default 1000000) records; BENCH_TRAAG (default = BENCH_AANTAL)
 * records for the slow engines (json-rules-engine), so a quick run stays quick.
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseExpression } from "../grammar/parse.js";
import { compileFile, compileText } from "../compiler/compile.js";
import { CheckContext } from "../compiler/check/context.js";
import { loadPolicyText } from "../compiler/load/loadPolicy.js";
import { SourceFiles } from "../compiler/span.js";
import { diffModels } from "../compiler/diff/index.js";
import { renderReport } from "../compiler/diff/render.js";
import { emitPolicy } from "../compiler/emit/index.js";
import { generateProviders } from "../compiler/facts/dataset.js";
import { findPolicyFiles } from "../compiler/files.js";
import { createInterpreter } from "../compiler/interpret/index.js";
import { packageFile } from "../compiler/packageRoot.js";
import type { Beslissing, Besluit } from "../runtime/decision.js";
import { aandeel } from "../runtime/functions.js";
import { createCel } from "./engines/cel.js";
import { handwrittenFysiotherapie, handwrittenFysiotherapieChecked } from "./engines/handwritten.js";
import { createJsonRulesEngine } from "./engines/jsonRulesEngine.js";
import type { Decision } from "./engines/types.js";

const POLICY = "policies/paramedische-zorg/2026-07.policy";
const COUNT = Number(process.env.BENCH_AANTAL ?? 1_000_000);
const SLOW_COUNT = Math.min(COUNT, Number(process.env.BENCH_TRAAG ?? COUNT));
const SEED = 2026;
const nl = (n: number, digits = 0) => n.toLocaleString("nl-NL", { maximumFractionDigits: digits, minimumFractionDigits: digits });

interface Measured {
  readonly name: string;
  readonly perSecond: number;
  readonly records: number;
  readonly disagreements: number;
}

/** 0..9: agreement index (A=0 … D=3, none=4) times two, plus approached. */
function code(d: Decision): number {
  const index = d.overeenkomst === null ? 4 : "ABCD".indexOf(d.overeenkomst);
  return index * 2 + (d.benaderd ? 1 : 0);
}
const fromBesluit = (b: Besluit | Beslissing): Decision => ({ overeenkomst: b.overeenkomst?.id ?? null, benaderd: b.benaderd });

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? "onbekend";
  console.log(`beleid benchmark — ${cpus().length} × ${cpu}, ${nl(totalmem() / 2 ** 30)} GiB, Node ${process.version}, belasting ${loadavg().map((l) => nl(l, 1)).join(" / ")}`);

  // The front end first, so that it does not share the heap with the million records.
  const frontEnd = frontEndThroughput();

  const model = compileFile(POLICY).model;
  if (!model) throw new Error(`${POLICY} does not compile`);
  const started = performance.now();
  const records = [...generateProviders(model, { count: COUNT, seed: SEED, careType: "fysiotherapie" })];
  console.log(`${nl(COUNT)} zorgaanbieders gemaakt (zaad ${SEED}) in ${nl((performance.now() - started) / 1000, 1)} s.\n`);

  // The evaluator exactly as `beleid build` writes it (formatted), imported from a file.
  const dir = mkdtempSync(join(tmpdir(), "beleid-bench-"));
  const emitted = await emitPolicy(model, { runtimeImport: pathToFileURL(packageFile("build", "runtime", "index.js")).href, sourceName: POLICY });
  writeFileSync(join(dir, "evaluator.js"), emitted.js);
  const compiled = (await import(pathToFileURL(join(dir, "evaluator.js")).href)) as {
    besluitFysiotherapie(f: unknown): Besluit;
    beoordeelFysiotherapie(f: unknown): Beslissing;
    ZONDER_CONTROLE: Record<string, { besluit(f: unknown): Besluit; beoordeel(f: unknown): Beslissing }>;
  };
  const trusted = compiled.ZONDER_CONTROLE.fysiotherapie as { besluit(f: unknown): Besluit; beoordeel(f: unknown): Beslissing };
  const interpreter = createInterpreter(model).zorgsoort("fysiotherapie");
  const cel = createCel();
  const rulesEngine = createJsonRulesEngine();

  const expected = new Int8Array(COUNT);
  const results: Measured[] = [];
  const measure = (name: string, decide: (f: Record<string, unknown>) => Decision, count = COUNT) => {
    const got = new Int8Array(count);
    for (let i = 0; i < Math.min(20_000, count); i++) decide(records[i] as Record<string, unknown>); // warm up
    const t = performance.now();
    for (let i = 0; i < count; i++) got[i] = code(decide(records[i] as Record<string, unknown>));
    const seconds = (performance.now() - t) / 1000;
    let disagreements = 0;
    for (let i = 0; i < count; i++) if (got[i] !== expected[i]) disagreements++;
    results.push({ name, perSecond: count / seconds, records: count, disagreements });
    if (name === "handgeschreven JavaScript") return got;
    return undefined;
  };

  // The baseline first; its answers are what every other engine must give.
  for (let i = 0; i < COUNT; i++) expected[i] = code(handwrittenFysiotherapie(records[i] as Record<string, unknown>));
  measure("handgeschreven JavaScript", handwrittenFysiotherapie);
  measure("handgeschreven JavaScript met controle", handwrittenFysiotherapieChecked);
  measure("gecompileerd: besluitFysiotherapie", (f) => fromBesluit(compiled.besluitFysiotherapie(f)));
  measure("gecompileerd: ZONDER_CONTROLE besluit", (f) => fromBesluit(trusted.besluit(f)));
  measure("gecompileerd: beoordeelFysiotherapie (uitleg)", (f) => fromBesluit(compiled.beoordeelFysiotherapie(f)));
  measure("gecompileerd: ZONDER_CONTROLE beoordeel (uitleg)", (f) => fromBesluit(trusted.beoordeel(f)));
  measure("referentie-interpreter (besluit)", (f) => fromBesluit(interpreter.besluit(f)));
  measure(cel.name, (f) => cel.decide(f) as Decision);

  // json-rules-engine is asynchronous: one provider after the other, as an application would.
  {
    const got = new Int8Array(SLOW_COUNT);
    for (let i = 0; i < Math.min(2000, SLOW_COUNT); i++) await rulesEngine.decide(records[i] as Record<string, unknown>);
    const t = performance.now();
    for (let i = 0; i < SLOW_COUNT; i++) got[i] = code(await rulesEngine.decide(records[i] as Record<string, unknown>));
    const seconds = (performance.now() - t) / 1000;
    let disagreements = 0;
    for (let i = 0; i < SLOW_COUNT; i++) if (got[i] !== expected[i]) disagreements++;
    results.push({ name: rulesEngine.name, perSecond: SLOW_COUNT / seconds, records: SLOW_COUNT, disagreements });
  }

  const base = results[0]?.perSecond ?? 1;
  const jre = results.find((r) => r.name === rulesEngine.name)?.perSecond ?? 1;
  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`${"evaluator".padEnd(width)}  ${"beslissingen/s".padStart(14)}  ${"t.o.v. hand".padStart(11)}  ${"t.o.v. JRE".padStart(10)}  ${"records".padStart(10)}  akkoord`);
  for (const r of results) {
    console.log(
      `${r.name.padEnd(width)}  ${nl(r.perSecond).padStart(14)}  ${(nl(r.perSecond / base, 2) + "x").padStart(11)}  ${(nl(r.perSecond / jre, 1) + "x").padStart(10)}  ${nl(r.records).padStart(10)}  ${r.disagreements === 0 ? "ja" : `NEE: ${nl(r.disagreements)} verschillen`}`,
    );
  }
  const disagreeing = results.filter((r) => r.disagreements > 0);
  // The checked entry points against a hand-written function that checks the facts as well.
  const handChecked = results.find((r) => r.name === "handgeschreven JavaScript met controle")?.perSecond ?? 1;
  for (const name of ["gecompileerd: besluitFysiotherapie", "gecompileerd: beoordeelFysiotherapie (uitleg)"]) {
    const r = results.find((x) => x.name === name);
    if (r) console.log(`${name} t.o.v. handgeschreven met controle: ${nl(r.perSecond / handChecked, 2)}x`);
  }

  console.log("");
  timeCommandLine(dir);
  console.log("");
  for (const line of frontEnd) console.log(line);
  if (disagreeing.length > 0) {
    console.log(`\nFOUT: ${disagreeing.map((r) => r.name).join(", ")} geven andere beslissingen dan de handgeschreven functie.`);
    process.exitCode = 1;
  }
}

/** Median wall time of a fresh `beleid` process, in milliseconds; `env(i)` adds variables to run i. */
function timeBeleid(args: readonly string[], runs = 5, env: (run: number) => Record<string, string> = () => ({})): { ms: number; ok: boolean } {
  const times: number[] = [];
  let ok = true;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const run = spawnSync(process.execPath, [packageFile("build", "bin", "beleid.js"), ...args], { encoding: "utf8", env: { ...process.env, ...env(i) } });
    times.push(performance.now() - t);
    ok &&= run.status === 0;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, ok };
}

function timeCommandLine(dir: string): void {
  const policies = findPolicyFiles(["policies"]).files;
  // The formatted evaluators come from a cache (compiler/emit/formatCache.ts): measured with an
  // empty cache (every run its own, as after a change to every policy) and with a full one (no
  // policy changed). CACHE_DIR puts the cache in the benchmark's own folder.
  const buildArgs = ["build", "policies", "--out", join(dir, "dist")];
  const cold = timeBeleid(buildArgs, 5, (run) => ({ CACHE_DIR: join(dir, `cache-leeg-${run}`) }));
  console.log(`beleid build van alle ${policies.length} beleidsbestanden (nieuw proces), lege cache: ${nl(cold.ms)} ms${cold.ok ? "" : " (MISLUKT)"}`);
  const warm = timeBeleid(buildArgs, 5, () => ({ CACHE_DIR: join(dir, "cache-leeg-0") }));
  console.log(`beleid build van alle ${policies.length} beleidsbestanden (nieuw proces), volle cache: ${nl(warm.ms)} ms${warm.ok ? "" : " (MISLUKT)"}`);
  // The usual order of work: build, then compare two versions; the build left them in the cache.
  const afterBuild = diffPair(policies);
  if (afterBuild) {
    const diff = timeBeleid(["diff", ...afterBuild], 5, () => ({ CACHE_DIR: join(dir, "cache-leeg-0") }));
    const version = timeBeleid(["--versie"]);
    console.log(`beleid diff ${afterBuild.join(" ")} na beleid build (nieuw proces, de build vulde de cache): ${nl(diff.ms)} ms, ${nl(diff.ms - version.ms)} ms na de start${diff.ok ? "" : " (MISLUKT)"}`);
  }
  for (let run = 0; run < 5; run++) rmSync(join(dir, `cache-leeg-${run}`), { recursive: true, force: true });
  // `check` and `diff` take compiled results from a cache (compiler/cache/compileCache.ts):
  // measured with an empty cache (every run its own) and with a full one.
  const emptyCache = (name: string) => (run: number) => ({ CACHE_DIR: join(dir, `${name}-${run}`) });
  const fullCache = (name: string) => () => ({ CACHE_DIR: join(dir, `${name}-0`) });
  const check = timeBeleid(["check", POLICY], 5, emptyCache("cache-check"));
  const checkWarm = timeBeleid(["check", POLICY], 5, fullCache("cache-check"));
  console.log(`beleid check ${POLICY} (nieuw proces): lege cache ${nl(check.ms)} ms, volle cache ${nl(checkWarm.ms)} ms${check.ok && checkWarm.ok ? "" : " (MISLUKT)"}`);
  const version = timeBeleid(["--versie"]);
  console.log(`start van een beleid-proces (beleid --versie): ${nl(version.ms)} ms`);
  // `beleid diff` is built in parallel; measured as soon as this branch has it.
  const help = spawnSync(process.execPath, [packageFile("build", "bin", "beleid.js"), "--help"], { encoding: "utf8" }).stdout;
  const hasDiff = /^\s+diff\b/m.test(help);
  const pair = diffPair(policies);
  if (!hasDiff) console.log("beleid diff: nog niet beschikbaar op deze branch (niet gemeten).");
  else if (!pair) console.log("beleid diff: geen domein met twee versies gevonden (niet gemeten).");
  else {
    const diffArgs = ["diff", ...pair];
    const diff = timeBeleid(diffArgs, 5, emptyCache("cache-diff"));
    const diffWarm = timeBeleid(diffArgs, 5, fullCache("cache-diff"));
    console.log(`beleid diff ${pair.join(" ")} (nieuw proces), lege cache: ${nl(diff.ms)} ms, ${nl(diff.ms - version.ms)} ms na de start`);
    console.log(`beleid diff ${pair.join(" ")} (nieuw proces), volle cache: ${nl(diffWarm.ms)} ms, ${nl(diffWarm.ms - version.ms)} ms na de start`);
  }
}

/** The last two versions of the benchmark's domain (the largest files), or of another domain when it has one version. */
function diffPair(policies: readonly string[]): [string, string] | undefined {
  const byDomain = new Map<string, string[]>();
  for (const f of policies) byDomain.set(f.split("/").slice(0, -1).join("/"), [...(byDomain.get(f.split("/").slice(0, -1).join("/")) ?? []), f]);
  const files = byDomain.get(POLICY.split("/").slice(0, -1).join("/")) ?? [...byDomain.values()].find((found) => found.length >= 2);
  return files && files.length >= 2 ? [files[files.length - 2] as string, files[files.length - 1] as string] : undefined;
}

/** A large policy: the paramedical policy with many extra groups of rules. */
function syntheticPolicy(groups: number): string {
  const text = readFileSync(POLICY, "utf8");
  const conditions = [
    "behandelindex > 150",
    "telefonisch_bereikbaar_werkdagen en werkdagen_tot_eerste_afspraak <= 5",
    "aantal(kwaliteitsregisters) >= 1 en niet (verbonden_beroepen bevat \"Diëtist\")",
    "aandeel(fysiotherapeuten_verbijzonderd, fysiotherapeuten) >= 30% en minste_uren_verbijzonderd >= 24",
    "kngf_basisregister of skf_keurmerk",
    "contractjaar - laatste_contractjaar > 3",
  ];
  const lines: string[] = [];
  for (let g = 0; g < groups; g++) {
    lines.push(`  extra_groep_${g}:`, `    titel: Extra groep ${g}`, "    hoofdstuk: basis", "    soort: aanvullende_voorwaarde", "    zorgsoorten: [fysiotherapie]", "    status: voornemen", "    regels:");
    for (let r = 0; r < 10; r++) {
      const condition = conditions[(g + r) % conditions.length] as string;
      const unknown = /behandelindex|aandeel|laatste_contractjaar/.test(condition) ? ["        bij_onbekend: onwaar"] : [];
      lines.push(`      extra_${g}_${r}:`, `        tekst: Een extra regel ${g}.${r} om de snelheid van de compiler te meten.`, `        voorwaarde: ${condition}`, ...unknown);
    }
  }
  return text.replace(/^groepen:\n/m, `groepen:\n${lines.join("\n")}\n`);
}

/** The fields whose value is an expression (compiler/check/rules.ts, policy.ts). */
const EXPRESSION_FIELD = /\/(voorwaarde|van_toepassing_als|berekening)$/;

/** Loads a policy and parses every expression in it, as the checker does; returns how many. */
function parseEveryExpression(text: string): number {
  const { file } = loadPolicyText(POLICY, text, new SourceFiles());
  if (!file) throw new Error("the synthetic policy does not load");
  const context = new CheckContext(file);
  let count = 0;
  for (const at of file.locations.keys()) {
    if (!EXPRESSION_FIELD.test(at)) continue;
    const path = at.slice(1).split("/").map((step) => step.replaceAll("~1", "/").replaceAll("~0", "~"));
    let value: unknown = file.data;
    for (const step of path) value = (value as Record<string, unknown> | undefined)?.[step];
    if (typeof value !== "string") continue;
    context.parseAt(path, value);
    count++;
  }
  return count;
}

/** Front-end and parser throughput, as lines to print. */
function frontEndThroughput(): string[] {
  const lines: string[] = [];
  const text = syntheticPolicy(600);
  const mb = Buffer.byteLength(text) / 1e6;
  compileText(POLICY, text); // warm up
  // Median of five, as the lines below (one run swung between 3 and 5 MB/s on this machine).
  const compileTimes: number[] = [];
  let result = compileText(POLICY, text);
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    result = compileText(POLICY, text);
    compileTimes.push(performance.now() - started);
  }
  compileTimes.sort((x, y) => x - y);
  const seconds = (compileTimes[2] ?? 1) / 1000;
  const errors = result.diagnostics.filter((d) => d.severity === "fout").length;
  // `beleid diff` in a process that is already running (as `beleid build --watch` makes the
  // change reports): compile both versions, compare, write the report; median of five after one.
  const [older, newer] = ["policies/paramedische-zorg/2026-04.policy", POLICY];
  const diffTimes: number[] = [];
  for (let i = 0; i < 6; i++) {
    const started = performance.now();
    const a = compileFile(older as string).model;
    const b = compileFile(newer).model;
    if (a && b) renderReport(diffModels(a, b).report, "tekst", false);
    if (i > 0) diffTimes.push(performance.now() - started);
  }
  diffTimes.sort((x, y) => x - y);
  lines.push(`beleid diff ${older} ${newer} in een draaiend proces (beide compileren, vergelijken, verslag): ${nl(diffTimes[2] ?? 0)} ms`);
  lines.push(`laden + controleren van een synthetisch beleid van ${nl(mb, 1)} MB (${nl(result.model?.rules.length ?? 0)} regels): ${nl(mb / seconds, 1)} MB/s${errors > 0 ? ` (MET ${errors} FOUTEN)` : ""}`);
  // The load stage alone (YAML with positions, JSON Schema), without checking: median of five.
  const loadTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    loadPolicyText(POLICY, text, new SourceFiles());
    loadTimes.push(performance.now() - started);
  }
  loadTimes.sort((x, y) => x - y);
  lines.push(`alleen inlezen (YAML met posities, JSON Schema) van hetzelfde beleid: ${nl(mb / ((loadTimes[2] ?? 1) / 1000), 1)} MB/s`);
  // The parser: reading plus every condition (and calculation) parsed into its tree, with the
  // position of every word in the file, as the checker asks for them; median of five.
  const parseTimes: number[] = [];
  let parsed = 0;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    parsed = parseEveryExpression(text);
    parseTimes.push(performance.now() - started);
  }
  parseTimes.sort((x, y) => x - y);
  lines.push(`ontleden: inlezen en alle ${nl(parsed)} voorwaarden ontleden met hun posities (de parser), hetzelfde beleid: ${nl(mb / ((parseTimes[2] ?? 1) / 1000), 1)} MB/s`);

  const expressions = Array.from({ length: 200_000 }, (_, i) => `behandelindex > ${i % 300} en (kngf_basisregister of aandeel(fysiotherapeuten_verbijzonderd, fysiotherapeuten) >= 30%) en werkdagen_tot_eerste_afspraak tussen 1 en ${i % 10}`);
  const bytes = expressions.reduce((n, e) => n + Buffer.byteLength(e), 0) / 1e6;
  for (let i = 0; i < 5000; i++) parseExpression(expressions[i] as string);
  const p = performance.now();
  for (const e of expressions) parseExpression(e);
  lines.push(`expressieparser (Chevrotain) op ${nl(bytes, 1)} MB aan voorwaarden: ${nl(bytes / ((performance.now() - p) / 1000), 1)} MB/s`);

  // The runtime's decimal arithmetic (runtime/rounding.ts) behind aandeel(): a few nanoseconds a share.
  let sink = 0;
  for (let i = 0; i < 200_000; i++) sink += aandeel(i % 97, (i % 89) + 1) as number;
  const a = performance.now();
  for (let i = 0; i < 2_000_000; i++) sink += aandeel(i % 97, (i % 89) + 1) as number;
  lines.push(`aandeel() van de runtime: ${nl(((performance.now() - a) * 1e6) / 2_000_000, 1)} ns per aanroep${sink > 0 ? "" : " (MISLUKT)"}`);
  return lines;
}

await main();
