/**
 * No deadline falls before the notice's own date, and no date of the body is impossible
 * ("31/4/2025", "ngày 30 tháng 02 năm 2025").
 * Deadlines are the tasks' deadlines; a date after a deadline word ("trước ngày", "chậm nhất",
 * "hoàn thành", "hạn") counts too, so the rule also works where no task was found.
 */
import { defineRule } from "../types.js";
import { findDates, noticeDateOf } from "../dates.js";
import { placeDateLine } from "../view.js";

const DEADLINE_WORDS = /(?:trước|chậm nhất(?:\s+là)?|hạn chót|thời hạn|hoàn thành|không quá|xong)(?:\s+(?:vào|trong|là))?(?:\s+(?:sáng|chiều|trưa|tối))?(?:\s+ngày)?\s*$/u;

export default defineRule(
  {
    id: "deadline-date",
    severity: "error",
    description: "Thời hạn không sớm hơn ngày ban hành; ngày tháng có thật",
    basis: "practice (ý nghĩa văn bản); ngày có thật: Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4",
  },
  ({ analysis: a, report }) => {
    const text = a.source.text;
    const pd = placeDateLine(a);
    const noticeDate = noticeDateOf(text, a.result.notice.date, pd ? text.slice(pd.range.start, pd.range.end) : null);
    const from = pd ? pd.range.end : a.body.start;
    const reported = new Set<number>();
    for (const d of findDates(text, from, a.body.end)) {
      if (!d.valid) {
        report(`Ngày "${d.text}" không có thật (tháng ${d.month}${d.month >= 1 && d.month <= 12 ? ` năm ${d.year} có ${new Date(Date.UTC(d.year, d.month, 0)).getUTCDate()} ngày` : " không tồn tại"})`, d);
        reported.add(d.start);
        continue;
      }
      if (!noticeDate || d.iso! >= noticeDate) continue;
      const before = text.slice(Math.max(0, d.start - 40), d.start);
      if (!DEADLINE_WORDS.test(before)) continue;
      // A deadline recounted from an earlier document ("Ngày 09/02/2021, Bộ Y tế đã có Công văn …
      // thời hạn … trước ngày 23/02/2021") is not this notice's deadline.
      const sStart = Math.max(text.lastIndexOf(". ", d.start), text.lastIndexOf("\n", d.start)) + 1;
      const sentence = text.slice(sStart, d.start);
      if (/^\s*(?:Ngày|Tại|Theo)\s/u.test(sentence) || /(?:đã có|có)\s+(?:công văn|văn bản|quyết định|thông báo|kế hoạch)/iu.test(sentence)) continue;
      report(`Thời hạn "${d.text}" (${d.iso}) sớm hơn ngày ban hành văn bản (${noticeDate})`, d);
      reported.add(d.start);
    }
    if (!noticeDate) return;
    for (const t of a.result.tasks) {
      const dl = t.deadline;
      if (!dl?.date || dl.date >= noticeDate) continue;
      const i = text.indexOf(dl.text);
      if (i >= 0 && [...reported].some((s) => s >= i && s < i + dl.text.length)) continue;
      report(`Thời hạn "${dl.text}" (${dl.date}) của nhiệm vụ ${t.id} sớm hơn ngày ban hành văn bản (${noticeDate})`, i >= 0 ? { start: i, end: i + dl.text.length } : t.position);
    }
  },
);
