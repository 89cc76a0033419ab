/**
 * The deadline engine: every way a Vietnamese notice states time, resolved to dates a tracker can use.
 *
 *   findDeadlines(text, { noticeDate: "2025-04-01" })  →  { deadlines, ignored, issues }
 *
 * Order of work: the family finders that own whole phrases (time limits counted from an event,
 * recurring duties, ongoing duties, event-relative deadlines) run first; then chrono (a
 * `chrono.vi.strict` clone with this folder's parsers, ./engine.ts) finds date, time and period
 * mentions outside them; a time and a date next to each other become one mention, `từ ngày A đến
 * ngày B` a period; each mention is then either ignored with a reason (./context.ts) or typed by
 * the words before it (./boundary.ts) and resolved against the notice's date.
 * All dates are built from components (./iso.ts); nothing depends on the process time zone.
 */
import type { Deadline, DeadlineKind } from "../schema.js";
import type { Atom, Found, PartOfDay } from "./atoms.js";
import { findAtoms } from "./engine.js";
import { readBoundary } from "./boundary.js";
import {
  isCitedDocument, isEffectiveOrCutoff, isMeeting, isMetadata, isNamedPeriod, isNarrative,
  isPlaceDate, isPlanPeriod, isReportingPeriod, isTimestamp,
} from "./context.js";
import { findRelative, SELF_EVENT } from "./relative.js";
import { findRecurring, firstOccurrence } from "./recurring.js";
import { findOngoing } from "./ongoing.js";
import { findEvents } from "./event.js";
import { findWeekdays, weekdayDate } from "./weekday.js";
import { PART_OF_DAY } from "./time.js";
import { loadCalendar, type WorkCalendar } from "./calendar.js";
import { addDays, addMonths, daysInMonth, isValidYmd, lastDayOfMonth, toIso } from "./iso.js";
import { lunarToSolar } from "./lunar.js";
import { emptyDeadline, type Candidate, type DeadlineFinding, type DeadlineIssue, type Ignored } from "./types.js";

export type { WorkCalendar } from "./calendar.js";
export { loadCalendar } from "./calendar.js";
export type { DeadlineFinding, DeadlineIssue } from "./types.js";
export { lunarToSolar, solarToLunar, tetOf } from "./lunar.js";

export interface DeadlineContext {
  /** The notice's own date (ISO YYYY-MM-DD), or null when unknown (news article, blank date). */
  noticeDate: string | null;
  /** Working-day calendar; default: the built-in one from grammars/holidays.yaml. */
  calendar?: WorkCalendar;
}
export interface DeadlineScan {
  deadlines: DeadlineFinding[];
  ignored: Array<{ start: number; end: number; text: string; reason: string }>;
  issues: DeadlineIssue[];
}

const fmtDate = (d: number, m: number, y: number | null) => `${d}/${m}${y === null ? "" : `/${y}`}`;

interface Scan {
  text: string;
  ctx: DeadlineContext;
  noticeYear: number | null;
  cell: boolean;
  candidates: Candidate[];
  ignored: Ignored[];
  issues: DeadlineIssue[];
}

function ignore(s: Scan, start: number, end: number, reason: string): void {
  s.ignored.push({ start, end, text: s.text.slice(start, end), reason });
}

/** Year for a day and month without one: the notice's year, rolled forward when already past. */
function inferYear(s: Scan, m: number, d: number, start: number, end: number): number | null {
  if (!s.ctx.noticeDate || s.noticeYear === null) {
    s.issues.push({
      start, end, rule: "yearless-date", severity: "warning",
      message: `Ngày không có năm: ${fmtDate(d, m, null)} (văn bản không có ngày ban hành để suy ra năm)`,
    });
    return null;
  }
  const y = s.noticeYear;
  return toIso(y, m, Math.min(d, daysInMonth(y, m))) < s.ctx.noticeDate ? y + 1 : y;
}

function invalid(s: Scan, d: number, m: number, y: number | null, start: number, end: number): void {
  const max = daysInMonth(y ?? 2024, m);
  const why = m === 2 && d === 29 ? `năm ${y} không nhuận, tháng 2 chỉ có 28 ngày` : `tháng ${m} chỉ có ${max} ngày`;
  s.issues.push({ start, end, rule: "invalid-date", severity: "error", message: `Ngày không hợp lệ: ${fmtDate(d, m, y)} (${why})` });
}

function push(s: Scan, start: number, end: number, d: Partial<Omit<Deadline, "text">> & { kind: DeadlineKind }): void {
  s.candidates.push({ start, end, deadline: { ...emptyDeadline(), ...d }, issues: [] });
}

const inside = (f: Found, c: { start: number; end: number }) => f.start < c.end && f.end > c.start;

// ---------------------------------------------------------------- families that own whole phrases

function scanRelative(s: Scan, atoms: Found[], from: number, to: number, cal: () => WorkCalendar): void {
  for (const r of findRelative(s.text, from, to)) {
    let base: string | null = null;
    let event = r.event;
    let known = true;
    const dateAtom = atoms.find((a) => a.atom.type === "date" && a.start >= r.eventStart - 6 && a.start <= r.eventStart + 2);
    let end = r.end;
    if (dateAtom && dateAtom.atom.type === "date") {
      const a = dateAtom.atom;
      const y = a.y ?? inferYear(s, a.m, a.d, dateAtom.start, dateAtom.end);
      base = y !== null && isValidYmd(y, a.m, a.d) ? toIso(y, a.m, a.d) : null;
      end = Math.max(end, dateAtom.end);
      event = s.text.slice(r.eventStart - (r.event && /^(?:ngày|khi)/iu.test(r.event) ? 0 : 0), end).trim() || event;
    } else if (event === null || SELF_EVENT.test(event.replace(/^(?:ngày|khi)\s*/iu, ""))) {
      base = s.ctx.noticeDate;
      if (!base) s.issues.push({ start: r.start, end, rule: "no-notice-date", severity: "info", message: `Thời hạn tính từ ngày của văn bản nhưng văn bản không có ngày: ${s.text.slice(r.start, end)}` });
    } else known = false;
    let date: string | null = null;
    if (known && base) {
      if (r.unit === "workday") date = cal().addWorkingDays(base, r.n);
      else if (r.unit === "day") date = addDays(base, r.n);
      else if (r.unit === "week") date = addDays(base, 7 * r.n);
      else date = addMonths(base, r.unit === "month" ? r.n : 12 * r.n);
    }
    push(s, r.start, end, { kind: "by", date, event });
  }
}

function scanFamilies(s: Scan, atoms: Found[], from: number, to: number, cal: () => WorkCalendar): void {
  scanRelative(s, atoms, from, to, cal);
  for (const r of findRecurring(s.text, from, to)) {
    push(s, r.start, r.end, { kind: "recurring", recurrence: r.recurrence, date: firstOccurrence(r, s.ctx.noticeDate) });
  }
  for (const o of findOngoing(s.text, from, to)) {
    if (o.ignored) ignore(s, o.start, o.end, o.ignored);
    else push(s, o.start, o.end, { kind: "ongoing" });
  }
  for (const e of findEvents(s.text, from, to)) push(s, e.start, e.end, { kind: e.kind, event: e.event });
  for (const w of findWeekdays(s.text, from, to)) {
    const date = weekdayDate(w, s.ctx.noticeDate);
    if (!date) s.issues.push({ start: w.start, end: w.end, rule: "no-notice-date", severity: "info", message: `Thời hạn theo thứ trong tuần nhưng văn bản không có ngày: ${s.text.slice(w.start, w.end)}` });
    push(s, w.start, w.end, { kind: w.kind, date, time: w.time, partOfDay: w.partOfDay ? PART_OF_DAY[w.partOfDay] ?? null : null });
  }
}

// ---------------------------------------------------------------- date, time and period mentions

interface Unit {
  start: number;
  end: number;
  main: Found;
  /** the end of a `từ … đến …` range */
  to?: Found;
  time?: Extract<Atom, { type: "time" }>;
}

function groupUnits(text: string, atoms: Found[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const next = atoms[i + 1];
    const gap = next ? text.slice(a.end, next.start) : "";
    if (a.atom.type === "time") {
      if (next && next.atom.type === "date" && /^[\s,]*(?:(?:vào\s*)?(?:buổi\s*)?(?:sáng|trưa|chiều|tối)\s*)?[\s,]*$/iu.test(gap)) {
        const pod = /(sáng|trưa|chiều|tối)/iu.exec(gap);
        const t = { ...a.atom };
        if (pod && !t.partOfDay) {
          t.partOfDay = ({ sáng: "morning", trưa: "noon", chiều: "afternoon", tối: "evening" } as Record<string, PartOfDay>)[pod[1]!.toLowerCase()]!;
          if ((t.partOfDay === "afternoon" || t.partOfDay === "evening") && t.hh < 12) t.hh += 12;
        }
        units.push({ start: a.start, end: next.end, main: next, time: t });
        i++;
      }
      continue;
    }
    if (a.atom.type === "date") {
      const u: Unit = { start: a.start, end: a.end, main: a };
      if (next && next.atom.type === "time" && /^\s*,?\s*(?:lúc|vào\s*lúc)?\s*$/iu.test(gap) && !/\d{1,2}:\d{2}/.test(text.slice(next.start, next.end))) {
        u.time = next.atom;
        u.end = next.end;
        i++;
      } else if (next && next.atom.type === "date" && /^\s*(?:đến|tới|-|–)\s*(?:hết\s*)?(?:ngày\s*)?$/iu.test(gap)) {
        const left = text.slice(Math.max(0, a.start - 8), a.start);
        const tu = /từ\s*(?:ngày\s*)?$/iu.exec(left);
        if (tu) {
          u.start = a.start - (left.length - tu.index);
          u.to = next;
          u.end = next.end;
          i++;
        }
      }
      units.push(u);
      continue;
    }
    units.push({ start: a.start, end: a.end, main: a });
  }
  return units;
}

function periodBounds(a: Atom, y: number): [string, string] | null {
  switch (a.type) {
    case "month": return [toIso(y, a.m, 1), lastDayOfMonth(y, a.m)];
    case "quarter": return [toIso(y, 3 * a.q - 2, 1), lastDayOfMonth(y, 3 * a.q)];
    case "half": return a.h === 1 ? [toIso(y, 1, 1), toIso(y, 6, 30)] : [toIso(y, 7, 1), toIso(y, 12, 31)];
    case "year":
      if (a.part === "end") return [toIso(y, 10, 1), toIso(y, 12, 31)];
      if (a.part === "start") return [toIso(y, 1, 1), toIso(y, 3, 31)];
      if (a.part === "mid") return [toIso(y, 5, 1), toIso(y, 7, 31)];
      return [toIso(y, 1, 1), toIso(y, 12, 31)];
    default: return null;
  }
}

function classifyDate(s: Scan, u: Unit): void {
  const { text } = s;
  const a = u.main.atom as Extract<Atom, { type: "date" }>;
  const mention = text.slice(u.start, u.end);
  const left = text.slice(Math.max(0, u.start - 120), u.start);
  const b = readBoundary(left);
  const reason =
    isCitedDocument(left) ? "cited-document"
    : isMetadata(left) ? "metadata"
    : isTimestamp(text, u.start, u.end) && !b.kind ? "timestamp"
    : isPlaceDate(left) ? "place-date"
    : isNarrative(text, u.start, mention) ? "narrative"
    : !b.kind && isMeeting(left) ? "meeting"
    : isEffectiveOrCutoff(left) ? "effective-or-cutoff"
    : u.to && isReportingPeriod(left) ? "reporting-period"
    : b.cancel ? "start-date"
    : null;
  if (reason) return ignore(s, u.start, u.end, reason);
  // `09/09`, `15/20`: a bare day/month pair counts only with `ngày` or a boundary word
  if (a.y === null && !a.ngay && !b.kind && !s.cell) return;
  const start = u.start - b.length;
  const time = u.time ? `${String(u.time.hh).padStart(2, "0")}:${String(u.time.mm).padStart(2, "0")}` : null;
  const partOfDay = u.time?.partOfDay ?? b.partOfDay;
  const resolve = (x: Extract<Atom, { type: "date" }>, f: Found, yFallback: number | null): string | null => {
    if (!x.valid) {
      invalid(s, x.d, x.m, x.y, f.start, f.end);
      return null;
    }
    const y = x.y ?? yFallback ?? inferYear(s, x.m, x.d, f.start, f.end);
    return y === null ? null : toIso(y, x.m, x.d);
  };
  if (u.to && u.to.atom.type === "date") {
    const to = u.to.atom;
    const endDate = resolve(to, u.to, a.y);
    const startDate = resolve(a, u.main, to.y !== null ? (a.m > to.m ? to.y - 1 : to.y) : null);
    return push(s, start, u.end, { kind: "within", start: startDate, date: endDate });
  }
  const kind: DeadlineKind = b.kind ?? (s.cell ? "by" : "on");
  push(s, start, u.end, { kind, date: resolve(a, u.main, null), time, partOfDay });
}

function classifyPeriod(s: Scan, u: Unit): void {
  const { text } = s;
  const a = u.main.atom;
  const left = text.slice(Math.max(0, u.start - 120), u.start);
  const b = readBoundary(left);
  if (a.type === "range") {
    if (isCitedDocument(left)) return ignore(s, u.start, u.end, "cited-document");
    if (isReportingPeriod(left)) return ignore(s, u.start, u.end, "reporting-period");
    const y2 = a.to.y ?? inferYear(s, a.to.m, a.to.d, u.start, u.end);
    const y1 = a.from.y ?? (y2 !== null && a.from.m > a.to.m ? y2 - 1 : y2);
    return push(s, u.start - b.length, u.end, {
      kind: "within", start: y1 === null ? null : toIso(y1, a.from.m, a.from.d), date: y2 === null ? null : toIso(y2, a.to.m, a.to.d),
    });
  }
  if (a.type === "lunar") {
    const prev = text.slice(Math.max(0, u.start - 3), u.start);
    if (/[(\[]\s*$/u.test(prev) && /\d\s*[(\[]\s*$/u.test(text.slice(Math.max(0, u.start - 6), u.start))) return ignore(s, u.start, u.end, "lunar-gloss");
    let date: string | null = null;
    if (a.y !== null) date = lunarToSolar(a.d, a.m, a.y);
    else if (s.ctx.noticeDate && s.noticeYear !== null) {
      date = lunarToSolar(a.d, a.m, s.noticeYear);
      if (date && date < s.ctx.noticeDate) date = lunarToSolar(a.d, a.m, s.noticeYear + 1);
    } else s.issues.push({ start: u.start, end: u.end, rule: "yearless-date", severity: "warning", message: `Ngày âm lịch không có năm: ${text.slice(u.start, u.end)}` });
    return push(s, u.start - b.length, u.end, { kind: b.kind ?? "on", date, partOfDay: b.partOfDay });
  }
  if (a.type === "time") return;
  // periods: month, quarter, half, year, years
  if (isCitedDocument(left)) return ignore(s, u.start, u.end, "cited-document");
  if (isPlaceDate(left)) return ignore(s, u.start, u.end, "place-date");
  if (a.type === "years") {
    if (!s.cell) return ignore(s, u.start, u.end, "named-period");
    return push(s, u.start - b.length, u.end, { kind: "within", start: toIso(a.y1, 1, 1), date: toIso(a.y2, 12, 31) });
  }
  if (a.type === "year" && a.bare && !s.cell) return;
  const cellBare = s.cell && (a.type !== "year" || a.bare || true) && /^[\s|*:]*$/u.test(left.split("\n").pop()!.split("|").pop()!);
  if (b.cancel) return ignore(s, u.start, u.end, "start-date");
  if (a.type === "year" && !cellBare) {
    const ok = a.part !== null ? !isNamedPeriod(left) && !isPlanPeriod(left) : b.kind !== null && !/^(?:đến|tới)/u.test(b.word ?? "");
    if (!ok) return ignore(s, u.start, u.end, isNamedPeriod(left) ? "named-period" : isPlanPeriod(left) ? "plan-period" : "year-name");
  } else if (!b.kind && !cellBare) {
    if (isPlanPeriod(left)) return ignore(s, u.start, u.end, "plan-period");
    if (isReportingPeriod(left)) return ignore(s, u.start, u.end, "reporting-period");
    if (isNamedPeriod(left)) return ignore(s, u.start, u.end, "named-period");
  }
  let y = "y" in a ? a.y : null;
  if (y === null) {
    if (!s.ctx.noticeDate || s.noticeYear === null) {
      s.issues.push({ start: u.start, end: u.end, rule: "yearless-date", severity: "warning", message: `Thời hạn không có năm: ${text.slice(u.start, u.end)} (văn bản không có ngày ban hành để suy ra năm)` });
    } else {
      y = s.noticeYear;
      const bounds = periodBounds(a, y);
      if (bounds && bounds[1] < s.ctx.noticeDate) y++;
    }
  }
  const bounds = y === null ? null : periodBounds(a, y);
  const kind: DeadlineKind = b.kind === "before" ? "before" : b.kind === "by" ? "by" : "within";
  const start = u.start - b.length;
  if (kind === "before") return push(s, start, u.end, { kind, date: bounds ? bounds[0] : null });
  if (kind === "by") return push(s, start, u.end, { kind, date: bounds ? bounds[1] : null });
  push(s, start, u.end, { kind, start: bounds ? bounds[0] : null, date: bounds ? bounds[1] : null });
}

// ---------------------------------------------------------------- the scan

/** Scan text[range.start, range.end) (default: all of it). Offsets returned are absolute offsets into `text`.
 *  With range.cell = true the text is a table cell under a time column ("Thời gian", "Thời hạn"), where a bare
 *  year "2022", a range "2022-2030" or "2024 - 2026", "Quý II/2023" is a period (within, start = first day, date = last day). */
export function findDeadlines(text: string, ctx: DeadlineContext, range?: { start: number; end: number; cell?: boolean }): DeadlineScan {
  const from = Math.max(0, Math.min(range?.start ?? 0, text.length));
  const to = Math.max(from, Math.min(range?.end ?? text.length, text.length));
  const noticeDate = ctx.noticeDate && /^\d{4}-\d{2}-\d{2}$/.test(ctx.noticeDate) ? ctx.noticeDate : null;
  const s: Scan = {
    text, ctx: { ...ctx, noticeDate }, noticeYear: noticeDate ? parseInt(noticeDate.slice(0, 4), 10) : null,
    cell: !!range?.cell, candidates: [], ignored: [], issues: [],
  };
  let calendar = ctx.calendar ?? null;
  const cal = () => (calendar ??= loadCalendar());
  const atoms = findAtoms(text.slice(from, to), s.noticeYear, s.cell).map((f) => ({ ...f, start: f.start + from, end: f.end + from }));
  scanFamilies(s, atoms, from, to, cal);
  const owned = s.candidates.map((c) => ({ start: c.start, end: c.end }));
  const free = atoms.filter((a) => !owned.some((c) => inside(a, c)));
  for (const u of groupUnits(text, free)) {
    if (u.main.atom.type === "date") classifyDate(s, u);
    else classifyPeriod(s, u);
  }
  // one deadline per stretch of text: the earliest, then the longest
  const sorted = s.candidates
    .map((c) => ({ ...c, start: Math.max(c.start, from), end: Math.min(c.end, to) }))
    .sort((x, y) => x.start - y.start || y.end - x.end);
  let deadlines: DeadlineFinding[] = [];
  for (const c of sorted) {
    const prev = deadlines[deadlines.length - 1];
    if (prev && c.start < prev.end) continue;
    // "tháng 6 và tháng 7/2025", "quý II, quý III/2025": periods next to each other are one period.
    const gap = prev ? text.slice(prev.end, c.start) : "";
    if (prev && prev.deadline.kind === "within" && c.deadline.kind === "within" && /^\s*(?:và|,|-|–|đến|tới)\s*$/u.test(gap) && prev.deadline.start && c.deadline.date && prev.deadline.start <= c.deadline.date) {
      deadlines[deadlines.length - 1] = { start: prev.start, end: c.end, deadline: { ...prev.deadline, date: c.deadline.date, text: text.slice(prev.start, c.end) } };
      continue;
    }
    deadlines.push({ start: c.start, end: c.end, deadline: { ...c.deadline, text: text.slice(c.start, c.end) } });
  }
  // Dates in parentheses after "kỷ niệm …" (26/3/1931 - 26/3/2025) are what is celebrated, not deadlines.
  deadlines = deadlines.filter((f) => {
    const open = text.lastIndexOf("(", f.start);
    if (open < 0 || text.lastIndexOf(")", f.start) > open || f.start - open > 40) return true;
    if (!/(kỷ\s*niệm|thành\s*lập|ngày\s*sinh|năm\s*ngày|ra\s*đời)[^.;()]{0,80}$/iu.test(text.slice(Math.max(0, open - 100), open))) return true;
    s.ignored.push({ start: f.start, end: f.end, text: f.deadline.text, reason: "anniversary" });
    return false;
  });
  // A date years before the notice (an anniversary, a founding date) is history, not a deadline.
  if (noticeDate) {
    const floor = `${parseInt(noticeDate.slice(0, 4), 10) - 1}${noticeDate.slice(4)}`;
    deadlines = deadlines.filter((f) => {
      const d = f.deadline.date ?? f.deadline.start;
      if (!d || d >= floor || f.deadline.kind === "recurring" || f.deadline.kind === "ongoing") return true;
      s.ignored.push({ start: f.start, end: f.end, text: f.deadline.text, reason: "historical-date" });
      return false;
    });
  }
  for (const f of deadlines) {
    const d = f.deadline;
    if (noticeDate && d.date && d.date < noticeDate && d.kind !== "recurring" && d.kind !== "ongoing") {
      s.issues.push({
        start: f.start, end: f.end, rule: "deadline-before-notice", severity: "warning",
        message: `Thời hạn ${d.date} trước ngày ban hành văn bản ${noticeDate}: ${d.text}`,
      });
    }
  }
  s.issues.sort((x, y) => x.start - y.start || x.rule.localeCompare(y.rule));
  s.ignored.sort((x, y) => x.start - y.start);
  return { deadlines, ignored: s.ignored, issues: s.issues };
}
