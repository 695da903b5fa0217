/**
 * The names of a care type's functions in the generated module. Apart from `names.ts` because
 * it reads the runtime's exports: `beleid check` and `beleid diff` use `names.ts` (the names a
 * care type's key gives) and should not load the runtime for that.
 */

import * as runtime from "../../runtime/index.js";
import { camelCase, pascalCase, RESERVED } from "./names.js";

/**
 * The names the generated module can import from the runtime. No name the emitter makes from a
 * key may be one of them: not a function at module level, and not a local inside a function
 * (a rule keyed `aandeel` would hide the helper `aandeel` from the rules after it).
 */
export const RUNTIME_NAMES: readonly string[] = Object.keys(runtime);

/**
 * Names in scope where a care type's function for every rule is called, besides those of the
 * care types: what the module declares or imports at its top level, and `feiten`, the parameter
 * of the `beoordeel…` that calls it (a function named `feiten` would be hidden by it).
 */
const MODULE_NAMES = new Set(["beleid", "beoordeel", "besluit", "feiten", ...RUNTIME_NAMES]);

/** A care type's own function names start with these (`beoordeelFysiotherapie`). */
const CARE_TYPE_PREFIX = /^(beoordeel|besluit|beslis|feitenInOrde|nietIngekocht|selectief)[A-Z0-9]/;

/**
 * The names of a care type's functions in the generated module (the bulk evaluation looks its
 * entry point up by name): the exported `beoordeel…`, `besluit…` and (with selective purchase)
 * `nietIngekocht…`, and the unchecked functions behind them. The function that evaluates every rule is named after the care type
 * itself (`fysiotherapie`), unless that name is a word of JavaScript, a name the module has
 * already or that is in scope where it is called (`feiten`), or another care type's function
 * (`besluit_een`): then with an underscore after it, which no other name in the module has
 * (camelCase never makes one).
 */
export function careTypeFunctionNames(careType: { readonly id: string }): {
  beoordeel: string;
  besluit: string;
  nietIngekocht: string;
  intern: string;
  beslis: string;
  selectief: string;
  feitenInOrde: string;
} {
  const pascal = pascalCase(careType.id);
  const camel = camelCase(careType.id);
  const intern = RESERVED.has(camel) || MODULE_NAMES.has(camel) || CARE_TYPE_PREFIX.test(camel) ? `${camel}_` : camel;
  return {
    beoordeel: `beoordeel${pascal}`,
    besluit: `besluit${pascal}`,
    nietIngekocht: `nietIngekocht${pascal}`,
    intern,
    beslis: `beslis${pascal}`,
    selectief: `selectief${pascal}`,
    feitenInOrde: `feitenInOrde${pascal}`,
  };
}
