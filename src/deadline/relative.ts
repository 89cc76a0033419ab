/**
 * Time limits counted from an event:
 *   trong thời hạn 03 ngày làm việc kể từ ngày kết thúc cuộc họp | trong vòng 10 ngày kể từ ngày ký
 *   không quá 2 tháng kể từ ngày ban hành văn bản này | trong 30 ngày làm việc kể từ ngày nhận được hồ sơ
 *   chậm nhất 05 ngày làm việc sau khi … | trong 15 ngày kể từ ngày 01/6/2025 | trong 02 tuần
 * The signing / issuing of this document and the end of this meeting are the notice's own date;
 * any other event (receiving a file, …) gives a dateless `by` deadline that keeps the event.
 * Working days skip weekends and public holidays (./calendar.ts); calendar days start the day after.
 */
import { NUMBER_PATTERN, toNumber } from "./types.js";

export const RELATIVE = new RegExp(
  "(?:hoàn\\s*thành\\s*)?(?:trong\\s*(?:thời\\s*hạn|vòng|phạm\\s*vi|thời\\s*gian)?|không\\s*quá|chậm\\s*nhất(?:\\s*là)?|tối\\s*đa|muộn\\s*nhất)\\s*" +
    "(" + NUMBER_PATTERN + ")(?![\\p{L}\\p{N}])\\s*(?:\\([^)\\n]{1,20}\\)\\s*)?" +
    "(ngày\\s*làm\\s*việc|ngày|tuần|tháng|năm)(?![\\p{L}\\p{M}])(?!\\s*(?:\\d|đầu|cuối|qua|vừa|gần|trước|nay))" +
    "(?:\\s*,?\\s*(kể\\s*từ|tính\\s*từ|từ|sau)\\s*((?:ngày|khi)(?![\\p{L}\\p{M}])\\s*)?([^,.;:\\n()]{0,100}))?",
  "giu",
);

/** Events that are the notice's own date. */
export const SELF_EVENT =
  /^(?:(?:ký|kí|ban\s*hành|ký\s*ban\s*hành)(?:\s*(?:văn\s*bản|thông\s*báo|công\s*văn|quyết\s*định|kết\s*luận|biên\s*bản|kế\s*hoạch))?(?:\s*này)?|(?:văn\s*bản|thông\s*báo|công\s*văn|kết\s*luận|quyết\s*định|biên\s*bản)\s*này(?:\s*được\s*(?:ký|ban\s*hành))?|nhận\s*được\s*(?:văn\s*bản|thông\s*báo|công\s*văn|kết\s*luận)\s*này|kết\s*thúc\s*(?:cuộc\s*họp|hội\s*nghị|buổi\s*làm\s*việc|phiên\s*họp|buổi\s*họp)(?:\s*này)?|họp)(?![\p{L}\p{M}])/iu;

export interface RelativeMatch {
  start: number;
  end: number;
  n: number;
  unit: "workday" | "day" | "week" | "month" | "year";
  /** the event as written (`ngày kết thúc cuộc họp`), or null */
  event: string | null;
  /** offset of the event text after `ngày`/`khi` (to find a date written there) */
  eventStart: number;
}

export function findRelative(text: string, from: number, to: number): RelativeMatch[] {
  const out: RelativeMatch[] = [];
  RELATIVE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = RELATIVE.exec(text)) && m.index < to) {
    if (/[\p{L}\p{M}]/u.test(text.charAt(m.index - 1))) continue;
    const unitWord = m[2]!.toLowerCase().replace(/\s+/g, " ");
    const unit = unitWord === "ngày làm việc" ? "workday" : unitWord === "ngày" ? "day" : unitWord === "tuần" ? "week" : unitWord === "tháng" ? "month" : "year";
    let event: string | null = null;
    let end = m.index + m[0].length;
    let eventStart = end;
    if (m[5] !== undefined) {
      // stop the event before a purpose or the next clause
      const raw = m[5];
      const cut = raw.search(/\s(?:để|và\s+(?:gửi|báo\s*cáo)|gửi|báo\s*cáo|trình|nhằm|theo\s*quy\s*định)(?![\p{L}\p{M}])/iu);
      const ev = (cut >= 0 ? raw.slice(0, cut) : raw).replace(/\s+$/u, "");
      eventStart = end - raw.length;
      end = eventStart + ev.length;
      event = ev ? (m[4] ?? "") + ev : null;
    } else end = m.index + m[0].replace(/\s+$/u, "").length;
    out.push({ start: m.index, end, n: toNumber(m[1]!), unit, event, eventStart });
  }
  return out;
}
