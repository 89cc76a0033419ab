/**
 * Ongoing duties: thường xuyên | hằng ngày | hàng ngày | liên tục | thường xuyên, liên tục
 * Not deadlines: `chi thường xuyên`, `kinh phí thường xuyên`, `nguồn vốn … thường xuyên`,
 * `không thường xuyên`, `thường kỳ` (giao ban thường kỳ).
 */
const PATTERN = /(thường\s*xuyên|hằng\s*ngày|hàng\s*ngày|liên\s*tục)(?![\p{L}\p{M}])/giu;
const NOT_AFTER = /(?:^|[^\p{L}\p{M}])(?:chi|kinh\s*phí|chi\s*phí|dự\s*toán|ngân\s*sách|vốn|nguồn|khoản|lương|nhiệm\s*vụ\s*chi|chi\s*tiêu|sinh\s*hoạt|cuộc\s*sống|đời\s*sống)(?:\s+(?:sự\s*nghiệp|hoạt\s*động|ngân\s*sách|nhà\s*nước|đầu\s*tư|[\p{L}]+)){0,2}\s*$|không\s*$/iu;

export interface OngoingMatch { start: number; end: number; word: string; ignored: string | null }

export function findOngoing(text: string, from: number, to: number): OngoingMatch[] {
  const out: OngoingMatch[] = [];
  PATTERN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(text)) && m.index < to) {
    if (/[\p{L}\p{M}]/u.test(text.charAt(m.index - 1))) continue;
    const left = text.slice(Math.max(0, m.index - 30), m.index);
    out.push({ start: m.index, end: m.index + m[0].length, word: m[1]!, ignored: NOT_AFTER.test(left) ? "expenditure" : null });
  }
  return out;
}
