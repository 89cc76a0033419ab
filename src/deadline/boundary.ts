/**
 * The words before a date or period that give the deadline its kind (LABELING.md):
 *   before: trước | trước ngày | hoàn thành trước | trướcngày
 *   by:     chậm nhất (là) (vào) (ngày) | muộn nhất | hạn chót | hạn cuối (cùng) | không quá (ngày) |
 *           không muộn hơn | đến hết (ngày) | hết ngày | thời hạn (là) | hạn (nộp) | đến (ngày)
 *   on:     trong ngày | vào (sáng/chiều) ngày | lúc | tại | ngày … (no boundary word)
 *   within: trong (tháng/quý/năm) | định kỳ tháng 8/2026 | sang tháng 12 | hoàn thành (trong) năm 2025
 * plus a part of the day written before the date (`sáng ngày 31/7/2026`, `chiều 5/4`).
 */
import type { DeadlineKind } from "../schema.js";
import type { PartOfDay } from "./atoms.js";
import { PART_OF_DAY } from "./time.js";

export interface Boundary {
  /** The kind the words give, or null when there is no boundary word. */
  kind: DeadlineKind | null;
  /** A word that cancels the date as a deadline (`sau ngày`, `từ ngày` alone). */
  cancel: string | null;
  partOfDay: PartOfDay | null;
  /** How many characters before the mention the phrase starts. */
  length: number;
  /** The word found (for period rules: `trong`, `đến`, `định kỳ` …). */
  word: string | null;
}

const RULES: Array<[RegExp, DeadlineKind | "cancel"]> = [
  [/(?:chậm\s*nhất|muộn\s*nhất|hạn\s*chót|hạn\s*cuối(?:\s*cùng)?|không\s*quá|không\s*muộn\s*hơn|(?:đến|tới)\s*hết|hết|thời\s*hạn(?:\s*hoàn\s*thành)?|hạn(?:\s*nộp)?)(?:\s*(?:là|:))?(?:\s*(?:vào|trong))?(?:\s*ngày)?$/iu, "by"],
  [/(?:hoàn\s*thành\s*)?trước(?:\s*ngày)?$/iu, "before"],
  [/(?:ngay\s*)?trong(?:\s*ngày)?$/iu, "on"],
  [/(?:vào(?:\s*lúc)?|lúc|tại|cùng)(?:\s*ngày)?$/iu, "on"],
  [/(?:đến|tới)(?:\s*ngày)?$/iu, "by"],
  [/(?:định\s*kỳ|sang|(?:hoàn\s*thành|xong|thực\s*hiện|triển\s*khai|tổ\s*chức|ban\s*hành|trình|gửi|nộp|báo\s*cáo)(?:\s*trong)?)$/iu, "on"],
  [/(?:sau|từ|kể\s*từ|bắt\s*đầu\s*từ)(?:\s*ngày)?$/iu, "cancel"],
];

/** Read the boundary words that end `left` (the text just before the mention). */
export function readBoundary(left: string): Boundary {
  let l = left.slice(-80);
  let length = 0;
  let partOfDay: PartOfDay | null = null;
  const trim = () => {
    const t = l.replace(/[\s,:]+$/u, "");
    length += l.length - t.length;
    l = t;
  };
  trim();
  // "trước thứ Hai ngày 08/12/2025", "vào sáng thứ Năm, ngày 04/12": the weekday names the same day.
  const wd = /(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật)\s*,?\s*(?:ngày)?$/iu.exec(l);
  if (wd && !/[\p{L}\p{M}]/u.test(l.charAt(wd.index - 1))) {
    length += l.length - wd.index;
    l = l.slice(0, wd.index);
    trim();
  }
  const pod = /(?:buổi\s*)?(sáng|trưa|chiều|tối|đêm)$/iu.exec(l);
  if (pod && !/[\p{L}]$/u.test(l.slice(0, pod.index))) {
    partOfDay = PART_OF_DAY[pod[1]!.toLowerCase()]!;
    length += l.length - pod.index;
    l = l.slice(0, pod.index);
  }
  const podLength = partOfDay ? length : 0;
  trim();
  // "trước ngày khai giảng (05/9/2025)": the date in brackets after a named day takes that day's boundary.
  const named = /((?:hoàn\s*thành\s*)?trước|chậm\s*nhất(?:\s*là)?|không\s*quá|hạn\s*chót)\s*(?:ngày|dịp|lễ|thời\s*điểm)\s+[\p{L}\s]{2,40}\($/iu.exec(l);
  if (named) {
    const word = named[1]!.toLowerCase().replace(/\s+/g, " ");
    return { kind: /trước/.test(word) ? "before" : "by", cancel: null, partOfDay, length: length + (l.length - named.index), word };
  }
  for (const [re, kind] of RULES) {
    const m = re.exec(l);
    if (!m) continue;
    // a word glued in front (`mtrước`) is not the boundary word
    if (/[\p{L}\p{M}]/u.test(l.charAt(m.index - 1))) continue;
    const word = m[0].toLowerCase().replace(/\s+/g, " ");
    if (kind === "cancel") return { kind: null, cancel: word, partOfDay, length: length + (l.length - m.index), word };
    return { kind, cancel: null, partOfDay, length: length + (l.length - m.index), word };
  }
  return { kind: null, cancel: null, partOfDay, length: podLength, word: null };
}
