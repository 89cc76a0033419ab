/** A task being assembled, and look-ups over the deadlines of the body. */
import type { Block, HeaderInfo, Line, Range } from "../model.js";
import type { Deadline, Notice } from "../schema.js";
import type { SourceText } from "../text/source.js";
import type { Registry } from "../units/registry.js";
import type { DiagnosticBag } from "../diagnostics.js";
import type { DeadlineFinding, WorkCalendar } from "../deadline/index.js";
import type { Mention } from "./entities.js";

export interface TaskContext {
  source: SourceText;
  lines: Line[];
  blocks: Block[];
  header: HeaderInfo;
  notice: Notice;
  registry: Registry;
  diagnostics: DiagnosticBag;
  body: Range;
  calendar?: WorkCalendar;
}

export interface Draft {
  start: number;
  end: number;
  lead: Mention[];
  /** Where what-to-do starts (after the actor words). */
  predStart: number;
  block: Block;
  sectionBlock: Block | null;
  subject: string | null;
  /** A deadline carried by a later sentence or paragraph. */
  carried: Deadline | null;
  /** Deadline taken from a table cell. */
  cellDeadline?: Deadline | null;
  action?: string;
  /** Collaborators of a table row (their own column). */
  collabs?: Mention[];
  /** Collaborators named by the intro the task's actor comes from ("X chủ trì, phối hợp với Y:"). */
  inheritedCollabs?: Mention[];
}

/** Deadlines (sorted by start) that start in [start, end): binary search. */
export function deadlinesIn(deadlines: readonly DeadlineFinding[], start: number, end: number): readonly DeadlineFinding[] {
  let lo = 0, hi = deadlines.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (deadlines[mid]!.start < start) lo = mid + 1; else hi = mid; }
  let e = lo;
  while (e < deadlines.length && deadlines[e]!.start < end) e++;
  return deadlines.slice(lo, e);
}

/** Is [start, end) inside one of the spans (sorted by start, not nested)? */
export function isCovered(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let lo = 0, hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid]![0] <= start) lo = mid + 1; else hi = mid; }
  for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) if (start >= spans[k]![0] && end <= spans[k]![1]) return true;
  return false;
}

export function hasOwnDeadline(d: Draft, deadlines: readonly DeadlineFinding[]): boolean {
  return deadlinesIn(deadlines, d.start, d.end).length > 0;
}

/** The task's deadline: the first one with a date, else the first one (dateless: "sau khi Luật … ban hành"). */
export function firstDeadline(d: Draft, deadlines: readonly DeadlineFinding[]): Deadline | null {
  const own = deadlinesIn(deadlines, d.start, d.end);
  // A dated deadline first ("truyền số liệu liên tục …, chậm nhất ngày 30/9"), then a recurring, then an ongoing one.
  let f = own.find((x) => x.deadline.date && x.deadline.kind !== "recurring") ?? own.find((x) => x.deadline.kind === "recurring") ?? own.find((x) => x.deadline.kind === "ongoing") ?? own[0];
  // "tạm ứng kinh phí … quý I năm 2026 cho các cơ sở trước ngày 15/01/2026": a bare period names what, a
  // boundary word names when.
  if (f && f.deadline.kind === "within" && !/^(?:trong|hoàn thành|định kỳ|sang|ngay)/iu.test(f.deadline.text)) {
    const bounded = own.find((x) => x !== f && x.deadline.date && /^(?:before|by|on)$/.test(x.deadline.kind) && /^(?:trước|chậm|muộn|hạn|không quá|vào|trong ngày|xong trước|hoàn thành trước)/iu.test(x.deadline.text));
    if (bounded) f = bounded;
  }
  return f ? f.deadline : null;
}
