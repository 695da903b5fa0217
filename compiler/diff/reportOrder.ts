/**
 * The order of a report: the changes of one chapter in the order a reader meets them in the
 * document (the newer one, or for what was removed the older one), and chapters by number. Reads
 * the document's layout (render/layout.ts), so report and document agree.
 */

import type { PolicyModel } from "../model.js";
import { layoutDocument } from "../render/layout.js";
import type { Change } from "./changes.js";

/**
 * Where each thing a change can be about stands in the document, by change key: a change
 * report lists the changes of one chapter in the order a reader meets them.
 */
export function documentOrder(model: PolicyModel): Map<string, number> {
  const order = new Map<string, number>();
  const place = (key: string) => {
    if (!order.has(key)) order.set(key, order.size);
  };
  for (const { chapter, parts } of layoutDocument(model)) {
    place(`hoofdstuk:${chapter.id}`);
    for (const part of parts) {
      switch (part.kind) {
        case "text":
          place(`tekst:${part.text.id}`);
          break;
        case "agreements":
          for (const c of part.careTypes) {
            place(`zorgsoort:${c.id}`);
            place(`overeenkomst:${c.id}`);
          }
          break;
        case "agreementText":
          // With `volgorde` an agreement's text has a place of its own in the chapter.
          for (const c of part.text.careTypes) {
            place(`zorgsoort:${c.id}`);
            place(`overeenkomst:${c.id}`);
          }
          break;
        case "differentiation":
          place(`overeenkomsten:${part.careType.id}`);
          for (const rule of part.factors) place(`regel:${rule.id}`);
          break;
        case "group":
          place(`groep:${part.group.id}`);
          for (const rule of part.rules) place(`regel:${rule.id}`);
          break;
        case "table":
          place(`tabel:${part.table.id}`);
          break;
        case "dateRule":
          place(`datumregel:${part.dateRule.id}`);
          break;
        case "planning":
          for (const m of part.milestones) place(`planning:${m.id}`);
          break;
      }
    }
  }
  return order;
}

/** The place of a change in the newer document (or, for what was removed, the older one). */
export function positionIn(newer: Map<string, number>, older: Map<string, number>): (change: Change) => number {
  return (change) => {
    // "regel:a+b" (merged) stands where its first part stands; "overeenkomst:x:3" where x does.
    const [kind, id] = change.key.split("+")[0]!.split(":");
    const key = `${kind}:${id}`;
    return newer.get(key) ?? older.get(key) ?? Number.MAX_SAFE_INTEGER;
  };
}

/** Chapter numbers in order, part by part ("2.10" after "2.9"); a change without a chapter last. */
export function compareChapterNumbers(a: string | undefined, b: string | undefined): number {
  const pa = (a ?? "99").split(".").map(Number);
  const pb = (b ?? "99").split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
