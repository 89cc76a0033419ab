/**
 * A cited document is cited in full on its first mention: type, number/symbol, date and issuer
 * ("Quyết định số 25/2018/QĐ-UBND ngày 12/9/2018 của UBND tỉnh"); later mentions may give type
 * and number only. The citations are read where they stand in the text (result.references carries
 * no offsets).
 */
import { defineRule } from "../types.js";
import { bodyRange } from "../view.js";

const TYPES = "Quyết định|Kế hoạch|Công văn|Văn bản|Thông tư(?: liên tịch)?|Nghị định|Nghị quyết|Chỉ thị|Thông báo|Kết luận|Chương trình|Hướng dẫn|Luật|Pháp lệnh|Tờ trình|Báo cáo|Quy định|Đề án";
// The symbol may be written with spaces around a hyphen ("138/2016/NĐ - CP").
const CITE_RE = new RegExp(`(?<![\\p{L}\\p{M}])(${TYPES})\\s+(?:số\\s*)?(\\d+[\\p{L}\\p{N}/&.-]*[/-][\\p{L}\\p{N}/&.-]*[\\p{L}\\p{N}](?:\\s+[-–]\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}]*)?)`, "gu");
const DATE_AFTER = /^\s*(?:,\s*)?(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|ngày\s+\d{1,2}\/\d{1,2}\/\d{4})/u;
const ISSUER_AFTER = /^\s*(?:,\s*)?của\s+\S/u;
/** A symbol whose issuer code names the issuer well enough is still incomplete under the decree. */

export default defineRule(
  {
    id: "citation-full",
    severity: "warning",
    description: "Văn bản được dẫn lần đầu ghi đủ tên loại, số ký hiệu, ngày tháng, cơ quan ban hành",
    basis: "Nghị định 30/2020/NĐ-CP, Phụ lục I (viện dẫn văn bản: lần đầu ghi đầy đủ)",
  },
  ({ analysis: a, report }) => {
    const text = a.source.text;
    const body = bodyRange(a);
    const seen = new Set<string>();
    CITE_RE.lastIndex = body.start;
    for (let m = CITE_RE.exec(text); m && m.index < body.end; m = CITE_RE.exec(text)) {
      // "3565/BKHĐT-QLKTTWngày 12/…": a number glued to the next word.
      const glued = /(?<=\p{Lu})ngày$/u.exec(m[2]!);
      const matchEnd = m.index + m[0].length - (glued ? 4 : 0);
      const number = m[2]!.slice(0, glued ? -4 : undefined).replace(/[.]$/, "").replace(/\s+/g, "");
      if (seen.has(number)) continue;
      seen.add(number);
      let rest = text.slice(matchEnd, matchEnd + 200);
      const missing: string[] = [];
      const d = DATE_AFTER.exec(rest);
      if (d) rest = rest.slice(d[0].length);
      else missing.push("ngày tháng");
      if (!ISSUER_AFTER.test(rest)) missing.push("cơ quan ban hành");
      if (!missing.length) continue;
      const cited = `${m[1]} ${text.slice(m.index + m[1]!.length, matchEnd).trim()}`.replace(/\s+/g, " ");
      report(`Văn bản "${cited}" dẫn lần đầu thiếu ${missing.join(" và ")}; lần đầu cần ghi đủ tên loại, số ký hiệu, ngày tháng, cơ quan ban hành`, { start: m.index, end: matchEnd });
    }
  },
);
