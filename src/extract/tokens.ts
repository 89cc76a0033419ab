/**
 * Words of a span of text with their offsets and the characters before them. A word keeps
 * abbreviation punctuation inside it (VH,TT&DL · BCVT&CNTT · TP.HCM · PT-TH · 25/2018/QĐ-UBND).
 */
import { toneFold } from "../text/fold.js";

export interface Tok {
  /** As written. */
  t: string;
  /** Lower case, tone placement unified. */
  l: string;
  /** Tone placement unified, case kept. */
  norm: string;
  s: number;
  e: number;
  /** Text between the previous token (or the span start) and this one. */
  gap: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[&.,'’\-/][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string, start: number, end: number): Tok[] {
  const toks: Tok[] = [];
  const slice = text.slice(start, end);
  let prev = 0;
  const push = (t: string, at: number) => {
    toks.push({ t, l: toneFold(t.toLowerCase()), norm: toneFold(t), s: start + at, e: start + at + t.length, gap: slice.slice(prev, at) });
    prev = at + t.length;
  };
  for (const m of slice.matchAll(WORD)) {
    // Web-scraped text glues "và" to the word before ("Bộ Tài chínhvà Ủy ban …"): no Vietnamese syllable ends so.
    const glued = /^(\p{L}{3,}?)(và)$/u.exec(m[0]);
    if (glued && /[\p{Ll}]/u.test(glued[1]!) && !/^[\p{Lu}]+$/u.test(m[0])) {
      push(glued[1]!, m.index!);
      push("và", m.index! + glued[1]!.length);
    } else push(m[0], m.index!);
  }
  return toks;
}

export const isCap = (t: Tok): boolean => /^[\p{Lu}\d]/u.test(t.t);
export const isLowerWord = (t: Tok): boolean => /^\p{Ll}/u.test(t.t);
/** The gap holds only spaces. */
export const tight = (t: Tok | undefined): boolean => !!t && t.gap.trim() === "";
/** The gap's punctuation, spaces removed ("," ";" ":" "(" …). */
export const punct = (t: Tok | undefined): string => (t ? t.gap.replace(/\s+/g, "") : "");
