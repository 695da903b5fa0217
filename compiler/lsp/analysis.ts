/**
 * What the language server knows about one open .policy document: the result of the same
 * pipeline as `beleid check` on the unsaved text (`compileText`; included files are read from
 * the editor's buffers when open), the YAML locations of the current text (to find what is
 * under the cursor), and the checked model. While the author types, the text often has an
 * error and yields no model; the last good model of the document is used for names and
 * descriptions until the next one.
 */

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { compileText, type CompileResult } from "../compile.js";
import type { Location } from "../load/yamlTree.js";
import { readPolicyYaml } from "../load/simpleYaml.js";
import type { PolicyModel } from "../model.js";

export interface Analysis {
  /** The path the document is compiled under (as in diagnostics' spans). */
  readonly path: string;
  readonly text: string;
  readonly result: CompileResult;
  /** The model of this text, or the last good one of this document. */
  readonly model: PolicyModel | undefined;
  /** Locations in the current text by JSON pointer (empty when the YAML does not parse). */
  readonly locations: ReadonlyMap<string, Location>;
  /** The current text's data (undefined when the YAML does not parse). */
  readonly data: unknown;
}

export class Workspace {
  private readonly lastGood = new Map<string, PolicyModel>();

  /** `openText(path)`: the editor's unsaved text of a file, when it is open. */
  constructor(private readonly openText: (absolutePath: string) => string | undefined) {}

  analyse(path: string, text: string): Analysis {
    // A file that is not open is read as bytes, so the load stage checks that it is UTF-8 (BL013).
    const readText = (file: string): string | Uint8Array => this.openText(resolve(file)) ?? readFileSync(file);
    const result = compileText(path, text, { readText });
    const key = resolve(path);
    if (result.model) this.lastGood.set(key, result.model);
    const tree = readPolicyYaml(path, text);
    return { path, text, result, model: result.model ?? this.lastGood.get(key), locations: tree.locations, data: tree.data };
  }

  forget(path: string): void {
    this.lastGood.delete(resolve(path));
  }
}
