/**
 * What the formatter needs to know from the JSON Schema of a .policy file: the canonical order
 * of the fixed keys of a map (the order of the schema's `properties`), and which values are
 * whole numbers and dates (written plain, never quoted). The schema stays the single source of truth
 * for the layout: a new field appears in the canonical order where the schema puts it.
 */

import { policySchema } from "../load/validate.js";

type SchemaNode = Record<string, unknown>;

export interface SchemaShape {
  /** The schema's own keys for the map at `path`, in canonical order; empty for a map of entities. */
  keyOrder(path: readonly string[]): readonly string[];
  /** True when the value at `path` is typed as a whole number in the schema. */
  isInteger(path: readonly string[]): boolean;
  /** True when the value at `path` is typed as a number (whole or not) in the schema. */
  isNumber(path: readonly string[]): boolean;
  /** True when the value at `path` is a date (jjjj-mm-dd) in the schema. */
  isDate(path: readonly string[]): boolean;
  /** False for a key the schema does not know (an error for beleid check, but still laid out). */
  isKnown(path: readonly string[]): boolean;
}

function asNode(value: unknown): SchemaNode | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as SchemaNode) : undefined;
}

/** The schema itself and the alternatives it combines (anyOf, oneOf, allOf, then, else). */
function alternatives(node: SchemaNode): SchemaNode[] {
  const result = [node];
  for (const keyword of ["anyOf", "oneOf", "allOf"]) {
    const list = node[keyword];
    if (Array.isArray(list)) for (const item of list) {
      const child = asNode(item);
      if (child) result.push(...alternatives(child));
    }
  }
  for (const keyword of ["then", "else"]) {
    const child = asNode(node[keyword]);
    if (child) result.push(...alternatives(child));
  }
  return result;
}

function childSchemas(nodes: readonly SchemaNode[], key: string): SchemaNode[] {
  const result: SchemaNode[] = [];
  for (const node of nodes.flatMap(alternatives)) {
    const property = asNode(asNode(node.properties)?.[key]);
    if (property) result.push(property);
    else if (!asNode(node.properties)?.[key]) {
      const additional = asNode(node.additionalProperties);
      if (additional) result.push(additional);
    }
    const items = asNode(node.items);
    if (items && /^\d+$/.test(key)) result.push(items);
  }
  return result;
}

export function schemaShape(schema: SchemaNode = policySchema()): SchemaShape {
  const at = (path: readonly string[]): SchemaNode[] => path.reduce<SchemaNode[]>((nodes, key) => childSchemas(nodes, key), [schema]);
  return {
    keyOrder(path) {
      const order: string[] = [];
      for (const node of at(path).flatMap(alternatives)) {
        for (const key of Object.keys(asNode(node.properties) ?? {})) if (!order.includes(key)) order.push(key);
      }
      return order;
    },
    isInteger(path) {
      return at(path)
        .flatMap(alternatives)
        .some((node) => node.type === "integer");
    },
    isNumber(path) {
      return at(path)
        .flatMap(alternatives)
        .some((node) => node.type === "integer" || node.type === "number");
    },
    isDate(path) {
      return at(path)
        .flatMap(alternatives)
        .some((node) => typeof node.pattern === "string" && new RegExp(node.pattern, "u").test("2025-10-24"));
    },
    isKnown(path) {
      return at(path).length > 0;
    },
  };
}
