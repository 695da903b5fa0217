/**
 * A prettier plugin for .policy files, so `prettier --write beleid.policy` (and an editor's
 * "format on save" through prettier) gives the same layout as `beleid fmt`. It wraps the same
 * formatter: the whole file is one "node" whose printed form is the formatted text.
 *
 * Use: `"plugins": ["beleid/prettier"]` in the prettier configuration.
 */

import type { Parser, Plugin, Printer, SupportLanguage } from "prettier";
import { renderDiagnostics } from "../diagnostics/render.js";
import { SourceFiles } from "../span.js";
import { formatPolicyText } from "./formatPolicy.js";

interface PolicyRoot {
  readonly type: "beleid-bestand";
  readonly text: string;
  readonly formatted: string;
}

export const languages: SupportLanguage[] = [
  { name: "beleid", parsers: ["beleid"], extensions: [".policy"], vscodeLanguageIds: ["beleid"] },
];

const parser: Parser<PolicyRoot> = {
  astFormat: "beleid",
  locStart: () => 0,
  locEnd: (node) => node.text.length,
  parse(text, options) {
    const path = options.filepath ?? "<invoer>";
    const result = formatPolicyText(text, path);
    if (result.diagnostics.length > 0) {
      const sources = new SourceFiles();
      sources.add(path, text);
      throw new Error(renderDiagnostics(result.diagnostics, sources, { colour: false }));
    }
    return { type: "beleid-bestand", text, formatted: result.text };
  },
};

const printer: Printer<PolicyRoot> = {
  print: (path) => path.node.formatted,
};

export const parsers = { beleid: parser };
export const printers = { beleid: printer };

const plugin: Plugin<PolicyRoot> = { languages, parsers, printers };
export default plugin;
