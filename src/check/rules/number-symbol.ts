/**
 * "Số: 12/TB-UBND": the number (below 10 with a leading 0), "/", the symbol: the type code first
 * (TB, QĐ, KH …; a công văn has none: "4631/VPCP-KTTH"), groups joined by "-", no spaces; the
 * year ("25/2018/QĐ-UBND") only for legal normative documents. A blank number ("Số: /TB-…") is an
 * error unless --draft.
 */
import { defineRule } from "../types.js";
import { numberLine } from "../view.js";

/** Phụ lục III codes (+ codes of legal normative documents and copies). */
export const TYPE_CODES = ["NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS", "SL"];
/** Codes of legal normative documents, which carry the year. */
const NORMATIVE_CODES = ["L", "PL", "NQ", "NQLT", "NĐ", "QĐ", "TT", "TTLT", "CT", "L-CTN", "LCTN", "NQ-HĐND", "QĐ-UBND"];
const TYPE_CODE_OF: Record<string, string> = {
  "THÔNG BÁO": "TB", "QUYẾT ĐỊNH": "QĐ", "KẾ HOẠCH": "KH", "CHỈ THỊ": "CT", "BÁO CÁO": "BC", "BIÊN BẢN": "BB",
  "TỜ TRÌNH": "TTr", "NGHỊ QUYẾT": "NQ", "HƯỚNG DẪN": "HD", "CHƯƠNG TRÌNH": "CTr", "PHƯƠNG ÁN": "PA", "ĐỀ ÁN": "ĐA",
  "GIẤY MỜI": "GM", "QUY CHẾ": "QC", "QUY ĐỊNH": "QyĐ", "CÔNG ĐIỆN": "CĐ", "THÔNG CÁO": "TC",
};

export default defineRule(
  {
    id: "number-symbol",
    severity: "error",
    description: "Số, ký hiệu văn bản đúng dạng (Số: 05/TB-UBND)",
    basis: "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3 và Phụ lục III (số, ký hiệu; mã loại văn bản)",
  },
  ({ analysis: a, options, report }) => {
    const found = numberLine(a);
    if (!found) return report(`Thiếu dòng số, ký hiệu văn bản (vd. "Số: 05/TB-UBND")`);
    const whole = a.source.text.slice(found.range.start, found.range.end);
    const colon = whole.indexOf(":");
    const rawStart = found.range.start + colon + 1;
    const raw = a.source.text.slice(rawStart, found.range.end);
    const lead = /^\s*/.exec(raw)![0].length;
    const body = raw.trim().replace(/\.$/, "");
    const at = { start: rawStart + lead, end: rawStart + lead + body.length };
    if (!body) return report(`Dòng "Số:" để trống, cần số và ký hiệu (vd. "Số: 05/TB-UBND")`, found.range);
    const blank = /^\/|^\s*$/.test(body);
    if (blank && !options.draft)
      report(`Số văn bản để trống ("Số: ${body}"); chỉ bản dự thảo mới để trống số (dùng --draft)`, found.range);
    if (/\s/.test(body.replace(/^\s+/, ""))) report(`Số, ký hiệu có khoảng trắng "${body}", cần viết liền "${body.replace(/\s+/g, "")}"`, at);
    const compact = body.replace(/\s+/g, "");
    const m = /^(\d*)\/(?:(\d{4})\/)?(.+)$/.exec(compact);
    if (!m) return report(`Số, ký hiệu "${compact}" sai dạng, cần "<số>/<mã loại>-<cơ quan>" (vd. "05/TB-UBND")`, at);
    const [, num, year, symbol] = m as unknown as [string, string, string | undefined, string];
    if (/^\d$/.test(num)) report(`Số "${num}" nhỏ hơn 10 cần có số 0 ở trước: "0${num}"`, { start: at.start, end: at.start + 1 });
    const groups = symbol.split("-");
    if (groups.some((g) => !g) || /[/.,;]/.test(symbol))
      report(`Ký hiệu "${symbol}" sai dạng: các nhóm chữ nối bằng "-" (vd. "TB-UBND")`, at);
    const type = a.header.type?.value?.toUpperCase() ?? typeLine(a);
    const code = groups[0]!;
    if (type) {
      const want = TYPE_CODE_OF[type.replace(/\s+/g, " ").trim()];
      if (groups.length < 2) report(`Ký hiệu "${symbol}" thiếu mã loại văn bản, cần "${want ?? "<mã loại>"}-${symbol}"`, at);
      else if (!TYPE_CODES.includes(code) && !NORMATIVE_CODES.includes(code))
        report(`Mã loại văn bản "${code}" không có trong Phụ lục III${want ? `; ${type} cần mã "${want}"` : ""}`, at);
      else if (want && code !== want) report(`Mã loại "${code}" không khớp tên loại "${type}", cần "${want}"`, at);
    }
    if (year && !NORMATIVE_CODES.includes(code) && !NORMATIVE_CODES.includes(`${code}-${groups[1] ?? ""}`))
      report(`Số, ký hiệu có năm "${year}" nhưng chỉ văn bản quy phạm pháp luật mới ghi năm (vd. "${num ? num.padStart(2, "0") : "05"}/${symbol}")`, at);
  },
);

/** The type line as a fallback while the header parser does not give it. */
export function typeLine(a: import("../../model.js").Analysis): string | null {
  for (const l of a.lines.slice(0, 30)) {
    const t = l.text.trim().replace(/\s+/g, " ");
    if (TYPE_CODE_OF[t]) return t;
  }
  return null;
}
