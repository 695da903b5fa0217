/**
 * Validates the plain data of a .policy file against the JSON Schema (ajv, compiled once)
 * and turns ajv's errors into Dutch diagnostics at the right key or value. Numbers written as
 * YAML text are coerced to numbers here, as the schema says.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Ajv as AjvType, ErrorObject, Options, ValidateFunction } from "ajv";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { packageFile } from "../packageRoot.js";
import type { Span } from "../span.js";
import { closestName } from "../suggest.js";
import { decimalCommaAdvice } from "../../grammar/numberHints.js";
import type { Location } from "./yamlTree.js";
import { invisibleCharacterHint, withoutInvisible } from "./invisibleCharacters.js";
import { isNonFiniteWord, numberFieldProblem } from "./numberFields.js";
import { loadPrecompiled, precompiledSource, validatorFingerprint } from "./precompiled.js";

const validators = new Map<string, ValidateFunction>();

/** Reads a JSON Schema that ships with the package (in compiler/schema/). */
export function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(packageFile("compiler", "schema", name), "utf8")) as Record<string, unknown>;
}

export function policySchema(): Record<string, unknown> {
  return readSchema("policy.schema.json");
}

/** Yes and no as a condition writes them (or in English), and as `bij_onbekend` writes them. */
const TRUTH_FIELD_WORDS: Readonly<Record<string, string>> = { ja: "waar", nee: "onwaar", true: "waar", false: "onwaar", yes: "waar", no: "onwaar" };

export const AJV_OPTIONS: Options = { allErrors: true, coerceTypes: true, verbose: true, strict: true, strictRequired: false };

/**
 * The ajv instance the schemas are compiled with (ajv is loaded only when a schema must be
 * compiled). Checking a schema against the JSON Schema meta-schema costs a third of the compile
 * time; the schemas ship with the package and test/compiler/schema.test.ts checks them
 * (`validateSchema: true`).
 */
export function schemaCompiler(options: { readonly validateSchema: boolean; readonly source?: boolean }): AjvType {
  const { Ajv } = createRequire(import.meta.url)("ajv") as typeof import("ajv");
  const ajv = new Ajv({ ...AJV_OPTIONS, validateSchema: options.validateSchema, ...(options.source ? { code: { source: true } } : {}) });
  ajv.addVocabulary(["x-vorm", "x-verwacht"]);
  return ajv;
}

/** The validator of a schema: precompiled when `npm run compile` made it from this schema (precompiled.ts), else compiled now. */
function compiledValidator(name = "policy.schema.json"): ValidateFunction {
  const cached = validators.get(name);
  if (cached) return cached;
  const text = readFileSync(packageFile("compiler", "schema", name), "utf8");
  const compiled = loadPrecompiled(name, validatorFingerprint(text, AJV_OPTIONS)) ?? schemaCompiler({ validateSchema: false }).compile(JSON.parse(text) as object);
  validators.set(name, compiled);
  return compiled;
}

/** The standalone code of a schema's validator, for `precompiled.ts`. */
export function precompile(name: string): string {
  const text = readFileSync(packageFile("compiler", "schema", name), "utf8");
  const ajv = schemaCompiler({ validateSchema: false, source: true });
  return precompiledSource(ajv, ajv.compile(JSON.parse(text) as object), validatorFingerprint(text, AJV_OPTIONS));
}

/**
 * Validates (and coerces, in place) a test file (policytest.schema.json). Errors inside one
 * case (`gevallen[n]`) leave the other cases usable: `brokenCases` lists the cases with errors,
 * or is `undefined` when an error lies outside the cases and the file cannot be run.
 */
export function validateTestData(data: unknown, file: string, locations: ReadonlyMap<string, Location>): { diagnostics: Diagnostic[]; brokenCases: ReadonlySet<number> | undefined } {
  const validate = compiledValidator("policytest.schema.json");
  if (validate(data)) return { diagnostics: [], brokenCases: new Set() };
  const errors = validate.errors ?? [];
  const brokenCases = new Set<number>();
  for (const error of errors) {
    const index = /^\/gevallen\/(\d+)(?:\/|$)/.exec(error.instancePath)?.[1];
    if (index === undefined) return { diagnostics: translateErrors(errors, file, locations), brokenCases: undefined };
    brokenCases.add(Number(index));
  }
  return { diagnostics: translateErrors(errors, file, locations), brokenCases };
}

export interface ValidationResult {
  readonly diagnostics: Diagnostic[];
  /**
   * When the file had schema errors that could be cut out (an unknown field, a broken fact or
   * rule), the entities removed; the rest of the file is then valid and can still be checked,
   * so the author sees all problems at once. `undefined` when the file cannot be checked further.
   * A cell of a table is cut out alone, and a row that is no map is emptied; they are listed by
   * their JSON pointers (`/tabellen/vektis/rijen/fysiotherapie/beroep`), so that the check does
   * not report their cells missing (see `prunedCell`).
   */
  readonly pruned: ReadonlySet<string> | undefined;
}

/** A table's cell (or its parts): cut out alone, so the table stays for the rules and `volgorde` that name it. */
const TABLE_CELL = /^\/tabellen\/[^/]+\/rijen\/[^/]+\/[^/]+/;
/** A table's row that is no map of cells: emptied, not cut out, so a rule's `tabel[zorgsoort]` still finds its key. */
const TABLE_ROW = /^\/tabellen\/[^/]+\/rijen\/[^/]+$/;

/** Entities that can be cut out of a file as a whole, as JSON pointer patterns. */
const PRUNABLE = [
  /^\/groepen\/[^/]+\/regels\/[^/]+/,
  TABLE_CELL,
  TABLE_ROW,
  /^\/(hoofdstukken|feiten|zorgsoorten|groepen|datumregels|tabellen|planning|teksten)\/[^/]+/,
];

/** The pointer of a table's cell (or, without `column`, row) as `ValidationResult.pruned` lists it when the load stage cut it out. */
export function prunedCell(table: string, row: string, column?: string): string {
  return ["", "tabellen", table, "rijen", row, ...(column === undefined ? [] : [column])].map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
}

/**
 * Errors about the `sleutel` of a row in a table that has a column `sleutel`: the check refuses
 * that column (BL215, with what `sleutel` is for), and the rows that fill it are no more mistakes
 * of their own. Their cells are cut out all the same.
 */
function isSleutelColumnCell(data: unknown, error: ErrorObject): boolean {
  const match = /^\/tabellen\/([^/]+)\/rijen\/[^/]+\/sleutel(?:\/|$)/.exec(error.instancePath);
  if (!match) return false;
  const tables = (data as { tabellen?: Record<string, { kolommen?: unknown } | undefined> } | null)?.tabellen;
  const columns = tables?.[(match[1] as string).replace(/~1/g, "/").replace(/~0/g, "~")]?.kolommen;
  return typeof columns === "object" && columns !== null && Object.hasOwn(columns, "sleutel");
}

/** Validates (and coerces, in place) `data`. */
export function validatePolicyData(data: unknown, file: string, locations: ReadonlyMap<string, Location>): ValidationResult {
  const validate = compiledValidator();
  if (validate(data)) return { diagnostics: [], pruned: new Set() };
  const errors = validate.errors ?? [];
  const diagnostics = translateErrors(errors.filter((e) => !isSleutelColumnCell(data, e)), file, locations);
  const pruned = pruneInvalid(data, errors);
  if (pruned === undefined || !validate(data)) return { diagnostics, pruned: undefined };
  return { diagnostics, pruned };
}

function pruneInvalid(data: unknown, errors: readonly ErrorObject[]): Set<string> | undefined {
  const pruned = new Set<string>();
  const removals: string[][] = [];
  const emptied: string[][] = [];
  for (const error of errors) {
    if (error.keyword === "if" || error.schemaPath.includes("/propertyNames/")) continue;
    if (error.keyword === "additionalProperties" || error.keyword === "propertyNames") {
      const params = error.params as { additionalProperty?: string; propertyName?: string };
      const property = String(params.additionalProperty ?? params.propertyName);
      removals.push([...splitPointer(error.instancePath), property]);
      pruned.add(property);
      // `keur​merk` (with a zero width space) is used as `keurmerk`: not a second problem.
      pruned.add(withoutInvisible(property));
      continue;
    }
    const match = PRUNABLE.map((pattern) => pattern.exec(error.instancePath)).find((m) => m !== null);
    if (!match) return undefined;
    const path = splitPointer(match[0]);
    if (TABLE_ROW.test(match[0])) {
      pruned.add(prunedCell(path[1] as string, path[3] as string));
      emptied.push(path);
      continue;
    }
    // A cell by its pointer: its column's name is no entity a reference could name.
    pruned.add(TABLE_CELL.test(match[0]) ? prunedCell(path[1] as string, path[3] as string, path[4] as string) : (path[path.length - 1] as string));
    removals.push(path);
  }
  // Deepest first, so a removed parent does not hide a child's removal.
  removals.sort((a, b) => b.length - a.length);
  for (const path of removals) {
    let parent: unknown = data;
    for (const part of path.slice(0, -1)) parent = (parent as Record<string, unknown> | undefined)?.[part];
    if (parent && typeof parent === "object") delete (parent as Record<string, unknown>)[path[path.length - 1] as string];
  }
  for (const path of emptied) {
    let parent: unknown = data;
    for (const part of path.slice(0, -1)) parent = (parent as Record<string, unknown> | undefined)?.[part];
    if (parent && typeof parent === "object") (parent as Record<string, unknown>)[path[path.length - 1] as string] = {};
  }
  return pruned;
}

function splitPointer(pointerText: string): string[] {
  return pointerText.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}

const TYPE_NAMES: Record<string, string> = {
  object: "een lijst van sleutels met waarden",
  array: "een lijst (met ‘- ’ of [ ])",
  string: "een tekst",
  integer: "een geheel getal",
  number: "een getal",
  boolean: "ja of nee",
  null: "niets",
};

function describeFound(value: unknown): string {
  if (value === null || value === undefined) return "niets";
  if (Array.isArray(value)) return "een lijst";
  if (typeof value === "object") return "een lijst van sleutels met waarden";
  return `‘${String(value)}’`;
}

/** A Dutch description of where a JSON pointer points, for messages. */
export function describePlace(pointerText: string): string {
  const parts = pointerText.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (parts.length === 0) return "het bestand";
  const labels: Record<string, string> = {
    hoofdstukken: "hoofdstuk",
    feiten: "feit",
    zorgsoorten: "zorgsoort",
    groepen: "groep",
    regels: "regel",
    datumregels: "datumregel",
    tabellen: "tabel",
    planning: "planningsonderdeel",
    teksten: "tekst",
    overeenkomsten: "overeenkomst",
    kolommen: "kolom",
    rijen: "rij",
    feitensets: "feitenset",
    gevallen: "geval",
  };
  let description = "";
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const label = labels[part];
    const next = parts[i + 1];
    if (label && next !== undefined) {
      // An item of a list (gevallen) by its number, counted from 1 as the author counts.
      description = /^\d+$/.test(next) ? `${label} ${Number(next) + 1}` : `${label} ‘${next}’`;
      i++;
    } else if (!label) {
      description = description ? `‘${part}’ van ${description}` : `‘${part}’`;
    } else {
      description = `‘${part}’`;
    }
  }
  return description;
}

function translateErrors(errors: ErrorObject[], file: string, locations: ReadonlyMap<string, Location>, findMisplaced = true): Diagnostic[] {
  const fileStart: Span = { file, start: 0, end: 0 };
  const valueSpan = (path: string): Span => locations.get(path)?.span ?? fileStart;
  const keySpan = (path: string): Span => locations.get(path)?.keySpan ?? valueSpan(path);
  const result: Diagnostic[] = [];
  const seen = new Set<string>();

  // A misspelt field explains the "required field missing" next to it: `omschrijvng` for a
  // missing `omschrijving` is one mistake, reported once, as the unknown field.
  const explainedMissing = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== "additionalProperties") continue;
    const property = String((error.params as { additionalProperty: string }).additionalProperty);
    const missing = errors
      .filter((e) => e.keyword === "required" && e.instancePath === error.instancePath)
      .map((e) => String((e.params as { missingProperty: string }).missingProperty));
    const match = closestName(property, missing);
    if (match) explainedMissing.add(`${error.instancePath}|${match}`);
  }

  // A field of an entry written one level too far left becomes an entry of its own (see
  // misplacedFields): its errors are told once, with a hint, and the field it took from the
  // entry above is not reported missing there.
  const misplaced = findMisplaced ? misplacedFields(errors, locations) : new Map<string, MisplacedField>();
  for (const [, { previous, field }] of misplaced) if (previous !== undefined) explainedMissing.add(`${previous}|${field}`);
  const misplacedTold = new Set<string>();

  // anyOf/oneOf produce one error per branch; report them once, using the schema's own
  // description of what is expected.
  const alternatives = new Set(errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf").map((e) => e.instancePath));

  for (const error of errors) {
    const path = error.instancePath;
    const schema = (error.parentSchema ?? {}) as Record<string, unknown>;
    let d: Diagnostic | undefined;
    if (error.keyword === "if" || error.schemaPath.includes("/propertyNames/")) continue;
    const stray = [...misplaced.keys()].find((p) => path === p || path.startsWith(p + "/"));
    if (stray !== undefined) {
      if (misplacedTold.has(stray) || path !== stray) continue;
      misplacedTold.add(stray);
      const { field, previous } = misplaced.get(stray) as MisplacedField;
      const described = error.keyword === "type" ? diagnostic("BL005", keySpan(path), { verwacht: "een lijst van sleutels met waarden", gevonden: describeFound(error.data) }) : undefined;
      const first = described ?? translateErrors([error], file, locations, false)[0];
      if (!first) continue;
      const owner = previous !== undefined ? describePlace(previous) : undefined;
      const entry = entryWord(path);
      const hint = `‘${field}’ is een veld van een ${entry}, maar staat hier als een eigen ${entry}: springt het te weinig in?${owner !== undefined ? ` Laat het even ver inspringen als de velden van ${owner} erboven.` : ""}`;
      // The hint is another now: so is what it would replace (nothing).
      const { replacement: _replaced, ...told } = first;
      result.push({ ...told, hint });
      continue;
    }
    // An unknown field of the object itself (not of one of the alternatives) is still told.
    const ownField = error.keyword === "additionalProperties" && !/\/(anyOf|oneOf)\//.test(error.schemaPath);
    if (alternatives.has(path) && error.keyword !== "anyOf" && error.keyword !== "oneOf" && !ownField) continue;
    if ([...alternatives].some((alt) => path.startsWith(alt + "/") && error.keyword !== "additionalProperties")) continue;
    switch (error.keyword) {
      case "additionalProperties": {
        const property = String((error.params as { additionalProperty: string }).additionalProperty);
        const known = Object.keys((schema.properties as Record<string, unknown> | undefined) ?? {});
        const suggestion = closestName(property, known);
        d = diagnostic(
          "BL003",
          keySpan(`${path}/${property.replace(/~/g, "~0").replace(/\//g, "~1")}`),
          { veld: property, plaats: describePlace(path) },
          suggestion ? `Bedoelt u ‘${suggestion}’?` : known.length > 0 ? `Mogelijke velden: ${known.join(", ")}.` : null,
          suggestion,
        );
        break;
      }
      case "required": {
        const property = String((error.params as { missingProperty: string }).missingProperty);
        if (explainedMissing.has(`${path}|${property}`)) continue;
        d = diagnostic("BL004", keySpan(path), { veld: property, plaats: describePlace(path) });
        break;
      }
      case "type": {
        const want = String((error.params as { type: string }).type)
          .split(",")
          .map((t) => TYPE_NAMES[t] ?? t)
          .join(" of ");
        const types = String((error.params as { type: string }).type).split(",");
        const numeric = types.includes("number") || types.includes("integer");
        if (numeric && typeof error.data === "string" && isNonFiniteWord(error.data.trim())) {
          d = numberFieldProblem(error.data.trim(), Number.NaN, path.slice(path.lastIndexOf("/") + 1), valueSpan(path));
          if (d) break;
        }
        const hint = types.includes("array") ? listHint(error.data) : types.includes("number") || types.includes("integer") ? decimalCommaHint(error.data) : undefined;
        d = diagnostic("BL005", valueSpan(path), { verwacht: want, gevonden: describeFound(error.data) }, hint);
        break;
      }
      case "enum": {
        const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
        // `bij_onbekend: nee`: the words of a condition where the words of this field belong.
        const truth = TRUTH_FIELD_WORDS[String(error.data).toLowerCase()];
        const suggestion = truth !== undefined && allowed.includes(truth) ? truth : closestName(String(error.data), allowed);
        d = diagnostic(
          "BL006",
          valueSpan(path),
          { waarde: String(error.data), toegestaan: allowed.join(", ") },
          suggestion ? `Bedoelt u ‘${suggestion}’? Toegestaan: ${allowed.join(", ")}.` : undefined,
          suggestion,
        );
        break;
      }
      case "const": {
        const allowed = String((error.params as { allowedValue: unknown }).allowedValue);
        d = diagnostic("BL006", valueSpan(path), { waarde: String(error.data), toegestaan: allowed });
        break;
      }
      case "pattern": {
        const vorm = String(schema["x-vorm"] ?? "zie de documentatie");
        const at = path.endsWith("/") ? keySpan(path) : valueSpan(path);
        // An empty value (a list item "- " still to be typed) is said to be empty, as elsewhere.
        d = String(error.data).trim() === "" ? diagnostic("BL005", at, { verwacht: vorm.startsWith("een ") ? vorm : `een waarde in de vorm ${vorm}`, gevonden: "niets" }) : diagnostic("BL007", at, { waarde: String(error.data), vorm });
        break;
      }
      case "propertyNames": {
        const property = String((error.params as { propertyName: string }).propertyName);
        // A name with a zero width space looks right: say what is in it.
        const invisible = invisibleCharacterHint(property);
        const clean = withoutInvisible(property);
        d = diagnostic("BL215", keySpan(`${path}/${property.replace(/~/g, "~0").replace(/\//g, "~1")}`), { naam: property }, invisible, invisible !== undefined && clean !== "" ? clean : undefined);
        break;
      }
      case "minLength":
      case "minItems":
      case "minProperties": {
        d = diagnostic("BL011", valueSpan(path), { wat: describePlace(path) });
        break;
      }
      case "minimum":
      case "maximum": {
        const limit = (error.params as { limit: number }).limit;
        const comparison = error.keyword === "minimum" ? `minimaal ${limit}` : `maximaal ${limit}`;
        d = diagnostic("BL005", valueSpan(path), { verwacht: `een getal van ${comparison}`, gevonden: describeFound(error.data) });
        break;
      }
      case "uniqueItems": {
        d = diagnostic("BL005", valueSpan(path), { verwacht: "een lijst zonder dubbele waarden", gevonden: "een lijst met een dubbele waarde" });
        break;
      }
      case "anyOf":
      case "oneOf": {
        const want = String(schema["x-verwacht"] ?? "een andere waarde");
        // `zorgsoorten: dietetiek`: one value where a list is one of the choices.
        const branches = (Array.isArray(error.schema) ? error.schema : []) as Record<string, unknown>[];
        // A planning item with neither `datum` nor `wanneer`: a field is missing from the item,
        // told at its key (not "a datum expected, but a map found" at its first field).
        const requiredChoice = branches.every((b) => Object.keys(b).length === 1 && Array.isArray(b.required)) ? branches.flatMap((b) => b.required as string[]) : [];
        if (requiredChoice.length > 0 && error.data !== null && typeof error.data === "object" && !Array.isArray(error.data)) {
          if (requiredChoice.some((field) => explainedMissing.has(`${path}|${field}`))) continue;
          const hint = schema["x-verwacht"] === undefined ? undefined : `Geef ${String(schema["x-verwacht"])}, of allebei.`;
          d = diagnostic("BL004", keySpan(path), { veld: requiredChoice.join("’ of ‘"), plaats: describePlace(path) }, hint);
          break;
        }
        const hint = branches.some((b) => b.type === "array") && !branches.some((b) => b.type === "string") ? listHint(error.data) : undefined;
        d = diagnostic("BL005", valueSpan(path), { verwacht: want, gevonden: describeFound(error.data) }, hint);
        break;
      }
      case "false schema": {
        const name = path.split("/").pop() ?? "";
        d = diagnostic("BL003", keySpan(path), { veld: name, plaats: "een gedeeld bestand (soort: gedeeld)" }, "Een gedeeld bestand bevat alleen hoofdstukken en teksten.");
        break;
      }
      default: {
        d = diagnostic("BL005", valueSpan(path), { verwacht: "een geldige waarde", gevonden: describeFound(error.data) });
      }
    }
    const key = `${d.code}|${d.span.start}|${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(d);
  }
  return result;
}

/** `zorgsoorten: dietetiek`: one value, or values with commas, where a list belongs. */
function listHint(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const items = value.split(",").map((item) => item.trim()).filter((item) => item !== "");
  return `Schrijf een lijst tussen [ en ], ook als er maar één waarde is: [${items.join(", ")}].`;
}

/** `minimum: 0,5`: a number written with a decimal comma, as a condition gets it (grammar/parse.ts). */
function decimalCommaHint(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const written = value.trim();
  // `1.000.000`: points between the thousands, which JavaScript does not read as a number.
  if (/^-?\d{1,3}(?:\.\d{3}){2,}$/.test(written)) return `Schrijf getallen zonder punt tussen de duizendtallen: ${written.replace(/\./g, "")} in plaats van ${written}.`;
  return decimalCommaAdvice(written);
}

interface MisplacedField {
  /** The field, as the key of an entry of its own. */
  readonly field: string;
  /** The pointer of the entry just above it in the file, which it most likely belongs to. */
  readonly previous: string | undefined;
}

/**
 * Entries that are a field of the entry above them, written one level too far left: in
 *
 *     regels:
 *       register:
 *         tekst: …
 *       voorwaarde: kwaliteitsregister
 *
 * YAML reads `voorwaarde` as a rule of its own (still valid YAML, so yaml says nothing). Found
 * as an entry whose key is a field of the entries of its map (a rule's field, a fact's field)
 * and whose value is not an entry: a text where an entry is expected, or a map whose keys are
 * all the field's own (`uitzondering: { voorwaarde, route }`). By JSON pointer of the entry.
 */
function misplacedFields(errors: readonly ErrorObject[], locations: ReadonlyMap<string, Location>): Map<string, MisplacedField> {
  const found = new Map<string, MisplacedField>();
  for (const error of errors) {
    const path = error.instancePath;
    if (found.has(path)) continue;
    const schema = (error.parentSchema ?? {}) as { type?: unknown; properties?: Record<string, { properties?: Record<string, unknown> }> };
    const slash = path.lastIndexOf("/");
    const field = path.slice(slash + 1).replace(/~1/g, "/").replace(/~0/g, "~");
    const fieldSchema = schema.properties?.[field];
    if (slash <= 0 || schema.type !== "object" || fieldSchema === undefined) continue;
    const value = error.data;
    const entryLike =
      error.keyword === "type"
        ? value === null || typeof value !== "object"
        : error.keyword === "required" &&
          value !== null &&
          typeof value === "object" &&
          !Array.isArray(value) &&
          fieldSchema.properties !== undefined &&
          Object.keys(value).length > 0 &&
          Object.keys(value).every((key) => key in (fieldSchema.properties as object));
    if (!entryLike) continue;
    found.set(path, { field, previous: entryAbove(path, locations) });
  }
  return found;
}

/** The pointer of the sibling entry that comes just before `path` in the file, if any. */
function entryAbove(path: string, locations: ReadonlyMap<string, Location>): string | undefined {
  const parent = path.slice(0, path.lastIndexOf("/"));
  const start = locations.get(path)?.keySpan?.start;
  if (start === undefined) return undefined;
  let best: { pointer: string; start: number } | undefined;
  for (const [pointerText, location] of locations) {
    if (!pointerText.startsWith(parent + "/") || pointerText.indexOf("/", parent.length + 1) !== -1) continue;
    const at = location.keySpan?.start;
    if (at !== undefined && at < start && (best === undefined || at > best.start)) best = { pointer: pointerText, start: at };
  }
  return best?.pointer;
}

/** "regel", "feit": what the entries of the map that holds `path` are. */
function entryWord(path: string): string {
  const what = describePlace(path).replace(/ ‘.*$/, "");
  return what.startsWith("‘") ? "waarde" : what;
}
