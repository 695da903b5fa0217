/**
 * The form of a selective purchase rule's `deelzorg`: the explanation puts it in the middle of a
 * sentence ("Caresq koopt <deelzorg> niet bij u in: …"), so it neither ends in punctuation nor
 * begins with a capital, unless its first word is an abbreviation or a proper noun.
 */

/** Punctuation that ends a sentence or a clause, and how the warning names it. */
const FINAL: Readonly<Record<string, string>> = { ".": "een punt", ":": "een dubbele punt", ";": "een puntkomma", ",": "een komma" };

export interface CarePartProblem {
  /** "begint met een hoofdletter en eindigt op een punt" */
  readonly problem: string;
  /** The text as it fits in the sentence. */
  readonly fixed: string;
  /** The first word, when the capital is the problem: it may be a proper noun after all. */
  readonly capitalised?: string;
}

/**
 * What keeps `deelzorg` from fitting in the middle of a sentence, or undefined. A capital is
 * lowered as the runtime's `lowerFirst` would (one capital followed by a small letter: not GLI,
 * PREM or ParkinsonNet), unless the rule's own text writes the first word with its capital
 * inside a sentence: then it is a proper noun ("Parkinsonzorg" in "… de Parkinsonzorg …").
 */
export function carePartProblem(deelzorg: string, ruleText: string): CarePartProblem | undefined {
  let fixed = deelzorg.trim();
  const problems: string[] = [];
  const firstWord = /^[\p{L}\p{N}'’-]+/u.exec(fixed)?.[0] ?? "";
  let capitalised: string | undefined;
  if (/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u.test(firstWord) && !isProperNoun(firstWord, ruleText)) {
    problems.push("begint met een hoofdletter");
    fixed = fixed.charAt(0).toLowerCase() + fixed.slice(1);
    capitalised = firstWord;
  }
  const end = fixed.charAt(fixed.length - 1);
  const final = FINAL[end];
  if (final !== undefined && !/\.\p{L}\.$/u.test(fixed)) {
    problems.push(`eindigt op ${final}`);
    fixed = fixed.slice(0, -1).trimEnd();
  }
  if (problems.length === 0) return undefined;
  return { problem: problems.join(" en "), fixed, ...(capitalised !== undefined ? { capitalised } : {}) };
}

/** Whether `word` stands with its capital in `text` other than at the start of a sentence. */
function isProperNoun(word: string, text: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu"))) {
    const before = text.slice(0, match.index).trimEnd();
    if (before !== "" && !/[.!?:]$/.test(before) && !/^\s*-\s*$/.test(text.slice(text.lastIndexOf("\n", match.index) + 1, match.index))) return true;
  }
  return false;
}
