/**
 * `md`: a Markdown checklist grouped by lead unit (or --group-by), short enough to paste into an
 * issue tracker or a chat: one line per task,
 *   `- [ ] Phòng QLKH&CN — tham mưu … (phối hợp: Phòng BCVT&CNTT) (trước 15/4/2025 · còn 7 ngày)`.
 * Group titles are bold lines rather than headings (chat apps do not render `###`). Actions longer
 * than 160 characters are cut with "…". Markdown characters in the text are escaped.
 */
import type { NoticeResult } from "../schema.js";
import {
  daysLeftLabel, deadlineLabel, entityList, groupItems, noticeRef, noticeTitle, originLabel, selectItems, showOrigin,
  statusOf, summarise, viDate, type Item,
} from "./common.js";
import { truncate } from "./layout.js";
import type { FormatOptions, Formatter } from "./options.js";

const MAX_ACTION = 160;

/** Escape what Markdown (CommonMark, GFM) would read as markup inside a line. */
export function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]<>|~#]/g, (c) => "\\" + c).replace(/\s+/g, " ").trim();
}

function line(it: Item, opts: FormatOptions, origin: boolean): string {
  const t = it.task;
  const names = entityList(t.lead) || "Chưa rõ đơn vị";
  const lead = names.charAt(0).toLocaleUpperCase("vi") + names.slice(1);
  const bits = [`- [ ] ${t.urgent ? "**Khẩn** " : ""}${escapeMd(lead)} — ${escapeMd(truncate(t.action || t.text, MAX_ACTION))}`];
  if (t.collaborators.length) bits.push(`(phối hợp: ${escapeMd(entityList(t.collaborators))})`);
  if (t.deadline) {
    const when = escapeMd(deadlineLabel(t.deadline));
    const left = daysLeftLabel(t, opts.today);
    const st = statusOf(t, opts.today);
    const leftMd = !left ? "" : st === "overdue" ? ` · **${left.toLowerCase()}**` : ` · ${left.toLowerCase()}`;
    bits.push(`(${when}${leftMd})`);
  }
  if (origin) bits.push(`— ${escapeMd(originLabel(it))}`);
  return bits.join(" ");
}

function heading(results: NoticeResult[], opts: FormatOptions, items: Item[]): string[] {
  const out: string[] = [];
  if (opts.title) out.push(`**${escapeMd(opts.title)}**`);
  else if (results.length === 1) {
    const r = results[0]!;
    out.push(`**${escapeMd(r.notice.subject ?? noticeTitle(r))}**`, escapeMd(r.notice.subject ? noticeTitle(r) : ""));
  } else out.push(`**Tổng hợp ${results.length} văn bản**: ${results.map((r) => escapeMd(noticeRef(r))).join("; ")}`);
  const s = summarise(items, opts.today);
  const bits = [`${s.total} nhiệm vụ`];
  if (s.overdue) bits.push(`${s.overdue} quá hạn`);
  if (s.soon) bits.push(`${s.soon} đến hạn trong 7 ngày`);
  out.push(`_Tính đến ${viDate(opts.today)}: ${bits.join(", ")}${opts.unit ? ` — đơn vị “${escapeMd(opts.unit)}”` : ""}._`);
  return out.filter(Boolean);
}

export const toMarkdown: Formatter = (results, opts) => {
  const items = selectItems(results, { unit: opts.unit, order: opts.order });
  const origin = showOrigin(results, opts.origin);
  const out = heading(results, opts, items);
  if (!items.length) out.push("", "Không có nhiệm vụ nào.");
  for (const g of groupItems(items, opts.groupBy ?? "unit", results.length > 1)) {
    out.push("", `**${escapeMd(g.label)}** (${g.items.length})`);
    for (const it of g.items) out.push(line(it, opts, origin));
  }
  return out.join("\n") + "\n";
};
