/**
 * Periods: months, quarters, halves and years.
 *   tháng 5/2025 | tháng 4 năm 2010 | tháng 02 năm 2024 | tháng 8-2026 | tháng 4 (no year)
 *   quý II/2025 | Quý III năm 2021 | quý 3 | quý IV
 *   6 tháng đầu năm 2025 | sáu tháng cuối năm | nửa đầu năm 2025
 *   năm 2025 | năm2009 | cuối năm 2021 | đầu năm 2026 | giữa năm 2024
 *   (table cells only) 2022 | 2022-2030 | 2024 - 2026
 * Whether a period is a deadline (`trong tháng 9 năm 2026`) or a name (`kế hoạch công tác năm 2025`)
 * is decided by the scan from the words around it (src/deadline/context.ts).
 */
import type { Parser } from "chrono-node/vi";
import { ROMAN, gluedAfter, gluedBefore, result, year4 } from "./atoms.js";

const MONTH = /tháng\s*(\d{1,2})(?!\d)(?:\s*(?:năm\s*|\/\s*|-\s*)(\d{4})(?!\d))?/iu;
const QUARTER = /quý\s*(iv|i{1,3}|[1-4])(?![\p{L}\p{N}])(?:\s*(?:năm\s*|\/\s*|-\s*)(\d{4})(?!\d))?/iu;
const HALF = /(?:(?:6|sáu)\s*tháng|nửa)\s*(đầu|cuối)\s*năm(?:\s*(\d{4})(?!\d))?/iu;
const YEAR = /(?:(cuối|đầu|giữa)\s*)?năm\s*(\d{4})(?!\d)/iu;
const BARE = /(\d{4})(?:\s*[-–]\s*(\d{4}))?(?!\d)/u;

export const monthParser: Parser = {
  pattern: () => MONTH,
  extract(context, match) {
    const index = match.index!;
    if (gluedBefore(context.text, index)) return null;
    // `6 tháng đầu năm`, `2 tháng kể từ`: a count of months, handled elsewhere
    if (/\d\s*$/.test(context.text.slice(Math.max(0, index - 3), index))) return null;
    const m = parseInt(match[1]!, 10);
    if (m < 1 || m > 12) return null;
    const y = year4(match[2]);
    if (match[2] && y === null) return null;
    if (gluedAfter(context.text, index + match[0].length)) return null;
    return result(context, index, match[0], { type: "month", y, m });
  },
};

export const quarterParser: Parser = {
  pattern: () => QUARTER,
  extract(context, match) {
    const index = match.index!;
    if (gluedBefore(context.text, index)) return null;
    const raw = match[1]!.toLowerCase();
    const q = ROMAN[raw] ?? parseInt(raw, 10);
    const y = year4(match[2]);
    if (match[2] && y === null) return null;
    return result(context, index, match[0], { type: "quarter", y, q });
  },
};

export const halfParser: Parser = {
  pattern: () => HALF,
  extract(context, match) {
    const index = match.index!;
    if (gluedBefore(context.text, index)) return null;
    const h = match[1]!.toLowerCase() === "đầu" ? 1 : 2;
    return result(context, index, match[0], { type: "half", y: year4(match[2]), h });
  },
};

export const yearParser: Parser = {
  pattern: () => YEAR,
  extract(context, match) {
    const index = match.index!;
    if (gluedBefore(context.text, index)) return null;
    const y = year4(match[2]);
    if (y === null) return null;
    const w = match[1]?.toLowerCase();
    const part = w === "cuối" ? "end" : w === "đầu" ? "start" : w === "giữa" ? "mid" : null;
    return result(context, index, match[0], { type: "year", y, part, bare: false });
  },
};

/** Bare years and year ranges: only meaningful in a table cell under a time column. */
export const bareYearParser: Parser = {
  pattern: () => BARE,
  extract(context, match) {
    const index = match.index!;
    if (gluedBefore(context.text, index)) return null;
    if (gluedAfter(context.text, index + match[0].length)) return null;
    const y1 = year4(match[1]);
    if (y1 === null) return null;
    if (match[2]) {
      const y2 = year4(match[2]);
      if (y2 === null || y2 < y1) return null;
      return result(context, index, match[0], { type: "years", y1, y2 });
    }
    return result(context, index, match[0], { type: "year", y: y1, part: null, bare: true });
  },
};
