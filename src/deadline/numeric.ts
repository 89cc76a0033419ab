/**
 * Numeric dates, day first always (never the English month-first reading):
 *   15/4/2025 | 15-4-2025 | 15.4.2025 | ngày 8-2-2019 | ngày 21/ 5 | 28-10 | 07/12 | trướcngày 20/11/2023
 * A valid month with an impossible day (31/4/2025, 29/02/2025) is kept with valid = false so that the
 * scan can report it; a month above 12 or a day above 31 is not a date (`9.16 Kb`, `1.000`).
 */
import type { Parser } from "chrono-node/vi";
import { isValidYmd } from "./iso.js";
import { gluedAfter, gluedBefore, result, year4 } from "./atoms.js";

const PATTERN = /(ngày\s*)?(\d{1,2})(?!\d)\s*([/.\-])\s?(\d{1,2})(?!\d)(?:\s?\3\s?(\d{4})(?!\d))?/iu;

export const numericDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const index = match.index!;
    const text = context.text;
    const ngay = !!match[1];
    if (gluedBefore(text, index, ngay)) return null;
    const end = index + match[0].length;
    if (gluedAfter(text, end)) return null;
    const sep = match[3]!;
    const d = parseInt(match[2]!, 10);
    const m = parseInt(match[4]!, 10);
    if (d < 1 || d > 31 || m < 1 || m > 12) return null;
    const y = match[5] ? year4(match[5]) : null;
    if (match[5] && y === null) return null;
    // `2.1.` section numbers and `1.2` decimals: a dotted yearless pair is no date
    if (sep === "." && y === null) return null;
    // spaces around the separator only in `21/ 5` style, never in `3 - 4`
    if (sep !== "/" && /\s/.test(match[0].slice((match[1] ?? "").length))) return null;
    const valid = y === null ? isValidYmd(2024, m, d) : isValidYmd(y, m, d);
    return result(context, index, match[0], { type: "date", y, m, d, ngay, valid, form: "numeric" });
  },
};
