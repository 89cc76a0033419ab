/**
 * The working-day calendar: Saturday and Sunday off, Vietnamese public holidays from
 * grammars/holidays.yaml (validated with zod), lunar holidays converted offline, make-up working
 * days as announced. A user calendar of the same shape is merged over the built-in one.
 */
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { addDays, fromIso, toIso, weekday, isoToDayNumber, dayNumberToIso, isValidYmd } from "./iso.js";
import { lunarToSolar } from "./lunar.js";

export interface WorkCalendar {
  isWorkingDay(iso: string): boolean;
  /** The n-th working day after `iso` (n ≥ 1), or `iso` itself for n = 0. */
  addWorkingDays(iso: string, n: number): string;
}

const MonthDay = z.string().regex(/^\d{2}-\d{2}$/);
const Iso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => {
  const { y, m, d } = fromIso(s);
  return isValidYmd(y, m, d);
}, "not a calendar date");
const Holiday = z.union([
  z.object({ date: Iso, name: z.string() }).strict(),
  z.object({ from: Iso, to: Iso, name: z.string() }).strict(),
]);
const YearSchema = z.object({ holidays: z.array(Holiday).default([]), workdays: z.array(Iso).default([]) }).strict();
export const HolidaysSchema = z
  .object({
    fixed: z.array(z.object({ date: MonthDay, name: z.string() }).strict()).default([]),
    lunar: z.array(z.object({ date: MonthDay, name: z.string() }).strict()).default([]),
    tet: z.object({ before: z.number().int().min(0), after: z.number().int().min(0) }).strict().optional(),
    years: z.record(z.string().regex(/^\d{4}$/), YearSchema).default({}),
  })
  .strict();
export type HolidaysData = z.infer<typeof HolidaysSchema>;

function parseHolidays(text: string, source: string): HolidaysData {
  const raw = parseYaml(text) ?? {};
  const res = HolidaysSchema.safeParse(raw);
  if (!res.success) throw new Error(`${source}: lịch ngày nghỉ không hợp lệ: ${res.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return res.data;
}

let builtinText: string | null = null;
function readBuiltin(): string {
  builtinText ??= readFileSync(new URL("../../grammars/holidays.yaml", import.meta.url), "utf8");
  return builtinText;
}

function expand(h: z.infer<typeof Holiday>): string[] {
  if ("date" in h) return [h.date];
  const out: string[] = [];
  for (let n = isoToDayNumber(h.from); n <= isoToDayNumber(h.to); n++) out.push(dayNumberToIso(n));
  return out;
}

const isWeekend = (iso: string) => {
  const w = weekday(iso);
  return w === 0 || w === 6;
};

/** Days off of a year not announced in the data: the law's rules, with compensatory days. */
function computedYear(data: HolidaysData, y: number): string[] {
  const days: string[] = [];
  const push = (iso: string) => {
    // a holiday on a weekend gives the next weekday off (skipping other holidays)
    let d = iso;
    while (isWeekend(d) || days.includes(d)) d = addDays(d, 1);
    days.push(d);
  };
  for (const f of data.fixed) push(`${y}-${f.date}`);
  for (const l of data.lunar) {
    const [m, d] = l.date.split("-").map(Number);
    const s = lunarToSolar(d!, m!, y);
    if (s) push(s);
  }
  const tet = lunarToSolar(1, 1, y)!;
  const { before, after } = data.tet ?? { before: 1, after: 4 };
  for (let i = -before; i < after; i++) days.push(addDays(tet, i));
  // 2/9 with one adjacent day, chosen to join a weekend
  const w = weekday(`${y}-09-02`);
  days.push(w === 1 || w === 4 ? `${y}-09-03` : `${y}-09-01`);
  return days;
}

function build(data: HolidaysData): WorkCalendar {
  const off = new Map<number, Set<string>>();
  const work = new Set<string>();
  for (const [, yd] of Object.entries(data.years)) for (const w of yd.workdays) work.add(w);
  const yearSet = (y: number): Set<string> => {
    let s = off.get(y);
    if (s) return s;
    const announced = data.years[String(y)];
    if (announced) {
      s = new Set<string>();
      for (const f of data.fixed) if (["01-01", "04-30", "05-01", "09-02"].includes(f.date)) s.add(`${y}-${f.date}`);
      for (const h of announced.holidays) for (const d of expand(h)) s.add(d);
    } else s = new Set(computedYear(data, y));
    off.set(y, s);
    return s;
  };
  const isWorkingDay = (iso: string): boolean => {
    if (work.has(iso)) return true;
    if (isWeekend(iso)) return false;
    return !yearSet(fromIso(iso).y).has(iso);
  };
  return {
    isWorkingDay,
    addWorkingDays(iso, n) {
      let d = iso;
      let left = n;
      while (left > 0) {
        d = addDays(d, 1);
        if (isWorkingDay(d)) left--;
      }
      return d;
    },
  };
}

function merge(a: HolidaysData, b: HolidaysData): HolidaysData {
  const years = { ...a.years };
  for (const [y, yd] of Object.entries(b.years)) {
    const base = years[y];
    years[y] = base
      ? { holidays: [...base.holidays, ...yd.holidays], workdays: [...base.workdays, ...yd.workdays] }
      : yd;
  }
  return { fixed: [...a.fixed, ...b.fixed], lunar: [...a.lunar, ...b.lunar], tet: b.tet ?? a.tet, years };
}

let builtin: WorkCalendar | null = null;

/** The built-in calendar, plus a user-supplied one (same YAML shape) when given. */
export function loadCalendar(extraYamlText?: string): WorkCalendar {
  if (!extraYamlText) {
    builtin ??= build(parseHolidays(readBuiltin(), "grammars/holidays.yaml"));
    return builtin;
  }
  const base = parseHolidays(readBuiltin(), "grammars/holidays.yaml");
  return build(merge(base, parseHolidays(extraYamlText, "lịch người dùng")));
}

export { toIso };
