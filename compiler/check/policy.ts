/**
 * The check stage for a whole policy: validated data in, checked `PolicyModel` out. It merges
 * the chapters and texts of included shared files, resolves every reference (chapters, care
 * types, facts, tables), checks each expression (see `expressions.ts`, `rules.ts`) and the
 * consistency of care types and their tier tables.
 */

import { basename, dirname, resolve } from "node:path";
import { KEYWORDS } from "../../grammar/tokens.js";
import { impossibleDateHint, isValidIsoDate } from "../../grammar/toAst.js";
import { careTypeNameKey, careTypeTypeNameClashes, pascalCase } from "../emit/names.js";
import { opsomming } from "../../runtime/sentences.js";
import { closestName } from "../suggest.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LoadedFile } from "../load/loadPolicy.js";
import type { Span } from "../span.js";
import type {
  CareType,
  Chapter,
  ChapterPartRef,
  DateRule,
  Fact,
  FactType,
  Milestone,
  PolicyKind,
  PolicyModel,
  ProseText,
  Status,
  Tier,
} from "../model.js";
import { CheckContext, entries, type Path } from "./context.js";
import { BUILTIN_NAMES, YEAR_ZERO_HINT, checkExpression } from "./expressions.js";
import { checkRuleLogic, collectRules, resolveCareTypes } from "./rules.js";
import { checkTables } from "./tables.js";
import { typeName } from "./types.js";

export interface CheckResult {
  readonly model: PolicyModel | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export function checkPolicy(file: LoadedFile): CheckResult {
  const ctx = new CheckContext(file);
  const data = file.data;
  const kind = (data.soort as PolicyKind | undefined) ?? "inkoopbeleid";

  const chapters = collectChapters(ctx, file);
  const careTypes = collectCareTypes(ctx, data.zorgsoorten);
  const careTypeIds = careTypes.map((c) => c.id);
  const texts = collectTexts(ctx, file, careTypeIds);
  const declaredFacts = collectFacts(ctx, data.feiten);

  const { groups, drafts, declarationFacts } = collectRules(ctx, data.groepen, careTypeIds, declaredFacts);
  const facts = new Map<string, Fact>([...declaredFacts, ...declarationFacts.map((f) => [f.id, f] as const)]);
  checkFactRelations(ctx, facts);

  const baseEnv = { facts, careTypeIds };
  const { tables, info: tableInfo } = checkTables(ctx, data.tabellen, baseEnv, new Set(careTypeIds));
  for (const table of tables) {
    if (facts.has(table.id)) ctx.report("BL213", table.span, { naam: table.id, door: "een feit" });
  }
  const env = { ...baseEnv, tables: tableInfo, allowTables: true };
  const rules = checkRuleLogic(ctx, drafts, env, typeof data.organisatie === "string" ? data.organisatie : "");
  const dateRules = collectDateRules(ctx, data.datumregels, { ...env, careTypeIds });
  const milestones = collectMilestones(ctx, data.planning, careTypeIds);
  // The schema checks the form of a date; whether the day exists (30 februari, year 0000) is checked here.
  const checkDate = (path: Path, value: unknown) => {
    if (typeof value !== "string") return;
    if (!isValidIsoDate(value)) ctx.report("BL105", ctx.span(path), { tekst: value }, impossibleDateHint(value));
    else if (value.startsWith("0000-")) ctx.report("BL105", ctx.span(path), { tekst: value }, YEAR_ZERO_HINT);
  };
  checkDate(["gepubliceerd"], data.gepubliceerd);
  for (const milestone of milestones) checkDate(["planning", milestone.id, "datum"], milestone.date);

  // Every chapter reference must resolve.
  const chapterIds = new Set(chapters.map((c) => c.id));
  const checkChapter = (path: Path, id: string) => {
    if (!chapterIds.has(id)) {
      const byNumber = chapters.find((c) => c.number === id);
      const close = byNumber ? undefined : closestName(id, chapterIds);
      ctx.report(
        "BL301",
        ctx.span(path),
        { id },
        byNumber
          ? `Verwijs naar een hoofdstuk met zijn sleutel, hier ‘${byNumber.id}’ (hoofdstuk ${byNumber.number}).`
          : close !== undefined
            ? `Bedoelt u ‘${close}’?`
            : chapterIds.size > 0
              ? `Hoofdstukken: ${[...chapterIds].join(", ")}.`
              : "Declareer het onder ‘hoofdstukken’.",
        byNumber?.id ?? close,
      );
    }
  };
  for (const [groupId, group] of entries<{ hoofdstuk: string; regels: Record<string, { hoofdstuk?: string }> }>(data.groepen)) {
    checkChapter(["groepen", groupId, "hoofdstuk"], group.hoofdstuk);
    for (const [ruleId, rule] of entries<{ hoofdstuk?: string }>(group.regels)) {
      if (rule.hoofdstuk !== undefined) checkChapter(["groepen", groupId, "regels", ruleId, "hoofdstuk"], rule.hoofdstuk);
    }
  }
  for (const careType of careTypes) {
    checkChapter(["zorgsoorten", careType.id, "overeenkomst", "hoofdstuk"], careType.agreement.chapter);
    if (careType.differentiation) checkChapter(["zorgsoorten", careType.id, "differentiatie", "hoofdstuk"], careType.differentiation.chapter);
  }
  for (const table of tables) checkChapter(["tabellen", table.id, "hoofdstuk"], table.chapter);
  for (const rule of dateRules) checkChapter(["datumregels", rule.id, "hoofdstuk"], rule.chapter);
  for (const milestone of milestones) checkChapter(["planning", milestone.id, "hoofdstuk"], milestone.chapter);
  for (const text of texts) if (!text.from) checkChapter(["teksten", text.id, "hoofdstuk"], text.chapter);

  checkChapterOrders(ctx, chapters, { texts, careTypes, groups, rules, tables, dateRules, milestones });

  // Care types and their differentiation.
  // A group or rule the load stage cut out for an error there may be what a care type lacks.
  const rulesCutOut =
    file.pruned.size > 0 &&
    ctx.writtenKeys(["groepen"]).some((g) => !(g in ((data.groepen as object | undefined) ?? {})) || ctx.writtenKeys(["groepen", g, "regels"]).some((r) => file.pruned.has(r)));
  const unknownFactorCareTypes = drafts
    .filter((d) => d.group.kind === "differentiatiefactor")
    .flatMap((d) => [...(d.raw.zorgsoorten ?? []), ...groupCareTypeList(data.groepen, d.group.id)])
    .filter((id) => !careTypeIds.includes(id));
  for (const careType of careTypes) {
    // Counted from the drafts, so a factor with an error in its expression still counts and
    // does not make a tier look unreachable.
    const applicable = drafts.filter((d) => (d.raw.zorgsoorten ?? d.group.careTypes).includes(careType.id));
    const factors = applicable.filter((d) => d.group.kind === "differentiatiefactor" && (d.raw.status ?? d.group.status) === "definitief");
    const path = ["zorgsoorten", careType.id];
    // Not reported when an unknown care type in a group's list may be the reason, nor when a
    // group or rule the load stage cut out (`zorgsoorten: dietetiek`, BL005) may be.
    if (applicable.length === 0 && !ctx.diagnostics.some((d) => d.code === "BL302") && !rulesCutOut) {
      ctx.report("BL311", ctx.keySpan(path), { id: careType.id });
    }
    if (factors.length > 0 && !careType.differentiation) {
      ctx.report("BL305", ctx.keySpan(path), { detail: `Voor ‘${careType.id}’ gelden differentiatiefactoren (${factors.map((f) => f.id).join(", ")}), maar er is geen ‘differentiatie’ met overeenkomsten.` });
    }
    if (careType.differentiation) {
      // Not when a factor names an unknown care type that may be this one (`[dietiek]` for
      // `dietetiek`): the BL302 there says what is wrong; nor when the load stage cut out a
      // group or rule, which may have been the factor.
      if (factors.length === 0 && !rulesCutOut && !unknownFactorCareTypes.some((unknown) => (closestName(unknown, careTypeIds) ?? careType.id) === careType.id)) {
        ctx.report("BL305", ctx.keySpan([...path, "differentiatie"]), { detail: `De zorgsoort ‘${careType.id}’ heeft een differentiatie, maar er geldt geen enkele differentiatiefactor voor.` });
      }
      const seen = new Map<number, string>();
      for (const tier of careType.differentiation.tiers) {
        const tierPath = [...path, "differentiatie", "overeenkomsten", tier.id];
        const other = seen.get(tier.factors);
        if (other !== undefined) {
          ctx.report("BL306", ctx.keySpan(tierPath), { detail: `De overeenkomsten ‘${other}’ en ‘${tier.id}’ vragen allebei ${tier.factors} ${tier.factors === 1 ? "differentiatiefactor" : "differentiatiefactoren"}; zo is niet te bepalen welke geldt.` });
        }
        seen.set(tier.factors, tier.id);
        // Not when an unknown care type in a rule's list may be why a factor does not count,
        // nor when a factor with a key used twice (BL303) or cut out by the load stage was left out.
        if (factors.length > 0 && tier.factors > factors.length && !rulesCutOut && !ctx.diagnostics.some((d) => d.code === "BL302" || d.code === "BL303")) {
          ctx.report("BL306", ctx.span([...tierPath, "factoren"]), { detail: `De overeenkomst ‘${tier.id}’ vraagt ${tier.factors} differentiatiefactoren, maar voor ‘${careType.id}’ bestaan er maar ${factors.length}; deze overeenkomst is onbereikbaar.`.replace("bestaan er maar 1;", "bestaat er maar 1;") });
        }
      }
    }
  }

  if (ctx.diagnostics.some((d) => d.severity === "fout")) return { model: undefined, diagnostics: ctx.diagnostics };
  if (kind === "inkoopbeleid") checkFileName(ctx, file.path, String(data.versie ?? ""), String(data.domein ?? ""));

  const model: PolicyModel = {
    file: file.path,
    kind,
    meta: {
      organisation: String(data.organisatie ?? ""),
      insurer: String(data.zorgverzekeraar ?? ""),
      domain: String(data.domein ?? ""),
      title: String(data.titel ?? ""),
      year: Number(data.jaar ?? 0),
      version: String(data.versie ?? ""),
      ...(data.gepubliceerd !== undefined ? { published: String(data.gepubliceerd) } : {}),
      ...(data.vorige !== undefined ? { previous: String(data.vorige), previousSpan: ctx.span(["vorige"]) } : {}),
      span: { file: file.path, start: 0, end: 0 },
      domainSpan: ctx.span(["domein"]),
      versionSpan: ctx.span(["versie"]),
    },
    chapters,
    facts: [...facts.values()],
    careTypes,
    groups,
    rules,
    dateRules,
    tables,
    milestones,
    texts,
    includes: ((data.omvat as string[] | undefined) ?? []).slice(),
  };
  return { model, diagnostics: ctx.diagnostics };
}

/** The care types a group lists as written (none for ‘alle’). */
function groupCareTypeList(groups: unknown, id: string): readonly string[] {
  const list = entries<{ zorgsoorten?: unknown }>(groups).find(([groupId]) => groupId === id)?.[1].zorgsoorten;
  return Array.isArray(list) ? list.filter((c): c is string => typeof c === "string") : [];
}

/**
 * BL014: a file named like a version (policies/<domein>/<versie>.policy, as in policies/) whose
 * `versie` or `domein` says otherwise. The evaluator is named after the file and put in the
 * folder of `domein`; the document and the change report name `versie`. Other file names (a
 * draft, a test fixture) are not compared.
 */
function checkFileName(ctx: CheckContext, path: string, version: string, domain: string): void {
  const name = basename(path, ".policy");
  if (!/^\d{4}(-\d{2})?$/.test(name)) return;
  const folder = basename(dirname(resolve(path)));
  if (version !== name) {
    const gevolg = `de evaluator heet naar het bestand (‘${name}.js’), maar het document en het wijzigingsverslag noemen versie ‘${version}’`;
    ctx.report("BL014", ctx.span(["versie"]), { bestand: `${name}.policy`, veld: "versie", waarde: version, gevolg });
  } else if (domain !== folder) {
    const gevolg = `beleid build schrijft de evaluator daarom in de map ‘${domain}’, niet in ‘${folder}’`;
    ctx.report("BL014", ctx.span(["domein"]), { bestand: `${folder}/${name}.policy`, veld: "domein", waarde: domain, gevolg });
  }
}

function compareChapterNumbers(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

const ORDER_KIND_WORDS: Readonly<Record<ChapterPartRef["kind"], string>> = {
  tekst: "tekst",
  groep: "groep",
  tabel: "tabel",
  datumregel: "datumregel",
  overeenkomst: "tekst van de zorgovereenkomst van",
  differentiatie: "differentiatie van",
  overeenkomsten: "teksten van de zorgovereenkomsten",
  planning: "planning",
};

/**
 * BL317: every entry of a chapter's `volgorde` names a part that the document shows in that
 * chapter, once. The order itself is only used by the document (compiler/render/layout.ts).
 */
function checkChapterOrders(
  ctx: CheckContext,
  chapters: readonly Chapter[],
  parts: Pick<PolicyModel, "texts" | "careTypes" | "groups" | "rules" | "tables" | "dateRules" | "milestones">,
): void {
  for (const chapter of chapters) {
    if (!chapter.order) continue;
    const here = (c: string | undefined) => c === chapter.id;
    // As the document lays the chapter out (compiler/render/layout.ts): a factor of care types
    // whose differentiation is in its chapter is shown with the tiers, and so is a date rule of
    // one such care type; a group is shown where its other rules are, or, without rules, in
    // its own chapter.
    const tiersHere = new Set(parts.careTypes.filter((c) => here(c.differentiation?.chapter)).map((c) => c.id));
    const withTiers = (r: (typeof parts.rules)[number]) => r.kind === "differentiatiefactor" && r.careTypes.length > 0 && r.careTypes.every((c) => tiersHere.has(c));
    const candidates: Record<ChapterPartRef["kind"], string[]> = {
      tekst: parts.texts.filter((t) => here(t.chapter)).map((t) => t.id),
      groep: parts.groups
        .filter((g) => parts.rules.some((r) => r.group === g.id && here(r.chapter) && !withTiers(r)) || (here(g.chapter) && !parts.rules.some((r) => r.group === g.id)))
        .map((g) => g.id),
      tabel: parts.tables.filter((t) => here(t.chapter)).map((t) => t.id),
      datumregel: parts.dateRules.filter((d) => here(d.chapter) && !(d.careTypes.length === 1 && tiersHere.has(d.careTypes[0] as string))).map((d) => d.id),
      overeenkomst: parts.careTypes.filter((c) => here(c.agreement.chapter)).map((c) => c.id),
      differentiatie: parts.careTypes.filter((c) => here(c.differentiation?.chapter)).map((c) => c.id),
      overeenkomsten: parts.careTypes.some((c) => here(c.agreement.chapter)) ? [""] : [],
      planning: parts.milestones.some((m) => here(m.chapter)) ? [""] : [],
    };
    // The chapter a text, table, date rule or agreement text of another chapter is in.
    const chapterOf: Partial<Record<ChapterPartRef["kind"], (id: string) => string | undefined>> = {
      tekst: (id) => parts.texts.find((t) => t.id === id)?.chapter,
      tabel: (id) => parts.tables.find((t) => t.id === id)?.chapter,
      datumregel: (id) => parts.dateRules.find((d) => d.id === id)?.chapter,
      overeenkomst: (id) => parts.careTypes.find((c) => c.id === id)?.agreement.chapter,
    };
    const partExists: Partial<Record<ChapterPartRef["kind"], (id: string) => boolean>> = {
      tekst: (id) => parts.texts.some((t) => t.id === id),
      groep: (id) => parts.groups.some((g) => g.id === id),
      tabel: (id) => parts.tables.some((t) => t.id === id),
      datumregel: (id) => parts.dateRules.some((d) => d.id === id),
      overeenkomst: (id) => parts.careTypes.some((c) => c.id === id),
      differentiatie: (id) => parts.careTypes.some((c) => c.id === id && c.differentiation !== undefined),
    };
    const seen = new Set<string>();
    for (const entry of chapter.order) {
      const name = entry.id === undefined ? entry.kind : `${entry.kind} ${entry.id}`;
      const what = entry.id === undefined ? ORDER_KIND_WORDS[entry.kind] : `${ORDER_KIND_WORDS[entry.kind]} ‘${entry.id}’`;
      if (!candidates[entry.kind].includes(entry.id ?? "")) {
        // A part that exists (shown elsewhere, or in a chapter that is misspelt) is not a misspelling:
        // another part of this chapter is then no likely intent, and no suggestion is made.
        const exists = entry.id !== undefined && partExists[entry.kind]?.(entry.id) === true;
        const suggestion = entry.id !== undefined && !exists ? closestName(entry.id, candidates[entry.kind]) : undefined;
        // A part that exists, but that the document shows elsewhere: say where.
        const number = (id: string | undefined) => chapters.find((c) => c.id === id)?.number;
        const group = entry.kind === "groep" ? parts.groups.find((g) => g.id === entry.id) : undefined;
        const groupRules = group ? parts.rules.filter((r) => r.group === group.id) : [];
        const groupChapters = [...new Set(groupRules.filter((r) => !(here(r.chapter) && withTiers(r))).map((r) => number(r.chapter)))].filter((n): n is string => n !== undefined);
        const otherChapter = entry.id === undefined ? undefined : number(chapterOf[entry.kind]?.(entry.id));
        const elsewhere =
          group && groupRules.length === 0
            ? ` Het staat in hoofdstuk ${number(group.chapter) ?? group.chapter}.`
            : group && groupChapters.length > 0
              ? ` Het document toont deze groep bij haar regels, in hoofdstuk ${opsomming(groupChapters)}.`
              : group
                ? " Het document toont haar regels bij de differentiatie (‘differentiatie <zorgsoort>’)."
              : entry.kind === "datumregel" && otherChapter === chapter.number
                ? " Het document toont deze datumregel bij de differentiatie van zijn zorgsoort (‘differentiatie <zorgsoort>’)."
                : otherChapter !== undefined
                  ? ` Het staat in hoofdstuk ${otherChapter}.`
                  : "";
        ctx.report("BL317", entry.span, { detail: `Hoofdstuk ${chapter.number} (‘${chapter.id}’) heeft geen ${what}; ‘volgorde’ kan het daarom niet plaatsen.${elsewhere}` }, suggestion ? `Bedoelt u ‘${entry.kind} ${suggestion}’?` : undefined, suggestion === undefined ? undefined : `${entry.kind} ${suggestion}`);
      } else if (seen.has(name)) {
        ctx.report("BL317", entry.span, { detail: `‘${name}’ staat twee keer in de volgorde van hoofdstuk ${chapter.number}; elk onderdeel staat er één keer in.` });
      }
      seen.add(name);
    }
  }
}

function collectChapters(ctx: CheckContext, file: LoadedFile): Chapter[] {
  const chapters: Chapter[] = [];
  const byId = new Map<string, Chapter>();
  const byNumber = new Map<string, Chapter>();
  const add = (chapter: Chapter, path: Path, includePath?: string) => {
    const existing = byId.get(chapter.id);
    if (existing) {
      if (existing.from ?? includePath) ctx.report("BL309", ctx.keySpan(path), { id: chapter.id, pad: existing.from ?? includePath ?? "" });
      return;
    }
    const sameNumber = byNumber.get(chapter.number);
    if (sameNumber) {
      // Still known by its id, so references to it are not reported again.
      ctx.report("BL308", ctx.span([...path, "nummer"]), { nummer: chapter.number, ander: sameNumber.id });
    } else {
      byNumber.set(chapter.number, chapter);
    }
    byId.set(chapter.id, chapter);
    chapters.push(chapter);
  };
  // `volgorde` as parts, each with the place of its entry (in the shared file for a shared chapter).
  const orderOf = (volgorde: string[] | undefined, spanOf: (index: number) => Span): ChapterPartRef[] | undefined =>
    volgorde?.map((entry, index): ChapterPartRef => {
      const [kind, key] = entry.split(" ") as [ChapterPartRef["kind"], string | undefined];
      return { kind, ...(key !== undefined ? { id: key } : {}), span: spanOf(index) };
    });
  for (const include of file.includes) {
    for (const [id, raw] of entries<{ nummer: string; titel: string; was?: string; volgorde?: string[] }>(include.data.hoofdstukken)) {
      const span = include.locations.get(`/hoofdstukken/${id}`)?.keySpan ?? { file: include.path, start: 0, end: 0 };
      const order = orderOf(raw.volgorde, (index) => include.locations.get(`/hoofdstukken/${id}/volgorde/${index}`)?.span ?? span);
      add({ id, number: raw.nummer, title: raw.titel, ...(raw.was ? { was: raw.was } : {}), ...(order ? { order } : {}), from: include.path, span }, ["hoofdstukken", id], include.path);
    }
  }
  for (const [id, raw] of entries<{ nummer: string; titel: string; was?: string; volgorde?: string[] }>(file.data.hoofdstukken)) {
    const order = orderOf(raw.volgorde, (index) => ctx.span(["hoofdstukken", id, "volgorde", index]));
    add({ id, number: raw.nummer, title: raw.titel, ...(raw.was ? { was: raw.was } : {}), ...(order ? { order } : {}), span: ctx.keySpan(["hoofdstukken", id]) }, ["hoofdstukken", id]);
  }
  return chapters.sort((a, b) => compareChapterNumbers(a.number, b.number));
}

interface RawText {
  hoofdstuk: string;
  kop?: string;
  onderwerp?: string;
  na?: string;
  zorgsoorten?: "alle" | string[];
  tekst: string;
  status?: Status;
  was?: string;
}

function collectTexts(ctx: CheckContext, file: LoadedFile, careTypeIds: readonly string[]): ProseText[] {
  const texts: ProseText[] = [];
  const seen = new Map<string, string | undefined>();
  const toText = (id: string, raw: RawText, span: ProseText["span"], from?: string): ProseText => ({
    id,
    chapter: raw.hoofdstuk,
    // A shared file has no care types of its own; its texts are for every domain.
    ...(raw.zorgsoorten !== undefined && from === undefined && raw.zorgsoorten !== "alle"
      ? { careTypes: resolveCareTypes(ctx, ["teksten", id, "zorgsoorten"], raw.zorgsoorten, careTypeIds) }
      : {}),
    ...(raw.kop !== undefined ? { heading: raw.kop } : {}),
    ...(raw.onderwerp !== undefined ? { subject: raw.onderwerp } : {}),
    text: raw.tekst,
    status: raw.status ?? "definitief",
    ...(from !== undefined ? { from } : {}),
    ...(raw.was !== undefined ? { was: raw.was } : {}),
    span,
  });
  for (const include of file.includes) {
    const includeChapters = new Set(Object.keys((include.data.hoofdstukken as object | undefined) ?? {}));
    for (const [id, raw] of entries<RawText>(include.data.teksten)) {
      const span = include.locations.get(`/teksten/${id}`)?.keySpan ?? { file: include.path, start: 0, end: 0 };
      if (!includeChapters.has(raw.hoofdstuk)) {
        ctx.report("BL301", include.locations.get(`/teksten/${id}/hoofdstuk`)?.span ?? span, { id: raw.hoofdstuk });
      }
      seen.set(id, include.path);
      texts.push(toText(id, raw, span, include.path));
    }
  }
  const placed: { text: ProseText; after: string; path: Path }[] = [];
  for (const [id, raw] of entries<RawText>(file.data.teksten)) {
    const path = ["teksten", id];
    if (seen.has(id)) {
      ctx.report("BL309", ctx.keySpan(path), { id, pad: seen.get(id) ?? "" });
      continue;
    }
    const text = toText(id, raw, ctx.keySpan(path));
    if (raw.na !== undefined) placed.push({ text, after: raw.na, path: [...path, "na"] });
    else texts.push(text);
  }
  // Texts with `na:` go right after the text they name, in the order they were written.
  for (const { text, after, path } of placed) {
    const index = texts.findIndex((t) => t.id === after);
    if (index < 0) {
      const suggestion = closestName(after, texts.map((t) => t.id));
      ctx.report("BL315", ctx.span(path), { id: after }, suggestion ? `Bedoelt u ‘${suggestion}’?` : undefined, suggestion);
      texts.push(text);
      continue;
    }
    let at = index + 1;
    while (at < texts.length && placed.some((p) => p.text.id === texts[at]?.id && p.after === after)) at++;
    texts.splice(at, 0, text);
  }
  return texts;
}

interface RawCareType {
  naam: string;
  overeenkomst: { soort: "nieuw" | "doorlopend"; looptijd?: string; hoofdstuk: string; tekst: string; kop?: string; naam?: string; status?: Status };
  differentiatie?: { hoofdstuk: string; inleiding?: string; kop?: string; factoren_kop?: string; overeenkomsten: Record<string, { naam: string; factoren: number; was?: string }> };
  was?: string;
  afgesplitst_van?: string;
}

/** The hint for a care type key that gives (nearly) the same names in the evaluator as an earlier one. */
function sameNamesHint(id: string, other: string): string {
  const [mine, theirs] = [pascalCase(id), pascalCase(other)];
  const names = mine === theirs ? `dezelfde namen (${mine})` : `namen die alleen in hoofdletters verschillen (${theirs} en ${mine}, zoals in beoordeel${theirs} en beoordeel${mine})`;
  const plain = (key: string) => key.replace(/_/g, "").toLowerCase();
  const differ = other.toLowerCase() === id.toLowerCase() ? "hoofdletters" : plain(other) === plain(id) ? "lage streepjes of hoofdletters" : "lage streepjes, hoofdletters of letters buiten a tot en met z (zoals é en ø)";
  return `‘${id}’ en ‘${other}’ krijgen in de evaluator ${names}; sleutels van zorgsoorten moeten meer verschillen dan in ${differ}. Kies een andere sleutel.`;
}

/**
 * The hint for a care type key whose types would have the name of a type the module already
 * has: which names, and a key that would do (`zorg_voor`), unless that is another care type's.
 */
function typeNameClashHint(id: string, clashes: readonly { generated: string; existing: string }[], keys: readonly string[]): string {
  const list = (names: readonly string[]) => (names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(", ")} en ${names.at(-1) as string}`);
  const generated = clashes.map((c) => c.generated);
  const existing = clashes.map((c) => c.existing);
  const plural = clashes.length > 1;
  const what = generated.every((name, i) => name === existing[i])
    ? `‘${id}’ zou ${plural ? "de typen" : "het type"} ${list(generated)} geven, ${plural ? "die" : "dat"} de evaluator zelf al heeft.`
    : `‘${id}’ zou ${plural ? "de typen" : "het type"} ${list(generated)} geven, naast ${list(existing)} van de evaluator zelf: namen die alleen in hoofdletters verschillen, zijn te gemakkelijk te verwarren.`;
  const alternative = `zorg_${id}`;
  const taken = keys.some((key) => key !== id && careTypeNameKey(key) === careTypeNameKey(alternative));
  return `De evaluator noemt typen naar de zorgsoort (Feiten…, Zorgsoort…, Overeenkomst…); ${what}${taken ? "" : ` Met bijvoorbeeld ‘${alternative}’ gebeurt dat niet.`} Kies een andere sleutel.`;
}

function collectCareTypes(ctx: CheckContext, raw: unknown): CareType[] {
  const result: CareType[] = [];
  // The emitter names each care type's functions, constants and types after its key
  // (beoordeelAB, UITLEG_A_B, FeitenAB): two keys that differ only in underscores or capitals
  // (a_1 and a1, gli and g_l_i) would give the same names, or names only capitals tell apart.
  const firstWithName = new Map<string, string>();
  const keys = entries<RawCareType>(raw).map(([id]) => id);
  for (const [id, careType] of entries<RawCareType>(raw)) {
    const path = ["zorgsoorten", id];
    const other = firstWithName.get(careTypeNameKey(id));
    if (other === undefined) firstWithName.set(careTypeNameKey(id), id);
    else ctx.reportVariant("BL215", "zorgsoort", ctx.keySpan(path), { naam: id, ander: other }, sameNamesHint(id, other));
    const agreementPath = [...path, "overeenkomst"];
    // The declarations name types after the care type (FeitenX, ZorgsoortX, OvereenkomstX);
    // a key that gives the name of a type the module already has is refused.
    const clashes = careTypeTypeNameClashes(id);
    if (clashes.length > 0) {
      // A good name that only clashes: the message says so, not that the name is misspelt.
      const existing = [...new Set(clashes.map((c) => c.existing))];
      const namen = existing.length === 1 ? (existing[0] as string) : `${existing.slice(0, -1).join(", ")} en ${existing.at(-1) as string}`;
      ctx.reportVariant("BL215", "evaluator", ctx.keySpan(path), { naam: id, welke: existing.length === 1 ? "een naam die" : "namen die", namen }, typeNameClashHint(id, clashes, keys));
    }
    let term: { from: number; to: number } | undefined;
    if (careType.overeenkomst.looptijd !== undefined) {
      const [from, to] = careType.overeenkomst.looptijd.split("-").map(Number) as [number, number | undefined];
      term = { from, to: to ?? from };
      if (term.to < term.from) ctx.report("BL314", ctx.span([...agreementPath, "looptijd"]), { looptijd: careType.overeenkomst.looptijd });
    }
    let differentiation: CareType["differentiation"];
    if (careType.differentiatie && careType.overeenkomst.naam !== undefined) {
      ctx.report("BL316", ctx.span([...agreementPath, "naam"]), { zorgsoort: id, naam: careType.overeenkomst.naam });
    }
    if (careType.differentiatie) {
      const tiers: Tier[] = entries<{ naam: string; factoren: number; was?: string }>(careType.differentiatie.overeenkomsten).map(([tierId, tier]) => ({
        id: tierId,
        name: tier.naam,
        factors: tier.factoren,
        ...(tier.was !== undefined ? { was: tier.was } : {}),
        span: ctx.keySpan([...path, "differentiatie", "overeenkomsten", tierId]),
      }));
      tiers.sort((a, b) => b.factors - a.factors);
      differentiation = {
        chapter: careType.differentiatie.hoofdstuk,
        ...(careType.differentiatie.inleiding !== undefined ? { introduction: careType.differentiatie.inleiding } : {}),
        ...(careType.differentiatie.kop !== undefined ? { heading: careType.differentiatie.kop } : {}),
        ...(careType.differentiatie.factoren_kop !== undefined ? { factorsHeading: careType.differentiatie.factoren_kop } : {}),
        tiers,
        span: ctx.keySpan([...path, "differentiatie"]),
      };
    }
    result.push({
      id,
      name: careType.naam,
      agreement: {
        kind: careType.overeenkomst.soort,
        ...(term ? { term } : {}),
        chapter: careType.overeenkomst.hoofdstuk,
        text: careType.overeenkomst.tekst,
        ...(careType.overeenkomst.kop !== undefined ? { heading: careType.overeenkomst.kop } : {}),
        ...(careType.overeenkomst.naam !== undefined ? { name: careType.overeenkomst.naam } : {}),
        status: careType.overeenkomst.status ?? "definitief",
        span: ctx.keySpan(agreementPath),
      },
      ...(differentiation ? { differentiation } : {}),
      ...(careType.was !== undefined ? { was: careType.was } : {}),
      ...(careType.afgesplitst_van !== undefined ? { splitFrom: { id: careType.afgesplitst_van, span: ctx.span([...path, "afgesplitst_van"]) } } : {}),
      span: ctx.keySpan(path),
    });
  }
  return result;
}

interface RawFact {
  type: FactType;
  omschrijving: string;
  waarden?: string[];
  eenheid?: string;
  minimum?: number;
  maximum?: number;
  geheel?: "ja" | "nee";
  niet_groter_dan?: string;
  peiljaar?: number;
  onbekend?: string;
  was?: string;
}

function collectFacts(ctx: CheckContext, raw: unknown): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  for (const [id, fact] of entries<RawFact>(raw)) {
    const path = ["feiten", id];
    if (KEYWORDS.includes(id)) {
      ctx.report("BL214", ctx.keySpan(path), { naam: id });
      continue;
    }
    if ((BUILTIN_NAMES as readonly string[]).includes(id)) {
      ctx.report("BL213", ctx.keySpan(path), { naam: id, door: "een vaste waarde van de taal" });
      continue;
    }
    const needsValues = fact.type === "keuze" || fact.type === "verzameling";
    if (needsValues && !fact.waarden) {
      ctx.report("BL004", ctx.keySpan(path), { veld: "waarden", plaats: `feit ‘${id}’ (type ${fact.type})` });
      continue;
    }
    if (!needsValues && fact.waarden) {
      ctx.report("BL003", ctx.keySpan([...path, "waarden"]), { veld: "waarden", plaats: `feit ‘${id}’ (type ${fact.type})` }, "Alleen een keuze of verzameling heeft waarden.");
      continue;
    }
    // A range only for numbers, with a value that fits it. A wrong range is reported and left
    // out; the fact itself stays (so its uses are no follow-up errors).
    const numeric = fact.type === "getal" || fact.type === "percentage" || fact.type === "bedrag";
    let rangeOk = true;
    for (const field of ["minimum", "maximum", "geheel"] as const) {
      if (fact[field] === undefined || (field === "geheel" ? fact.type === "getal" : numeric)) continue;
      ctx.report("BL003", ctx.keySpan([...path, field]), { veld: field, plaats: `feit ‘${id}’ (type ${fact.type})` }, field === "geheel" ? "Alleen een getal kan geheel zijn." : "Alleen een getal, percentage of bedrag heeft een minimum of maximum.");
      rangeOk = false;
    }
    if (rangeOk && fact.minimum !== undefined && fact.maximum !== undefined && fact.minimum > fact.maximum) {
      ctx.report("BL218", ctx.span([...path, "maximum"]), { detail: `Het maximum van ‘${id}’ (${fact.maximum}) is kleiner dan het minimum (${fact.minimum}); geen waarde zou goed zijn.` });
      rangeOk = false;
    }
    if (rangeOk && fact.geheel === "ja" && ((fact.minimum !== undefined && !Number.isInteger(fact.minimum)) || (fact.maximum !== undefined && !Number.isInteger(fact.maximum)))) {
      ctx.report("BL218", ctx.span([...path, "geheel"]), { detail: `‘${id}’ is geheel, maar het minimum of maximum is dat niet.` }, "Geef een geheel getal als minimum en maximum, of laat ‘geheel’ weg.");
      rangeOk = false;
    }
    facts.set(id, {
      id,
      type: fact.type,
      description: fact.omschrijving,
      ...(fact.waarden ? { values: fact.waarden } : {}),
      ...(fact.eenheid !== undefined ? { unit: fact.eenheid } : {}),
      ...(rangeOk && fact.minimum !== undefined ? { minimum: fact.minimum } : {}),
      ...(rangeOk && fact.maximum !== undefined ? { maximum: fact.maximum } : {}),
      ...(rangeOk && fact.geheel === "ja" ? { integer: true } : {}),
      ...(fact.niet_groter_dan !== undefined ? { notGreaterThan: fact.niet_groter_dan } : {}),
      ...(fact.peiljaar !== undefined ? { referenceYearOffset: fact.peiljaar } : {}),
      ...(fact.onbekend !== undefined ? { unknownReason: fact.onbekend } : {}),
      ...(fact.was !== undefined ? { was: fact.was } : {}),
      span: ctx.keySpan(path),
    });
  }
  return facts;
}

/**
 * A fact that may not exceed another (`niet_groter_dan`): the other must be a number of the
 * same type, the two must leave some value (a part's minimum not above its whole's maximum),
 * and the relations may not go round in a circle (then all the facts in it are always equal).
 * A wrong relation is reported and left out; the fact itself stays. Runs over all facts,
 * those of declarations included, so that a relation with one is named for what it is.
 */
function checkFactRelations(ctx: CheckContext, facts: Map<string, Fact>): void {
  const drop = (id: string) => {
    const { notGreaterThan: _dropped, ...rest } = facts.get(id) as Fact;
    facts.set(id, rest);
  };
  for (const [id, fact] of facts) {
    const other = fact.notGreaterThan;
    if (other === undefined) continue;
    const span = ctx.span(["feiten", id, "niet_groter_dan"]);
    const target = facts.get(other);
    let problem: string | undefined;
    if (target === undefined) {
      const suggestion = closestName(other, [...facts.keys()].filter((k) => k !== id));
      ctx.report("BL201", span, { naam: other }, suggestion !== undefined ? `Bedoelt u ‘${suggestion}’?` : null, suggestion);
    } else if (fact.type !== "getal" && fact.type !== "percentage" && fact.type !== "bedrag") {
      problem = `‘${id}’ is geen getal, percentage of bedrag (maar ${fact.type}); alleen een getal kan niet groter zijn dan een ander.`;
    } else if (other === id) {
      problem = `‘${id}’ kan niet groter zijn dan zichzelf; noem een ander feit.`;
    } else if (target.type !== fact.type) {
      problem = `‘${id}’ (${fact.type}) kan alleen worden vergeleken met een feit van hetzelfde type, maar ‘${other}’ is ${target.type === "ja/nee" ? "een ja/nee-feit" : `van het type ${target.type}`}.`;
    } else if (fact.minimum !== undefined && target.maximum !== undefined && fact.minimum > target.maximum) {
      problem = `‘${id}’ is ten minste ${fact.minimum} en ‘${other}’ ten hoogste ${target.maximum}: ‘${id}’ is dan altijd groter, en de evaluator zou elke waarde weigeren.`;
    }
    if (problem !== undefined) ctx.report("BL218", span, { detail: problem });
    if (target === undefined || problem !== undefined) drop(id);
  }
  // Circles: follow each chain of wholes; a chain that comes back names the circle once, at its first fact.
  const reported = new Set<string>();
  for (const id of facts.keys()) {
    const chain = [id];
    let next = facts.get(id)?.notGreaterThan;
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = facts.get(next)?.notGreaterThan;
    }
    if (next !== id || reported.has(id)) continue;
    for (const member of chain) reported.add(member);
    const names = chain.map((f) => `‘${f}’`);
    ctx.report("BL218", ctx.span(["feiten", id, "niet_groter_dan"]), {
      detail: `${opsomming(names)} begrenzen elkaar in een kring (${[...names, names[0]].join(" ≤ ")}); dan zijn ze altijd gelijk. Laat één ‘niet_groter_dan’ weg.`,
    });
    for (const member of chain) drop(member);
  }
}

interface RawDateRule {
  omschrijving: string;
  hoofdstuk: string;
  tekst: string;
  berekening: string;
  zorgsoorten: "alle" | string[];
  was?: string;
}

function collectDateRules(ctx: CheckContext, raw: unknown, env: Omit<Parameters<typeof checkExpression>[1], "careTypesInScope">): DateRule[] {
  const result: DateRule[] = [];
  for (const [id, rule] of entries<RawDateRule>(raw)) {
    const path = ["datumregels", id];
    const careTypes = resolveCareTypes(ctx, [...path, "zorgsoorten"], rule.zorgsoorten, env.careTypeIds);
    const ast = ctx.parseAt([...path, "berekening"], rule.berekening);
    if (!ast) continue;
    const checked = checkExpression(ast, { ...env, careTypesInScope: careTypes });
    ctx.diagnostics.push(...checked.diagnostics);
    if (!checked.expr) continue;
    if (checked.expr.type.kind !== "datum") {
      ctx.report("BL212", checked.expr.span, { naam: id, type: typeName(checked.expr.type) });
      continue;
    }
    result.push({
      id,
      description: rule.omschrijving,
      chapter: rule.hoofdstuk,
      text: rule.tekst,
      computation: { source: rule.berekening, expr: checked.expr },
      careTypes,
      ...(rule.was !== undefined ? { was: rule.was } : {}),
      span: ctx.keySpan(path),
    });
  }
  return result;
}

interface RawMilestone {
  onderwerp: string;
  hoofdstuk: string;
  datum?: string;
  wanneer?: string;
  soort?: "mijlpaal" | "deadline";
  zorgsoorten?: "alle" | string[];
  was?: string;
}

function collectMilestones(ctx: CheckContext, raw: unknown, careTypeIds: readonly string[]): Milestone[] {
  return entries<RawMilestone>(raw).map(([id, m]) => {
    const path = ["planning", id];
    const careTypes = resolveCareTypes(ctx, [...path, "zorgsoorten"], m.zorgsoorten ?? "alle", careTypeIds);
    return {
      id,
      subject: m.onderwerp,
      chapter: m.hoofdstuk,
      ...(m.datum !== undefined ? { date: m.datum, dateSpan: ctx.span([...path, "datum"]) } : {}),
      ...(m.wanneer !== undefined ? { when: m.wanneer } : {}),
      kind: m.soort ?? "mijlpaal",
      careTypes,
      allCareTypes: (m.zorgsoorten ?? "alle") === "alle",
      ...(m.was !== undefined ? { was: m.was } : {}),
      span: ctx.keySpan(path),
    };
  });
}
