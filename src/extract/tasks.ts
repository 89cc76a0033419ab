/**
 * Tasks: every directive of the body, with its lead, collaborators, deadline and references
 * (../shared/eval/LABELING.md). Works block by block (numbered item, bullet, paragraph, table row),
 * sentence by sentence; inside a sentence it finds where tasks start:
 *
 *   assign   "Giao X …", "Đề nghị X …", "UBND tỉnh yêu cầu X …"          → lead X
 *   subject  "X chủ trì …", "X có trách nhiệm …", "X cần …", "X rà soát …"   → lead X
 *   inherit  "- Chủ trì …" under "1. Sở Công Thương", or after "yêu cầu X thực hiện các nội dung sau:"
 *
 * and splits where a new actor starts (";", "Trong đó, giao", "đồng thời X", "để X … trước ngày …").
 * Sentences that are not directives (preamble, narration, evaluation, approvals, the closing
 * formula) are kept in `unassigned` with the reason, so that nothing of the body is lost.
 */
import type { Block, HeaderInfo, Line, Range } from "../model.js";
import type { Deadline, Entity, Notice, Reference, Task, Unassigned } from "../schema.js";
import { toPosition, type SourceText } from "../text/source.js";
import type { Registry } from "../units/registry.js";
import type { DiagnosticBag } from "../diagnostics.js";
import { findDeadlines, type DeadlineFinding, type WorkCalendar } from "../deadline/index.js";
import { lexicon, lower } from "./lexicon.js";
import { tokenize, isCap, punct, tight, type Tok } from "./tokens.js";
import { parseActorList, isEntityStart, type Mention, type ParseCtx } from "./entities.js";
import { splitSentences } from "./sentences.js";
import { findReferences } from "./references.js";

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

interface Draft {
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

interface Start {
  tok: number;
  /** Where the task's text starts (an intro word such as "Riêng" before the actor), default tok. */
  textTok?: number;
  kind: "assign" | "subject" | "inherit";
  lead: Mention[] | null;
  predTok: number;
}

// Words that never open a task's predicate.
const FUNCTION_WORDS = new Set(["đã", "đang", "sẽ", "vừa", "được", "nhằm", "để", "theo", "về", "tại", "với", "đối", "trong", "khi", "nếu", "sau", "trước", "cùng", "không", "là", "cũng", "mới", "chưa", "còn", "đến", "từ"]);
const REJECT_PREDICATE = /^((?:báo cáo|trình bày|phát biểu|cho biết|nêu|giải trình)\s*:|đã|vừa|đang|sẽ|được(?! (?:giao|phân công))|cũng|xin|trân trọng|nhận được|có văn bản|có ý kiến(?: chỉ đạo)? như sau|có ý kiến chỉ đạo|kết luận|ghi nhận|đánh giá cao|thông báo|chủ trì cuộc|tổ chức cuộc|trình bày|nhất trí|thống nhất|đồng ý|cùng thống nhất|cùng nhau|báo cáo tình hình hoạt động)(?![\p{L}])/u;
const ADJUNCT_OPENER = /^(về|đối với|trên cơ sở|trong quá trình|trong thời gian|trong (?:tháng|quý|năm|tuần|dịp|thời hạn)|từ nay|đến hết|chậm nhất|trước ngày|sau khi|căn cứ|thực hiện|xét|để|nhân dịp|tại|trường hợp|nếu|khi|theo đó|theo|ngoài ra|bên cạnh đó|đồng thời|trong đó|riêng|do vậy|do đó|vì vậy|vì thế|qua đó|mặt khác|đặc biệt|năm là|hai là)(?![\p{L}])/u;
/** A condition or time that opens the sentence belongs to its directive ("Trường hợp cần thiết, Bộ X đề xuất …"). */
const CONDITION = /^(trường hợp|trong trường hợp|nếu|khi|sau khi (?!nghe)|ngay sau khi|trong quá trình|trong thời gian)(?![\p{L}])/u;
const CLAUSE_INTRO = /^(trong đó|đồng thời|riêng|theo đó|ngoài ra|bên cạnh đó|do vậy|do đó|vì vậy|mặt khác|đặc biệt là|đặc biệt)(?![\p{L}])/u;
const NARRATIVE = /^(ngày\s+\d|hôm nay|vào ngày|sáng ngày|chiều ngày|tham dự|dự họp|thành phần|chủ trì:|tham dự:|kính gửi|nơi nhận)/u;
const APPROVAL = /^(đồng ý|thống nhất|cơ bản thống nhất|nhất trí|cơ bản nhất trí|ghi nhận|biểu dương|hoan nghênh|đánh giá cao|tuy nhiên|trên đây là|nay thông báo)(?![\p{L}])/u;
const CARRIER = /^(thời gian hoàn thành|thời hạn hoàn thành|thời hạn|thời gian thực hiện|hạn chót|hoàn thành|kết quả|báo cáo kết quả|yêu cầu gửi|yêu cầu hoàn thiện|yêu cầu báo cáo|hồ sơ|sản phẩm|tiến độ)(?![\p{L}])/u;
const CLOSING = /thông\s+báo(?:\s+\S+){0,30}?\s+(?:để|đến)(?:\s+\S+){0,40}?\s+biết|^(nay thông báo|trên đây là|văn phòng[^.]{0,60}thông báo)/u;
const GENERIC_ACTION = /^(?:(?:khẩn trương|nghiêm túc|tổ chức|chủ động)\s*,?\s*)*(?:(?:quán triệt|tổ chức|triển khai|thực hiện)(?:\s*(?:,|và)\s*|\s+))*(?:thực hiện|triển khai thực hiện|triển khai)\s*(?:\.\/\.|\.)?\s*$/u;
const INTRO_PREDICATE = /^(?:(?:tập trung|khẩn trương|nghiêm túc|chủ động)\s+)*(?:(?:chỉ đạo|tổ chức)\s+)?(?:thực hiện|triển khai(?:\s+thực hiện)?)?\s*(?:tốt\s+)?(?:một số|các|những)?\s*(?:nội dung|nhiệm vụ|giải pháp|yêu cầu|việc|công việc)(?:\s+[\p{L}]+){0,4}?\s*(?:sau đây|như sau|sau)\s*:?\s*$/u;
const SKIP_SECTION = /^(thành phần|ý kiến (?:của|tham gia|phát biểu|thảo luận)|tóm tắt|đánh giá chung|kết quả (?:đạt được|thực hiện)|tình hình|nội dung (?:báo cáo|làm việc)$|tham dự|chủ trì)/u;
const ISSUER_LIKE = /^(?:UBND|[ỦU]y ban nhân dân|Uỷ ban nhân dân|ủy ban nhân dân|UB)\s+(?:tỉnh|[Tt]hành phố|TP\.?)(?:\s+\p{Lu}[\p{L}\p{M}]*)*$|^(?:[Tt]hành phố|[Tt]ỉnh)$/u;

const isVerbAt = (toks: readonly Tok[], j: number): number => {
  const t = toks[j];
  if (!t) return 0;
  const lx = lexicon();
  const m = Math.max(lx.verbs.match(toks, j), lx.role.match(toks, j), lx.direct.match(toks, j));
  if (m >= 2) return m;
  return FUNCTION_WORDS.has(t.l) ? 0 : m;
};

const restText = (toks: readonly Tok[], j: number, text: string, end: number): string => (toks[j] ? lower(text.slice(toks[j]!.s, end)) : "");

export function findTasks(ctx: TaskContext): { tasks: Task[]; unassigned: Unassigned[] } {
  const { source, blocks, notice, registry, diagnostics, body } = ctx;
  const text = source.text;
  const lx = lexicon();
  const pctx: ParseCtx = { text, registry, date: notice.date };
  const scan = findDeadlines(text, { noticeDate: notice.date, calendar: ctx.calendar }, body);
  for (const is of scan.issues) diagnostics.add(is.rule, is.severity, is.message, is.start, is.end);
  const deadlines = scan.deadlines;
  const dlIn = (start: number, end: number) => deadlinesIn(deadlines, start, end);

  const drafts: Draft[] = [];
  const unassigned: Array<{ start: number; end: number; reason: string }> = [];
  const headingActors = new Map<string, Mention[]>();
  const titles = new Map<string, string>();
  let intro: { scope: string[]; actors: Mention[]; collabs: Mention[] } | null = null;
  const pathKey = (p: string[]) => p.join("/");
  // The numbered blocks seen so far, by path: a block's ancestors are the latest ones on its path.
  const latestByPath = new Map<string, Block>();
  const ancestorsOf = (b: Block): Block[] => {
    const out: Block[] = [];
    const n = b.kind === "paragraph" ? b.path.length : b.path.length - 1;
    for (let l = 1; l <= n; l++) { const a = latestByPath.get(pathKey(b.path.slice(0, l))); if (a) out.push(a); }
    return out;
  };

  // Table: header row with a "chủ trì" column.
  const tableTasks = findTableTasks(ctx, pctx);
  const tableRows = new Set(tableTasks.map((t) => t.block));

  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi]!;
    if (b.kind === "table-row") {
      if (!tableRows.has(b)) unassigned.push({ start: b.start, end: b.end, reason: "table row without a lead" });
      continue;
    }
    const anc = ancestorsOf(b);
    if (b.kind !== "paragraph") latestByPath.set(pathKey(b.path), b);
    const sectionBlock = anc.length ? anc[anc.length - 1]! : null;
    if (anc.some((a) => SKIP_SECTION.test(lower(titles.get(pathKey(a.path)) ?? text.slice(a.content.start, a.content.end)).replace(/^[^\p{L}\p{N}]+/u, "")))) {
      unassigned.push({ start: b.start, end: b.end, reason: "part of a section that assigns nothing (participants, opinions, evaluation)" });
      continue;
    }
    if (intro && !startsWith(b.path, intro.scope)) intro = null;
    let inherited: Mention[] | null = null;
    let inheritedCollabs: Mention[] = [];
    for (let k = anc.length - 1; k >= 0 && !inherited; k--) inherited = headingActors.get(pathKey(anc[k]!.path)) ?? null;
    if (!inherited && intro) { inherited = intro.actors; inheritedCollabs = intro.collabs; }

    const cText = text.slice(b.content.start, b.content.end);
    // A heading: "1. Sở Công Thương", "### 4. Giao Ban Pháp chế", "2. Đối với Thủ đô Hà Nội", "II. NHIỆM VỤ …".
    if (b.kind !== "paragraph" && b.kind !== "bullet") {
      const heading = headingOf(b, text, pctx);
      if (heading) {
        titles.set(pathKey(b.path), heading.title);
        if (heading.actors) headingActors.set(pathKey(b.path), heading.actors);
        unassigned.push({ start: b.start, end: b.end, reason: "heading" });
        continue;
      }
    }
    // Topic: "Về Quy chế phối hợp với Tỉnh đoàn: Giao …".
    let cStart = b.content.start;
    let subject: string | null = null;
    const topic = /^((?:Về|Đối với)\s+([^:]{3,240}?))\s*:\s*(?=\S)/u.exec(cText);
    if (topic) {
      subject = topic[2]!.trim();
      cStart += topic[0].length;
      unassigned.push({ start: b.content.start, end: b.content.start + topic[1]!.length, reason: "topic of the item" });
    }
    // An actor heading inside the item: "c) Kho bạc Nhà nước Hà Tĩnh: Kiểm soát chi …".
    if (!topic) {
      const htoks = tokenize(text, cStart, Math.min(b.content.end, cStart + 240));
      const hl = htoks.length ? parseActorList(htoks, 0, pctx) : null;
      if (hl && htoks[hl.next] && punct(htoks[hl.next]) === ":" ) {
        inherited = hl.mentions;
        const colon = text.indexOf(":", htoks[hl.next - 1]!.e);
        unassigned.push({ start: cStart, end: colon + 1, reason: "actor of the item" });
        cStart = colon + 1;
        while (cStart < b.content.end && /\s/.test(text[cStart]!)) cStart++;
      }
    }
    const isList = b.kind !== "paragraph";
    let blockTasks: Draft[] = [];
    for (const sent of splitSentences(text, cStart, b.content.end)) {
      const toks = tokenize(text, sent.start, sent.end);
      if (!toks.length) continue;
      const sl = lower(text.slice(sent.start, sent.end));
      const last = blockTasks.at(-1) ?? null;
      if (NARRATIVE.test(sl)) { unassigned.push({ ...sent, reason: "narration (what happened, who attended)" }); continue; }
      if (CLOSING.test(sl) || lx.notTaskOpeners.some((o) => sl.startsWith(o) && !/^(đồng ý|thống nhất|nhất trí|cơ bản)/.test(o))) {
        unassigned.push({ ...sent, reason: "closing formula" });
        continue;
      }
      const starts = findStarts(toks, text, sent, pctx, !!(inherited || last) && !(last && CARRIER.test(sl)), APPROVAL.test(sl), (b.kind === "bullet" || b.kind === "point") && !!inherited && sent.start === cStart);
      if (!starts.length) {
        const hasDeadline = dlIn(sent.start, sent.end).length > 0;
        const prevTask = last ?? drafts.at(-1) ?? null;
        if (last && (isList || CARRIER.test(sl) || (hasDeadline && !isEntityStart(toks, 0, pctx)))) {
          last.end = sent.end;
          continue;
        }
        if (prevTask && hasDeadline && CARRIER.test(sl) && !prevTask.carried && !hasOwnDeadline(prevTask, deadlines)) {
          prevTask.carried = dlIn(sent.start, sent.end)[0]!.deadline;
          unassigned.push({ ...sent, reason: "carries the deadline of the task before it" });
          continue;
        }
        if (!inherited && isList && isVerbAt(toks, 0) && !APPROVAL.test(sl)) diagnostics.add("missing-actor", "warning", `Câu giao việc không rõ đơn vị thực hiện: "${clip(text.slice(sent.start, sent.end))}"`, sent.start, sent.end);
        unassigned.push({ ...sent, reason: APPROVAL.test(sl) ? "approval or evaluation, not a directive" : "no actor: a statement, not a directive" });
        continue;
      }
      // A time adjunct that opens the sentence ("Trong quý III/2025, Phòng … tổ chức …") belongs to its task.
      const s0 = starts[0]!;
      if (s0.kind !== "assign" && s0.tok > 0 && s0.textTok === undefined && (dlIn(sent.start, toks[s0.tok]!.s).length > 0 || CONDITION.test(sl))) s0.textTok = 0;
      // Text before the first start: preamble of the sentence, or the tail of the task before.
      const firstAt = toks[s0.textTok ?? s0.tok]!.s;
      if (firstAt > sent.start && text.slice(sent.start, firstAt).trim().length > 2) {
        unassigned.push({ start: sent.start, end: firstAt, reason: "preamble of the directive" });
      }
      for (let k = 0; k < starts.length; k++) {
        const st = starts[k]!;
        const sStart = toks[st.textTok ?? st.tok]!.s;
        const sEnd = k + 1 < starts.length ? toks[starts[k + 1]!.tok]!.s : sent.end;
        let lead = st.lead;
        if (st.kind === "inherit") {
          // A bullet's later sentence, or a ";" clause, goes on with the task before it.
          const ownSentence = /^đồng thời\s*,/u.test(sl);
          if (last && (isList || k > 0) && k === 0 && blockTasks.length && !ownSentence) { last.end = sEnd; continue; }
          lead = last?.lead ?? inherited;
          if (!lead) continue;
        }
        const predStart = toks[st.predTok]?.s ?? sEnd;
        const d: Draft = { start: sStart, end: sEnd, lead: lead!, predStart: Math.min(predStart, sEnd), block: b, sectionBlock, subject, carried: null };
        if (st.kind === "inherit" && lead === inherited && inheritedCollabs.length) d.inheritedCollabs = inheritedCollabs;
        blockTasks.push(d);
        drafts.push(d);
      }
      // An intro clause ends with ":" — its actor (and collaborators) go to the items below.
      const lastDraft = blockTasks.at(-1);
      if (lastDraft && /:\s*$/.test(text.slice(sent.start, sent.end)) && lastDraft.end === sent.end) {
        const pred = lower(text.slice(lastDraft.predStart, lastDraft.end)).replace(/,?\s*trong đó[^:]*:\s*$/u, ":");
        const action = lower(actionOf(text, lastDraft, pctx, deadlines));
        // "Chủ tịch UBND tỉnh chỉ đạo như sau:" — who speaks, not who acts.
        const speaker = /(?:^|\s)(?:chỉ đạo|kết luận|yêu cầu|thống nhất|có ý kiến(?: chỉ đạo)?|giao nhiệm vụ|đề nghị|lưu ý)(?:\s+\S+){0,2}\s+như sau\s*:?$/u.test(pred);
        if (!speaker) intro = { scope: b.path, actors: lastDraft.lead, collabs: collaboratorsOf(text, lastDraft, pctx) };
        const bare = /^(?:(?:có trách nhiệm|chịu trách nhiệm|chủ trì|cần|phải|thực hiện)\s*)?:?$/u.test(action.replace(/\s+/g, " ").trim());
        if (speaker || bare || INTRO_PREDICATE.test(pred) || /^\s*:?\s*$/.test(pred)) {
          drafts.splice(drafts.lastIndexOf(lastDraft), 1);
          blockTasks = blockTasks.filter((x) => x !== lastDraft);
          unassigned.push({ start: lastDraft.start, end: lastDraft.end, reason: "introduces the items below" });
        }
      }
    }
  }
  drafts.push(...tableTasks.map((t) => t.draft));
  drafts.sort((a, b) => a.start - b.start);

  // Chained tasks: "… trước ngày 28-10 để Sở thẩm định, trình UBND tỉnh trước ngày 10-11".
  for (let di = 0; di < drafts.length; di++) {
    const d = drafts[di]!;
    if (d.cellDeadline !== undefined) continue;
    const toks = tokenize(text, d.predStart, d.end);
    for (let k = 0; k < toks.length; k++) {
      if (toks[k]!.l !== "để") continue;
      const list = parseActorList(toks, k + 1, pctx);
      if (!list || !isVerbAt(toks, list.next)) continue;
      const at = toks[k]!.s;
      if (!dlIn(at, d.end).length) continue;
      const nd: Draft = { start: at, end: d.end, lead: list.mentions, predStart: toks[list.next]!.s, block: d.block, sectionBlock: d.sectionBlock, subject: d.subject, carried: null };
      d.end = trimEndAt(text, d.start, at);
      drafts.splice(di + 1, 0, nd);
      di++;
      break;
    }
  }

  // Closing formulae that read like directives: "… khẩn trương triển khai thực hiện./."
  const kept: Draft[] = [];
  for (const d of drafts) {
    const action = d.cellDeadline !== undefined ? (d.action ?? "") : actionOf(text, d, pctx, deadlines);
    d.action = action;
    if (d.cellDeadline === undefined && /\.\/\.\s*$/.test(text.slice(d.start, d.end)) && GENERIC_ACTION.test(lower(action))) {
      unassigned.push({ start: d.start, end: d.end, reason: "closing formula" });
      continue;
    }
    kept.push(d);
  }

  // Ids: section path + index within the section.
  const counters = new Map<string, number>();
  const tasks: Task[] = kept.map((d) => {
    const sec = sectionOf(d, blocks, titles, text);
    const key = sec.path.join(".");
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const taskText = text.slice(d.start, d.end).trim();
    const own = d.cellDeadline !== undefined ? d.cellDeadline : (firstDeadline(d, deadlines) ?? d.carried);
    const refs: Reference[] = findReferences(text, d.start, d.end).map((r) => r.reference);
    return {
      id: key ? `${key}.${n}` : String(n),
      section: sec,
      subject: d.subject,
      text: taskText,
      action: d.action ?? "",
      lead: dedupe(d.lead).map((m) => toEntity(m, diagnostics, registry)),
      collaborators: dedupe((d.collabs ?? [...collaboratorsOf(text, d, pctx), ...(d.inheritedCollabs ?? [])]).filter((c) => !d.lead.some((l) => sameEntity(l, c)))).map((m) => toEntity(m, diagnostics, registry)),
      deadline: own,
      urgent: /(?<![\p{L}])(khẩn trương|ngay|sớm|gấp|khẩn)(?![\p{L}])/iu.test(taskText),
      references: refs,
      position: toPosition(source, d.start, d.start + text.slice(d.start, d.end).trimEnd().length),
    };
  });

  // Unassigned: every body sentence not inside a task.
  const covered = kept.map((d) => [d.start, d.end] as const);
  const un: Unassigned[] = [];
  const seen = new Set<string>();
  for (const u of unassigned.sort((a, b) => a.start - b.start)) {
    if (isCovered(covered, u.start, u.end)) continue;
    const t = text.slice(u.start, u.end).trim();
    if (!t || seen.has(`${u.start}`)) continue;
    seen.add(`${u.start}`);
    un.push({ text: t, reason: u.reason, position: toPosition(source, u.start, u.start + text.slice(u.start, u.end).trimEnd().length) });
  }
  return { tasks, unassigned: un };
}

function startsWith(path: string[], prefix: string[]): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => path[i] === p);
}

function clip(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 80 ? t.slice(0, 77) + "…" : t;
}

function trimEndAt(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,;]/.test(text[e - 1]!)) e--;
  return e;
}

/** Where tasks start in one sentence. */
export function findStarts(toks: readonly Tok[], text: string, sent: Range, pctx: ParseCtx, canInherit: boolean, approval: boolean, bullet = false): Start[] {
  const lx = lexicon();
  const starts: Start[] = [];
  const protectedUntil = new Array<number>(toks.length).fill(-1);
  let protect = -1;
  const clauseStart = new Set<number>([0]);
  const introAt = new Map<number, number>();
  for (let k = 1; k < toks.length; k++) {
    const p = punct(toks[k]);
    if (p.includes(";") || (p.includes(":") && !/^\d/.test(toks[k]!.t))) clauseStart.add(k);
  }
  // After "Trong đó,", "đồng thời", "Riêng" … a clause starts.
  for (let k = 0; k < toks.length; k++) {
    const r = restText(toks, k, text, Math.min(sent.end, toks[k]!.s + 20));
    const m = CLAUSE_INTRO.exec(r);
    if (m && (k === 0 || clauseStart.has(k) || punct(toks[k]).includes(",") || tight(toks[k]))) {
      const n = m[1]!.split(/\s+/).length;
      if (toks[k + n]) { clauseStart.add(k + n); if (/^riêng/u.test(m[1]!) || k === 0) introAt.set(k + n, k); }
    }
  }
  // Sentences that open with an adjunct ("Về …, X …", "Trên cơ sở …, X …"): a clause starts after each comma.
  const opener = lower(text.slice(sent.start, Math.min(sent.end, sent.start + 30)));
  const adjunct = ADJUNCT_OPENER.test(opener) || /^\W*(?:ngày|tại)\b/u.test(opener);
  const adjunctComma = new Set<number>();
  if (adjunct) for (let k = 1; k < toks.length; k++) if (punct(toks[k]).includes(",") && !clauseStart.has(k)) adjunctComma.add(k);
  let mainClauseSeen = false;

  let subjectFound = false;
  for (let k = 0; k < toks.length; k++) {
    if (k <= protect) continue;
    // assign: "Giao X", "đề nghị X", "yêu cầu X".
    const am = lx.assign.match(toks, k);
    if (am) {
      const prev = toks[k - 1];
      const after = k + am;
      const bareGiao = am === 1 && toks[k]!.l === "giao";
      const advisory = toks.slice(Math.max(lastClauseStart(clauseStart, k + 1), k - 8), k).some((t, q, arr) => /^(tham mưu|đề xuất|kiến nghị|xin ý kiến|trình)$/.test(`${t.l} ${arr[q + 1]?.l ?? ""}`) || /^(trình|kiến)$/.test(t.l));
      const notNoun = !(prev && tight(toks[k]) && lx.assignNotAfter.has(prev.l)) && !(bareGiao && toks[after] && !isCap(toks[after]!) && lx.assignNotBefore.match(toks, after)) && toks[after]?.l !== "của" && !advisory;
      // "khẩn trương giao X …" inside an inherited clause: the actor delegates; no new task.
      const adverbOnly = !clauseStart.has(k) && lastClauseStart(clauseStart, k) >= 0 && toks.slice(lastClauseStart(clauseStart, k), k).every((t) => lx.role.match(toks, toks.indexOf(t)) || /^(khẩn|trương|chủ|động|tiếp|tục|kịp|thời|nghiêm|túc|tập|trung)$/.test(t.l));
      if (notNoun && !(adverbOnly && canInherit && k > 0)) {
        let j = after;
        if (toks[j]?.l === "cho" && tight(toks[j])) j++;
        if (toks[j]?.l === "nhiệm" && toks[j + 1]?.l === "vụ" && toks[j + 2]?.l === "cho") j += 3;
        const list = parseActorList(toks, j, pctx);
        if (list) {
          // '"Lực lượng vũ trang phải sẵn sàng …", Chủ tịch UBND tỉnh yêu cầu Bộ Chỉ huy Quân sự tỉnh.': the quote is what to do.
          if (list.next >= toks.length && /^\s*["“«]/u.test(text.slice(sent.start, toks[0]!.s + 1))) {
            starts.push({ tok: k, textTok: 0, kind: "assign", lead: list.mentions, predTok: 0 });
            protect = list.next - 1;
            subjectFound = true;
            continue;
          }
          starts.push({ tok: k, kind: "assign", lead: list.mentions, predTok: skipRoleWords(toks, list.next) });
          protect = list.next - 1;
          subjectFound = true;
          continue;
        }
        // "Đối với Sở Xây dựng, Chủ tịch UBND tỉnh giao khẩn trương khắc phục …": the actor was named first.
        if (!starts.length && toks[0]?.l === "đối" && toks[1]?.l === "với" && (isVerbAt(toks, j) || lx.role.match(toks, j))) {
          const opening = parseActorList(toks, 2, pctx);
          // The actors end at the comma before the speaker ("…, Chủ tịch UBND tỉnh giao …").
          const named = opening ? opening.mentions.filter((m) => m.end <= toks[k]!.s && !/^(Chủ tịch|Phó Chủ tịch|Giám đốc|Bộ trưởng|Thủ tướng|Phó Thủ tướng|UBND|Ủy ban)/u.test(m.text) || m === opening!.mentions[0]) : [];
          const after = named.length ? toks.findIndex((t) => t.s >= named[named.length - 1]!.end) : -1;
          if (opening && named.length && after > 0 && punct(toks[after]).includes(",")) {
            starts.push({ tok: 0, kind: "assign", lead: named, predTok: j });
            protect = j - 1;
            subjectFound = true;
            continue;
          }
        }
      }
    }
    const atAdjunct = adjunctComma.has(k) && !mainClauseSeen && starts.length === 0;
    if (!clauseStart.has(k) && !atAdjunct) continue;
    if (approval && k === 0) continue;
    // subject: "X chủ trì …", "Các phòng, đơn vị rà soát …".
    const list = parseActorList(toks, k, pctx);
    if (list && list.next < toks.length) {
      const pred = list.next;
      const predText = restText(toks, pred, text, Math.min(sent.end, toks[pred]!.s + 60));
      const subjText = text.slice(toks[k]!.s, toks[list.next - 1]!.e);
      if (lx.assign.match(toks, pred)) { protect = pred - 1; mainClauseSeen = true; continue; } // "UBND tỉnh yêu cầu X": the object leads (next loop turn).
      if (REJECT_PREDICATE.test(predText)) { protect = list.next - 1; mainClauseSeen = true; continue; }
      const qualifier = /^(nhất là|đặc biệt là|kể cả|trong đó có)(?![\p{L}])/u.test(predText);
      if (punct(toks[pred]).includes(",") && !isVerbAt(toks, pred) && !qualifier) { protect = list.next - 1; continue; }
      if (ISSUER_LIKE.test(subjText.trim())) { protect = list.next - 1; mainClauseSeen = true; continue; }
      let predTok = -1;
      if (isVerbAt(toks, pred) || /^(định kỳ|hằng|hàng|thường xuyên|trong (?:tháng|quý|năm|tuần|ngày|thời gian)|căn cứ|tiếp tục|khẩn trương|chủ động)/u.test(predText)) predTok = pred;
      else if (/^(cùng|đều|phải|cần)(?![\p{L}])/u.test(predText) && isVerbAt(toks, pred + 1)) predTok = pred;
      else if (/^được (giao|phân công)(?![\p{L}])/u.test(predText) && toks[pred + 2] && isVerbAt(toks, pred + 2)) predTok = pred + 2;
      else if (/^là (thành viên|cơ quan|đơn vị)(?![\p{L}])/u.test(predText)) {
        // "Các sở, ngành là thành viên Ban Chỉ đạo … báo cáo …": a membership apposition before the duty.
        for (let q = pred + 2; q < toks.length && q < pred + 16 && !punct(toks[q]).includes(";"); q++) if (!isCap(toks[q]!) && isVerbAt(toks, q) && !lexicon().nounCompounds.match(toks, q - 1)) { predTok = q; break; }
      }
      else if (/^là(?![\p{L}])/u.test(predText)) {
        // "X là đơn vị thường trực, có trách nhiệm …": the duty comes after the apposition.
        for (let q = pred + 1; q < toks.length && !punct(toks[q]).includes(";"); q++) if (punct(toks[q]).includes(",") && lx.role.match(toks, q) && !isCap(toks[q]!)) { predTok = q; break; }
      }
      else if (qualifier || /^(trong|ở|tại|thuộc|nhất là|đặc biệt|trên địa bàn|theo)(?![\p{L}])/u.test(predText)) {
        // A qualifier before the predicate: "Các tỉnh, thành phố trong cả nước, nhất là …, chủ động phát triển …"
        for (let q = pred + 1; q < toks.length && !punct(toks[q]).includes(";"); q++) if (lx.role.match(toks, q) && !isCap(toks[q]!)) { predTok = q; break; }
      } else if (/^(đến nay|chưa|nếu|khi)/u.test(predText)) {
        // A relative clause before the predicate: "…, Tổng công ty nhà nước đến nay chưa có báo cáo …, khẩn trương gửi …"
        for (let q = pred + 1; q < toks.length; q++) if (punct(toks[q]).includes(",") && isVerbAt(toks, q) && !isEntityStart(toks, q, pctx)) { predTok = q; break; }
      }
      if (predTok >= 0) {
        starts.push({ tok: k, textTok: introAt.get(k), kind: "subject", lead: list.mentions, predTok: skipRoleWords(toks, predTok) });
        subjectFound = true;
        // "X chỉ đạo/đôn đốc Y …": Y is whom X directs, not a new actor.
        const dm = lx.direct.match(toks, predTok);
        if (dm) {
          const obj = parseActorList(toks, predTok + dm, pctx);
          protect = obj ? obj.next - 1 : list.next - 1;
        } else protect = list.next - 1;
        continue;
      }
      protect = list.next - 1;
      continue;
    }
    // inherit: a clause that opens with what to do.
    const copula = toks.slice(k, k + 9).some((t) => t.l === "là");
    // In a bullet under an actor, the first word is what to do even when the lexicon does not know it ("- Lắp đặt …").
    const bulletVerb = bullet && k === 0 && !isEntityStart(toks, 0, pctx) && !FUNCTION_WORDS.has(toks[0]!.l) && !/^[\d(]/.test(toks[0]!.t) && !punct(toks[1]).includes(":");
    const afterOpening = introAt.get(k) === 0;
    if (canInherit && !copula && !subjectFound && (k === 0 || afterOpening || (adjunct && starts.length === 0)) && (isVerbAt(toks, k) || bulletVerb || /^(định kỳ|hằng năm|hàng năm|hằng quý|hàng quý|hằng tháng|hàng tháng)/u.test(restText(toks, k, text, sent.end)))) {
      if (k === 0 && adjunct && !isVerbAt(toks, 0)) continue;
      starts.push({ tok: k, textTok: afterOpening ? 0 : undefined, kind: "inherit", lead: null, predTok: k });
      subjectFound = true;
    }
  }
  // "Tiểu ban … hướng dẫn và yêu cầu X thực hiện …": the subject is who asks; X leads.
  starts.sort((a, b) => a.tok - b.tok);
  return starts.filter((st, i) => {
    const nx = starts[i + 1];
    if (st.kind !== "subject" || !nx || nx.kind !== "assign") return true;
    for (let q = st.tok + 1; q <= nx.tok; q++) if (punct(toks[q]).includes(";") || punct(toks[q]).includes(".")) return true;
    return false;
  });
}

function lastClauseStart(cs: Set<number>, k: number): number {
  let best = -1;
  for (const c of cs) if (c < k && c > best) best = c;
  return best;
}

/** Skip "chủ trì," at the start of a predicate (the role is not the action). */
function skipRoleWords(toks: readonly Tok[], j: number): number {
  return j;
}

interface Heading {
  title: string;
  actors: Mention[] | null;
}

/** Is this numbered block a heading (a title, maybe naming the actor of the items below)? */
function headingOf(b: Block, text: string, pctx: ParseCtx): Heading | null {
  const raw = text.slice(b.content.start, b.content.end);
  const t = raw.replace(/[:.\s]+$/u, "").trim();
  if (!t) return null;
  const endsSentence = /[.;]\s*$/.test(raw) && !/:\s*$/.test(raw);
  if (t.length > 160 || (endsSentence && t.split(/\s+/).length > 8)) return null;
  const toks = tokenize(text, b.content.start, b.content.start + t.length);
  if (!toks.length) return null;
  let k = 0;
  const first = toks[0]!.l;
  if (first === "giao" || (first === "đối" && toks[1]?.l === "với")) k = first === "giao" ? 1 : 2;
  const list = parseActorList(toks, k, pctx);
  if (list && list.next >= toks.length) return { title: t, actors: list.mentions };
  // A plain title: no verb in lower case after the first word, or all capitals, or "Về …" without a colon clause.
  const upper = t === t.toUpperCase() && /\p{Lu}/u.test(t);
  if (upper) return { title: t, actors: null };
  if (/^(Về|Đối với)\s/u.test(t) && !/:\s*\S/.test(raw) && !/,\s*\S+(\s+\S+){0,6}\s+(giao|yêu cầu|đề nghị)\s/u.test(t)) {
    if (!/:\s*$/.test(raw) && endsSentence) return null;
    return { title: t, actors: null };
  }
  if (/:\s*$/.test(raw) && toks.length <= 8 && !toks.some((x, i) => i > 0 && isVerbAt(toks, i))) return { title: t, actors: null };
  return null;
}

function sectionOf(d: Draft, blocks: readonly Block[], titles: Map<string, string>, text: string): Task["section"] {
  const b = d.block;
  const numbered = (p: string[]) => p.filter((x) => !/^[-+•*·▪○●◦–]$/.test(x));
  const own = b.kind === "paragraph" || b.kind === "bullet" || b.kind === "table-row" ? b.path : b.path;
  const path = numbered(own);
  const key = own.join("/");
  let title = titles.get(key) ?? null;
  if (!title) {
    // The title of the item the task is in: its text up to the first clause.
    const holder = holderOf(blocks).get(key);
    if (holder) {
      const t = text.slice(holder.content.start, holder.content.end);
      const m = /^((?:Về|Đối với)\s+[^:]+?)(?::|,\s*(?:\p{Lu}[\p{L}\s]*?)\s+(?:giao|yêu cầu|đề nghị)\b)/u.exec(t);
      title = m ? m[1]!.trim() : null;
    }
  }
  return { path, title };
}

/** Deadlines (sorted by start) that start in [start, end): binary search. */
function deadlinesIn(deadlines: readonly DeadlineFinding[], start: number, end: number): readonly DeadlineFinding[] {
  let lo = 0, hi = deadlines.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (deadlines[mid]!.start < start) lo = mid + 1; else hi = mid; }
  let e = lo;
  while (e < deadlines.length && deadlines[e]!.start < end) e++;
  return deadlines.slice(lo, e);
}

/** Is [start, end) inside one of the spans (sorted by start, not nested)? */
function isCovered(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let lo = 0, hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid]![0] <= start) lo = mid + 1; else hi = mid; }
  for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) if (start >= spans[k]![0] && end <= spans[k]![1]) return true;
  return false;
}

const holders = new WeakMap<readonly Block[], Map<string, Block>>();
/** The first numbered block of each path (the item a paragraph or bullet belongs to). */
function holderOf(blocks: readonly Block[]): Map<string, Block> {
  let m = holders.get(blocks);
  if (!m) {
    m = new Map();
    for (const x of blocks) if (x.kind !== "paragraph" && x.kind !== "bullet" && x.kind !== "table-row" && !m.has(x.path.join("/"))) m.set(x.path.join("/"), x);
    holders.set(blocks, m);
  }
  return m;
}

function hasOwnDeadline(d: Draft, deadlines: readonly DeadlineFinding[]): boolean {
  return deadlinesIn(deadlines, d.start, d.end).length > 0;
}

/** The task's deadline: the first one with a date, else the first one (dateless: "sau khi Luật … ban hành"). */
function firstDeadline(d: Draft, deadlines: readonly DeadlineFinding[]): Deadline | null {
  const own = deadlinesIn(deadlines, d.start, d.end);
  // A dated deadline first ("truyền số liệu liên tục …, chậm nhất ngày 30/9"), then a recurring, then an ongoing one.
  const f = own.find((x) => x.deadline.date && x.deadline.kind !== "recurring") ?? own.find((x) => x.deadline.kind === "recurring") ?? own.find((x) => x.deadline.kind === "ongoing") ?? own[0];
  return f ? f.deadline : null;
}

/** What to do: the predicate without the actor, the role words and the deadline phrase. */
function actionOf(text: string, d: Draft, pctx: ParseCtx, deadlines: readonly DeadlineFinding[]): string {
  // "chủ trì, phối hợp với A, B tham mưu" → "tham mưu". Tokens of the same text, so that the
  // registry's token cache for it is reused.
  const toks = tokenize(text, d.predStart, d.end);
  let k = 0;
  if (toks[k]?.l === "chủ" && toks[k + 1]?.l === "trì") k += 2;
  if (toks[k]?.l === "phối" && toks[k + 1]?.l === "hợp") {
    let j = k + 2;
    if (toks[j]?.l === "với" || toks[j]?.l === "cùng") j++;
    const list = parseActorList(toks, j, pctx);
    if (list) k = list.next;
  }
  const from = toks[k]?.s ?? d.end;
  let a = text.slice(from, d.end);
  for (const f of deadlinesIn(deadlines, from, d.end)) if (f.end <= d.end) a = a.replace(text.slice(f.start, f.end), " ");
  return a
    .replace(/\s+/g, " ")
    .replace(/[,;]?\s*(thời gian hoàn thành|thời hạn hoàn thành|thời gian thực hiện|thời gian|thời hạn|hoàn thành|hạn chót)\s*:?\s*[,.]?\s*$/u, "")
    .replace(/[\s,;:]+$/u, "")
    .replace(/\.\/\.$|\.$/u, "")
    .trim();
}

const ADVERBS = /^(chặt chẽ|thường xuyên|quyết liệt|tích cực|đồng bộ|hiệu quả|kịp thời|với|cùng|,|và)$/u;

/** Collaborators: the list after "phối hợp (với)" where "phối hợp" is the lead's own role. */
function collaboratorsOf(text: string, d: Draft, pctx: ParseCtx): Mention[] {
  const out: Mention[] = [];
  const toks = tokenize(text, d.predStart, d.end);
  let boundary = 0;
  for (let k = 0; k < toks.length; k++) {
    const p = punct(toks[k]);
    if (p.includes(";") || p.includes(".")) boundary = k;
    if (!(toks[k]!.l === "phối" && toks[k + 1]?.l === "hợp" && tight(toks[k + 1]))) continue;
    // "Quy chế phối hợp", "cơ chế phối hợp": a noun.
    const before = `${toks[k - 2]?.l ?? ""} ${toks[k - 1]?.l ?? ""}`;
    if ((/^(chế|trình|việc|mối|sự)$/.test(toks[k - 1]?.l ?? "") || /(hoạt động|công tác)$/.test(before)) && tight(toks[k])) continue;
    // Someone named between the clause start and "phối hợp" is the one who cooperates (đôn đốc X phối hợp …).
    let named = false;
    for (let q = boundary; q < k; q++) if (isEntityStart(toks, q, pctx) && !(toks[q]!.l === "các" && toks[q + 1]?.l === "nội")) { named = true; break; }
    if (named) continue;
    let j = k + 2;
    // "phối hợp chặt chẽ, quyết liệt với", "phối hợp và hướng dẫn".
    for (let guard = 0; guard < 6 && toks[j]; guard++) {
      if (toks[j]!.l === "và" && isVerbAt(toks, j + 1)) { j += 1 + isVerbAt(toks, j + 1); continue; }
      const two = `${toks[j]!.l} ${toks[j + 1]?.l ?? ""}`;
      if (/^(chặt chẽ|thường xuyên|quyết liệt|tích cực|đồng bộ|hiệu quả|kịp thời)$/.test(two)) { j += 2; continue; }
      if (/^(với|cùng)$/.test(toks[j]!.l)) { j++; continue; }
      break;
    }
    void ADVERBS;
    const list = parseActorList(toks, j, pctx) ?? parseBareGroup(toks, j, pctx);
    if (list) out.push(...list.mentions);
  }
  return out;
}

/** "cơ quan liên quan", "đơn vị có liên quan" without "các" (collaborator position only). */
function parseBareGroup(toks: readonly Tok[], j: number, pctx: ParseCtx) {
  const lx = lexicon();
  const n = lx.groupNouns.match(toks, j);
  if (!n || isCap(toks[j]!)) return null;
  let e = j + n;
  if (toks[e]?.l === "có" && toks[e + 1]?.l === "liên") e++;
  if (toks[e]?.l === "liên" && toks[e + 1]?.l === "quan") e += 2;
  else return null;
  const start = toks[j]!.s, end = toks[e - 1]!.e;
  const m: Mention = { start, end, text: pctx.text.slice(start, end), full: null, kind: "group", title: null, personName: null, resolved: pctx.registry.resolve(pctx.text.slice(start, end)) };
  return { mentions: [m], next: e };
}

function sameEntity(a: Mention, b: Mention): boolean {
  const k = (m: Mention) => (m.resolved && m.resolved.via !== "place" && m.kind !== "person" ? m.resolved.entry.id : lower(m.full ?? m.text));
  return k(a) === k(b);
}

function dedupe(ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) if (!out.some((o) => sameEntity(o, m))) out.push(m);
  return out;
}

const reported = new WeakMap<DiagnosticBag, Set<string>>();

function toEntity(m: Mention, diagnostics: DiagnosticBag, registry: Registry): Entity {
  const r = m.resolved;
  const mention = m.text.replace(/^(?:đồng chí|Đồng chí)\s+/u, "");
  // A generic entry resolved with a place name dropped (UBND phường Yên Bái → UBND phường): keep the place.
  let name = r && r.via !== "place" ? r.entry.name : m.personName ?? m.full ?? mention;
  // A person: the own name when given, else the title as written with its unit (not the registry's generic title).
  if (m.kind === "person") name = m.personName ?? m.full ?? mention;
  const seen = reported.get(diagnostics) ?? new Set<string>();
  reported.set(diagnostics, seen);
  if (r?.via === "misspelling" && !seen.has(`m:${m.text}`)) {
    seen.add(`m:${m.text}`);
    diagnostics.add("misspelt-unit", "warning", `Tên đơn vị viết sai: "${m.text}", đúng là "${r.entry.name}"`, m.start, m.end);
  } else if (!r && m.kind === "unit" && !seen.has(`u:${lower(m.full ?? m.text)}`)) {
    seen.add(`u:${lower(m.full ?? m.text)}`);
    const near = registry.suggest(m.full ?? m.text, 1)[0];
    const hint = near ? ` (có phải "${near.name}"?)` : "";
    diagnostics.add("unknown-unit", "info", `Đơn vị chưa có trong danh mục: "${m.full ?? m.text}"${hint}`, m.start, m.end);
  }
  if (r?.expired && !seen.has(`x:${r.entry.id}`)) {
    seen.add(`x:${r.entry.id}`);
    const succ = r.successor ? `; nay là "${r.successor.name}"` : "";
    diagnostics.add("former-unit-name", "warning", `"${m.text}" là tên cũ, không còn dùng vào ngày ban hành${succ}`, m.start, m.end);
  }
  // A registry id names one body: not a place-qualified generic entry (UBND phường + Yên Bái) nor a titled person.
  const id = r && r.via !== "place" && !(m.kind === "person" && m.personName) ? r.entry.id : null;
  return { name, mention, kind: r && m.kind !== "person" ? r.entry.kind : m.kind, id, title: m.title };
}

/** Rows of a task table (Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian …). */
const HEADER_CELL = /^(stt|tt|số tt|nội dung|nhiệm vụ|công việc|đơn vị|cơ quan|chủ trì|phối hợp|thời gian|thời hạn|tiến độ|ghi chú|sản phẩm|kết quả|cấp trình|người thực hiện|bộ phận|trách nhiệm|hình thức)/u;
const DITTO = /^(nt|-nt-|như trên|\.\.\.|”|")$/u;

/** Rows of a task table (Nhiệm vụ | Cơ quan chủ trì / Đơn vị thực hiện | Phối hợp | Thời gian …). */
function findTableTasks(ctx: TaskContext, pctx: ParseCtx): Array<{ block: Block; draft: Draft }> {
  const { blocks, source, notice } = ctx;
  const text = source.text;
  const out: Array<{ block: Block; draft: Draft }> = [];
  let cols: { lead: number; collab: number; time: number; task: number; n: number } | null = null;
  let prev: Range[] = [];
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
    const ltoks = tokenize(text, lc.start, lc.end);
    const leads = parseActorList(ltoks, 0, pctx) ?? parseBareGroup(ltoks, 0, pctx);
    if (!leads) continue;
    const cc = cell(cols.collab);
    let collabs: Mention[] = [];
    if (cc) { const ct = tokenize(text, cc.start, cc.end); collabs = (parseActorList(ct, 0, pctx) ?? parseBareGroup(ct, 0, pctx))?.mentions ?? []; }
    const tc = cell(cols.time);
    const dl = tc ? findDeadlines(text, { noticeDate: notice.date, calendar: ctx.calendar }, { start: tc.start, end: tc.end, cell: true }).deadlines[0]?.deadline ?? null : null;
    const taskCell = cell(cols.task >= 0 ? cols.task : 1);
    const draft: Draft = { start: b.start, end: b.end, lead: leads.mentions, predStart: taskCell?.start ?? b.start, block: b, sectionBlock: null, subject: null, carried: null, cellDeadline: dl, action: taskCell ? text.slice(taskCell.start, taskCell.end) : "" };
    draft.collabs = collabs;
    out.push({ block: b, draft });
  }
  return out;
}
