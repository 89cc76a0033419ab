/**
 * Quốc hiệu present and exact: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (either tone placement, HÒA
 * or HOÀ). A flattened two-column header line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …") counts.
 */
import { defineRule } from "../types.js";
import { findFolded, topLines } from "../view.js";

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const ACCEPTED = new Set([NATIONAL_TITLE, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);

export default defineRule(
  {
    id: "national-title",
    severity: "error",
    description: "Quốc hiệu có mặt và viết đúng",
    basis: "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1 (Quốc hiệu và Tiêu ngữ)",
  },
  ({ analysis: a, report }) => {
    const found = a.header.nationalTitle
      ? { start: a.header.nationalTitle.range.start, end: a.header.nationalTitle.range.end }
      : findFolded(topLines(a), NATIONAL_TITLE);
    if (!found) return report(`Thiếu Quốc hiệu "${NATIONAL_TITLE}"`);
    const written = a.source.text.slice(found.start, found.end);
    if (!ACCEPTED.has(written.replace(/\s+/g, " ").trim()))
      report(`Quốc hiệu viết "${written}", cần "${NATIONAL_TITLE}" (in hoa, đủ dấu)`, found);
  },
);
