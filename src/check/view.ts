/**
 * What the rules read of a notice's header. The header parser (src/parse/header.ts) is the source;
 * while it returns nothing for a field, a few line-level look-ups stand in for the fields that
 * are single, recognisable lines (Số:, place-date, Nơi nhận, the signing authority). They are
 * deliberately shallow: no second header parser.
 */
import type { Analysis, Found, HeaderInfo, Line, Range } from "../model.js";
import { fold } from "../text/fold.js";

/** True when the header parser found anything at all (then its nulls are trusted). */
export function headerParsed(h: HeaderInfo): boolean {
  return Object.values(h).some((v) => v !== null);
}

/** The first lines of the notice, where the header lives (before the first body-looking line). */
export function topLines(a: Analysis, max = 30): Line[] {
  const out: Line[] = [];
  for (const l of a.lines) {
    if (out.length >= max) break;
    if (a.body.end - a.body.start < a.source.text.length && l.start >= a.body.start) break;
    out.push(l);
  }
  return out;
}

/** The line range without leading/trailing spaces and table pipes. */
export function trimmed(l: Line): Range & { text: string } {
  const lead = /^[\s|]*/.exec(l.text)![0].length;
  const t = l.text.slice(lead).replace(/[\s|]+$/, "");
  return { start: l.start + lead, end: l.start + lead + t.length, text: t };
}

function firstMatch(lines: Line[], re: RegExp): { line: Line; m: RegExpExecArray } | null {
  for (const line of lines) {
    const m = re.exec(line.text);
    if (m) return { line, m };
  }
  return null;
}

const NUMBER_RE = /^[\s|]*Số\s*:\s*([^|]*?)[\s|]*(?:\||$)/u;

export function numberLine(a: Analysis): Found<{ raw: string }> | null {
  if (a.header.numberLine) return a.header.numberLine;
  if (headerParsed(a.header)) return null;
  const hit = firstMatch(topLines(a), NUMBER_RE);
  if (!hit) return null;
  const raw = hit.m[1]!;
  const start = hit.line.start + hit.m[0].indexOf("Số");
  return { value: { raw }, range: { start, end: start + hit.m[0].replace(/[\s|]+$/, "").length - hit.m[0].indexOf("Số") } };
}

const PLACE_DATE_RE = /(?:^|\|)\s*([\p{L} .'-]*?),\s*(ngày\s+.*?năm\s*\S*)\s*\.?\s*(?:\||$)/u;

export function placeDateLine(a: Analysis): Found<{ raw: string }> | null {
  if (a.header.placeDate) return a.header.placeDate;
  if (headerParsed(a.header)) return null;
  const hit = firstMatch(topLines(a), PLACE_DATE_RE);
  if (!hit) return null;
  const raw = `${hit.m[1]}, ${hit.m[2]}`;
  const start = hit.line.start + hit.m.index + hit.m[0].indexOf(hit.m[1] || "ngày");
  const end = hit.line.start + hit.m.index + hit.m[0].indexOf(hit.m[2]!) + hit.m[2]!.length;
  return { value: { raw: a.source.text.slice(start, end) || raw }, range: { start, end } };
}

/** "Nơi nhận:" and the lines after it, one per recipient. */
export function recipients(a: Analysis): Found<Array<Found<string>>> | null {
  if (a.header.recipients?.value.length) return a.header.recipients;
  const i = a.lines.findIndex((l) => /^[\s|]*Nơi nhận\s*:?/u.test(l.text));
  if (i < 0) return null;
  const items: Array<Found<string>> = [];
  let end = trimmed(a.lines[i]!).end;
  for (let j = i + 1; j < a.lines.length; j++) {
    const t = trimmed(a.lines[j]!);
    if (!t.text) { if (items.length) break; else continue; }
    if (!/^[-–+•*]/.test(t.text) && items.length && !/^Lưu\b/u.test(t.text)) break;
    if (/^(TM|KT|TL|TUQ|Q)\.\s/u.test(t.text)) break;
    items.push({ value: t.text, range: { start: t.start, end: t.end } });
    end = t.end;
  }
  return { value: items, range: { start: trimmed(a.lines[i]!).start, end } };
}

const AUTHORITY_RE = /^[\s|]*(TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*(.*?)[\s|]*$/u;

export function signer(a: Analysis): Found<{ authority: string | null; title: string | null; name: string | null }> | null {
  const h = a.header.signer;
  if (h?.value.name) return h;
  if (h) {
    // The parser found the authority but no name (e.g. "TS. Trần Văn Quang"): the last line after it.
    const after = a.lines.filter((l) => l.start >= h.range.end && l.text.trim());
    const last = after.at(-1);
    if (last && after.length <= 4 && isPersonName(trimmed(last).text))
      return { value: { ...h.value, name: trimmed(last).text }, range: { start: h.range.start, end: trimmed(last).end } };
    return h;
  }
  if (headerParsed(a.header)) return null;
  // The signature sits after the body; search the last lines.
  const tail = a.lines.slice(Math.max(0, a.lines.length - 25));
  let k = tail.findIndex((l) => AUTHORITY_RE.test(l.text));
  let authority: string | null = null, title: string | null = null;
  if (k >= 0) {
    const m = AUTHORITY_RE.exec(tail[k]!.text)!;
    authority = m[1]!; title = m[2] || null;
  } else {
    // A head signing in their own name: an upper-case title line (GIÁM ĐỐC, CHÁNH VĂN PHÒNG) after Nơi nhận.
    const rec = tail.findIndex((l) => /^[\s|]*Nơi nhận/u.test(l.text));
    k = tail.findIndex((l, idx) => idx > rec && rec >= 0 && isUpperTitle(trimmed(l).text));
    if (k < 0) return null;
    title = trimmed(tail[k]!).text;
  }
  let name: string | null = null, end = trimmed(tail[k]!).end;
  for (let j = tail.length - 1; j > k; j--) {
    const t = trimmed(tail[j]!);
    if (!t.text) continue;
    if (isPersonName(t.text)) { name = t.text; end = t.end; }
    break;
  }
  return { value: { authority, title, name }, range: { start: trimmed(tail[k]!).start, end } };
}

function isUpperTitle(s: string): boolean {
  return s.length > 3 && s.length < 60 && s === s.toUpperCase() && /\p{Lu}/u.test(s) && !/[:;]/.test(s);
}

/** "Trần Văn Quang": 2–6 capitalised words, no digits. */
export function isPersonName(s: string): boolean {
  const words = s.replace(/^(ThS|TS|PGS\.TS|GS\.TS|KS|BS)\.?\s+/u, "").split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(w));
}

/** Lines of the top that contain the folded phrase. */
export function findFolded(lines: Line[], phrase: string): { line: Line; start: number; end: number } | null {
  const key = fold(phrase).replace(/\s+/g, " ");
  for (const line of lines) {
    // fold keeps length for NFC Vietnamese text (one letter → one letter)
    const f = fold(line.text);
    if (f.length !== line.text.length) continue;
    const i = f.replace(/\s/g, " ").indexOf(key);
    if (i >= 0) return { line, start: line.start + i, end: line.start + i + key.length };
  }
  return null;
}

/**
 * The body: the parser's when it has one, else from the first long sentence-like line to
 * "Nơi nhận:" (or the end).
 */
export function bodyRange(a: Analysis): Range {
  const whole = a.body.start === 0 && a.body.end === a.source.text.length;
  if (!whole) return a.body;
  const startLine = a.lines.find((l) => l.text.trim().length > 80 && /\p{Ll}/u.test(l.text));
  const endLine = a.lines.find((l) => /^[\s|]*Nơi nhận\s*:?/u.test(l.text) && (!startLine || l.start > startLine.start));
  return { start: startLine?.start ?? 0, end: endLine?.start ?? a.source.text.length };
}

/** Upper-case abbreviations of the body ("QLKH&CN", "UBND"), outside document symbols and all-capital lines. */
export interface Abbrev { text: string; start: number; end: number }
const ABBR_RE = /(?<![\p{L}\p{M}\p{N}/&.-])\p{Lu}[\p{Lu}\p{M}]*(?:&\p{Lu}[\p{Lu}\p{M}]*)*(?![\p{L}\p{M}\p{N}/&-])/gu;
const ROMAN_RE = /^[IVXLC]+$/;
export function findAbbreviations(a: Analysis, range: Range = bodyRange(a)): Abbrev[] {
  const out: Abbrev[] = [];
  for (const l of a.lines) {
    if (l.end <= range.start || l.start >= range.end) continue;
    const letters = l.text.replace(/[^\p{L}]/gu, "");
    if (letters.length > 3 && letters === letters.toUpperCase()) continue;
    for (const m of l.text.matchAll(ABBR_RE)) {
      const t = m[0];
      if (t.replace(/&/g, "").length < 2 || ROMAN_RE.test(t)) continue;
      // "Quyết định số 25/2018/QĐ-UBND": codes inside a number/symbol are not abbreviations of the text.
      const after = l.text.slice(m.index! + t.length, m.index! + t.length + 1);
      if (after === "/" || after === "-") continue;
      out.push({ text: t, start: l.start + m.index!, end: l.start + m.index! + t.length });
    }
  }
  return out;
}
