/**
 * The type name in capitals ("THÔNG BÁO") with the subject (trích yếu) on the next line; a công
 * văn has no type name but a "V/v …" subject line.
 */
import { defineRule } from "../types.js";
import { trimmed } from "../view.js";
import { typeLine } from "./number-symbol.js";
import type { Analysis, Range } from "../../model.js";

const TYPE_NAMES_RE = /^(THÔNG BÁO|QUYẾT ĐỊNH|KẾ HOẠCH|CHỈ THỊ|BÁO CÁO|BIÊN BẢN(?: LÀM VIỆC| HỌP)?|TỜ TRÌNH|NGHỊ QUYẾT|HƯỚNG DẪN|CHƯƠNG TRÌNH|PHƯƠNG ÁN|ĐỀ ÁN|GIẤY MỜI|QUY CHẾ|QUY ĐỊNH|CÔNG ĐIỆN|THÔNG CÁO)$/iu;

interface Part extends Range { text: string }

/** Fallback while the header parser is not there: the type line, then the next non-empty line. */
function fallback(a: Analysis): { type: Part | null; subject: Part | null; vv: Part | null } {
  const lines = a.lines.slice(0, 40);
  let type: Part | null = null, subject: Part | null = null, vv: Part | null = null;
  for (let i = 0; i < lines.length; i++) {
    const t = trimmed(lines[i]!);
    if (!vv && /^V\/v\b/u.test(t.text)) vv = t;
    if (!type && TYPE_NAMES_RE.test(t.text.replace(/\s+/g, " "))) {
      type = t;
      for (let j = i + 1; j < lines.length; j++) {
        const s = trimmed(lines[j]!);
        if (!s.text || /^[_\-–=*]{3,}$/.test(s.text)) continue;
        if (/^(?:Căn cứ|Ngày\s|Kính gửi|[IVX]+\.|\d+\.)/u.test(s.text)) break;
        subject = s;
        break;
      }
    }
  }
  return { type, subject, vv };
}

export default defineRule(
  {
    id: "type-subject",
    severity: "error",
    description: "Có tên loại văn bản (in hoa) và trích yếu nội dung; công văn có dòng \"V/v …\"",
    basis: "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5 (tên loại và trích yếu nội dung)",
  },
  ({ analysis: a, report }) => {
    const h = a.header;
    const fb = fallback(a);
    const type: Part | null = h.type ? { text: h.type.value, ...h.type.range } : fb.type;
    const subject: Part | null = h.subject ? { text: h.subject.value, ...h.subject.range } : (h.type ? null : fb.subject) ?? fb.vv;
    const congVan = !type && (subject ? /^V\/v\b/u.test(subject.text) : !!h.addressees || a.lines.some((l) => /^[\s|]*Kính gửi\s*:/u.test(l.text)));
    if (congVan) {
      if (!subject) report(`Công văn thiếu trích yếu nội dung "V/v …" dưới số, ký hiệu`);
      return;
    }
    if (!type) {
      const typeText = typeLine(a);
      if (!typeText) return report(`Thiếu tên loại văn bản (vd. "THÔNG BÁO") và trích yếu nội dung`);
      return;
    }
    if (type.text !== type.text.toUpperCase()) report(`Tên loại văn bản viết "${type.text}", cần in hoa "${type.text.toUpperCase()}"`, type);
    if (!subject) report(`Thiếu trích yếu nội dung sau tên loại "${type.text.toUpperCase()}"`, type);
  },
);
