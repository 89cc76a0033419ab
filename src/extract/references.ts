/**
 * Cited documents: "Quyết định số 25/2018/QĐ-UBND ngày 12/9/2018", "Kế hoạch số 336-KH/TU ngày
 * 25/02/2025 của Ban Thường vụ Tỉnh ủy", "Thông tư 09/2024/TT-BKHCCN", "Công văn số 846 /UBND-TH",
 * "Nghị định số 138/2016/NĐ - CP ngày 01 tháng 10 năm 2016 của Chính phủ".
 */
import type { Reference } from "../schema.js";
import { isoDate, validDate } from "../text/dates.js";

export interface ReferenceFinding {
  start: number;
  end: number;
  reference: Reference;
}

const TYPES =
  "Quyết định|Kế hoạch|Công văn|Văn bản|Thông báo|Nghị quyết|Nghị định|Thông tư liên tịch|Thông tư|Chỉ thị|Công điện|Báo cáo|Tờ trình|Hướng dẫn|Kết luận|Chương trình|Đề án|Quy chế|Quy định|Luật|Pháp lệnh|Hiến pháp|Giấy mời|Biên bản";
const NUM = String.raw`\d+[\p{L}\d]*(?:\s*[/-]\s*[\p{L}\d.&]+)+`;
const DATE = String.raw`ngày\s+(\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*(\d{1,2})\s*(?:[/.-]|\s+năm\s+)\s*(\d{4})`;
const ISSUER = String.raw`của\s+((?:[\p{Lu}][\p{L}\p{M}&,.-]*|và|về|các|nhân|dân|tỉnh|thành|phố|ban|thường|vụ|Trung|ương|trị|phủ|tướng)(?:\s+(?:[\p{Lu}][\p{L}\p{M}&,.-]*|và|nhân|dân|tỉnh|thành|phố|Thường|thường|vụ|ương|trị|phủ|tướng|Chính))*)`;

const RE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(${TYPES})(?:\s+số)?\s*(${NUM})(?:\s*\(?\s*${DATE})?(?:\s+${ISSUER})?`,
  "gu",
);

export function findReferences(text: string, start: number, end: number): ReferenceFinding[] {
  const out: ReferenceFinding[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(RE)) {
    const number = m[2]!.replace(/\s+/g, "").replace(/[.,;]+$/, "");
    if (!/[/-]/.test(number) || !/\p{L}/u.test(number)) continue;
    let date: string | null = null;
    if (m[3] && validDate(+m[5]!, +m[4]!, +m[3]!)) date = isoDate(+m[5]!, +m[4]!, +m[3]!);
    let issuer = m[6] ? m[6].replace(/[,.\s]+$/, "").replace(/\s+(về|và)$/u, "") : null;
    if (issuer && issuer.length < 3) issuer = null;
    const raw = m[0].replace(/[,.;\s]+$/, "");
    out.push({
      start: start + m.index!,
      end: start + m.index! + raw.length,
      reference: { type: m[1]!, number, date, issuer, text: raw.replace(/\s+/g, " ") },
    });
  }
  return out;
}
