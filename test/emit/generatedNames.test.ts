/**
 * The names the generated module and its declarations make from keys never clash with the
 * module's own names, the runtime's, each other's or JavaScript's: either the emitter picks
 * another name (a local or constant gets a number, a care type's inner function an underscore)
 * or the checker refuses the key at its place (BL215). The fixed names are found from the
 * emitted declarations themselves, so a new type in `dts.ts` that a key could name again fails
 * here until `MODULE_TYPE_NAMES` (names.ts) has it, and with that the checker refuses that key.
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { planBuild } from "../../compiler/build.js";
import { careTypeFunctionNames, RUNTIME_NAMES } from "../../compiler/emit/careTypeNames.js";
import { emitDeclarations } from "../../compiler/emit/dts.js";
import { emitModule } from "../../compiler/emit/js.js";
import { CARE_TYPE_TYPE_PREFIXES, camelCase, careTypeTypeName, MODULE_TYPE_NAMES } from "../../compiler/emit/names.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import type { CompileResult } from "../../compiler/compile.js";
import { compile, group, policyWith, rule } from "../analyse/policy.js";

/** A selective group, so that every care type has its `nietIngekocht…` and `Deelzorg…`. */
const SELECTIVE = group("s", "selectieve_inkoop", rule("p", "b", "        deelzorg: zorg bij de ziekte van Parkinson\n"));
const DIFFERENTIATION = "        A: { naam: Zorgovereenkomst A, factoren: 1 }\n        B: { naam: Zorgovereenkomst B, factoren: 0 }\n";

/** policyWith's policy with care types `keys` instead of `een` and `twee`; the first differentiated. */
function withCareTypes(keys: readonly string[], body = group("g", "randvoorwaarde", rule("r", "a")) + SELECTIVE): string {
  const text = policyWith(body + group("f", "differentiatiefactor", rule("factor", "a"), `[${keys[0]}]`), DIFFERENTIATION);
  const careTypes = keys
    .map((key, i) => `  ${key}:\n    naam: Zorg ${i + 1}\n    overeenkomst: { soort: nieuw, hoofdstuk: h, tekst: Een overeenkomst. }\n${i === 0 ? `    differentiatie:\n      hoofdstuk: h\n      overeenkomsten:\n${DIFFERENTIATION}` : ""}`)
    .join("");
  return text.replace(/zorgsoorten:\n[\s\S]*?\ngroepen:\n/, `zorgsoorten:\n${careTypes}groepen:\n`);
}

function errors(result: CompileResult) {
  return result.diagnostics.filter((d) => d.severity === "fout").map((d) => ({ code: d.code, at: result.sources.get(d.span.file)?.text.slice(d.span.start, d.span.end) ?? "", hint: d.hint ?? "" }));
}

/** The names a module declares, imports or exports at its top level. */
function topLevelNames(source: string, file: string): string[] {
  const names: string[] = [];
  for (const statement of ts.createSourceFile(file, source, ts.ScriptTarget.ES2022).statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause?.namedBindings && ts.isNamedImports(statement.importClause.namedBindings)) {
      names.push(...statement.importClause.namedBindings.elements.map((e) => e.name.text));
    } else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      names.push(...statement.exportClause.elements.map((e) => e.name.text));
    } else if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) {
      if (statement.name) names.push(statement.name.text);
    } else if (ts.isVariableStatement(statement)) {
      names.push(...statement.declarationList.declarations.map((d) => (d.name as ts.Identifier).text));
    } else {
      throw new Error(`unexpected statement: ${statement.getText()}`);
    }
  }
  return names;
}

/** `FoutGegevens` -> `fout_gegevens`: a key that gives this part of a name. */
const keyFor = (pascal: string) => pascal.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

describe("the names the declarations have whatever the policy", () => {
  it("are the module's own types (MODULE_TYPE_NAMES), its own values and the names made from each care type", () => {
    const keys = ["een", "preventieve_voetzorg"];
    const result = compile(withCareTypes(keys));
    expect(errors(result)).toEqual([]);
    const declared = topLevelNames(emitDeclarations(result.model!, { runtimeImport: "beleid/runtime", sourceName: "proef.policy" }), "proef.d.ts");
    const values = ["beleid", "HOOFDSTUKKEN", "FEITEN", "REGELS", "ZORGSOORTEN", "beoordeel", "besluit", "ZONDER_CONTROLE"];
    const ofCareTypes = keys.flatMap((key) => {
      const functions = careTypeFunctionNames({ id: key });
      return [...CARE_TYPE_TYPE_PREFIXES.map((prefix) => careTypeTypeName(prefix, key)), functions.beoordeel, functions.besluit, functions.nietIngekocht];
    });
    // Imported and exported again: the runtime's types twice, FeitenFout once.
    const once = [...new Set(declared)];
    expect(once.sort()).toEqual([...MODULE_TYPE_NAMES, ...values, ...ofCareTypes].sort());
  });
});

describe("a care type key that would name one of the module's own types again", () => {
  // Every fixed type that starts with a prefix the declarations put before a care type's name.
  const clashing = MODULE_TYPE_NAMES.flatMap((name) =>
    CARE_TYPE_TYPE_PREFIXES.filter((prefix) => name.toLowerCase().startsWith(prefix.toLowerCase()) && name.length > prefix.length).map((prefix) => ({ name, key: keyFor(name.slice(prefix.length)) })),
  );

  it("are these keys (found from the names, not listed by hand)", () => {
    expect([...new Set(clashing.map((c) => c.key))].sort()).toEqual(["beschrijving", "fout", "fout_gegevens", "per_zorgsoort", "uitkomst", "voor"]);
  });

  it.each(clashing)("$key is refused at the key, naming $name and a key that would do", ({ name, key }) => {
    const text = withCareTypes(["een", key]);
    const found = errors(compile(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: "BL215", at: key });
    expect(found[0]?.hint).toContain(name);
    expect(found[0]?.hint).toMatch(new RegExp(`Met bijvoorbeeld ‘zorg_${key}’ gebeurt dat niet\\. Kies een andere sleutel\\.$`));
    // The key it suggests is accepted.
    expect(errors(compile(withCareTypes(["een", `zorg_${key}`])))).toEqual([]);
  });

  it("the hint says which names differ only in capitals, and gives no key another care type has", () => {
    const [uitkomst] = errors(compile(withCareTypes(["een", "uitkomst"])));
    expect(uitkomst?.hint).toContain("‘uitkomst’ zou het type RegelUitkomst geven, naast Regeluitkomst van de evaluator zelf: namen die alleen in hoofdletters verschillen, zijn te gemakkelijk te verwarren.");
    const [voor] = errors(compile(withCareTypes(["zorg_voor", "voor"])));
    expect(voor?.hint).toBe("De evaluator noemt typen naar de zorgsoort (Feiten…, Zorgsoort…, Overeenkomst…); ‘voor’ zou het type FeitenVoor geven, dat de evaluator zelf al heeft. Kies een andere sleutel.");
  });
});

describe("two care type keys that give the same names", () => {
  it("are refused at the second also when the names differ only in capitals (gli and g_l_i: beoordeelGli and beoordeelGLI)", () => {
    const found = errors(compile(withCareTypes(["gli", "g_l_i"])));
    expect(found).toEqual([
      {
        code: "BL215",
        at: "g_l_i",
        hint: "‘g_l_i’ en ‘gli’ krijgen in de evaluator namen die alleen in hoofdletters verschillen (Gli en GLI, zoals in beoordeelGli en beoordeelGLI); sleutels van zorgsoorten moeten meer verschillen dan in lage streepjes of hoofdletters. Kies een andere sleutel.",
      },
    ]);
    // a_b_c and a_bc gave the same constants (UITLEG_A_BC) but different functions.
    expect(errors(compile(withCareTypes(["a_bc", "a_b_c"])))).toMatchObject([{ code: "BL215", at: "a_b_c" }]);
    expect(errors(compile(withCareTypes(["fo", "føo"])))[0]?.hint).toContain("meer verschillen dan in lage streepjes, hoofdletters of letters buiten a tot en met z (zoals é en ø).");
    expect(errors(compile(withCareTypes(["gli", "g_li_2"])))).toEqual([]);
  });
});

/** Conditions that make the module import most runtime helpers. */
const HELPER_CONDITIONS = [
  "aantal(s) >= 2",
  "aandeel(y, x) >= 30%",
  "als(a, y, 3) > 2",
  "bekend(x)",
  "eerste_van_maand(d) = 2026-01-01",
  "eerste_van_volgende_maand(d) > 2026-01-01",
  "jaar(d) >= 2025",
  "plus_dagen(d, 30) > 2026-01-01",
  "plus_maanden(d, 1) > 2026-01-01",
  "dagen_tussen(d, 2026-12-31) > 10",
  "max(x, y) > 1",
  "min(y, 3) >= 1",
  "naar_beneden(y) >= 1",
  "naar_boven(y) >= 1",
  "afronden(y) >= 1",
  "x > 1",
  "x >= 1",
  "x < 5",
  "x <= 5",
  "x = 3",
  "x ≠ 3",
  "x + y > 3",
  "x - y > 0",
  "x * 2 > 1",
  "x / 2 > 1",
  "-x < 0",
  "x tussen 1 en 5",
  "niet (x > 1)",
  "x > 1 en a",
  "x > 1 of a",
  "x in [1, 2]",
  's bevat "v1"',
  'k in ["rood", "groen"]',
  "p >= 30%",
];

/** The date rules: each but the first keyed after a helper that the one after it uses. */
const DATE_RULES = (keys: readonly string[]) => `datumregels:
  ${keys[0]}:
    omschrijving: Een
    hoofdstuk: h
    tekst: Een datum.
    berekening: plus_dagen(d, 1)
    zorgsoorten: alle
  ${keys[1]}:
    omschrijving: Twee
    hoofdstuk: h
    tekst: Een datum.
    berekening: als(a, eerste_van_maand(d), plus_maanden(d, 2))
    zorgsoorten: alle
  ${keys[2]}:
    omschrijving: Drie
    hoofdstuk: h
    tekst: Een datum.
    berekening: plus_maanden(eerste_van_volgende_maand(d), 1)
    zorgsoorten: alle
`;

type Decision = { inAanmerking: boolean; benaderd: boolean; regels: { uitkomst: string }[]; datums: Record<string, string | null> };

describe("rule and date rule keys that are names of the runtime or of JavaScript", () => {
  // A key for every runtime export a key can give (not Uitleg or MAANDEN), and words of JavaScript.
  const runtimeKeys = RUNTIME_NAMES.map(keyFor).filter((key, i) => camelCase(key) === RUNTIME_NAMES[i]);
  const words = ["delete", "class", "arguments", "eval", "await", "yield", "let", "static", "undefined", "feiten", "besluit", "prototype", "voldoet_aan_voorwaarden", "beoordeel"];
  const tricky = [...runtimeKeys, ...words];
  const policy = (keys: readonly string[], dateKeys: readonly string[]) =>
    policyWith(
      group("g", "randvoorwaarde", keys.map((key, i) => rule(key, i % 2 === 0 ? "a" : "niet b")).join("") + HELPER_CONDITIONS.map((condition, i) => rule(`h${i + 1}`, condition)).join("")) + DATE_RULES(dateKeys),
    );

  it("give a module that decides as with other keys, using every helper it imports", async () => {
    const named = compile(policy(tricky, ["als", "eerste_van_maand", "plus_maanden"]));
    const plain = compile(policy(tricky.map((_, i) => `n${i + 1}`), ["d1", "d2", "d3"]));
    expect(errors(named)).toEqual([]);
    expect(errors(plain)).toEqual([]);
    const evaluators = [await loadEvaluator(named.model!), await loadEvaluator(plain.model!)] as unknown as { beoordeel(z: string, f: unknown): Decision }[];
    const FACTS = [
      { x: 3, y: 2, p: 40, d: "2026-03-15", t: "04", k: "rood", s: ["v1", "v2"], a: true, b: false },
      { x: null, y: 0, p: 10, d: "2024-12-31", t: "", k: "blauw", s: [], a: false, b: true },
    ];
    const summary = (d: Decision) => ({ inAanmerking: d.inAanmerking, benaderd: d.benaderd, uitkomsten: d.regels.map((r) => r.uitkomst), datums: Object.values(d.datums) });
    for (const careType of ["een", "twee"]) {
      for (const facts of FACTS) {
        const [withNames, withoutNames] = evaluators.map((m) => summary(m.beoordeel(careType, facts)));
        expect(withNames).toEqual(withoutNames);
      }
    }
    // The rules' keys cover every helper the module imports that a key can name.
    const code = emitModule(named.model!, { runtimeImport: "beleid/runtime", sourceName: "proef.policy" });
    const imported = topLevelNames(code, "proef.js").filter((n) => RUNTIME_NAMES.includes(n) && n !== "FeitenFout");
    expect(imported.length).toBeGreaterThan(30);
    for (const helper of imported) if (helper !== "Uitleg") expect(runtimeKeys.map(camelCase), helper).toContain(helper);
  });
});

describe("care type keys that are names of JavaScript, the runtime or the module", () => {
  const project = mkdtempSync(join(tmpdir(), "beleid-names-"));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const KEYS = ["feiten", "delete", "constructor", "to_string", "uitleg", "aantal", "beoordeel", "besluit_een", "zorg_voor", "zorg_fout_gegevens", "regel", "deelzorg", "feiten_per", "per", "gli"];

  it("give a module that loads and decides, and declarations that type-check", async () => {
    const file = join(project, "policies", "proef", "2026.policy");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, withCareTypes(KEYS));
    const out = join(project, "dist");
    const plan = await planBuild([file], out);
    expect(plan.diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
    for (const output of plan.outputs) {
      if (relative(out, output.path).startsWith("site")) continue;
      mkdirSync(dirname(output.path), { recursive: true });
      writeFileSync(output.path, output.content);
    }
    writeFileSync(join(project, "package.json"), JSON.stringify({ type: "module" }));
    const module = join(out, "policies", "proef", "2026.js");
    const evaluator = (await import(/* @vite-ignore */ `file://${module}`)) as Record<string, (f: unknown) => { inAanmerking: boolean }> & {
      ZONDER_CONTROLE: Record<string, { besluit(f: unknown): { inAanmerking: boolean }; nietIngekocht(f: unknown): string[] }>;
      beoordeel(z: string, f: unknown): { inAanmerking: boolean };
    };
    const facts = { x: 1, y: 1, p: 1, d: "2026-01-01", t: "", k: "rood", s: [], a: true, b: false };
    for (const key of KEYS) {
      const names = careTypeFunctionNames({ id: key });
      expect(evaluator.beoordeel(key, facts).inAanmerking, key).toBe(true);
      expect(evaluator[names.beoordeel]!(facts).inAanmerking, key).toBe(true);
      expect(evaluator[names.besluit]!(facts).inAanmerking, key).toBe(true);
      expect(evaluator.ZONDER_CONTROLE[key]!.nietIngekocht(facts), key).toEqual(["zorg bij de ziekte van Parkinson"]);
    }
    // A consumer that names every type and function of every care type.
    const consumer = join(project, "consumer.ts");
    const lines = KEYS.flatMap((key, i) => {
      const names = careTypeFunctionNames({ id: key });
      return [
        `const feiten${i}: m.${careTypeTypeName("Feiten", key)} = { a: true, b: false };`,
        `const beslissing${i}: m.${careTypeTypeName("Beslissing", key)} = m.${names.beoordeel}(feiten${i});`,
        `const overeenkomst${i}: m.${careTypeTypeName("Overeenkomst", key)} | null = m.${names.besluit}(feiten${i}).overeenkomst;`,
        `const regels${i}: readonly m.${careTypeTypeName("Regel", key)}[] = m.ZORGSOORTEN[${JSON.stringify(key)}].regels satisfies m.${careTypeTypeName("Zorgsoort", key)}["regels"];`,
        `const deelzorg${i}: m.${careTypeTypeName("Deelzorg", key)}[] = m.${names.nietIngekocht}(feiten${i});`,
        `export const uit${i} = [beslissing${i}, overeenkomst${i}, regels${i}, deelzorg${i}, m.beoordeel(${JSON.stringify(key)}, feiten${i}) satisfies m.BeslissingPerZorgsoort[${JSON.stringify(key)}]];`,
      ];
    });
    writeFileSync(consumer, `import * as m from "./dist/policies/proef/2026.js";\n${lines.join("\n")}\n`);
    const program = ts.createProgram([consumer], { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, types: [], skipLibCheck: false });
    expect(ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? relative(project, d.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`)).toEqual([]);
  }, 120_000);
});

describe("fact and agreement keys", () => {
  it("are only property keys and texts in the module, also when they are names of JavaScript or of the module", async () => {
    const facts = ["constructor", "prototype", "feiten", "delete", "to_string"];
    const text = withCareTypes(["een", "twee"], group("g", "randvoorwaarde", facts.map((fact, i) => rule(`r${i}`, `${fact} > 1`)).join("")) + SELECTIVE)
      .replace("feiten:\n", `feiten:\n${facts.map((fact) => `  ${fact}:\n    type: getal\n    omschrijving: Feit ${fact}.\n`).join("")}`)
      .replace(DIFFERENTIATION, "        constructor: { naam: Zorgovereenkomst A, factoren: 1 }\n        delete: { naam: Zorgovereenkomst B, factoren: 0 }\n");
    const result = compile(text);
    expect(errors(result)).toEqual([]);
    const evaluator = (await loadEvaluator(result.model!)) as unknown as { beoordeel(z: string, f: unknown): Decision & { overeenkomst: { id: string } | null } };
    const known = Object.fromEntries([...facts.map((fact) => [fact, 2]), ["a", true], ["b", true]]);
    expect(evaluator.beoordeel("een", known).overeenkomst?.id).toBe("constructor");
    expect(evaluator.beoordeel("een", { ...known, a: false }).overeenkomst?.id).toBe("delete");
    expect(evaluator.beoordeel("twee", { ...known, delete: 1 }).inAanmerking).toBe(false);
    // A fact missing from the facts is missing, not found on Object.prototype.
    expect(() => evaluator.beoordeel("een", { ...known, constructor: undefined })).toThrow("constructor");
  });
});
