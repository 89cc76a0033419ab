/**
 * `html`: one self-contained page a clerk can open, print or email: the notice header, a board of
 * tasks per lead unit (or --group-by), and a timeline of deadlines with a "today" mark. Inline CSS
 * only, no script, no external asset; a Content-Security-Policy forbids every network load. All
 * text is escaped. Print styles: one column, no background, cards not split across pages.
 * Markers for tools and tests: `data-task` on every board card, `data-timeline-item` on every
 * dated task of the timeline, `data-status` (overdue, today, soon, later, none) on both.
 */
import type { NoticeResult } from "../schema.js";
import {
  daysLeftLabel, deadlineLabel, dueDate, entityList, groupItems, noticeNumber, noticeRef, originLabel, selectItems,
  showOrigin, statusOf, summarise, viDate, viWeekday, type Item,
} from "./common.js";
import type { FormatOptions, Formatter } from "./options.js";

/** Escape for HTML text and double-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
const e = escapeHtml;

const CSS = `
:root{--fg:#1d2433;--muted:#5b6475;--line:#d9dee7;--bg:#f5f7fa;--card:#fff;--red:#b42318;--redbg:#fdecea;--amber:#8a5a00;--amberbg:#fff4d6;--accent:#1f4e8c}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 "Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1200px;margin:0 auto;padding:24px}
header.notice{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin-bottom:20px}
header.notice .issuer{font-size:13px;text-transform:uppercase;color:var(--muted);letter-spacing:.02em}
header.notice h1{font-size:20px;margin:6px 0 4px}
header.notice .meta{color:var(--muted);font-size:14px}
.summary{display:flex;flex-wrap:wrap;gap:8px;margin-top:12px;padding:0;list-style:none}
.summary li{border:1px solid var(--line);border-radius:999px;padding:2px 12px;font-size:13px;background:var(--bg)}
.summary .overdue{color:var(--red);background:var(--redbg);border-color:#f5c2bd}
.summary .soon{color:var(--amber);background:var(--amberbg);border-color:#f3dc9b}
h2{font-size:17px;margin:24px 0 10px;color:var(--accent)}
.board{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:14px;align-items:start}
.group{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.group h3{font-size:15px;margin:0 0 8px}
.group h3 .count{color:var(--muted);font-weight:normal}
.tasks{list-style:none;margin:0;padding:0}
.task{border-top:1px solid var(--line);padding:8px 0 8px 10px;border-left:4px solid transparent}
.task:first-child{border-top:0}
.task[data-status=overdue]{border-left-color:var(--red)}
.task[data-status=today],.task[data-status=soon]{border-left-color:#e0a800}
.task .id{font-variant-numeric:tabular-nums;color:var(--muted);font-size:12px;margin-right:6px}
.task .action{font-weight:600}
.task .who,.task .origin,.task .text{font-size:13px;color:var(--muted);margin-top:2px}
.task .text{font-style:italic}
.badge{display:inline-block;font-size:12px;border-radius:4px;padding:0 6px;margin-top:4px;background:var(--bg);border:1px solid var(--line)}
.badge.overdue{color:var(--red);background:var(--redbg);border-color:#f5c2bd}
.badge.today,.badge.soon{color:var(--amber);background:var(--amberbg);border-color:#f3dc9b}
.badge.urgent{color:#fff;background:var(--red);border-color:var(--red)}
.timeline{list-style:none;margin:0;padding:0 0 0 18px;border-left:2px solid var(--line)}
.timeline li{position:relative;margin:0 0 10px;padding-left:12px}
.timeline li::before{content:"";position:absolute;left:-25px;top:6px;width:10px;height:10px;border-radius:50%;background:var(--accent)}
.timeline li[data-status=overdue]::before{background:var(--red)}
.timeline li[data-status=today]::before,.timeline li[data-status=soon]::before{background:#e0a800}
.timeline li.now{color:var(--accent);font-weight:600}
.timeline li.now::before{background:#fff;border:2px solid var(--accent)}
.timeline .date{font-variant-numeric:tabular-nums;font-weight:600;margin-right:8px}
.timeline .lead{color:var(--muted)}
.undated{color:var(--muted);font-size:14px}
footer{color:var(--muted);font-size:12px;margin-top:28px}
@media print{
  @page{margin:14mm}
  body{background:#fff;font-size:11pt}
  main{max-width:none;padding:0}
  .board{display:block}
  .group{border:0;padding:0;margin-bottom:10pt;break-inside:auto}
  .group h3{border-bottom:1px solid #999;padding-bottom:2pt}
  .task{break-inside:avoid}
  header.notice{border:0;padding:0}
  .summary li,.badge{border-color:#999;background:none}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`;

function card(it: Item, opts: FormatOptions, origin: boolean, showLead: boolean): string {
  const t = it.task;
  const st = statusOf(t, opts.today);
  const who = [
    showLead ? `Chủ trì: ${e(entityList(t.lead) || "—")}` : "",
    t.collaborators.length ? `Phối hợp: ${e(entityList(t.collaborators))}` : "",
  ].filter(Boolean).join(" · ");
  const badges = [
    t.urgent ? `<span class="badge urgent">Khẩn</span>` : "",
    t.deadline ? `<span class="badge ${st}">Hạn: ${e(deadlineLabel(t.deadline))}${daysLeftLabel(t, opts.today) ? " · " + e(daysLeftLabel(t, opts.today)) : ""}</span>` : "",
  ].filter(Boolean).join(" ");
  return [
    `<li class="task" data-task="${e(t.id)}" data-status="${st}">`,
    `<div><span class="id">${e(t.id)}</span><span class="action">${e(t.action || t.text)}</span></div>`,
    who ? `<div class="who">${who}</div>` : "",
    badges ? `<div>${badges}</div>` : "",
    origin ? `<div class="origin">${e(originLabel(it))}</div>` : "",
    `<div class="text">“${e(t.text)}”</div>`,
    `</li>`,
  ].filter(Boolean).join("");
}

function header(results: NoticeResult[], opts: FormatOptions, items: Item[]): string {
  const s = summarise(items, opts.today);
  const chips = [
    `<li>${s.total} nhiệm vụ</li>`, `<li>${s.dated} có hạn</li>`,
    s.overdue ? `<li class="overdue">${s.overdue} quá hạn</li>` : "",
    s.soon ? `<li class="soon">${s.soon} đến hạn trong 7 ngày</li>` : "",
    s.urgent ? `<li class="overdue">${s.urgent} khẩn</li>` : "",
    `<li>Tính đến ${e(viDate(opts.today))}</li>`,
    opts.unit ? `<li>Đơn vị: ${e(opts.unit)}</li>` : "",
  ].join("");
  if (opts.title || results.length !== 1) {
    const list = results.map((r) => `<li>${e(noticeRef(r))}${r.notice.subject ? " — " + e(r.notice.subject) : ""}</li>`).join("");
    return `<header class="notice"><h1>${e(opts.title ?? `Tổng hợp ${results.length} văn bản`)}</h1>` +
      `<ul class="meta">${list}</ul><ul class="summary">${chips}</ul></header>`;
  }
  const n = results[0]!.notice;
  const num = noticeNumber(results[0]!);
  const issuer = [n.parentIssuer, n.issuer].filter(Boolean).map((x) => e(x!)).join("<br>");
  const meta = [num ? `Số: ${e(num)}` : "", [n.place, n.date ? `ngày ${viDate(n.date)}` : ""].filter(Boolean).map((x) => e(x!)).join(", "),
    n.signer?.name ? `Ký: ${e([n.signer.authority, n.signer.title].filter(Boolean).join(" "))} ${e(n.signer.name)}`.replace("Ký:  ", "Ký: ") : ""]
    .filter(Boolean).join(" · ");
  return `<header class="notice">${issuer ? `<div class="issuer">${issuer}</div>` : ""}` +
    `<h1>${e(n.type ?? "Văn bản")}${n.subject ? `: ${e(n.subject)}` : ""}</h1>` +
    `<div class="meta">${meta}</div><ul class="summary">${chips}</ul></header>`;
}

function timeline(items: Item[], opts: FormatOptions): string {
  const dated = items.filter((it) => dueDate(it.task)).sort((a, b) => (dueDate(a.task)! < dueDate(b.task)! ? -1 : dueDate(a.task)! > dueDate(b.task)! ? 1 : a.seq - b.seq));
  if (!dated.length) return `<p class="undated">Không có nhiệm vụ nào có ngày hạn.</p>`;
  const out: string[] = [];
  let nowShown = false;
  const now = `<li class="now">Hôm nay — ${e(viWeekday(opts.today))} ${e(viDate(opts.today))}</li>`;
  for (const it of dated) {
    const date = dueDate(it.task)!;
    if (!nowShown && date >= opts.today) { out.push(now); nowShown = true; }
    const st = statusOf(it.task, opts.today);
    out.push(`<li data-timeline-item="${e(it.task.id)}" data-date="${date}" data-status="${st}">` +
      `<span class="date">${e(viWeekday(date))} ${e(viDate(date))}</span>` +
      `<span class="lead">${e(entityList(it.task.lead) || "—")}:</span> ${e(it.task.action || it.task.text)}` +
      ` <span class="badge ${st}">${e(daysLeftLabel(it.task, opts.today))}</span></li>`);
  }
  if (!nowShown) out.push(now);
  const undated = items.length - dated.length;
  return `<ol class="timeline">${out.join("")}</ol>` + (undated ? `<p class="undated">${undated} nhiệm vụ không có ngày hạn.</p>` : "");
}

export const toHtml: Formatter = (results, opts) => {
  const items = selectItems(results, { unit: opts.unit, order: opts.order });
  const origin = showOrigin(results, opts.origin);
  const by = opts.groupBy ?? "unit";
  const groups = groupItems(items, by, results.length > 1);
  const board = groups.map((g) =>
    `<section class="group"><h3>${e(g.label)} <span class="count">(${g.items.length})</span></h3>` +
    `<ul class="tasks">${g.items.map((it) => card(it, opts, origin, by !== "unit")).join("")}</ul></section>`).join("\n");
  const title = opts.title ?? (results.length === 1 ? results[0]!.notice.subject ?? noticeRef(results[0]!) : `Tổng hợp ${results.length} văn bản`);
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="notice-parse">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${header(results, opts, items)}
<h2>Nhiệm vụ theo ${by === "unit" ? "đơn vị chủ trì" : by === "deadline" ? "thời hạn" : "mục"}</h2>
<div class="board">
${board || `<p class="undated">Không có nhiệm vụ nào.</p>`}
</div>
<h2>Mốc thời hạn</h2>
${timeline(items, opts)}
<footer>Tạo bởi notice-parse từ ${results.map((r) => e(noticeRef(r))).join("; ")}. Nội dung trích nguyên văn từ văn bản; đối chiếu với bản gốc trước khi sử dụng.</footer>
</main>
</body>
</html>
`;
};
