/**
 * A compiled model as fmt must leave it: without positions and without the expressions'
 * source text (whose spacing and line breaks fmt changes). Shared by the fmt tests.
 */
export function comparableModel(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparableModel);
  if (value && typeof value === "object") {
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === "span" || key.endsWith("Span")) continue;
      if (key === "source" && "expr" in value) continue;
      result[key] = comparableModel(child);
    }
    return result;
  }
  return value;
}
