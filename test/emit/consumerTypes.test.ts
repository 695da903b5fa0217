/**
 * What a TypeScript consumer of a generated evaluator writes compiles against its declarations:
 * the runtime's types imported from the evaluator's own module (`Regeluitkomst`, `Uitkomst`,
 * `Beslissing`, `FeitProbleem`), `FEITEN` with the values of a keuze or verzameling, and a
 * generic wrapper around `beoordeel` with `FeitenVoor<Z>`, as docs/beslissing.md shows it
 * (with `FeitenPerZorgsoort[Z]` it does not compile, which the documentation says too).
 */

import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { planBuild } from "../../compiler/build.js";

const project = mkdtempSync(join(tmpdir(), "beleid-consumer-"));

beforeAll(async () => {
  const out = join(project, "dist");
  const plan = await planBuild(["policies/paramedische-zorg/2026-07.policy"], out);
  for (const file of plan.outputs) {
    if (relative(out, file.path).startsWith("site")) continue;
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.content);
  }
  writeFileSync(join(project, "package.json"), JSON.stringify({ type: "module" }));
});

/** The type errors in a consumer module with `source`, next to `dist/`. */
function typeErrors(source: string): string[] {
  const file = join(project, `consumer-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, source);
  const program = ts.createProgram([file], { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, types: [] });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

/** The example of docs/beslissing.md: a wrapper that works for every care type. */
const WRAPPER = `
import {
  beoordeel,
  FEITEN,
  FeitenFout,
  REGELS,
  type BeslissingPerZorgsoort,
  type Beslissing,
  type FeitenFysiotherapie,
  type FeitenVoor,
  type FeitProbleem,
  type Regeluitkomst,
  type Uitkomst,
  type Zorgsoort,
} from "./dist/policies/paramedische-zorg/2026-07.js";

export function beoordeelEnMeld<Z extends Zorgsoort>(zorgsoort: Z, feiten: FeitenVoor<Z>): BeslissingPerZorgsoort[Z] | FeitProbleem[] {
  try {
    return beoordeel(zorgsoort, feiten);
  } catch (fout) {
    if (fout instanceof FeitenFout) return [...fout.problemen];
    throw fout;
  }
}

declare const feiten: FeitenFysiotherapie;
const uitkomst = beoordeelEnMeld("fysiotherapie", feiten);
if (!Array.isArray(uitkomst)) {
  const regels: readonly Regeluitkomst[] = uitkomst.regels;
  const eerste: Uitkomst | undefined = regels[0]?.uitkomst;
  const algemeen: Beslissing = uitkomst;
  console.log(eerste, algemeen.inAanmerking);
}

const interventies: readonly ("CooL" | "SLIMMER" | "BeweegKuur" | "Samen Sportief in Beweging" | "X-fitt" | "Keer diabetes 2 om regulier" | "Keer diabetes 2 om online" | "een andere interventie")[] = FEITEN.gli_interventie.waarden;
console.log(interventies, FEITEN.kwaliteitsregisters.waarden.includes("Kwaliteitsregister Paramedici"));

// The whole of a part is a key of FEITEN; the care of a selective purchase rule is a text.
const geheel = FEITEN[FEITEN.fysiotherapeuten_verbijzonderd.nietGroterDan];
const deelzorg: string = REGELS.parkinsonnet.deelzorg;
console.log(geheel.omschrijving, deelzorg);
`;

/** The care not purchased (docs/beslissing.md, "Welke zorg niet wordt ingekocht"), checked and unchecked. */
const NOT_PURCHASED = `
import { nietIngekochtFysiotherapie, nietIngekochtLogopedie, ZONDER_CONTROLE, type DeelzorgFysiotherapie, type FeitenFysiotherapie, type NietIngekochtPerZorgsoort } from "./dist/policies/paramedische-zorg/2026-07.js";

declare const feiten: FeitenFysiotherapie;
const zorg: DeelzorgFysiotherapie[] = nietIngekochtFysiotherapie(feiten);
const parkinson: boolean = zorg.includes("paramedische zorg bij de ziekte van Parkinson");
const ongecontroleerd: NietIngekochtPerZorgsoort["fysiotherapie"] = ZONDER_CONTROLE.fysiotherapie.nietIngekocht(feiten);
zorg.push("langdurige fysiotherapie bij Reumatoïde Artritis");
console.log(parkinson, ongecontroleerd, nietIngekochtLogopedie);
`;

describe("a TypeScript consumer of a generated evaluator", () => {
  it("gets the care not purchased as a list of the care type's parts of the care, only where the care type purchases selectively", () => {
    expect(typeErrors(NOT_PURCHASED)).toEqual([]);
    // A part of the care of no selective purchase rule of the care type is no DeelzorgFysiotherapie.
    expect(typeErrors(NOT_PURCHASED.replace('zorg.includes("paramedische zorg bij de ziekte van Parkinson")', 'zorg.includes("handtherapie")'))).toHaveLength(1);
    // Huidtherapie purchases nothing selectively: neither nietIngekochtHuidtherapie nor ZONDER_CONTROLE.huidtherapie.nietIngekocht.
    expect(typeErrors(NOT_PURCHASED.replace("nietIngekochtLogopedie,", "nietIngekochtHuidtherapie,").replace("nietIngekochtLogopedie)", "nietIngekochtHuidtherapie)"))).not.toEqual([]);
    expect(typeErrors(NOT_PURCHASED.replace("ZONDER_CONTROLE.fysiotherapie.nietIngekocht(feiten)", "ZONDER_CONTROLE.huidtherapie.nietIngekocht(feiten)"))).not.toEqual([]);
  });

  it("imports the runtime's types from the evaluator, reads the values of FEITEN and wraps beoordeel with FeitenVoor<Z>", () => {
    expect(typeErrors(WRAPPER)).toEqual([]);
  });

  it("cannot wrap beoordeel with FeitenPerZorgsoort[Z], as the documentation says", () => {
    const errors = typeErrors(WRAPPER.replace("feiten: FeitenVoor<Z>)", "feiten: FeitenPerZorgsoort[Z])").replace("type FeitenVoor,", "type FeitenVoor, type FeitenPerZorgsoort,"));
    expect(errors.length).toBe(1);
    expect(errors[0]).toContain("FeitenVoor<Z>");
  });
});
