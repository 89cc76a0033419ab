/**
 * `ics`: one VEVENT per task with a date, for calendar apps (RFC 5545).
 *
 * - No time given: an all-day event on the due date (DTSTART;VALUE=DATE, DTEND the next day),
 *   TRANSP:TRANSPARENT so it does not block the day.
 * - A time (`trước 17h00 ngày 10/4/2025`): a 30-minute event at that time, Asia/Ho_Chi_Minh.
 * - A part of the day without a time: the office-hours slot of that part, Asia/Ho_Chi_Minh —
 *   sáng 07:30–11:30, trưa 11:30–13:30, chiều 13:30–17:00, tối 18:00–21:00.
 * - `within` (trong tháng 5/2025): all-day on the last day; `recurring` with a first date: that
 *   date plus an RRULE (hằng tuần/tháng/quý/năm).
 * - UID `<notice key>_<task id>@notice-parse`, where the notice key is its number/symbol and date
 *   (number blank: symbol, date and a short hash of the subject; no header: the file name), so
 *   importing an updated notice updates its events instead of duplicating them.
 * - DTSTAMP is the notice's date (00:00 in Viet Nam), never the clock: same input, same bytes.
 *
 * ical-generator 10 formats all-day dates with UTC getters and TZID times with the process's local
 * getters, so the values are built from date components to match: Date.UTC(…) for all-day dates,
 * a local `new Date(y, m, d, h, min)` for zoned times (checked for a DST gap of the process zone,
 * where the event falls back to the same instant in UTC). A static VTIMEZONE (UTC+7, no DST since
 * 1975) is included for the zone.
 */
import { createHash } from "node:crypto";
import ical, { ICalEventRepeatingFreq, ICalEventTransparency } from "ical-generator";
import type { Deadline, NoticeResult } from "../schema.js";
import { fold } from "../text/fold.js";
import { deadlineLabel, entityList, noticeRef, selectItems, type Item } from "./common.js";
import type { Formatter } from "./options.js";

export const TZID = "Asia/Ho_Chi_Minh";
const VTIMEZONE = [
  "BEGIN:VTIMEZONE", `TZID:${TZID}`, `X-LIC-LOCATION:${TZID}`,
  "BEGIN:STANDARD", "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:+07", "DTSTART:19700101T000000", "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/** Office-hours slot for a part of the day: [start, end] as HH:MM. */
export const PART_OF_DAY_SLOTS: Record<NonNullable<Deadline["partOfDay"]>, [string, string]> = {
  morning: ["07:30", "11:30"], noon: ["11:30", "13:30"], afternoon: ["13:30", "17:00"], evening: ["18:00", "21:00"],
};

const FREQ: Record<NonNullable<Deadline["recurrence"]>, { freq: ICalEventRepeatingFreq; interval?: number }> = {
  daily: { freq: ICalEventRepeatingFreq.DAILY },
  weekly: { freq: ICalEventRepeatingFreq.WEEKLY },
  monthly: { freq: ICalEventRepeatingFreq.MONTHLY },
  quarterly: { freq: ICalEventRepeatingFreq.MONTHLY, interval: 3 },
  yearly: { freq: ICalEventRepeatingFreq.YEARLY },
};

const ymd = (iso: string) => iso.split("-").map(Number) as [number, number, number];
const hm = (t: string) => t.split(":").map(Number) as [number, number];

/** ASCII slug for UIDs: folded, runs of other characters as "-". */
function slug(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** The stable key of a notice inside UIDs. */
export function noticeKey(r: NoticeResult): string {
  const { number, symbol, date, subject } = r.notice;
  if (number || symbol) {
    const parts = [number, symbol, date].filter(Boolean).join("-");
    const hash = !number && subject ? "-" + createHash("sha256").update(fold(subject)).digest("hex").slice(0, 8) : "";
    return slug(parts) + hash;
  }
  const base = (r.source.path ?? "stdin").split(/[\\/]/).pop()!;
  return slug([base, date].filter(Boolean).join("-")) || "notice";
}

export function taskUid(it: Item): string {
  const id = fold(it.task.id).replace(/[^a-z0-9.]+/g, "-") || "task";
  return `${noticeKey(it.result)}_${id}@notice-parse`;
}

/** Midnight of the notice date in Viet Nam, as an instant (UTC+7): the fixed DTSTAMP. */
function stampOf(r: NoticeResult, fallback: string): Date {
  const [y, m, d] = ymd(r.notice.date ?? fallback);
  return new Date(Date.UTC(y, m - 1, d, -7, 0, 0));
}

/** A wall-clock time in Asia/Ho_Chi_Minh as the Date ical-generator expects with a TZID, or null (DST gap). */
function zoned(iso: string, time: string): { local: Date; utc: Date } {
  const [y, m, d] = ymd(iso);
  const [h, min] = hm(time);
  const local = new Date(y, m - 1, d, h, min, 0);
  const utc = new Date(Date.UTC(y, m - 1, d, h - 7, min, 0));
  return { local, utc };
}

function sameWallClock(dt: Date, iso: string, time: string): boolean {
  const [y, m, d] = ymd(iso);
  const [h, min] = hm(time);
  return dt.getFullYear() === y && dt.getMonth() === m - 1 && dt.getDate() === d && dt.getHours() === h && dt.getMinutes() === min;
}

function addMinutes(time: string, n: number): string {
  const [h, m] = hm(time);
  const t = Math.min(h * 60 + m + n, 23 * 60 + 59);
  return `${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`;
}

function summaryOf(it: Item): string {
  const lead = entityList(it.task.lead) || "Chưa rõ đơn vị";
  const action = it.task.action || it.task.text;
  const s = `${it.task.urgent ? "[Khẩn] " : ""}${lead}: ${action}`;
  return s.length > 140 ? s.slice(0, 139).trimEnd() + "…" : s;
}

function descriptionOf(it: Item): string {
  const t = it.task;
  const lines = [
    `Chủ trì: ${entityList(t.lead, false) || "—"}`,
    ...(t.collaborators.length ? [`Phối hợp: ${entityList(t.collaborators, false)}`] : []),
    `Hạn: ${deadlineLabel(t.deadline)} (“${t.deadline?.text ?? ""}”)`,
    `Nội dung: ${t.text}`,
    `Nguồn: ${noticeRef(it.result)}, mục ${t.id}${it.result.notice.subject ? ` — ${it.result.notice.subject}` : ""}`,
  ];
  return lines.join("\n");
}

export const toIcs: Formatter = (results, opts) => {
  const items = selectItems(results, { unit: opts.unit, order: opts.order }).filter((it) => it.task.deadline?.date);
  const single = results.length === 1 ? results[0]! : null;
  const cal = ical({
    prodId: { company: "notice-parse", product: "notice-parse", language: "VI" },
    name: opts.title ?? (single ? `Nhiệm vụ: ${single.notice.subject ?? noticeRef(single)}` : `Nhiệm vụ từ ${results.length} văn bản`),
    timezone: { name: null, generator: (tz) => (tz === TZID ? VTIMEZONE : null) },
  });
  for (const it of items) {
    const dl = it.task.deadline!;
    const date = dl.date!;
    const slot = dl.time ? [dl.time, addMinutes(dl.time, 30)] : dl.partOfDay ? PART_OF_DAY_SLOTS[dl.partOfDay] : null;
    const base = {
      id: taskUid(it),
      stamp: stampOf(it.result, date),
      summary: summaryOf(it),
      description: descriptionOf(it),
      categories: it.task.lead.map((e) => ({ name: e.name.replace(/\s*,\s*/g, " ") })),
      ...(dl.kind === "recurring" && dl.recurrence ? { repeating: FREQ[dl.recurrence] } : {}),
    };
    if (slot) {
      const start = zoned(date, slot[0]!);
      const end = zoned(date, slot[1]!);
      const ok = sameWallClock(start.local, date, slot[0]!) && sameWallClock(end.local, date, slot[1]!);
      cal.createEvent({ ...base, start: ok ? start.local : start.utc, end: ok ? end.local : end.utc, timezone: ok ? TZID : null });
    } else {
      const [y, m, d] = ymd(date);
      cal.createEvent({
        ...base, allDay: true, start: new Date(Date.UTC(y, m - 1, d)), end: new Date(Date.UTC(y, m - 1, d + 1)),
        transparency: ICalEventTransparency.TRANSPARENT,
      });
    }
  }
  return cal.toString() + "\r\n";
};
