/**
 * The runtime of beleid: the few helpers the generated evaluators import. No dependencies,
 * runs in Node and in the browser. Everything here is small and generic; the policy logic
 * itself is in the generated code.
 */

export * from "./logic.js";
export { rounded } from "./rounding.js";
export * from "./functions.js";
export * from "./dates.js";
export * from "./facts.js";
export * from "./decision.js";
export { Uitleg, uitkomst, type Uitkomstcode } from "./explanation.js";
