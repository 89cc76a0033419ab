/**
 * A weekday relative to the notice's week (a weekly briefing's own time words):
 *   trước thứ Sáu tuần này | vào thứ Năm tuần này | trước 17h00 thứ Sáu tuần này | chậm nhất thứ Hai tuần sau
 * The week is the notice date's week, Monday to Sunday ("tuần tới/sau/kế tiếp" is the next one).
 * A weekday written next to a date ("thứ Hai ngày 08/12/2025") is read by the boundary words instead,
 * and "thứ Sáu hằng tuần" is a recurring deadline.
 */
import type { DeadlineKind } from "../schema.js";
import { addDays, weekday } from "./iso.js";

export interface WeekdayMatch {
  start: number;
  end: number;
  kind: DeadlineKind;
  /** Monday = 1 … Sunday = 7 */
  day: number;
  /** 0 this week, 1 next week */
  week: number;
  time: string | null;
  partOfDay: string | null;
}

const DAY: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6 };

const WEEKDAY = /(?:(trước|chậm\s*nhất(?:\s*là)?|muộn\s*nhất|vào|trong)\s*)?(?:(sáng|chiều|tối)\s*)?(?:(\d{1,2})\s*(?:h|giờ)\s*(?:(\d{2})\s*(?:phút)?)?\s*,?\s*(?:ngày\s*)?)?(?:thứ\s*(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ\s*nhật))\s*,?\s*(tuần\s*(?:này|tới|sau|kế\s*tiếp))(?![\p{L}\p{M}])/giu;

export function findWeekdays(text: string, from: number, to: number): WeekdayMatch[] {
  const out: WeekdayMatch[] = [];
  WEEKDAY.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WEEKDAY.exec(text)) && m.index < to) {
    if (/[\p{L}\p{M}]/u.test(text.charAt(m.index - 1))) continue;
    const word = (m[1] ?? "").toLowerCase();
    const kind: DeadlineKind = /trước/u.test(word) ? "before" : /nhất/u.test(word) ? "by" : "on";
    const day = m[6] ? 7 : DAY[m[5]!.toLowerCase()]!;
    const week = /này/iu.test(m[7]!) ? 0 : 1;
    const time = m[3] ? `${m[3].padStart(2, "0")}:${m[4] ?? "00"}` : null;
    out.push({ start: m.index, end: m.index + m[0].length, kind, day, week, time, partOfDay: m[2] ? m[2].toLowerCase() : null });
  }
  return out;
}

/** The date of the weekday in the notice's week (or the next), or null without a notice date. */
export function weekdayDate(w: WeekdayMatch, noticeDate: string | null): string | null {
  if (!noticeDate) return null;
  const monday = addDays(noticeDate, -((weekday(noticeDate) + 6) % 7));
  return addDays(monday, w.day - 1 + 7 * w.week);
}
