/** Rows of a task table: one task a row, lead and collaborators from their columns, the deadline from the time column. */
import type { Block, Range } from "../model.js";
import { findDeadlines } from "../deadline/index.js";
import { lower } from "./lexicon.js";
import { tokenize } from "./tokens.js";
import { parseActorList, type Mention, type ParseCtx } from "./entities.js";
import { parseBareGroup } from "./collaborators.js";
import type { Draft, TaskContext } from "./draft.js";

/** Rows of a task table (Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian …). */
const HEADER_CELL = /^(stt|tt|số tt|nội dung|nhiệm vụ|công việc|đơn vị|cơ quan|chủ trì|phối hợp|thời gian|thời hạn|tiến độ|ghi chú|sản phẩm|kết quả|cấp trình|người thực hiện|bộ phận|trách nhiệm|hình thức)/u;

const DITTO = /^(nt|-nt-|như trên|\.\.\.|”|")$/u;

/** Rows of a task table (Nhiệm vụ | Cơ quan chủ trì / Đơn vị thực hiện | Phối hợp | Thời gian …). */
export function findTableTasks(ctx: TaskContext, pctx: ParseCtx): Array<{ block: Block; draft: Draft }> {
  const { blocks, source, notice } = ctx;
  const text = source.text;
  const out: Array<{ block: Block; draft: Draft }> = [];
  let cols: { lead: number; collab: number; time: number; task: number; n: number } | null = null;
  let prev: Range[] = [];
  // A cell under a "chủ trì" / "phối hợp" column names actors by its place in the table: what the
  // actor grammar cannot read ("Nhà hát Tây Đô") is still taken, one name per ";"-separated part.
  const cellActors = (start: number, end: number, fallback = true): Mention[] => {
    const toks = tokenize(text, start, end);
    const parsed = parseActorList(toks, 0, pctx) ?? parseBareGroup(toks, 0, pctx);
    if ((parsed && parsed.next >= toks.length) || !fallback) return parsed?.mentions ?? [];
    const out: Mention[] = [];
    let pos = start;
    for (const part of text.slice(start, end).split(/[;\n]/u)) {
      const lead = part.length - part.trimStart().length;
      const name = part.trim().replace(/[.,]+$/u, "");
      if (name && /\p{L}/u.test(name)) {
        const s0 = pos + lead;
        const ptoks = tokenize(text, s0, s0 + name.length);
        const p2 = parseActorList(ptoks, 0, pctx) ?? parseBareGroup(ptoks, 0, pctx);
        if (p2 && p2.next >= ptoks.length) out.push(...p2.mentions);
        else out.push({ start: s0, end: s0 + name.length, text: name, full: null, kind: "unit", title: null, personName: null, resolved: pctx.registry.resolve(name) });
      }
      pos += part.length + 1;
    }
    return out.length ? out : parsed?.mentions ?? [];
  };
  for (const b of blocks) {
    if (b.kind !== "table-row" || !b.cells) continue;
    const cells = b.cells.map((c) => lower(text.slice(c.start, c.end)));
    const isHeader = cells.length >= 3 && cells.every((c) => c.length < 80) && cells.filter((c) => HEADER_CELL.test(c)).length >= 2;
    if (isHeader) {
      const collab = cells.findIndex((c) => /phối hợp/u.test(c));
      const task = cells.findIndex((c) => /nhiệm vụ|nội dung|đề án|công việc|tên/u.test(c) && !/chủ trì|phối hợp|đơn vị|cơ quan/u.test(c));
      let lead = cells.findIndex((c) => /chủ trì/u.test(c));
      if (lead < 0) lead = cells.findIndex((c, k) => k !== collab && k !== task && /đơn vị|cơ quan|thực hiện|trách nhiệm|bộ phận/u.test(c));
      cols = lead < 0 ? null : {
        lead, collab, task,
        time: cells.findIndex((c) => /^(thời gian|thời hạn|tiến độ|hoàn thành|hạn)/u.test(c) || /thời gian|thời hạn/u.test(c)),
        n: cells.length,
      };
      prev = [];
      continue;
    }
    if (!cols || Math.abs(b.cells.length - cols.n) > 1) continue;
    const filled = b.cells.filter((c) => c.end > c.start).map((c) => text.slice(c.start, c.end));
    if (new Set(filled).size <= 1 || /^[IVX]+$/.test(filled[0] ?? "") && filled.length <= 2) continue; // a group row ("I | GIÁM SÁT …")
    // "Nt" (như trên): the cell above.
    const cell = (i: number): Range | null => {
      const c = i >= 0 && i < b.cells!.length ? b.cells![i]! : null;
      if (c && DITTO.test(lower(text.slice(c.start, c.end)))) return prev[i] ?? null;
      return c && c.end > c.start ? c : null;
    };
    const row = b.cells.map((_, i) => cell(i) ?? b.cells![i]!);
    prev = row;
    const lc = cell(cols.lead);
    if (!lc) continue;
    // A group row ("II | Phát triển kinh tế số | Phát triển kinh tế số | …", a merged cell repeated) names no actor.
    const cellText = (r: Range | null | undefined) => (r ? lower(text.slice(r.start, r.end)).replace(/[*_]/g, "").trim() : "");
    const first = cellText(b.cells[0]);
    const groupRow = /^(?:[ivxlc]+|[a-zđ])\.?$/u.test(first) || row.some((r, i) => i !== cols!.lead && cellText(r) === cellText(lc));
    const leads = cellActors(lc.start, lc.end, !groupRow);
    if (!leads.length) continue;
    const cc = cell(cols.collab);
    const collabs: Mention[] = cc ? cellActors(cc.start, cc.end) : [];
    const tc = cell(cols.time);
    const dl = tc ? findDeadlines(text, { noticeDate: notice.date, calendar: ctx.calendar }, { start: tc.start, end: tc.end, cell: true }).deadlines[0]?.deadline ?? null : null;
    const taskCell = cell(cols.task >= 0 ? cols.task : 1);
    const draft: Draft = { start: b.start, end: b.end, lead: leads, predStart: taskCell?.start ?? b.start, block: b, sectionBlock: null, subject: null, carried: null, cellDeadline: dl, action: taskCell ? text.slice(taskCell.start, taskCell.end) : "" };
    draft.collabs = collabs;
    out.push({ block: b, draft });
  }
  return out;
}
