/**
 * Body numbering: sections "I.", "II.", items "1.", "2.", points "a)", "b)" in Vietnamese letter
 * order a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z); each run starts at the first
 * marker and goes on without gaps; one style per level ("a)" with "b." is two styles).
 * Reads the markers as written at the start of the body's lines (the numbering is a property of
 * the text); "1.1." sub-items and "-"/"+" bullets are practice and not checked.
 */
import { defineRule } from "../types.js";
import type { Analysis, Line } from "../../model.js";

export const VI_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split(" ");
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];

type Level = "section" | "item" | "point";
interface Marker { level: Level; index: number; style: string; text: string; start: number; end: number; letter?: string }

const MARKER_RE = /^([ \t]*)(?:([IVX]{1,5})([.:])|(\d{1,2})([.)])(?!\d)|([a-zđ])([).]))(?=\s)/u;

function markerOf(l: Line): Marker | null {
  const m = MARKER_RE.exec(l.text);
  if (!m) return null;
  const start = l.start + m[1]!.length;
  const text = m[0].slice(m[1]!.length);
  if (m[2]) {
    const i = ROMAN.indexOf(m[2]);
    return i < 0 ? null : { level: "section", index: i + 1, style: `I${m[3]}`, text, start, end: start + text.length };
  }
  if (m[4]) return { level: "item", index: Number(m[4]), style: `1${m[5]}`, text, start, end: start + text.length };
  const letter = m[6]!;
  return { level: "point", index: VI_LETTERS.indexOf(letter) + 1, style: `a${m[7]}`, text, start, end: start + text.length, letter };
}

/** The lines of the body: after the header, before "Nơi nhận" / the signature. */
function bodyLines(a: Analysis): Line[] {
  const inBody = a.lines.filter((l) => l.start >= a.body.start && l.end <= a.body.end);
  const stop = inBody.findIndex((l) => /^[\s|]*Nơi nhận\s*:?/u.test(l.text));
  return stop >= 0 ? inBody.slice(0, stop) : inBody;
}

export function findMarkers(a: Analysis): Marker[] {
  return bodyLines(a).map(markerOf).filter((m): m is Marker => m !== null);
}

const first = (lv: Level, style: string) => (lv === "section" ? "I" : lv === "item" ? "1" : "a") + style.slice(1);
const nth = (lv: Level, n: number, style: string) =>
  (lv === "section" ? ROMAN[n - 1] ?? String(n) : lv === "item" ? String(n) : VI_LETTERS[n - 1] ?? "?") + style.slice(1);

export default defineRule(
  {
    id: "body-numbering",
    severity: "warning",
    description: "Đánh số phần, mục, điểm (I., 1., a)) đúng thứ tự chữ cái tiếng Việt, liền mạch, cùng kiểu mỗi cấp",
    basis: "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6 (bố cục nội dung: phần, mục, khoản, điểm)",
  },
  ({ analysis: a, report }) => {
    const last: Partial<Record<Level, Marker>> = {};
    const styleOf: Partial<Record<Level, Marker>> = {};
    const order: Level[] = ["section", "item", "point"];
    for (const mk of findMarkers(a)) {
      const lv = mk.level;
      if (mk.letter && mk.index === 0) {
        const prev = last[lv];
        const want = prev ? nth(lv, prev.index + 1, mk.style) : first(lv, mk.style);
        report(`Điểm "${mk.text}" dùng chữ "${mk.letter}" không có trong bảng chữ cái tiếng Việt (không dùng f, j, w, z); cần "${want}"`, mk);
        if (prev) last[lv] = { ...mk, index: prev.index + 1 };
        continue;
      }
      const seen = styleOf[lv];
      if (seen && seen.style !== mk.style)
        report(`Cùng một cấp dùng hai kiểu đánh số: "${seen.text}" và "${mk.text}"; cần thống nhất (vd. "${nth(lv, mk.index, seen.style)}")`, mk);
      else if (!seen) styleOf[lv] = mk;
      const prev = last[lv];
      if (!prev && mk.index !== 1) report(`Đánh số bắt đầu bằng "${mk.text}", cần "${first(lv, mk.style)}"`, mk);
      else if (prev && mk.index !== prev.index + 1 && mk.index !== 1)
        report(`Đánh số không liền mạch: sau "${prev.text}" là "${mk.text}", cần "${nth(lv, prev.index + 1, (styleOf[lv] ?? mk).style)}"`, mk);
      last[lv] = mk;
      // A new marker restarts the numbering of the levels below it.
      for (const below of order.slice(order.indexOf(lv) + 1)) delete last[below];
    }
  },
);
