/**
 * Recurring deadlines:
 *   trước ngày 20 hằng tháng | ngày 25 hàng tháng | trước ngày 15 của tháng | trước ngày 05 tháng cuối (cùng) của mỗi quý
 *   trước ngày 20/11 hàng năm | ngày 15 tháng 12 hằng năm
 *   định kỳ hằng tháng | định kỳ hàng quý | định kỳ 6 tháng | định kỳ hàng năm | hằng tuần | mỗi quý
 *   báo cáo hằng quý | tổng hợp hàng tháng (a duty next to it)
 * Not recurring: `bố trí ngân sách hằng năm`, `tiền thuê đất hàng năm`, `giao ban thường kỳ`,
 * `định kỳ tháng 8/2026` (a given month: a period). The date is the first occurrence on or after
 * the notice date when the text fixes a day, else null.
 */
import type { Deadline } from "../schema.js";
import { addMonths, daysInMonth, fromIso, toIso } from "./iso.js";

type Recurrence = NonNullable<Deadline["recurrence"]>;
export interface RecurringMatch {
  start: number;
  end: number;
  recurrence: Recurrence;
  /** day of month (monthly, quarterly) */
  day: number | null;
  /** month (yearly) */
  month: number | null;
  /** boundary kind word (trước …) written in front */
  before: boolean;
}

const EVERY = "(?:hằng|hàng|mỗi|các)";
const DAY_MONTHLY = new RegExp(`(?:(trước|chậm\\s*nhất(?:\\s*là)?|vào|trong|đến)\\s*)?ngày\\s*(\\d{1,2})(?!\\d)\\s*(?:của\\s*)?(?:${EVERY}\\s*tháng|tháng(?!\\s*(?:\\d|cuối|đầu|giêng|chạp)))`, "iu");
const DAY_QUARTERLY = new RegExp(`(?:(trước|chậm\\s*nhất(?:\\s*là)?|vào|trong|đến)\\s*)?ngày\\s*(\\d{1,2})(?!\\d)\\s*(?:của\\s*)?(?:tháng\\s*cuối(?:\\s*cùng)?\\s*(?:của\\s*)?)?${EVERY}\\s*quý`, "iu");
const DAY_YEARLY = new RegExp(`(?:(trước|chậm\\s*nhất(?:\\s*là)?|vào|trong|đến)\\s*)?ngày\\s*(\\d{1,2})(?!\\d)\\s*(?:\\/|-|tháng)\\s*(\\d{1,2})(?!\\d)\\s*${EVERY}\\s*năm`, "iu");
// "hằng quý trước ngày 15 của tháng cuối quý": the period first, the day after.
const QUARTERLY_AFTER = new RegExp(`${EVERY}\\s*quý\\s*,?\\s*(trước|chậm\\s*nhất(?:\\s*là)?|vào)?\\s*ngày\\s*(\\d{1,2})(?!\\d)\\s*(?:của\\s*)?tháng\\s*cuối(?:\\s*cùng)?(?:\\s*của)?(?:\\s*(?:mỗi|hằng|hàng)?\\s*quý)?`, "iu");
const PERIODIC = new RegExp(`(định\\s*kỳ\\s*)?(?:${EVERY}\\s*)(tuần|tháng|quý|năm|6\\s*tháng|sáu\\s*tháng)(?![\\p{L}\\p{M}\\p{N}])|(định\\s*kỳ)\\s*(6\\s*tháng|sáu\\s*tháng|tuần|tháng|quý|năm)(?![\\p{L}\\p{M}]|\\s*\\d|\\s*(?:này|nay|tới|sau|trước|đầu|cuối))`, "giu");

const UNIT: Record<string, Recurrence> = { tuần: "weekly", tháng: "monthly", quý: "quarterly", năm: "yearly" };
const unitOf = (w: string): Recurrence => UNIT[w.toLowerCase()] ?? "monthly";

/** Money, plans and the like before `hằng năm` make it an attribute, not a recurring duty. */
const NOUN_BEFORE = /(?:ngân\s*sách|kinh\s*phí|dự\s*toán|tiền(?:\s*thuê\s*đất)?|vốn|kế\s*hoạch|chi|thu|thuế|lương|phí|trả|thuê|nguồn|chỉ\s*tiêu|sản\s*lượng|doanh\s*thu|lễ\s*hội|các)\s*$/iu;
const DUTY = /(?:báo\s*cáo|tổng\s*hợp|đánh\s*giá|kiểm\s*tra|rà\s*soát|họp|giao\s*ban|gửi|cập\s*nhật|sơ\s*kết|tổng\s*kết|thống\s*kê|theo\s*dõi|kiểm\s*điểm|công\s*bố|thông\s*báo)/iu;

function scan(re: RegExp, text: string, from: number, to: number, f: (m: RegExpExecArray) => RecurringMatch | null, out: RecurringMatch[]): void {
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  g.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) && m.index < to) {
    if (/[\p{L}\p{M}]/u.test(text.charAt(m.index - 1))) continue;
    const r = f(m);
    if (r) out.push(r);
  }
}

export function findRecurring(text: string, from: number, to: number): RecurringMatch[] {
  const out: RecurringMatch[] = [];
  const end = (m: RegExpExecArray) => m.index + m[0].length;
  scan(DAY_YEARLY, text, from, to, (m) => ({ start: m.index, end: end(m), recurrence: "yearly", day: +m[2]!, month: +m[3]!, before: /trước/iu.test(m[1] ?? "") }), out);
  scan(DAY_QUARTERLY, text, from, to, (m) => ({ start: m.index, end: end(m), recurrence: "quarterly", day: +m[2]!, month: null, before: /trước/iu.test(m[1] ?? "") }), out);
  scan(QUARTERLY_AFTER, text, from, to, (m) => ({ start: m.index, end: end(m), recurrence: "quarterly", day: +m[2]!, month: null, before: /trước/iu.test(m[1] ?? "") }), out);
  scan(DAY_MONTHLY, text, from, to, (m) => ({ start: m.index, end: end(m), recurrence: "monthly", day: +m[2]!, month: null, before: /trước/iu.test(m[1] ?? "") }), out);
  scan(PERIODIC, text, from, to, (m) => {
    const dinhKy = !!(m[1] || m[3]);
    const unitWord = (m[2] ?? m[4]!).replace(/\s+/g, " ");
    const recurrence: Recurrence = /6|sáu/.test(unitWord) ? "monthly" : unitOf(unitWord);
    if (!dinhKy) {
      const left = text.slice(Math.max(0, m.index - 40), m.index);
      if (NOUN_BEFORE.test(left)) return null;
      const clause = text.slice(Math.max(0, m.index - 60), Math.min(text.length, end(m) + 40));
      // "trước 15h00 thứ Sáu hằng tuần": a boundary or a weekday before it makes it a recurring deadline too.
      const boundary = /(?:trước|chậm\s*nhất|vào|thứ\s*(?:hai|ba|tư|năm|sáu|bảy)|chủ\s*nhật)[^,;.]{0,20}$/iu.test(left);
      // A table cell that says only "Hằng tháng" (a time column) is a recurring deadline.
      const wholeCell = /(?:^|\|)[\s*]*$/u.test(left) && /^[\s*.]*(?:\||\n|$)/u.test(text.slice(end(m), end(m) + 8));
      if (!DUTY.test(clause) && !boundary && !wholeCell) return null;
    }
    return { start: m.index, end: end(m), recurrence, day: null, month: null, before: false };
  }, out);
  return out;
}

/** The first occurrence on or after the notice date, or null when it cannot be computed. */
export function firstOccurrence(r: RecurringMatch, noticeDate: string | null): string | null {
  if (!noticeDate || r.day === null) return null;
  const { y, m } = fromIso(noticeDate);
  const candidates: string[] = [];
  for (let k = 0; k < 15; k++) {
    const iso = addMonths(toIso(y, m, 1), k);
    const { y: cy, m: cm } = fromIso(iso);
    if (r.recurrence === "quarterly" && cm % 3 !== 0) continue;
    if (r.recurrence === "yearly" && cm !== r.month) continue;
    if (r.day > daysInMonth(cy, cm)) continue;
    candidates.push(toIso(cy, cm, r.day));
  }
  return candidates.find((c) => c >= noticeDate) ?? null;
}
