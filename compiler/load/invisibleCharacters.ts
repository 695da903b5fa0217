/**
 * Invisible characters in a name: a zero width space or a no-break space copied along from a
 * document or web page makes `keur​merk` look like `keurmerk` but be another, invalid name
 * (BL215). The load stage names the character, so the author can find what cannot be seen.
 */

/** Characters that show as nothing or as an ordinary space. */
const INVISIBLE = /[\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u206a-\u206f\u3000\u3164\ufeff\uffa0]/gu;

const NAMES: Readonly<Record<number, string>> = {
  0x00a0: "harde spatie, no-break space",
  0x00ad: "zacht afbreekstreepje, soft hyphen",
  0x200b: "zero width space",
  0x200c: "zero width non-joiner",
  0x200d: "zero width joiner",
  0x200e: "left-to-right mark",
  0x200f: "right-to-left mark",
  0x202f: "smalle harde spatie, narrow no-break space",
  0x2060: "word joiner",
  0xfeff: "zero width no-break space, byte order mark",
};

/** ‘U+200B (zero width space)’ for an invisible character; undefined for any other. */
export function invisibleCharacterName(character: string): string | undefined {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(character)) return undefined;
  INVISIBLE.lastIndex = 0;
  const code = character.codePointAt(0) as number;
  return `${codePoint(code)}${NAMES[code] ? ` (${NAMES[code]})` : ""}`;
}

/** ‘U+0435’ */
export function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Letters of other scripts that look like Latin ones (а, е, о, р, с from a Cyrillic keyboard or
 * a copied text): which script, and the Latin letter they are taken for.
 */
export function lookalikeLetter(character: string): { script: string; latin: string } | undefined {
  const code = character.codePointAt(0) as number;
  const latin = LOOKALIKES.get(code);
  if (latin === undefined) return undefined;
  return { script: code >= 0x0400 && code <= 0x052f ? "Cyrillische" : "Griekse", latin };
}

const LOOKALIKES: ReadonlyMap<number, string> = new Map(
  Object.entries({
    // Cyrillic
    а: "a", в: "b", е: "e", ѕ: "s", і: "i", ј: "j", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x", ԁ: "d", ԛ: "q", ԝ: "w",
    А: "A", В: "B", Е: "E", Ѕ: "S", І: "I", Ј: "J", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", Х: "X", У: "Y",
    // Greek
    α: "a", ο: "o", ν: "v", ρ: "p", ι: "i", κ: "k", τ: "t", υ: "u", χ: "x",
    Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y", Χ: "X",
  }).map(([letter, latin]) => [letter.codePointAt(0) as number, latin]),
);

/** `keur​merk` without its invisible characters (`keurmerk`); the name itself when it has none. */
export function withoutInvisible(name: string): string {
  return name.replace(INVISIBLE, "");
}

/**
 * Why a name with an invisible character is not what it looks like: "‘keur​merk’ bevat het
 * onzichtbare teken U+200B (zero width space), na ‘keur’"; undefined for a name without.
 */
export function invisibleCharacterHint(name: string): string | undefined {
  const found = [...name.matchAll(INVISIBLE)];
  const first = found[0];
  if (first === undefined) return undefined;
  const code = first[0].codePointAt(0) as number;
  const label = `${codePoint(code)}${NAMES[code] ? ` (${NAMES[code]})` : ""}`;
  const where = first.index === 0 ? "aan het begin" : `na ‘${withoutInvisible(name.slice(0, first.index))}’`;
  const more = found.length > 1 ? ` en nog ${found.length - 1} ${found.length === 2 ? "ander onzichtbaar teken" : "andere onzichtbare tekens"}` : "";
  const clean = withoutInvisible(name);
  return `De naam bevat het onzichtbare teken ${label}, ${where}${more}; het komt vaak mee bij kopiëren uit een document of webpagina. Verwijder het${clean !== "" ? `: ‘${clean}’` : ""}.`;
}
