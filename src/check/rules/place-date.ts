/**
 * "Quảng Ngãi, ngày 01 tháng 4 năm 2025": place, then "ngày … tháng … năm …" in words; days 1–9
 * and months 1–2 with a leading 0 (months 3–12 without); a real calendar date. A blank day
 * ("ngày    tháng 6 năm 2026") is allowed with --draft.
 */
import { defineRule } from "../types.js";
import { placeDateLine } from "../view.js";

const FORM_RE = /^(.*?),\s*ngày\s*(\S*?)\s*tháng\s*(\S*?)\s*năm\s*(\S*?)\.?\s*$/u;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export default defineRule(
  {
    id: "place-date",
    severity: "error",
    description: "Địa danh và ngày, tháng, năm ban hành đúng dạng và là ngày có thật",
    basis: "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4 (địa danh và thời gian ban hành)",
  },
  ({ analysis: a, options, report }) => {
    const found = placeDateLine(a);
    const example = `"Quảng Ngãi, ngày 01 tháng 4 năm 2025"`;
    if (!found) return report(`Thiếu địa danh và ngày, tháng, năm ban hành (vd. ${example})`);
    const text = a.source.text.slice(found.range.start, found.range.end);
    const m = FORM_RE.exec(text);
    if (!m) return report(`Dòng địa danh, ngày tháng "${text}" sai dạng, cần ${example}`, found.range);
    const [, place, day, month, year] = m as unknown as [string, string, string, string, string];
    const at = (part: string, from: number) => {
      const i = text.indexOf(part, from);
      return i < 0 ? found.range : { start: found.range.start + i, end: found.range.start + i + Math.max(part.length, 1) };
    };
    const dayAt = text.search(/ngày/u), monthAt = text.search(/tháng/u), yearAt = text.search(/năm/u);
    if (!place.trim()) report(`Thiếu địa danh trước ngày tháng (vd. ${example})`, found.range);
    if (!day) {
      if (!options.draft) report(`Ngày ban hành để trống ("${text}"); chỉ bản dự thảo mới để trống ngày (dùng --draft)`, at("ngày", 0));
    } else if (!/^\d{1,2}$/.test(day)) report(`Ngày "${day}" cần viết bằng số (vd. "01")`, at(day, dayAt));
    else if (/^[1-9]$/.test(day)) report(`Ngày "${day}" nhỏ hơn 10 cần có số 0 ở trước: "0${day}"`, at(day, dayAt));
    if (!month) report(`Tháng ban hành để trống ("${text}")`, at("tháng", 0));
    else if (!/^\d{1,2}$/.test(month)) report(`Tháng "${month}" cần viết bằng số`, at(month, monthAt));
    else if (/^[12]$/.test(month)) report(`Tháng "${month}" cần có số 0 ở trước: "0${month}" (tháng 1, 2 viết 01, 02)`, at(month, monthAt));
    else if (/^0[3-9]$/.test(month)) report(`Tháng "${month}" không cần số 0 ở trước: "${Number(month)}" (chỉ tháng 1, 2 viết 01, 02)`, at(month, monthAt));
    if (!/^\d{4}$/.test(year)) report(`Năm "${year}" cần viết đủ bốn chữ số`, at(year || "năm", yearAt));
    if (/^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year)) {
      const d = Number(day), mo = Number(month), y = Number(year);
      if (mo < 1 || mo > 12) report(`Tháng "${month}" không có thật`, at(month, monthAt));
      else if (d < 1 || d > daysInMonth(y, mo))
        report(`Ngày ${d}/${mo}/${y} không có thật (tháng ${mo} năm ${y} có ${daysInMonth(y, mo)} ngày)`, at(day, dayAt));
    }
  },
);
