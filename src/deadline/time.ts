/**
 * Times of day, with a part of the day when written:
 *   17h00 | 17h | 10h00' | 14h30 | 14 giờ | 14 giờ 30 phút | 16 giờ 00 | 8 giờ sáng | 2 giờ chiều | 14:30
 * Part-of-day words: sáng (morning), trưa (noon), chiều (afternoon), tối / đêm (evening).
 * `75ha` (hectares) and `24 giờ` used as a duration (`trong 24 giờ`) are not times.
 */
import type { Parser } from "chrono-node/vi";
import type { PartOfDay } from "./atoms.js";
import { gluedBefore, result } from "./atoms.js";

const PATTERN =
  /(\d{1,2})(?:\s*(?:h|giờ|g)(?:\s*(\d{1,2})(?!\d)\s*(?:phút|p|')?)?|:(\d{2}))(?![\p{L}\p{N}])(?:\s*(sáng|trưa|chiều|tối|đêm)(?![\p{L}\p{M}]))?/iu;

export const PART_OF_DAY: Record<string, PartOfDay> = { sáng: "morning", trưa: "noon", chiều: "afternoon", tối: "evening", đêm: "evening" };

export const timeParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const index = match.index!;
    const text = context.text;
    if (gluedBefore(text, index)) return null;
    // `trong 24 giờ`, `sau 48 giờ`: a duration, not a time
    if (/(?:trong|vòng|sau|quá|mất|khoảng)\s*$/iu.test(text.slice(Math.max(0, index - 12), index))) return null;
    let hh = parseInt(match[1]!, 10);
    const mm = parseInt(match[2] ?? match[3] ?? "0", 10);
    if (hh > 24 || mm > 59) return null;
    const part = match[4] ? PART_OF_DAY[match[4].toLowerCase()]! : null;
    if ((part === "afternoon" || part === "evening") && hh < 12) hh += 12;
    return result(context, index, match[0], { type: "time", hh, mm, partOfDay: part });
  },
};
