/**
 * Date functions of the policy language. Dates are ISO texts (`2025-10-24`): they compare
 * correctly as strings, travel through JSON unchanged and have no time zone. Arithmetic is
 * done in UTC so a daylight-saving change can never shift a day.
 */

import type { Maybe } from "./logic.js";

/** Een dag van de maand in een datum: "01" tot en met "31". */
type Dag =
  | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10"
  | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20"
  | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31";

/**
 * Een datum als jjjj-mm-dd, bijvoorbeeld "2025-10-24". Het type houdt een datum in een andere
 * volgorde ("15-03-2026"), een maand of dag van één cijfer ("2025-1-5") en een maand na 12 of
 * een dag na 31 tegen. Het jaar is voor het type een getal: "1e3-01-01" of "12345-01-01" houdt
 * het niet tegen, net zo min als een dag die niet bestaat ("2026-02-30"); dat controleert de
 * evaluator. (Een jaar van precies vier cijfers als type maakt TypeScript merkbaar trager.)
 */
export type Datum =
  // One line per month, so that TypeScript names the type `Datum` in its messages.
  | `${number}-01-${Dag}`
  | `${number}-02-${Dag}`
  | `${number}-03-${Dag}`
  | `${number}-04-${Dag}`
  | `${number}-05-${Dag}`
  | `${number}-06-${Dag}`
  | `${number}-07-${Dag}`
  | `${number}-08-${Dag}`
  | `${number}-09-${Dag}`
  | `${number}-10-${Dag}`
  | `${number}-11-${Dag}`
  | `${number}-12-${Dag}`;

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** A date written jjjj-mm-dd; unknown (null) outside the years 0001–9999, which cannot be written so. */
function format(year: number, month: number, day: number): string | null {
  if (!(year >= 1 && year <= 9999)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Milliseconds since 1970 of a day (month 0–11, overflowing into the next year as `Date.UTC`
 * does), without `Date.UTC`'s reading of the years 0–99 as 1900–1999. NaN for a day beyond
 * what a Date can hold.
 */
function utc(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  return d.setUTCFullYear(year, monthIndex, day);
}

function fromUtc(time: number): string | null {
  if (Number.isNaN(time)) return null;
  const d = new Date(time);
  return format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The number of days in a month (1–12) of a year. */
function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/**
 * The first day of a month written jjjj-mm-01, by month number (year × 12 + month − 1). The
 * date functions that only change the day or month run for every provider's explanation;
 * providers' dates fall in few months, so the text of each month is made once and kept in a
 * small direct-mapped table (slot: month number modulo its size) instead of being joined anew.
 */
const FIRST_SLOTS = 1024;
// Marked pure: a bundler keeps a call at module level unless it is, even when nothing uses the value.
const firstKeys = /* @__PURE__ */ new Int32Array(FIRST_SLOTS).fill(-1);
const firstTexts: string[] = /* @__PURE__ */ new Array<string>(FIRST_SLOTS).fill("");

/** The month number of a date written jjjj-mm-dd, read from its digits. */
function monthNumber(date: string): number {
  const year = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
  return year * 12 + (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48) - 1;
}

/** jjjj-mm-01 for a month number; unknown (null) after 9999-12, which cannot be written. */
function firstOfMonth(month: number): string | null {
  const slot = month & (FIRST_SLOTS - 1);
  if (firstKeys[slot] === month) return firstTexts[slot] as string;
  const year = Math.floor(month / 12);
  const text = format(year, month - year * 12 + 1, 1);
  if (text === null) return null;
  firstKeys[slot] = month;
  firstTexts[slot] = text;
  return text;
}

/** De maanden voluit, zoals `Intl.DateTimeFormat("nl-NL", { month: "long" })` ze noemt. */
export const MAANDEN: readonly string[] = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/**
 * Een datum voluit, zoals in een brief: "2027-01-01" wordt "1 januari 2027" (wat
 * `Intl.DateTimeFormat("nl-NL", { dateStyle: "long" })` ook geeft, zonder de kalendergegevens
 * van ICU te laden). Wat geen datum als jjjj-mm-dd is, blijft zoals het is.
 */
export function datumVoluit(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MAANDEN[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined || match[3] === "00") return iso;
  return `${Number(match[3])} ${month} ${Number(match[1])}`;
}

/** eerste_van_maand(datum) */
export function eersteVanMaand(date: Maybe<string>): Maybe<string> {
  return date === null ? null : firstOfMonth(monthNumber(date));
}

/** eerste_van_volgende_maand(datum) */
export function eersteVanVolgendeMaand(date: Maybe<string>): Maybe<string> {
  return date === null ? null : firstOfMonth(monthNumber(date) + 1);
}

/** jaar(datum) */
export function jaarVan(date: Maybe<string>): Maybe<number> {
  return date === null ? null : parts(date)[0];
}

/** plus_dagen(datum, dagen) */
export function plusDagen(date: Maybe<string>, days: Maybe<number>): Maybe<string> {
  if (date === null || days === null) return null;
  const [year, month, day] = parts(date);
  return fromUtc(utc(year, month - 1, day) + Math.trunc(days) * 86_400_000);
}

/** plus_maanden(datum, maanden): a day that does not exist becomes the month's last day. */
export function plusMaanden(date: Maybe<string>, months: Maybe<number>): Maybe<string> {
  if (date === null || months === null) return null;
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** dagen_tussen(van, tot) */
export function dagenTussen(from: Maybe<string>, to: Maybe<string>): Maybe<number> {
  if (from === null || to === null) return null;
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((utc(y2, m2 - 1, d2) - utc(y1, m1 - 1, d1)) / 86_400_000);
}

/** True for an existing date written as jjjj-mm-dd, 0001-01-01 to 9999-12-31. Called for every date fact of every provider. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || value.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const c = value.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 /* - */ : c < 48 || c > 57 /* 0-9 */) return false;
  }
  const month = (value.charCodeAt(5) - 48) * 10 + (value.charCodeAt(6) - 48);
  const day = (value.charCodeAt(8) - 48) * 10 + (value.charCodeAt(9) - 48);
  if (month < 1 || month > 12 || day < 1 || value.startsWith("0000")) return false;
  if (day <= 28) return true;
  return day <= daysInMonth(Number(value.slice(0, 4)), month);
}
