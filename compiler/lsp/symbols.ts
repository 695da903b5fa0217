/**
 * The outline of a .policy document (document symbols): its sections and, in each, what it
 * declares — chapters, facts, care types with their agreements, groups with their rules (and
 * their kind), date rules, tables with their columns, milestones and texts. Read from the YAML
 * of the current text (so the outline follows what the author types, also when a condition
 * has an error); there is none while the YAML does not parse. The server turns spans into
 * LSP ranges.
 */

import { pointer } from "../load/yamlTree.js";
import { RULE_KIND_NAME } from "../queries.js";
import type { RuleKind } from "../model.js";
import type { Span } from "../span.js";
import type { Analysis } from "./analysis.js";

export type PolicySymbolKind = "onderdeel" | "hoofdstuk" | "feit" | "zorgsoort" | "overeenkomst" | "groep" | "regel" | "datumregel" | "tabel" | "kolom" | "mijlpaal" | "tekst";

export interface PolicySymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: PolicySymbolKind;
  /** The whole entry: its key and its value. */
  readonly span: Span;
  /** The key. */
  readonly selection: Span;
  readonly children: readonly PolicySymbol[];
}

type Fields = Readonly<Record<string, unknown>>;

const SECTIONS: Readonly<Record<string, PolicySymbolKind>> = {
  hoofdstukken: "hoofdstuk",
  feiten: "feit",
  zorgsoorten: "zorgsoort",
  groepen: "groep",
  datumregels: "datumregel",
  tabellen: "tabel",
  planning: "mijlpaal",
  teksten: "tekst",
};

const isMap = (value: unknown): value is Fields => value !== null && typeof value === "object" && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === "string" || typeof value === "number" ? String(value) : "");
const kindName = (kind: unknown): string => (typeof kind === "string" && kind in RULE_KIND_NAME ? RULE_KIND_NAME[kind as RuleKind] : text(kind));

export function documentSymbols(analysis: Analysis): PolicySymbol[] {
  if (!isMap(analysis.data)) return [];
  const data = analysis.data;
  /** The symbol of the entry at `path`, when the text has it as a key. */
  const entry = (path: readonly string[], kind: PolicySymbolKind, detail: string, children: PolicySymbol[] = []): PolicySymbol | undefined => {
    const location = analysis.locations.get(pointer(path));
    if (!location?.keySpan) return undefined;
    // A block's span runs to the start of the next entry: the entry ends at its last character.
    let end = Math.max(location.span.end, location.keySpan.end);
    // An alias (`kopie: *anker`) is located at its anchor, elsewhere: the entry ends with its line (before a comment).
    if (location.span.start < location.keySpan.end) {
      const lineEnd = analysis.text.indexOf("\n", location.keySpan.end);
      const line = analysis.text.slice(location.keySpan.end, lineEnd < 0 ? analysis.text.length : lineEnd);
      end = location.keySpan.end + line.replace(/\s+#.*$/, "").length;
    }
    while (end > location.keySpan.end && /\s/.test(analysis.text[end - 1] as string)) end--;
    return { name: path[path.length - 1] as string, detail, kind, span: { ...location.keySpan, end }, selection: location.keySpan, children };
  };
  const entries = (path: readonly string[], value: unknown, make: (id: string, fields: Fields) => PolicySymbol | undefined): PolicySymbol[] =>
    isMap(value) ? Object.entries(value).flatMap(([id, fields]) => make(id, isMap(fields) ? fields : {}) ?? []) : [];

  const symbols: PolicySymbol[] = [];
  for (const [section, kind] of Object.entries(SECTIONS)) {
    const value = data[section];
    if (value === undefined) continue;
    const children = entries([section], value, (id, fields) => {
      const path = [section, id];
      switch (kind) {
        case "hoofdstuk":
          return entry(path, kind, [text(fields.nummer), text(fields.titel)].filter((part) => part !== "").join(" "));
        case "feit":
          return entry(path, kind, text(fields.type));
        case "zorgsoort": {
          const differentiation = isMap(fields.differentiatie) ? fields.differentiatie : {};
          const tiers = entries([...path, "differentiatie", "overeenkomsten"], differentiation.overeenkomsten, (tier, tierFields) =>
            entry([...path, "differentiatie", "overeenkomsten", tier], "overeenkomst", text(tierFields.naam)),
          );
          return entry(path, kind, text(fields.naam), tiers);
        }
        case "groep": {
          const rules = entries([...path, "regels"], fields.regels, (rule, ruleFields) =>
            entry([...path, "regels", rule], "regel", ruleFields.verklaring === "ja" ? `${kindName(fields.soort)}, verklaring` : kindName(fields.soort)),
          );
          return entry(path, kind, [kindName(fields.soort), text(fields.titel)].filter((part) => part !== "").join(": "), rules);
        }
        case "datumregel":
          return entry(path, kind, text(fields.omschrijving));
        case "tabel": {
          const columns = entries([...path, "kolommen"], fields.kolommen, (column, columnFields) => entry([...path, "kolommen", column], "kolom", text(columnFields.type)));
          return entry(path, kind, text(fields.titel), columns);
        }
        case "mijlpaal":
          return entry(path, kind, text(fields.onderwerp));
        default:
          return entry(path, kind, text(fields.kop) || text(fields.onderwerp));
      }
    });
    const own = entry([section], "onderdeel", "", children);
    if (own) symbols.push(own);
  }
  return symbols;
}
