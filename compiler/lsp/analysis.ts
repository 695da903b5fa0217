/**
 * What the language server knows about one open .policy document: the result of the same
 * pipeline as `beleid check` on the unsaved text (`compileText`; included files are read from
 * the editor's buffers when open), the YAML locations of the current text (to find what is
 * under the cursor), and the checked model. While the author types, the text often has an
 * error and yields no model; the last good model of the document is used for names and
 * descriptions until the next one. Its spans belong to the texts it was made from
 * (`modelSources`), which need not be the texts of now.
 */

import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { versionDiagnostics } from "../build.js";
import { compileText, type CompileResult } from "../compile.js";
import { sortDiagnostics, uniqueDiagnostics } from "../diagnostics/diagnostic.js";
import type { Location } from "../load/yamlTree.js";
import { checkPolicyText } from "../load/loadPolicy.js";
import { readPolicyYaml } from "../load/simpleYaml.js";
import type { PolicyModel } from "../model.js";
import type { SourceFiles } from "../span.js";

export interface Analysis {
  /** The path the document is compiled under (as in diagnostics' spans). */
  readonly path: string;
  /** The document's text without a byte order mark: every offset of the analysis is in this text. */
  readonly text: string;
  /** Characters before `text` in the editor's document: 1 for a byte order mark, else 0. */
  readonly bom: number;
  /** The result of `beleid check` on this text: its diagnostics each once, as `checkFiles` reports them. */
  readonly result: CompileResult;
  /** The pipeline's result alone (`compileText`), before the comparison with the previous version: a rename's check starts from it. */
  readonly compiled: CompileResult;
  /** The model of this text, or the last good one of this document. */
  readonly model: PolicyModel | undefined;
  /** The texts `model`'s spans are offsets in (older texts when the model is an older one). */
  readonly modelSources: SourceFiles | undefined;
  /** Locations in the current text by JSON pointer (empty when the YAML does not parse). */
  readonly locations: ReadonlyMap<string, Location>;
  /** The current text's data (undefined when the YAML does not parse). */
  readonly data: unknown;
  /**
   * The files (absolute paths) the result was made from besides the document: the included
   * files (`omvat`), the previous version (`vorige`) and the files that one includes. When one
   * of them changes (in the editor or on disk), the document is checked again.
   */
  readonly uses: ReadonlySet<string>;
  /** The current text of a file (the editor's when it is open, else from disk), without a byte order mark. */
  textOf(file: string): string | undefined;
}

const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export class Workspace {
  private readonly lastGood = new Map<string, { model: PolicyModel; sources: SourceFiles }>();
  /** Previous versions (`vorige`) compiled for the comparison, by path, with the text they were compiled from. */
  private readonly previousVersions = new Map<string, { text: string; model: PolicyModel | undefined; uses: readonly string[] }>();

  /** `openText(path)`: the editor's unsaved text of a file, when it is open. */
  constructor(private readonly openText: (absolutePath: string) => string | undefined) {}

  analyse(path: string, documentText: string): Analysis {
    // A file that is not open is read as bytes, so the load stage checks that it is UTF-8 (BL013).
    const readText = (file: string): string | Uint8Array => this.openText(resolve(file)) ?? readFileSync(file);
    const bom = documentText.charCodeAt(0) === 0xfeff ? 1 : 0;
    // The load stage drops the mark too: its offsets, like `beleid check`'s, start after it.
    // A carriage return on its own is a line end there, as for a file (one character for one).
    const text = checkPolicyText(path, documentText.slice(bom)).text;
    const compiled: CompileResult = compileText(path, text, { readText });
    const key = resolve(path);
    const uses = new Set(compiled.sources.paths().map((file) => resolve(file)));
    const result = this.withVersionDiagnostics(compiled, readText, uses);
    uses.delete(key);
    if (result.model) this.lastGood.set(key, { model: result.model, sources: result.sources });
    const good = this.lastGood.get(key);
    const tree = readPolicyYaml(path, text);
    const textOf = (file: string): string | undefined => {
      if (resolve(file) === key) return text;
      const open = this.openText(resolve(file));
      if (open !== undefined) return withoutBom(open);
      try {
        return withoutBom(readFileSync(file, "utf8"));
      } catch {
        return undefined;
      }
    };
    return { path, text, bom, result, compiled, model: good?.model, modelSources: good?.sources, locations: tree.locations, data: tree.data, uses, textOf };
  }

  /**
   * What `beleid check` adds for a policy with a previous version (`vorige`): the comparison
   * with it (BL310 for a `was:` that points at nothing, BL603). The previous version is
   * compiled again only when its text changed.
   */
  private withVersionDiagnostics(compiled: CompileResult, readText: (file: string) => string | Uint8Array, uses: Set<string>): CompileResult {
    const model = compiled.model;
    if (!model || model.kind !== "inkoopbeleid" || !model.meta.previous) return compiled;
    // The previous version counts even while it is missing: once it is there, check again.
    uses.add(resolve(dirname(model.file), `${model.meta.previous}.policy`));
    const load = (file: string): PolicyModel | undefined => {
      uses.add(resolve(file));
      let text: string;
      try {
        const read = readText(file);
        text = typeof read === "string" ? read : new TextDecoder().decode(read);
      } catch {
        return undefined;
      }
      const known = this.previousVersions.get(resolve(file));
      // Compiled again when its text changed, or when a file it includes is open (its text may have changed; on disk, see `changed`).
      if (known?.text === text && known.uses.every((used) => this.openText(used) === undefined)) {
        for (const used of known.uses) uses.add(used);
        return known.model;
      }
      const older = compileText(file, withoutBom(text), { readText });
      const olderUses = older.sources.paths().map((used) => resolve(used)).filter((used) => used !== resolve(file));
      for (const used of olderUses) uses.add(used);
      this.previousVersions.set(resolve(file), { text, model: older.model, uses: olderUses });
      return older.model;
    };
    const found = versionDiagnostics([{ path: model.file, result: compiled }], compiled.sources, undefined, load);
    return found.length === 0 ? compiled : { ...compiled, diagnostics: uniqueDiagnostics(sortDiagnostics([...compiled.diagnostics, ...found])) };
  }

  forget(path: string): void {
    this.lastGood.delete(resolve(path));
  }

  /** A file changed on disk (or was created or deleted): forget what was compiled from it. */
  changed(absolutePath: string): void {
    for (const [path, known] of this.previousVersions) {
      if (path === absolutePath || known.uses.includes(absolutePath)) this.previousVersions.delete(path);
    }
  }
}
