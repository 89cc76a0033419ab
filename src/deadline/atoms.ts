/**
 * The date, time and period mentions ("atoms") the chrono parsers of this folder find.
 * A parser returns a chrono ParsingResult whose components hold what is known (day, month, year,
 * hour, minute) and whose atom, kept beside it, says what sort of mention it is.
 */
import type { Parser, ParsingResult } from "chrono-node/vi";

export type Ymd = { y: number | null; m: number; d: number };
export type Atom =
  /** a calendar day; y null when the text gives no year; valid false for 31/4/2025 */
  | { type: "date"; y: number | null; m: number; d: number; ngay: boolean; valid: boolean; form: "numeric" | "words" }
  /** `ngày 04 đến ngày 08 tháng 01 năm 2013` written as one phrase */
  | { type: "range"; from: Ymd; to: Ymd }
  | { type: "month"; y: number | null; m: number }
  | { type: "quarter"; y: number | null; q: number }
  | { type: "half"; y: number | null; h: 1 | 2 }
  | { type: "year"; y: number; part: "start" | "mid" | "end" | null; bare: boolean }
  | { type: "years"; y1: number; y2: number }
  | { type: "time"; hh: number; mm: number; partOfDay: PartOfDay | null }
  | { type: "lunar"; d: number; m: number; y: number | null; tet: boolean };
export type PartOfDay = "morning" | "noon" | "afternoon" | "evening";

export interface Found { start: number; end: number; atom: Atom }

export type Context = Parameters<Parser["extract"]>[0];

const ATOMS = new WeakMap<ParsingResult, Atom>();

/** Make the chrono result for a match, with its atom and the components chrono knows. */
export function result(context: Context, index: number, text: string, atom: Atom): ParsingResult {
  const r = context.createParsingResult(index, text);
  ATOMS.set(r, atom);
  if (atom.type === "date") {
    r.start.assign("day", atom.d);
    r.start.assign("month", atom.m);
    if (atom.y !== null) r.start.assign("year", atom.y);
  } else if (atom.type === "time") {
    r.start.assign("hour", atom.hh);
    r.start.assign("minute", atom.mm);
  }
  return r;
}

export function atomOf(r: ParsingResult): Atom | undefined {
  return ATOMS.get(r);
}

/** True when the character before `index` would glue this match onto a word or number. */
export function gluedBefore(text: string, index: number, allowLetters = false): boolean {
  const ch = text.charAt(index - 1);
  if (!ch) return false;
  if (/[0-9/]/.test(ch)) return true;
  if ((ch === "." || ch === "-" || ch === ",") && /[0-9]/.test(text.charAt(index - 2))) return true;
  return !allowLetters && /[\p{L}\p{M}]/u.test(ch);
}

/** True when the character after `end` continues a number (`1.2.3`, `12/5/2020/QĐ`). */
export function gluedAfter(text: string, end: number): boolean {
  const ch = text.charAt(end);
  if (/[0-9]/.test(ch)) return true;
  if (/[/.\-]/.test(ch) && /[0-9\p{L}]/u.test(text.charAt(end + 1))) return true;
  return false;
}

export const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
export function year4(s: string | undefined): number | null {
  if (!s) return null;
  const y = parseInt(s, 10);
  return y >= 1900 && y <= 2199 ? y : null;
}
