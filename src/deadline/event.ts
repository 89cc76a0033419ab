/**
 * Deadlines tied to an event whose date the text does not give (never an invented date):
 *   sau khi Luật Khoa học và Công nghệ mới ban hành | sau khi Luật … được ban hành | ngay sau khi kết thúc Đại hội
 *   ngay sau đại hội đảng các cấp | tại phiên họp Chính phủ thường kỳ sắp tới | tại kỳ họp gần nhất
 *   trước khi trình UBND tỉnh | khi có ý kiến của …
 * Not events: `Sau khi nghe báo cáo …` (the preamble of minutes), `sau khi xem xét`.
 */
import type { DeadlineKind } from "../schema.js";

const AFTER = /(ngay\s*)?sau\s*(?:khi\s*)?((?:[^,.;:\n]{0,100}?)(?:ban\s*hành|có\s*hiệu\s*lực(?:\s*thi\s*hành)?|phê\s*duyệt|kết\s*thúc(?:\s*[^,.;:\n()]{0,40})?|hoàn\s*thành|thông\s*qua|được\s*ký|bầu\s*cử|đại\s*hội(?:\s*[^,.;:\n()]{0,40})?|Đại\s*hội(?:\s*[^,.;:\n()]{0,40})?))(?![\p{L}\p{M}])/gu;
const MEETING = /tại\s*((?:phiên|kỳ|cuộc|buổi)\s*họp[^,.;:\n()]{0,60}?(?:sắp\s*tới|tới|gần\s*nhất|kế\s*tiếp|tiếp\s*theo))(?![\p{L}\p{M}])/giu;
// The event stops before another time phrase or a new clause ("trước khi xét tuyển | và hoàn thành … trước ngày 31/12").
const BEFORE = /trước\s*khi\s*((?:(?!\s(?:và|trước|chậm\s*nhất|trong|để|đồng\s*thời)\s)[^,.;:\n()]){3,80})/giu;
const PREAMBLE = /^(?:nghe|xem\s*xét|thảo\s*luận|trao\s*đổi|nghiên\s*cứu|kiểm\s*tra|khảo\s*sát|làm\s*việc|đi|đến|được|có)/iu;

export interface EventMatch { start: number; end: number; kind: DeadlineKind; event: string }

export function findEvents(text: string, from: number, to: number): EventMatch[] {
  const out: EventMatch[] = [];
  const run = (re: RegExp, f: (m: RegExpExecArray) => EventMatch | null) => {
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) && m.index < to) {
      if (/[\p{L}\p{M}]/u.test(text.charAt(m.index - 1))) continue;
      const r = f(m);
      if (r) out.push(r);
    }
  };
  run(AFTER, (m) => {
    const ev = m[2]!.trim();
    if (PREAMBLE.test(ev)) return null;
    // `Sau khi …,` opening a sentence is narration of what happened
    if (/^S/u.test(m[0]) && /(?:^|[.!?:\n]\s*)$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
    return { start: m.index, end: m.index + m[0].length, kind: "on", event: ev };
  });
  run(MEETING, (m) => ({ start: m.index, end: m.index + m[0].length, kind: "on", event: m[1]!.trim() }));
  run(BEFORE, (m) => ({ start: m.index, end: m.index + m[0].replace(/\s+$/u, "").length, kind: "before", event: m[1]!.trim() }));
  return out;
}
