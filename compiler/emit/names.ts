/**
 * Safe names and literals for generated code. Policy text never reaches the generated module
 * except through `stringLiteral` (JSON with the characters that could end a script or a
 * line escaped) or `commentText` (one line, no comment terminators).
 */

/** Words of JavaScript (and globals a generated name must not hide): never a generated name. */
export const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval undefined NaN Infinity"
  ).split(" "),
);

/** `behandelindex_hoger_dan_150` -> `behandelindexHogerDan150`; always a valid identifier. */
export function camelCase(id: string): string {
  const ascii = id.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const parts = ascii.split(/[^A-Za-z0-9]+/).filter((p) => p.length > 0);
  let name = parts.map((p, i) => (i === 0 ? p.charAt(0).toLowerCase() + p.slice(1) : p.charAt(0).toUpperCase() + p.slice(1))).join("");
  if (name === "" || /^[0-9]/.test(name)) name = "r" + name;
  return name;
}

/** `fysiotherapie` -> `Fysiotherapie`, for function names such as `beoordeelFysiotherapie`. */
export function pascalCase(id: string): string {
  const camel = camelCase(id);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/** `fysiotherapie` -> `FYSIOTHERAPIE`. */
export function constantCase(id: string): string {
  return camelCase(id)
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toUpperCase();
}

/**
 * The types the declarations (`dts.ts`) name after each care type: `Feiten` + `fysiotherapie`
 * gives `FeitenFysiotherapie`. No prefix is the start of another, so two of these names are
 * the same only for the same care type (or two keys the checker refuses, BL215).
 */
export const CARE_TYPE_TYPE_PREFIXES = ["Regel", "Overeenkomst", "Zorgsoort", "Feiten", "Beslissing", "Deelzorg"] as const;

/** `careTypeTypeName("Feiten", "preventieve_voetzorg")` -> `FeitenPreventieveVoetzorg`. */
export function careTypeTypeName(prefix: (typeof CARE_TYPE_TYPE_PREFIXES)[number], careType: string): string {
  return `${prefix}${pascalCase(careType)}`;
}

/**
 * The runtime's types the declarations import and export again (so that the evaluator's module
 * is the one place to import from).
 */
export const RUNTIME_TYPES = [
  "BeleidBeschrijving",
  "Beslissing",
  "Besluit",
  "Datum",
  "FeitBeschrijving",
  "FeitenFoutGegevens",
  "FeitProbleem",
  "Hoofdstuk",
  "Ontbrekend",
  "OvereenkomstBeschrijving",
  "ProbleemSoort",
  "RegelBeschrijving",
  "Regeluitkomst",
  "Uitkomst",
  "ZorgsoortBeschrijving",
] as const;

/**
 * Every type the declarations have whatever the policy: the runtime's, `FeitenFout` (a class,
 * exported again) and the module's own. test/emit/generatedNames.test.ts holds this list to
 * what `dts.ts` writes.
 */
export const MODULE_TYPE_NAMES: readonly string[] = [
  ...RUNTIME_TYPES,
  "FeitenFout",
  "Zorgsoort",
  "Feiten",
  "FeitenPerZorgsoort",
  "BeslissingPerZorgsoort",
  "BesluitPerZorgsoort",
  "NietIngekochtPerZorgsoort",
  "FeitenVoor",
];

/** A name without capitals, underscores or other marks: names that are the same this way are too alike. */
const typeNameKey = (name: string): string => camelCase(name).toLowerCase();

/**
 * What every name the evaluator makes from a care type key has of it, without capitals
 * (`g_l_i` and `gli` both `gli`, in `beoordeelGLI` and `beoordeelGli`): the checker refuses a
 * second care type with the same (BL215).
 */
export const careTypeNameKey = (careType: string): string => typeNameKey(careType);

/**
 * The types a care type key would name that the declarations already have (`voor` gives
 * `FeitenVoor`), as pairs of the generated and the existing name. Names that differ only in
 * capitals count too (`perzorgsoort` gives `FeitenPerzorgsoort` next to `FeitenPerZorgsoort`):
 * TypeScript would accept them, a reader would confuse them. The checker refuses such a key (BL215).
 */
export function careTypeTypeNameClashes(careType: string): { generated: string; existing: string }[] {
  const clashes: { generated: string; existing: string }[] = [];
  for (const prefix of CARE_TYPE_TYPE_PREFIXES) {
    const generated = careTypeTypeName(prefix, careType);
    const existing = MODULE_TYPE_NAMES.find((name) => typeNameKey(name) === typeNameKey(generated));
    if (existing !== undefined) clashes.push({ generated, existing });
  }
  return clashes;
}

/** Hands out unique identifiers within one scope. */
export class NameAllocator {
  private readonly used = new Set<string>(RESERVED);

  constructor(taken: Iterable<string> = []) {
    for (const name of taken) this.used.add(name);
  }

  allocate(preferred: string): string {
    let name = preferred;
    for (let n = 2; this.used.has(name); n++) name = `${preferred}${n}`;
    this.used.add(name);
    return name;
  }
}

/**
 * A JavaScript string literal for any text, quoted as prettier quotes it: double quotes,
 * unless the text has more double than single quotes.
 */
export function stringLiteral(text: string): string {
  const json = JSON.stringify(text)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  if (!text.includes('"') || count(text, '"') <= count(text, "'")) return json;
  return `'${json.slice(1, -1).replace(/\\(.)|'/gs, (match, escaped: string | undefined) => (escaped === undefined ? "\\'" : escaped === '"' ? '"' : match))}'`;
}

function count(text: string, quote: string): number {
  return text.split(quote).length - 1;
}

/** An identifier name as JavaScript defines it (also with letters such as ë), which may be a property key without quotes. */
const IDENTIFIER_NAME = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;

/** A property key: bare when it is an identifier name (as prettier writes it), quoted otherwise. */
export function propertyKey(key: string): string {
  return IDENTIFIER_NAME.test(key) ? key : stringLiteral(key);
}

/** `object.key` or `object["key"]`. */
export function propertyAccess(object: string, key: string): string {
  return IDENTIFIER_NAME.test(key) ? `${object}.${key}` : `${object}[${stringLiteral(key)}]`;
}

/** Text that is safe inside a `//` comment: one line, shortened after a whole word. */
export function commentText(text: string, max = 100): string {
  // "</script" or "<!--" would end or upset a <script> element the module is inlined in;
  // stringLiteral escapes "<" for the same reason.
  const oneLine = text
    .replace(/[\r\n\u2028\u2029\u0085]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/<(?=\/|!--)/g, "<\\");
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  // A word longer than a third of the line is cut where the line ends.
  return (space >= (max * 2) / 3 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "") + "…";
}

/** Text that is safe inside a `/** … *\/` comment. */
export function docText(text: string): string {
  return commentText(text, 400).replace(/\*\//g, "* /");
}
