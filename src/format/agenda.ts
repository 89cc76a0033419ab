/**
 * The agenda across notices: tasks due in the next N days (and, unless asked not to, overdue ones),
 * kept inside their notices so every human formatter can show them with their source.
 */
import type { NoticeResult } from "../schema.js";
import { addDays, daysBetween, daysLeftLabel, noticeNumber, selectItems, statusOf, viDate } from "./common.js";
import type { FormatOptions } from "./options.js";

export interface AgendaOptions {
  /** ISO date the agenda is computed for. */
  today: string;
  /** Days ahead: tasks due from today to today + dueWithin (inclusive). */
  dueWithin: number;
  /** Include tasks whose date is already past (default true). */
  overdue?: boolean;
}

/** The last day of the agenda. */
export const agendaUntil = (o: AgendaOptions): string => addDays(o.today, o.dueWithin);

/** The results with only their tasks on the agenda; notices left without a task are dropped. */
export function selectAgenda(results: NoticeResult[], o: AgendaOptions): NoticeResult[] {
  const until = agendaUntil(o);
  const keep = (date: string | null | undefined) =>
    !!date && date <= until && (o.overdue !== false || date >= o.today);
  return results
    .map((r) => ({ ...r, tasks: r.tasks.filter((t) => keep(t.deadline?.date)) }))
    .filter((r) => r.tasks.length > 0);
}

/** "Việc đến hạn từ 8/4/2025 đến 15/4/2025 (7 ngày tới) và việc quá hạn". */
export function agendaTitle(o: AgendaOptions): string {
  const span = o.dueWithin === 0 ? `ngày ${viDate(o.today)}` : `từ ${viDate(o.today)} đến ${viDate(agendaUntil(o))} (${o.dueWithin} ngày tới)`;
  return `Việc đến hạn ${span}${o.overdue === false ? "" : " và việc quá hạn"}`;
}

/** The agenda as JSON: one entry per task with its notice and days left, by due date. */
export function agendaJson(results: NoticeResult[], o: AgendaOptions, fo: Pick<FormatOptions, "unit"> = {}): string {
  const items = selectItems(results, { unit: fo.unit, order: "deadline" });
  const tasks = items.map(({ result: r, task }) => ({
    notice: { path: r.source.path, number: r.notice.number, symbol: r.notice.symbol, ref: noticeNumber(r), date: r.notice.date, subject: r.notice.subject },
    daysLeft: daysBetween(o.today, task.deadline!.date!),
    status: statusOf(task, o.today),
    label: daysLeftLabel(task, o.today),
    ...task,
  }));
  return JSON.stringify({ today: o.today, until: agendaUntil(o), dueWithin: o.dueWithin, overdue: o.overdue !== false, tasks }, null, 2) + "\n";
}
