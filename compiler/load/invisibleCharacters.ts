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
  const label = `U+${code.toString(16).toUpperCase().padStart(4, "0")}${NAMES[code] ? ` (${NAMES[code]})` : ""}`;
  const where = first.index === 0 ? "aan het begin" : `na ‘${withoutInvisible(name.slice(0, first.index))}’`;
  const more = found.length > 1 ? ` en nog ${found.length - 1} ${found.length === 2 ? "ander onzichtbaar teken" : "andere onzichtbare tekens"}` : "";
  const clean = withoutInvisible(name);
  return `De naam bevat het onzichtbare teken ${label}, ${where}${more}; het komt vaak mee bij kopiëren uit een document of webpagina. Verwijder het${clean !== "" ? `: ‘${clean}’` : ""}.`;
}
