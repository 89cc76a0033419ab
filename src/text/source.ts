/**
 * Normalised text with a map back to the input the user gave.
 *
 * Every stage works on `SourceText.text` (NFC, LF, no BOM / zero-width / NBSP, Markdown markers
 * removed) with offsets [start, end) into it; only at the edge are offsets turned into
 * line/column/offset of the original input with `toPosition`.
 */
import type { Point, Position } from "../schema.js";

export interface SourceText {
  /** The input as given (after decoding). */
  readonly original: string;
  /** The normalised text every stage matches against. */
  readonly text: string;
  /** map[i] = offset in `original` of text[i]; map[text.length] = original.length. */
  readonly map: Int32Array;
  /** Offsets in `original` where each line starts. */
  readonly lineStarts: number[];
  /** What normalisation changed (e.g. "CRLF line endings", "BOM"), for diagnostics. */
  readonly changes: string[];
}

/** Builds a text piece by piece, remembering for every code unit where it came from. */
export class MappedTextBuilder {
  private parts: string[] = [];
  private offsets: number[] = [];
  private length = 0;

  /** Append `s`, whose first code unit comes from original offset `from` (each unit maps to from+i, clamped to `to`). */
  push(s: string, from: number, to: number = from + s.length): void {
    if (!s) return;
    this.parts.push(s);
    for (let i = 0; i < s.length; i++) this.offsets.push(Math.min(from + i, Math.max(from, to - 1)));
    this.length += s.length;
  }

  build(end: number): { text: string; map: Int32Array } {
    const map = new Int32Array(this.length + 1);
    for (let i = 0; i < this.length; i++) map[i] = this.offsets[i]!;
    map[this.length] = end;
    return { text: this.parts.join(""), map };
  }
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const SPACES = /[\u00A0\u2007\u202F\u2000-\u200A\u3000]/;

/**
 * NFC, LF line endings, no BOM, zero-width characters removed, exotic spaces made plain.
 * Works cluster by cluster (a base character and its combining marks) so that every code unit
 * of the result maps back to the input.
 */
export function normalise(original: string): SourceText {
  const b = new MappedTextBuilder();
  const changes = new Set<string>();
  const s = original;
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (i === 0 && ch === "\uFEFF") { changes.add("BOM"); i++; continue; }
    if (ch === "\r") {
      changes.add("CRLF line endings");
      b.push("\n", i);
      i += s[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    if (ZERO_WIDTH.test(ch)) { changes.add("zero-width characters"); i++; continue; }
    if (SPACES.test(ch)) { changes.add("non-breaking spaces"); b.push(" ", i); i++; continue; }
    // A cluster: one code point (maybe a surrogate pair) plus following combining marks.
    let j = i + (ch.codePointAt(0)! > 0xffff ? 2 : 1);
    while (j < s.length && /\p{M}/u.test(s[j]!)) j++;
    const cluster = s.slice(i, j);
    const nfc = cluster.normalize("NFC");
    if (nfc !== cluster) changes.add("not NFC (decomposed Unicode)");
    b.push(nfc, i, j);
    i = j;
  }
  const { text, map } = b.build(s.length);
  return { original, text, map, lineStarts: lineStartsOf(original), changes: [...changes] };
}

export function lineStartsOf(s: string): number[] {
  const starts = [0];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) { if (s.charCodeAt(i + 1) === 10) i++; starts.push(i + 1); }
  }
  return starts;
}

/** Compose: a text derived from `src.text` (with its own map into src.text) → a SourceText over the original. */
export function remap(src: SourceText, text: string, mapIntoSrc: Int32Array, change?: string): SourceText {
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = src.map[Math.min(mapIntoSrc[i]!, src.text.length)]!;
  return { ...src, text, map, changes: change ? [...src.changes, change] : src.changes };
}

/** Original-input point of a normalised offset. */
export function toPoint(src: SourceText, offset: number): Point {
  const o = src.map[Math.max(0, Math.min(offset, src.text.length))]!;
  let lo = 0, hi = src.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (src.lineStarts[mid]! <= o) lo = mid; else hi = mid - 1;
  }
  return { line: lo + 1, column: o - src.lineStarts[lo]! + 1, offset: o };
}

/** Original-input position of the normalised range [start, end). */
export function toPosition(src: SourceText, start: number, end: number): Position {
  const s = toPoint(src, start);
  // The end point is just after the last character of the range.
  const e = end > start ? toPoint(src, end - 1) : s;
  const endOffset = end > start ? Math.min(src.original.length, e.offset + 1) : s.offset;
  return { start: s, end: { line: e.line, column: e.column + (end > start ? 1 : 0), offset: endOffset } };
}
