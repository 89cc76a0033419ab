/**
 * What the human formats share: flattening results into items, the --unit filter, grouping,
 * Vietnamese dates and labels, days left. Pure functions, no I/O, no colour.
 */
import type { Deadline, Entity, NoticeResult, Task } from "../schema.js";
import { fold } from "../text/fold.js";

/** One task with the notice it came from. */
export interface Item {
  result: NoticeResult;
  task: Task;
  /** Position in the flattened input (notice order, then task order): the document order. */
  seq: number;
}

export type Status = "overdue" | "today" | "soon" | "later" | "none";

export interface Group {
  key: string;
  label: string;
  items: Item[];
}

/** Days within which a deadline counts as "soon" (yellow). */
export const SOON_DAYS = 7;

// ---------------------------------------------------------------- dates

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return [y, m, d];
}

/** Days from `from` to `to` (ISO dates), computed on the calendar (no time zone involved). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** The ISO date `n` days after `iso`. */
export function addDays(iso: string, n: number): string {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** 2025-04-15 → 15/4/2025 (the way dates are written in Vietnamese prose). */
export function viDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d}/${m}/${y}`;
}

/** 2025-04-15 → 15/4 (same year as `ref`) or 15/4/2025. */
export function viDateShort(iso: string, ref: string | null): string {
  const [y, m, d] = parts(iso);
  return ref && ref.slice(0, 4) === String(y) ? `${d}/${m}` : `${d}/${m}/${y}`;
}

const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
/** 2025-04-15 → Thứ Ba. */
export function viWeekday(iso: string): string {
  const [y, m, d] = parts(iso);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** "17:00" → "17h00" (Vietnamese style). */
export function viTime(time: string): string {
  return time.replace(":", "h");
}

const PART_OF_DAY: Record<NonNullable<Deadline["partOfDay"]>, string> = {
  morning: "sáng", noon: "trưa", afternoon: "chiều", evening: "tối",
};
const RECURRENCE: Record<NonNullable<Deadline["recurrence"]>, string> = {
  daily: "hằng ngày", weekly: "hằng tuần", monthly: "hằng tháng", quarterly: "hằng quý", yearly: "hằng năm",
};
const ROMAN = ["I", "II", "III", "IV"];

/** The period of a `within` deadline in words when it is a whole month, quarter or year. */
function periodLabel(start: string, end: string): string | null {
  const [ys, ms, ds] = parts(start);
  const [ye, me] = parts(end);
  if (ds !== 1 || ys !== ye || addDays(end, 1).slice(8) !== "01") return null;
  if (ms === 1 && me === 12) return `năm ${ye}`;
  if (ms === me) return `tháng ${me}/${ye}`;
  if (me - ms === 2 && (ms - 1) % 3 === 0) return `quý ${ROMAN[(ms - 1) / 3]}/${ye}`;
  if (ms === 1 && me === 6) return `6 tháng đầu năm ${ye}`;
  if (ms === 7 && me === 12) return `6 tháng cuối năm ${ye}`;
  return null;
}

/** A deadline in Vietnamese words: "trước 15/4/2025", "sáng 3/4/2025", "trong tháng 5/2025". */
export function deadlineLabel(dl: Deadline | null): string {
  if (!dl) return "";
  const when = (iso: string) => {
    const bits: string[] = [];
    if (dl.time) bits.push(viTime(dl.time));
    if (dl.partOfDay) bits.push(PART_OF_DAY[dl.partOfDay]);
    return (bits.length ? bits.join(" ") + " ngày " : "") + viDate(iso);
  };
  switch (dl.kind) {
    case "ongoing":
      return "thường xuyên";
    case "recurring": {
      const rec = dl.recurrence ? RECURRENCE[dl.recurrence] : "định kỳ";
      return dl.date ? `${rec} (lần đầu ${when(dl.date)})` : rec;
    }
    case "within": {
      if (!dl.date) return dl.text;
      const period = dl.start ? periodLabel(dl.start, dl.date) : null;
      if (period) return `trong ${period}`;
      return dl.start ? `từ ${viDate(dl.start)} đến ${when(dl.date)}` : `trong hạn đến ${when(dl.date)}`;
    }
    case "before":
      return dl.date ? `trước ${when(dl.date)}` : dl.text;
    case "by":
      return dl.date ? `chậm nhất ${when(dl.date)}` : dl.text;
    case "on":
      return dl.date ? (dl.time || dl.partOfDay ? when(dl.date) : `ngày ${viDate(dl.date)}`) : dl.text;
  }
}

/** The date a task is due, or null. */
export function dueDate(task: Task): string | null {
  return task.deadline?.date ?? null;
}

/** Where a task stands on `today`. */
export function statusOf(task: Task, today: string): Status {
  const date = dueDate(task);
  if (!date) return "none";
  const n = daysBetween(today, date);
  if (n < 0) return "overdue";
  if (n === 0) return "today";
  if (n <= SOON_DAYS) return "soon";
  return "later";
}

/** "Còn 13 ngày", "Hạn hôm nay", "Quá hạn 2 ngày", or "" for a task without a date. */
export function daysLeftLabel(task: Task, today: string): string {
  const date = dueDate(task);
  if (!date) return "";
  const n = daysBetween(today, date);
  if (n < 0) return `Quá hạn ${-n} ngày`;
  if (n === 0) return "Hạn hôm nay";
  return `Còn ${n} ngày`;
}

// ---------------------------------------------------------------- entities and notices

/** How an entity is written in a list for people: as the notice writes it (short, familiar). */
export function shortName(e: Entity): string {
  return e.mention.trim() || e.name;
}

export function entityList(list: Entity[], short = true): string {
  return list.map((e) => (short ? shortName(e) : e.name)).join("; ");
}

/** Words compared with --unit: folded, & = và, punctuation dropped, single spaces. */
function words(s: string): string {
  return ` ${fold(s).replace(/&/g, " va ").replace(/[^a-z0-9]+/g, " ").trim()} `;
}

/** --unit NAME: the entity's name, mention or id contains NAME as whole words (folded). */
export function entityMatches(e: Entity, name: string): boolean {
  const needle = words(name);
  if (needle.trim() === "") return false;
  if (e.id && fold(e.id) === fold(name.trim())) return true;
  return words(e.name).includes(needle) || words(e.mention).includes(needle);
}

/**
 * The --unit filter: a task matches when a lead or collaborator matches NAME, or carries the
 * registry id of an entity that matches it anywhere in the input (so "QLKH&CN" also finds the
 * task that wrote "Phòng QLKHCCN", when the registry resolved both to one id).
 */
export function unitFilter(tasks: Task[], name: string): (task: Task) => boolean {
  const ids = new Set<string>();
  for (const t of tasks) for (const e of [...t.lead, ...t.collaborators]) if (e.id && entityMatches(e, name)) ids.add(e.id);
  return (task) => [...task.lead, ...task.collaborators].some((e) => entityMatches(e, name) || (e.id !== null && ids.has(e.id)));
}

/** "12/TB-UBND" or "TB-SKHCCN" (number left blank) or null. */
export function noticeNumber(r: NoticeResult): string | null {
  const { number, symbol } = r.notice;
  if (number && symbol) return `${number}/${symbol}`;
  return number ?? symbol ?? null;
}

/** The file name of a path, for a notice without number and symbol. */
export function baseName(path: string | null): string {
  if (!path) return "<stdin>";
  return path.split(/[\\/]/).pop() || path;
}

/** A short reference to a notice: "TB 12/TB-UBND ngày 1/4/2025", or its file name. */
export function noticeRef(r: NoticeResult): string {
  const num = noticeNumber(r);
  const date = r.notice.date ? viDate(r.notice.date) : null;
  if (!num && !date) return baseName(r.source.path);
  const head = num ? (r.notice.number ? `Số ${num}` : num) : baseName(r.source.path);
  return date ? `${head} ngày ${date}` : head;
}

/** "Thông báo … ngày 1/4/2025" style heading of one notice: type + number, place and date. */
export function noticeTitle(r: NoticeResult): string {
  const bits: string[] = [];
  const type = r.notice.type ? capitalise(r.notice.type) : null;
  const num = noticeNumber(r);
  bits.push([type, num ? (r.notice.number ? `số ${num}` : num) : null].filter(Boolean).join(" ") || baseName(r.source.path));
  const where = [r.notice.place, r.notice.date ? `ngày ${viDate(r.notice.date)}` : null].filter(Boolean).join(", ");
  if (where) bits.push(where);
  return bits.join(" · ");
}

/** THÔNG BÁO → Thông báo. */
export function capitalise(s: string): string {
  const lower = s.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

// ---------------------------------------------------------------- items and groups

export interface SelectOptions {
  unit?: string;
  /** "document" (default): notice then task order; "deadline": by due date, undated last. */
  order?: "document" | "deadline";
}

/** Flatten the results into items, apply --unit, order them. */
export function selectItems(results: NoticeResult[], opts: SelectOptions = {}): Item[] {
  let seq = 0;
  const items: Item[] = [];
  for (const result of results) for (const task of result.tasks) items.push({ result, task, seq: seq++ });
  const match = opts.unit ? unitFilter(items.map((it) => it.task), opts.unit) : null;
  const kept = match ? items.filter((it) => match(it.task)) : items;
  if (opts.order === "deadline") kept.sort(byDeadline);
  return kept;
}

/** Due date ascending, undated last, then document order. */
export function byDeadline(a: Item, b: Item): number {
  const da = dueDate(a.task), db = dueDate(b.task);
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  return a.seq - b.seq;
}

/** The lead of a task as one key + label (co-leads together: the task is theirs jointly). */
function leadKey(task: Task): { key: string; label: string } {
  if (task.lead.length === 0) return { key: "", label: "Chưa rõ đơn vị chủ trì" };
  return {
    key: task.lead.map((e) => e.id ?? `${e.kind}:${words(e.name).trim()}`).join("+"),
    label: task.lead.map((e) => e.name).join(" + "),
  };
}

function sectionKey(it: Item): { key: string; label: string } {
  const { path, title } = it.task.section;
  const head = path[0] ?? "";
  const num = head ? `Mục ${head}` : "Phần chung";
  return { key: head, label: title ? `${num}. ${title}` : num };
}

/**
 * Group items in order of first appearance (items are already ordered). Unit groups are keyed by
 * registry id (else kind + folded name), so "Phòng QLKHCCN" and "Phòng QLKH&CN" fall together when
 * the registry knows both; the label adds the most frequent short mention when it differs.
 */
export function groupItems(items: Item[], by: "unit" | "deadline" | "section" = "unit", multiNotice = false): Group[] {
  const groups = new Map<string, Group>();
  const mentions = new Map<string, Map<string, number>>();
  for (const it of items) {
    let key: string, label: string;
    if (by === "unit") ({ key, label } = leadKey(it.task));
    else if (by === "section") {
      ({ key, label } = sectionKey(it));
      if (multiNotice) { key = `${it.result.source.path}#${key}`; label = `${noticeRef(it.result)} · ${label}`; }
    } else {
      const date = dueDate(it.task);
      if (date) { key = date; label = `${viWeekday(date)} ${viDate(date)}`; }
      else if (it.task.deadline?.kind === "ongoing") { key = "~ongoing"; label = "Thường xuyên"; }
      else { key = "~none"; label = "Không có hạn"; }
    }
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label: label.charAt(0).toLocaleUpperCase("vi") + label.slice(1), items: [] }));
    g.items.push(it);
    if (by === "unit" && it.task.lead.length === 1) {
      const m = shortName(it.task.lead[0]!);
      const counts = mentions.get(key) ?? new Map<string, number>();
      counts.set(m, (counts.get(m) ?? 0) + 1);
      mentions.set(key, counts);
    }
  }
  const out = [...groups.values()];
  if (by === "deadline") out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (by === "unit")
    for (const g of out) {
      const counts = mentions.get(g.key);
      if (!counts) continue;
      let best = "", n = 0;
      for (const [m, c] of counts) if (c > n) { best = m; n = c; }
      if (!best || words(g.label).includes(words(best))) continue;
      g.label = words(best).includes(words(g.label)) ? best : `${g.label} (${best})`;
    }
  return out;
}

/** Counts for a summary line. */
export function summarise(items: Item[], today: string): { total: number; dated: number; overdue: number; soon: number; urgent: number } {
  let dated = 0, overdue = 0, soon = 0, urgent = 0;
  for (const it of items) {
    const s = statusOf(it.task, today);
    if (s !== "none") dated++;
    if (s === "overdue") overdue++;
    if (s === "today" || s === "soon") soon++;
    if (it.task.urgent) urgent++;
  }
  return { total: items.length, dated, overdue, soon, urgent };
}

/** Show the source notice of each task: several notices, or asked for (agenda). */
export function showOrigin(results: NoticeResult[], origin?: boolean): boolean {
  return origin ?? results.length > 1;
}

/** "mục 5.2 · TB-SKHCCN ngày 1/4/2025" */
export function originLabel(it: Item): string {
  return `${noticeRef(it.result)}, mục ${it.task.id}`;
}
