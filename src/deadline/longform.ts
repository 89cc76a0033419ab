/**
 * Dates in words, and day ranges written once:
 *   ngày 01 tháng 4 năm 2025 | ngày 15 tháng 02 năm 2013 | 12 tháng 9 năm 2017 | ngày 07 tháng 5 năm2014
 *   ngày 15 tháng 02 (no year) | ngày 04 đến ngày 08 tháng 01 năm 2013 | từ ngày 28/12 đến ngày 5 tháng 1 năm 2026
 */
import type { Parser } from "chrono-node/vi";
import { isValidYmd } from "./iso.js";
import { gluedAfter, gluedBefore, result, year4 } from "./atoms.js";

const DATE = /(ngày\s*)?(\d{1,2})(?!\d)\s*tháng\s*(\d{1,2})(?!\d)(?:\s*(?:năm\s*|\/\s*)(\d{4})(?!\d))?/iu;
const RANGE =
  /(?:từ\s*)?ngày\s*(\d{1,2})(?!\d)(?:\s*tháng\s*(\d{1,2})(?!\d)(?:\s*năm\s*(\d{4}))?)?\s*(?:đến|tới|-|–)\s*(?:hết\s*)?(?:ngày\s*)?(\d{1,2})(?!\d)\s*tháng\s*(\d{1,2})(?!\d)(?:\s*năm\s*(\d{4})(?!\d))?/iu;

export const wordDateParser: Parser = {
  pattern: () => DATE,
  extract(context, match) {
    const index = match.index!;
    const ngay = !!match[1];
    if (gluedBefore(context.text, index, ngay)) return null;
    if (gluedAfter(context.text, index + match[0].length)) return null;
    const d = parseInt(match[2]!, 10);
    const m = parseInt(match[3]!, 10);
    if (d < 1 || d > 31 || m < 1 || m > 12) return null;
    const y = year4(match[4]);
    if (match[4] && y === null) return null;
    const valid = isValidYmd(y ?? 2024, m, d);
    return result(context, index, match[0], { type: "date", y, m, d, ngay, valid, form: "words" });
  },
};

export const wordRangeParser: Parser = {
  pattern: () => RANGE,
  extract(context, match) {
    const index = match.index!;
    if (gluedBefore(context.text, index, true)) return null;
    const d1 = parseInt(match[1]!, 10);
    const d2 = parseInt(match[4]!, 10);
    const m2 = parseInt(match[5]!, 10);
    const m1 = match[2] ? parseInt(match[2], 10) : m2;
    const y2 = year4(match[6]);
    const y1 = year4(match[3]) ?? (y2 !== null && m1 > m2 ? y2 - 1 : y2);
    if (!isValidYmd(y1 ?? 2024, m1, d1) || !isValidYmd(y2 ?? 2024, m2, d2)) return null;
    return result(context, index, match[0], { type: "range", from: { y: y1, m: m1, d: d1 }, to: { y: y2, m: m2, d: d2 } });
  },
};
