/**
 * Lunar dates (converted with the Vietnamese calendar in ./lunar.ts):
 *   mùng 6 Tết | mồng 2 Tết Mậu Tý | mùng 10 tháng Giêng | ngày 15 tháng 8 âm lịch | 10/3 âm lịch | rằm tháng Giêng
 * When a solar date stands beside it (`trước ngày 12-2 (mùng 6 Tết Mậu Tý)`), the solar date is used
 * and the lunar gloss is ignored.
 */
import type { Parser } from "chrono-node/vi";
import { gluedBefore, result } from "./atoms.js";
import { yearOfCanChi } from "./lunar.js";

const CANCHI = "(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\\s+(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)";
const PATTERN = new RegExp(
  "(?:(?:mùng|mồng)\\s*(\\d{1,2})(?!\\d)|(rằm))\\s*(?:(Tết)|tháng\\s*(Giêng|Chạp|\\d{1,2})(?:\\s*âm\\s*lịch)?)(?:\\s*(?:năm\\s*)?(" + CANCHI + "))?" +
    "|ngày\\s*(\\d{1,2})\\s*tháng\\s*(Giêng|Chạp|\\d{1,2})\\s*(?:năm\\s*(" + CANCHI + ")\\s*)?(?:âm\\s*lịch|\\(âm\\s*lịch\\)|ÂL)" +
    "|(\\d{1,2})\\/(\\d{1,2})\\s*(?:âm\\s*lịch|\\(âm\\s*lịch\\)|ÂL)",
  "iu",
);

const monthOf = (s: string) => (/giêng/i.test(s) ? 1 : /chạp/i.test(s) ? 12 : parseInt(s, 10));

export const lunarParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const index = match.index!;
    if (gluedBefore(context.text, index)) return null;
    const ref = context.refDate ? context.refDate.getUTCFullYear() : 2000;
    let d: number, m: number, canchi: string | undefined, tet = false;
    if (match[1] || match[2]) {
      d = match[2] ? 15 : parseInt(match[1]!, 10);
      tet = !!match[3];
      m = tet ? 1 : monthOf(match[4]!);
      canchi = match[5];
    } else if (match[6]) {
      d = parseInt(match[6], 10);
      m = monthOf(match[7]!);
      canchi = match[8];
    } else {
      d = parseInt(match[9]!, 10);
      m = parseInt(match[10]!, 10);
    }
    if (d < 1 || d > 30 || m < 1 || m > 12) return null;
    const y = canchi ? yearOfCanChi(canchi.replace(/\s+/g, " "), ref) : null;
    return result(context, index, match[0], { type: "lunar", d, m, y, tet });
  },
};
