/**
 * `table`: the tasks for a terminal, grouped by lead unit (or --group-by), with collaborators,
 * action, due date and days left. Overdue red, due within 7 days yellow, urgent marked. Widths are
 * display widths (Vietnamese with combining marks, wide characters); long cells wrap; below a
 * minimum width each task is printed as a block instead of a row.
 */
import { Chalk, type ChalkInstance } from "chalk";
import type { NoticeResult } from "../schema.js";
import {
  daysLeftLabel, deadlineLabel, entityList, groupItems, noticeRef, noticeTitle, originLabel, selectItems,
  showOrigin, statusOf, summarise, viDate, type Item, type Status,
} from "./common.js";
import { displayWidth, truncate, wrap } from "./layout.js";
import type { FormatOptions, Formatter } from "./options.js";

type Style = (s: string) => string;
interface Para { text: string; style?: Style }
interface Column {
  title: string;
  cell: (it: Item) => Para[];
  /** Flexible columns share the width left by the fixed ones. */
  flex?: number;
  min: number;
  max?: number;
}

const INDENT = "  ";
const GAP = "  ";

function palette(color: boolean) {
  const c: ChalkInstance = new Chalk({ level: color ? 1 : 0 });
  const byStatus: Record<Status, Style> = {
    overdue: (s) => c.red(s), today: (s) => c.yellow(s), soon: (s) => c.yellow(s), later: (s) => s, none: (s) => s,
  };
  return { c, byStatus };
}

function columns(opts: FormatOptions, origin: boolean, byStatus: Record<Status, Style>, c: ChalkInstance): Column[] {
  const by = opts.groupBy ?? "unit";
  const status = (it: Item) => byStatus[statusOf(it.task, opts.today)];
  const cols: Column[] = [{ title: "Mục", cell: (it) => [{ text: it.task.id }], min: 3, max: 10 }];
  if (by !== "unit") cols.push({ title: "Chủ trì", cell: (it) => [{ text: entityList(it.task.lead) || "—" }], flex: 2, min: 10 });
  cols.push({
    title: "Việc cần làm",
    cell: (it) => {
      const paras: Para[] = [];
      const action = it.task.action || it.task.text;
      paras.push(it.task.urgent ? { text: `[khẩn] ${action}`, style: (s) => s.replace("[khẩn]", c.red.bold("[khẩn]")) } : { text: action });
      if (origin) paras.push({ text: `↳ ${originLabel(it)}`, style: (s) => c.dim(s) });
      return paras;
    },
    flex: 5, min: 16,
  });
  cols.push({ title: "Phối hợp", cell: (it) => [{ text: entityList(it.task.collaborators) }], flex: 2, min: 10 });
  cols.push({ title: "Hạn", cell: (it) => [{ text: deadlineLabel(it.task.deadline), style: status(it) }], min: 10, max: 26 });
  cols.push({ title: "Còn lại", cell: (it) => [{ text: daysLeftLabel(it.task, opts.today), style: status(it) }], min: 7, max: 16 });
  return cols;
}

/** Column widths for `width` columns in all, or null when even the minimum does not fit. */
function fitWidths(cols: Column[], cells: Para[][][], width: number): number[] | null {
  const natural = cols.map((col, i) =>
    Math.max(displayWidth(col.title), ...cells.map((row) => Math.max(0, ...row[i]!.map((p) => displayWidth(p.text))))),
  );
  const widths = cols.map((col, i) => (col.flex ? 0 : Math.min(natural[i]!, col.max ?? Infinity)));
  const flexIdx = cols.map((c, i) => (c.flex ? i : -1)).filter((i) => i >= 0);
  let avail = width - INDENT.length - GAP.length * (cols.length - 1) - widths.reduce((a, b) => a + b, 0);
  const want = flexIdx.map((i) => Math.max(Math.min(natural[i]!, cols[i]!.max ?? Infinity), Math.min(cols[i]!.min, natural[i]!)));
  if (want.reduce((a, b) => a + b, 0) <= avail) {
    flexIdx.forEach((i, k) => (widths[i] = want[k]!));
    return widths;
  }
  const mins = flexIdx.map((i) => Math.min(cols[i]!.min, want[flexIdx.indexOf(i)]!));
  if (mins.reduce((a, b) => a + b, 0) > avail) return null;
  // Give each flexible column its minimum, then share the rest by weight, never past its wish.
  flexIdx.forEach((i, k) => (widths[i] = mins[k]!));
  avail -= mins.reduce((a, b) => a + b, 0);
  let open = flexIdx.filter((i, k) => widths[i]! < want[k]!);
  while (avail > 0 && open.length) {
    const weight = open.reduce((a, i) => a + cols[i]!.flex!, 0);
    let given = 0;
    for (const i of open) {
      const k = flexIdx.indexOf(i);
      const share = Math.max(1, Math.floor((avail * cols[i]!.flex!) / weight));
      const add = Math.min(share, want[k]! - widths[i]!, avail - given);
      widths[i]! += add;
      given += add;
    }
    avail -= given;
    open = open.filter((i) => widths[i]! < want[flexIdx.indexOf(i)]!);
    if (given === 0) break;
  }
  return widths;
}

function renderRow(paras: Para[][], widths: number[]): string[] {
  const cellLines = paras.map((ps, i) =>
    ps.flatMap((p) => wrap(p.text, widths[i]!).map((line) => ({ line, style: p.style }))),
  );
  const height = Math.max(...cellLines.map((l) => l.length));
  const out: string[] = [];
  for (let r = 0; r < height; r++) {
    const parts = cellLines.map((lines, i) => {
      const cell = lines[r];
      const text = cell ? cell.line : "";
      const styled = cell?.style && text ? cell.style(text) : text;
      return i === cellLines.length - 1 ? styled : styled + " ".repeat(Math.max(0, widths[i]! - displayWidth(text)));
    });
    out.push((INDENT + parts.join(GAP)).trimEnd());
  }
  return out;
}

/** A task as a block of lines, for terminals too narrow for columns: the id, then one line per field. */
function renderBlock(it: Item, cols: Column[], width: number): string[] {
  const pad = INDENT + "  ";
  const inner = Math.max(4, width - pad.length);
  const out: string[] = [INDENT + truncate(it.task.id, width - INDENT.length)];
  for (const col of cols.slice(1))
    for (const p of col.cell(it)) {
      if (!p.text) continue;
      const text = col.title === "Việc cần làm" ? p.text : `${col.title}: ${p.text}`;
      for (const line of wrap(text, inner)) out.push(pad + (p.style ? p.style(line) : line));
    }
  return out;
}

function header(results: NoticeResult[], opts: FormatOptions, items: Item[], width: number, c: ChalkInstance): string[] {
  const lines: string[] = [];
  const wrapTo = (s: string) => wrap(s, width);
  if (opts.title) lines.push(...wrapTo(opts.title).map((l) => c.bold(l)));
  else if (results.length === 1) {
    const r = results[0]!;
    lines.push(...wrapTo(noticeTitle(r)).map((l) => c.bold(l)));
    if (r.notice.subject) lines.push(...wrapTo(r.notice.subject));
  } else {
    lines.push(c.bold(`Tổng hợp ${results.length} văn bản`));
    for (const r of results)
      lines.push(...wrap(`${noticeRef(r)}${r.notice.subject ? ": " + r.notice.subject : ""}`, width - 2).map((l, i) => (i ? "  " : "- ") + l));
  }
  const s = summarise(items, opts.today);
  const bits = [`${s.total} nhiệm vụ`, `${s.dated} có hạn`];
  if (s.overdue) bits.push(`${s.overdue} quá hạn`);
  if (s.soon) bits.push(`${s.soon} đến hạn trong 7 ngày`);
  if (s.urgent) bits.push(`${s.urgent} khẩn`);
  const summary = `Tính đến ${viDate(opts.today)}: ${bits.join(", ")}${opts.unit ? ` (lọc theo đơn vị "${opts.unit}")` : ""}.`;
  for (const line of wrap(summary, width))
    lines.push(line.replace(/\d+ quá hạn/, (m) => c.red(m)).replace(/\d+ đến hạn trong 7 ngày/, (m) => c.yellow(m)));
  return lines;
}

export const toTable: Formatter = (results, opts) => {
  const width = Number.isFinite(opts.width) && opts.width > 0 ? Math.floor(opts.width) : 100;
  const { c, byStatus } = palette(opts.color);
  const origin = showOrigin(results, opts.origin);
  const items = selectItems(results, { unit: opts.unit, order: opts.order });
  const out = header(results, opts, items, width, c);
  if (!items.length) {
    out.push("", opts.unit ? `Không có nhiệm vụ nào của đơn vị "${opts.unit}".` : "Không có nhiệm vụ nào.");
    return out.join("\n") + "\n";
  }
  const cols = columns(opts, origin, byStatus, c);
  const cells = items.map((it) => cols.map((col) => col.cell(it)));
  const widths = fitWidths(cols, cells, width);
  const byCell = new Map(items.map((it, i) => [it, cells[i]!]));
  if (widths) {
    out.push("", ...renderRow(cols.map((col) => [{ text: col.title, style: (x: string) => c.bold(x) }]), widths));
    out.push(c.dim(INDENT + widths.map((w) => "─".repeat(w)).join(GAP)));
  }
  for (const [gi, g] of groupItems(items, opts.groupBy ?? "unit", results.length > 1).entries()) {
    if (gi > 0 || !widths) out.push("");
    out.push(...wrap(`${g.label} · ${g.items.length} nhiệm vụ`, width).map((l) => c.bold.underline(l)));
    for (const it of g.items) out.push(...(widths ? renderRow(byCell.get(it)!, widths) : renderBlock(it, cols, width)));
  }
  return out.join("\n") + "\n";
};
