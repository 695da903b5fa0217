/**
 * The checker page in the browser. Reads the page's configuration, loads the policy's compiled
 * evaluator (a plain ES module next to the page), builds the form for the chosen care type from
 * the evaluator's own fact descriptions, and on every change calls `beoordeel` and redraws the
 * result, also before every question is answered: then it shows what is already settled
 * (settled.ts). Answers survive a change of care type; the care type is kept in the address
 * (`#zorgsoort=…`) so a link can open the checker on it.
 */

import type { Beslissing, FeitBeschrijving, FeitProbleem, ZorgsoortBeschrijving } from "../../runtime/index.js";
import { dateWithoutValue } from "../../runtime/sentences.js";
import { el, replaceChildren } from "./dom.js";
import { relationProblem } from "./numbers.js";
import { buildQuestion, type Answer, type Question } from "./questions.js";
import { showDecision, showError, showOpenQuestions, type OpenQuestion, type ResultTargets } from "./result.js";
import { settle, withStandIns, type RuleFacts } from "./settled.js";

interface Section {
  readonly titel: string;
  readonly hoofdstuk: string;
  readonly feiten: readonly string[];
}

interface Config {
  readonly evaluator: string;
  readonly document: string;
  readonly secties: Readonly<Record<string, readonly Section[]>>;
  readonly datums: Readonly<Record<string, string>>;
  /** Per care type with differentiation the title above its factors in the document. */
  readonly factoren?: Readonly<Record<string, string>>;
  /** Per care type and rule the facts its outcome depends on; per care type and date rule the facts of the date. */
  readonly regelfeiten?: Readonly<Record<string, Readonly<Record<string, RuleFacts>>>>;
  readonly datumfeiten?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

interface EvaluatorModule {
  readonly beleid: { readonly jaar: number; readonly titel: string };
  readonly FEITEN: Readonly<Record<string, FeitBeschrijving>>;
  readonly ZORGSOORTEN: Readonly<Record<string, ZorgsoortBeschrijving>>;
  beoordeel(zorgsoort: string, feiten: unknown): Beslissing;
}

function required<T extends Element>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Element #${id} ontbreekt op de pagina.`);
  return element as unknown as T;
}

function isFeitenFout(error: unknown): error is Error & { problemen: readonly FeitProbleem[] } {
  return error instanceof Error && error.name === "FeitenFout" && Array.isArray((error as { problemen?: unknown }).problemen);
}

class Checker {
  private questions: Question[] = [];
  /** Answers by fact, kept when the care type changes. */
  private readonly answers = new Map<string, Answer>();
  private careType = "";
  /** What the result shows now, so an event that changes nothing (a blur) does not redraw it. */
  private shown = "";

  constructor(
    private readonly module: EvaluatorModule,
    private readonly config: Config,
    private readonly select: HTMLSelectElement,
    private readonly container: HTMLElement,
    private readonly targets: ResultTargets,
  ) {}

  start(): void {
    const fromAddress = new URLSearchParams(location.hash.slice(1)).get("zorgsoort");
    if (fromAddress && this.module.ZORGSOORTEN[fromAddress]) this.select.value = fromAddress;
    this.select.addEventListener("change", () => this.chooseCareType(this.select.value));
    this.container.addEventListener("input", () => this.update());
    this.container.addEventListener("change", () => this.update());
    // A link in the list of open questions moves focus to the question itself.
    this.targets.details.addEventListener("click", (event) => {
      const link = (event.target as Element | null)?.closest("a[data-focus]");
      if (!link) return;
      event.preventDefault();
      const target = document.getElementById(link.getAttribute("data-focus") ?? "");
      target?.scrollIntoView({ block: "center" });
      target?.focus();
    });
    this.chooseCareType(this.select.value);
  }

  private remember(): void {
    for (const q of this.questions) this.answers.set(q.fact.id, q.read());
  }

  private chooseCareType(id: string): void {
    this.remember();
    this.careType = id;
    history.replaceState(null, "", `#zorgsoort=${encodeURIComponent(id)}`);
    const careType = this.module.ZORGSOORTEN[id];
    if (!careType) return;
    const facts = careType.feiten.map((f) => this.module.FEITEN[f]).filter((f): f is FeitBeschrijving => f !== undefined);
    this.questions = facts.map((fact) => buildQuestion(fact, this.module.beleid.jaar));
    const byFact = new Map(this.questions.map((q) => [q.fact.id, q]));
    for (const q of this.questions) {
      const earlier = this.answers.get(q.fact.id);
      if (earlier) q.restore(earlier);
    }

    const sections = this.config.secties[id] ?? [];
    const placed = new Set<string>();
    const shown: Question[] = [];
    const blocks: HTMLElement[] = [];
    sections.forEach((section, index) => {
      const members = section.feiten.map((f) => byFact.get(f)).filter((q): q is Question => q !== undefined && !placed.has(q.fact.id));
      if (members.length === 0) return;
      for (const q of members) placed.add(q.fact.id);
      shown.push(...members);
      const headingId = `sectie-${index}`;
      blocks.push(
        el(
          "section",
          { class: "vragengroep", "aria-labelledby": headingId },
          el("h3", { id: headingId }, el("span", { class: "nummer" }, section.hoofdstuk), " ", section.titel),
          ...members.map((q) => q.element),
        ),
      );
    });
    const rest = this.questions.filter((q) => !placed.has(q.fact.id));
    // In the order of the form, so the list of open questions follows it too.
    this.questions = [...shown, ...rest];
    if (rest.length > 0) blocks.push(el("section", { class: "vragengroep", "aria-labelledby": "sectie-overig" }, el("h3", { id: "sectie-overig" }, "Overige vragen"), ...rest.map((q) => q.element)));
    replaceChildren(
      this.container,
      el("p", { class: "vragen-aantal" }, `${careType.naam}: ${this.questions.length === 1 ? "1 vraag" : `${this.questions.length} vragen`}.`),
      ...blocks,
    );
    this.update();
  }

  /**
   * The answers, with a part greater than its whole (`nietGroterDan`, both answered) marked
   * on the part's question as not filled in right, as an answer out of its range is.
   */
  private readAnswers(): Map<Question, Answer> {
    const answers = new Map(this.questions.map((q) => [q, q.read()]));
    const byFact = new Map(this.questions.map((q) => [q.fact.id, q]));
    for (const [q, answer] of answers) {
      const whole = q.fact.nietGroterDan === undefined ? undefined : byFact.get(q.fact.nietGroterDan);
      const wholeAnswer = whole && answers.get(whole);
      if (!whole || answer.state !== "ok" || typeof answer.value !== "number" || wholeAnswer?.state !== "ok" || typeof wholeAnswer.value !== "number") continue;
      const problem = relationProblem(q.fact, answer.value, { label: whole.label, value: wholeAnswer.value });
      if (problem !== undefined) answers.set(q, { state: "ongeldig", melding: problem });
    }
    return answers;
  }

  /** A date without value in the words of `beleid eval`: its facts answered "Onbekend" (null) say why. */
  private dateWithoutValue(id: string, facts: Readonly<Record<string, unknown>>): string {
    const dateFacts = this.config.datumfeiten?.[this.careType]?.[id] ?? [];
    const unknown = dateFacts.filter((f) => facts[f] === null).flatMap((f) => this.module.FEITEN[f] ?? []);
    return dateWithoutValue(unknown, this.module.beleid.jaar);
  }

  private update(): void {
    const facts: Record<string, unknown> = {};
    const open: OpenQuestion[] = [];
    for (const [q, answer] of this.readAnswers()) {
      if (answer.state === "ok") {
        facts[q.fact.id] = answer.value;
        q.showError(undefined);
      } else {
        open.push({ label: q.label, focusId: q.focusId, problem: answer.state });
        q.showError(answer.state === "ongeldig" ? answer.melding : undefined);
      }
    }
    const state = JSON.stringify([this.careType, facts, open]);
    if (state === this.shown) return;
    this.shown = state;
    const total = this.questions.length;
    const openFacts = new Set(this.questions.filter((q) => !(q.fact.id in facts)).map((q) => q.fact.id));
    let decision: Beslissing;
    try {
      // Open questions get a stand-in answer; settle() shows only what no answer can change.
      decision = this.module.beoordeel(this.careType, openFacts.size > 0 ? withStandIns(this.questions.map((q) => q.fact), facts) : facts);
    } catch (error) {
      if (open.length > 0) {
        // A stand-in the evaluator refuses (a part larger than its whole): wait for the answers.
        showOpenQuestions(this.targets, open, total);
      } else if (isFeitenFout(error)) {
        // Every question is answered, so the evaluator refuses an answer, not a missing one.
        showError(this.targets, "Niet alle antwoorden zijn goed ingevuld.", error.problemen.map((p) => p.melding));
      } else {
        showError(this.targets, "De uitkomst kon niet worden bepaald.", [error instanceof Error ? error.message : String(error)]);
      }
      return;
    }
    const careType = this.module.ZORGSOORTEN[this.careType] as ZorgsoortBeschrijving;
    const settled = settle(decision, careType, openFacts, this.config.regelfeiten?.[this.careType] ?? {}, this.config.datumfeiten?.[this.careType] ?? {});
    // Nothing known yet that the open answers cannot change: only the open questions.
    const known = settled.eligible !== undefined || (careType.gedifferentieerd && settled.agreements.length === 1);
    if (open.length > 0 && !known) {
      showOpenQuestions(this.targets, open, total);
      return;
    }
    showDecision(this.targets, {
      decision,
      settled,
      open,
      total,
      documentHref: this.config.document,
      dateLabels: this.config.datums,
      dateWithoutValue: (id) => this.dateWithoutValue(id, facts),
      factorsTitle: this.config.factoren?.[this.careType],
    });
  }
}

async function main(): Promise<void> {
  const select = required<HTMLSelectElement>("zorgsoort");
  const container = required<HTMLElement>("vragen");
  const targets: ResultTargets = { summary: required("samenvatting"), details: required("details"), bar: required("stand") };
  try {
    const config = JSON.parse(required<HTMLScriptElement>("controle-gegevens").textContent ?? "{}") as Config;
    // Resolved against the page, not against this script.
    const module = (await import(new URL(config.evaluator, document.baseURI).href)) as EvaluatorModule;
    new Checker(module, config, select, container, targets).start();
  } catch (error) {
    replaceChildren(container, el("p", { class: "melding melding-fout" }, "De vragen konden niet worden geladen. Probeer de pagina opnieuw te laden."));
    showError(targets, "De controle is niet beschikbaar.", [error instanceof Error ? error.message : String(error)]);
  }
}

void main();
