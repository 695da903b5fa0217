/**
 * What the document tests share: a policy from `policies/` compiled to its model, and one
 * chapter of a rendered document.
 */

import { compileFile } from "../../compiler/compile.js";
import type { PolicyModel } from "../../compiler/model.js";

export function model(path: string): PolicyModel {
  const result = compileFile(path);
  if (!result.model) throw new Error(`${path} compileert niet: ${result.diagnostics.map((d) => d.message).join("; ")}`);
  return result.model;
}

/** The HTML of the chapter numbered `number` ("3.1"), up to the next chapter. */
export function chapter(document: string, number: string): string {
  const id = `hoofdstuk-${number.replace(/\./g, "-")}`;
  const start = document.indexOf(`<section class="hoofdstuk`, document.indexOf(`id="${id}"`) - 200);
  const next = document.indexOf(`<section class="hoofdstuk`, start + 1);
  return document.slice(start, next === -1 ? undefined : next);
}
