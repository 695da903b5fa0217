/**
 * Dutch number words as a number: "vijf" 5, "vijfentwintig" 25, "tweeëntwintig" 22,
 * "honderdvijftig" 150, "vijftienhonderd" 1500, "tweeduizend" 2000. One word, written as
 * n2words writes it (test/analyse/numberWords.test.ts checks every number up to 9999 that
 * n2words writes as one word), and with "één" or "een" for one. n2words itself only goes the
 * other way, and loading it (and writing out a table) cost a check 35-65 ms (measured), for
 * every policy whose rule names hold a number word.
 */

const UNITS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"];
const TEENS = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"];
const TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];

/** The number a Dutch number word means, or undefined when it is not one. */
export function dutchNumberWord(word: string): number | undefined {
  const w = word.toLowerCase().normalize("NFC").replace(/[éë]/g, "e");
  if (w === "") return undefined;
  const thousand = w.indexOf("duizend");
  if (thousand >= 0) {
    const left = thousand === 0 ? 1 : belowThousand(w.slice(0, thousand), false);
    const rest = w.slice(thousand + "duizend".length);
    const right = rest === "" ? 0 : belowThousand(rest, true);
    return left === undefined || right === undefined || left === 0 ? undefined : left * 1000 + right;
  }
  return belowThousand(w, true);
}

/** 0-999 (also "vijftienhonderd" for 1500, as Dutch says); `zero` allows "nul". */
function belowThousand(w: string, zero: boolean): number | undefined {
  const hundred = w.indexOf("honderd");
  if (hundred < 0) {
    const value = belowHundred(w);
    return value === 0 && !zero ? undefined : value;
  }
  const left = hundred === 0 ? 1 : belowHundred(w.slice(0, hundred));
  const rest = w.slice(hundred + "honderd".length);
  const right = rest === "" ? 0 : belowHundred(rest);
  return left === undefined || right === undefined || left === 0 || (rest !== "" && right === 0) ? undefined : left * 100 + right;
}

function belowHundred(w: string): number | undefined {
  const unit = UNITS.indexOf(w);
  if (unit >= 0) return unit;
  const teen = TEENS.indexOf(w);
  if (teen >= 0) return 10 + teen;
  const ten = TENS.indexOf(w);
  if (ten >= 2) return ten * 10;
  // "vijfentwintig", "tweeëntwintig" (the ë was read as e above: "tweeentwintig").
  for (let t = 2; t < TENS.length; t++) {
    if (!w.endsWith(`en${TENS[t] as string}`)) continue;
    const u = UNITS.indexOf(w.slice(0, -`en${TENS[t] as string}`.length));
    return u >= 1 ? t * 10 + u : undefined;
  }
  return undefined;
}
