/**
 * The names of the versions a change report compares. They live in compiler/versionNames.ts,
 * which the document renderer shares; this module keeps the diff's own import path.
 */

export { earlierPolicyName, earlierVersionInLine, titleWithVersionName, type VersionMeta } from "../versionNames.js";
