/** Calendar dates written in a notice's text ("15/4/2025", "ngày 15 tháng 4 năm 2025"), with offsets. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  day: number;
  month: number;
  year: number;
  /** True when the day exists in that month. */
  valid: boolean;
  iso: string | null;
}

const DATE_RE = /(?<![\p{L}\p{M}\p{N}/.-])(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))(?![\p{N}])/gu;

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const out: DateMention[] = [];
  DATE_RE.lastIndex = from;
  for (let m = DATE_RE.exec(text); m && m.index < to; m = DATE_RE.exec(text)) {
    const day = Number(m[1] ?? m[4]), month = Number(m[2] ?? m[5]), year = Number(m[3] ?? m[6]);
    const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
    const iso = valid ? `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` : null;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], day, month, year, valid, iso });
  }
  return out;
}

/** The notice's own date: result.notice.date, else the place-date line's words. */
export function noticeDateOf(text: string, fromResult: string | null, placeDate: string | null): string | null {
  if (fromResult) return fromResult;
  if (!placeDate) return null;
  const m = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u.exec(placeDate);
  if (!m) return null;
  const d = findDates(`ngày ${Number(m[1])} tháng ${Number(m[2])} năm ${m[3]}`)[0];
  void text;
  return d?.iso ?? null;
}
