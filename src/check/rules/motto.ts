/** Tiêu ngữ present and exact: "Độc lập - Tự do - Hạnh phúc" (hyphens between the phrases). */
import { defineRule } from "../types.js";
import { fold } from "../../text/fold.js";
import { topLines } from "../view.js";

export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
const FOLDED_RE = /doc\s*lap\s*[-–—‐]?\s*tu\s*do\s*[-–—‐]?\s*hanh\s*phuc/;

export default defineRule(
  {
    id: "motto",
    severity: "error",
    description: "Tiêu ngữ có mặt và viết đúng",
    basis: "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1 (Quốc hiệu và Tiêu ngữ)",
  },
  ({ analysis: a, report }) => {
    let range = a.header.motto?.range ?? null;
    if (!range)
      for (const l of topLines(a)) {
        const f = fold(l.text);
        if (f.length !== l.text.length) continue;
        const m = FOLDED_RE.exec(f);
        if (m) { range = { start: l.start + m.index, end: l.start + m.index + m[0].length }; break; }
      }
    if (!range) return report(`Thiếu Tiêu ngữ "${MOTTO}"`);
    const written = a.source.text.slice(range.start, range.end);
    const toneSame = written.replace(/\s+/g, " ").trim();
    if (toneSame !== MOTTO) report(`Tiêu ngữ viết "${written}", cần "${MOTTO}" (chữ đầu cụm in hoa, nối bằng " - ")`, range);
  },
);
