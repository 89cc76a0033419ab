/**
 * The issuing body is named at the top left, in capitals (the parent body on the line above).
 * Uses the header parser's issuer; while it is not there, an upper-case line of the top that names
 * a body (UBND, SỞ, BỘ, VĂN PHÒNG, BAN, PHÒNG, TRUNG TÂM, CỤC …) stands in.
 */
import { defineRule } from "../types.js";
import { topLines, trimmed } from "../view.js";
import { NATIONAL_TITLE } from "./national-title.js";
import { fold } from "../../text/fold.js";

const BODY_WORDS = /^(?:UBND|HĐND|ỦY BAN|UỶ BAN|SỞ|BỘ|VĂN PHÒNG|BAN|PHÒNG|TRUNG TÂM|CHI CỤC|CỤC|TỔNG CỤC|VIỆN|TRƯỜNG|HỘI ĐỒNG|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|HUYỆN ỦY|ĐẢNG ỦY|BỆNH VIỆN|CÔNG AN|KHO BẠC|THANH TRA|BỘ CHỈ HUY|TẬP ĐOÀN|TỔNG CÔNG TY|CÔNG TY|CHÍNH PHỦ|THỦ TƯỚNG)(?![\p{L}\p{M}])/u;

export default defineRule(
  {
    id: "issuer",
    severity: "error",
    description: "Có tên cơ quan, tổ chức ban hành văn bản, viết in hoa",
    basis: "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.2 (tên cơ quan ban hành)",
  },
  ({ analysis: a, report }) => {
    let issuer = a.header.issuer ? { text: a.header.issuer.value, ...a.header.issuer.range } : null;
    if (!issuer) {
      const key = fold(NATIONAL_TITLE);
      for (const l of topLines(a, 12)) {
        const t = trimmed(l);
        // A flattened two-column line: the issuer is what stands before the Quốc hiệu.
        const cells = t.text.split(/\s*\|\s*|\s{3,}|\t+/);
        const f = fold(t.text);
        const k = f.indexOf(key);
        const left = k > 0 ? t.text.slice(0, k).replace(/[\s|]+$/, "") : cells[0]!;
        if (left && left.length <= 80 && !/[.;:]\s|\s(?:vừa|đã|có|tổ chức)\s/u.test(left) && BODY_WORDS.test(left.toUpperCase())) {
          issuer = { text: left, start: t.start, end: t.start + left.length };
          break;
        }
        if (/^Số\s*:/u.test(t.text)) break;
      }
    }
    if (!issuer) return report(`Thiếu tên cơ quan ban hành văn bản ở đầu văn bản (vd. "SỞ KHOA HỌC VÀ CÔNG NGHỆ")`);
    if (issuer.text !== issuer.text.toUpperCase())
      report(`Tên cơ quan ban hành viết "${issuer.text}", cần viết in hoa "${issuer.text.toUpperCase()}"`, issuer);
  },
);
