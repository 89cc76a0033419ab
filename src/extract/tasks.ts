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
import type { Block } from "../model.js";
import type { Reference, Task, Unassigned } from "../schema.js";
import { toPosition } from "../text/source.js";
import { findDeadlines } from "../deadline/index.js";
import { lexicon, lower } from "./lexicon.js";
import { tokenize, punct } from "./tokens.js";
import { parseActorList, isEntityStart, type Mention, type ParseCtx } from "./entities.js";
import { splitSentences } from "./sentences.js";
import { findReferences } from "./references.js";
import { deadlinesIn, firstDeadline, hasOwnDeadline, isCovered, type Draft, type TaskContext } from "./draft.js";
import { CONDITION, findStarts, isVerbAt } from "./starts.js";
import { headingOf, sectionOf } from "./headings.js";
import { collaboratorsOf } from "./collaborators.js";
import { actionOf } from "./action.js";
import { dedupe, sameEntity, toEntity } from "./output.js";
import { findTableTasks } from "./table.js";

export type { TaskContext } from "./draft.js";


const NARRATIVE = /^(ngày\s+\d|hôm nay|vào ngày|sáng ngày|chiều ngày|tham dự|dự họp|thành phần|chủ trì:|tham dự:|kính gửi|nơi nhận)/u;
const APPROVAL = /^(đồng ý|thống nhất|cơ bản thống nhất|nhất trí|cơ bản nhất trí|ghi nhận|biểu dương|hoan nghênh|đánh giá cao|tuy nhiên|trên đây là|nay thông báo)(?![\p{L}])/u;
const CARRIER = /^(thời gian hoàn thành|thời hạn hoàn thành|thời hạn|thời gian thực hiện|hạn chót|hoàn thành|kết quả|báo cáo kết quả|yêu cầu gửi|yêu cầu hoàn thiện|yêu cầu báo cáo|hồ sơ|sản phẩm|tiến độ)(?![\p{L}])/u;
// "Văn phòng UBND tỉnh thông báo ý kiến kết luận … để các cơ quan biết, thực hiện./." — not "Văn phòng Sở
// đăng tải Thông báo này …" nor "thông báo trên hệ thống loa truyền thanh để nhân dân biết" (tasks).
const CLOSING = /thông\s+báo(?!\s+(?:này|trên|qua|cho|tới|rộng rãi|kịp thời))(?:\s+\S+){0,30}?\s+(?:để|đến)(?!\s+(?:nhân dân|người dân|quần chúng))(?:\s+\S+){0,40}?\s+biết|^(nay thông báo|trên đây là|văn phòng(?:(?!đăng|tổng hợp|thực hiện|gửi|đôn đốc|theo dõi|chủ trì|phối hợp)[^.]){0,60}thông báo(?!\s+(?:này|trên|qua|cho|tới)))/u;
const GENERIC_ACTION = /^(?:(?:khẩn trương|nghiêm túc|tổ chức|chủ động)\s*,?\s*)*(?:(?:quán triệt|tổ chức|triển khai|thực hiện)(?:\s*(?:,|và)\s*|\s+))*(?:thực hiện|triển khai thực hiện|triển khai)\s*(?:\.\/\.|\.)?\s*$/u;
const INTRO_PREDICATE = /^(?:(?:tập trung|khẩn trương|nghiêm túc|chủ động)\s+)*(?:(?:chỉ đạo|tổ chức)\s+)?(?:thực hiện|triển khai(?:\s+thực hiện)?)?\s*(?:tốt\s+)?(?:một số|các|những)?\s*(?:nội dung|nhiệm vụ|giải pháp|yêu cầu|việc|công việc)(?:\s+[\p{L}]+){0,4}?\s*(?:sau đây|như sau|sau)\s*:?\s*$/u;
const CONCLUSION_HEADING = /^(kết luận|các ý kiến thống nhất|ý kiến thống nhất|thống nhất|nội dung thống nhất|kết quả (?:cuộc họp|làm việc|buổi làm việc)|giao nhiệm vụ|phân công|tổ chức thực hiện)/u;
const SKIP_SECTION = /^(mục đích|yêu cầu$|mục đích, yêu cầu|mục tiêu|quan điểm|căn cứ|thành phần|ý kiến (?:của|tham gia|phát biểu|thảo luận)|tóm tắt|đánh giá chung|kết quả (?:đạt được|thực hiện)|kết quả (?:tuần|tháng|quý|năm|công tác)(?!.*(?:nhiệm vụ|phương hướng|kế hoạch))|tình hình|nội dung (?:báo cáo|làm việc)$|tham dự|chủ trì(?:\s*:|\s+(?:cuộc|hội nghị|buổi|họp)))/u;
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
  let intro: { scope: string[]; actors: Mention[]; collabs: Mention[]; leads: boolean; marked: boolean; children: boolean } | null = null;
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

  // Minutes (biên bản): when they have a conclusions section, only it assigns tasks; the rest is
  // who said what (reports, opinions, proposals not agreed).
  const isMinutes = /^BIÊN BẢN/u.test(notice.type ?? "");
  const conclusionPaths = isMinutes
    ? blocks.filter((x) => x.kind !== "paragraph" && x.kind !== "table-row" && CONCLUSION_HEADING.test(lower(text.slice(x.content.start, x.content.end)))).map((x) => x.path)
    : [];
  // A news page without a header: its first lines without a full stop are headlines.
  const isNews = !ctx.header.numberLine && !ctx.header.nationalTitle && !ctx.header.type;
  let paragraphsSeen = 0;

  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi]!;
    if (conclusionPaths.length && b.kind !== "table-row" && !conclusionPaths.some((p) => startsWith(b.path, p) && (b.path.length > p.length || b.kind === "paragraph"))) {
      unassigned.push({ start: b.start, end: b.end, reason: "minutes: what was reported or proposed, not what was agreed" });
      continue;
    }
    if (b.kind === "paragraph") paragraphsSeen++;
    if (isNews && b.kind === "paragraph" && paragraphsSeen <= 3 && !/[.!?:;…"”)]\s*$/u.test(text.slice(b.content.start, b.content.end)) && text.slice(b.content.start, b.content.end).split(/\s+/).length <= 30) {
      unassigned.push({ start: b.start, end: b.end, reason: "headline" });
      continue;
    }
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
    // A bulleted intro whose items were nested below it ends at its next sibling
    // ("- Chủ trì … cụ thể:" / "+ …" / "+ …" / "- next task"); a flat list keeps it.
    if (intro && intro.marked && b.path.length > intro.scope.length) intro.children = true;
    else if (intro && intro.marked && intro.children && b.path.length === intro.scope.length) intro = null;
    let inherited: Mention[] | null = null;
    let inheritedCollabs: Mention[] = [];
    let headingDepth = -1;
    for (let k = anc.length - 1; k >= 0 && !inherited; k--) { inherited = headingActors.get(pathKey(anc[k]!.path)) ?? null; if (inherited) headingDepth = anc[k]!.path.length; }
    // A heading names the actor; a deeper intro may refine it. Its collaborators carry over only
    // when the intro assigns a lead role ("X chủ trì, phối hợp với Y thực hiện các nội dung sau:") or
    // its last clause leads into the list ("Phối hợp với Y thực hiện các nội dung sau:"), not when it
    // states a general duty apart ("chủ động phối hợp thường xuyên với Y, trong đó tập trung … sau:").
    if (intro && !inherited) { inherited = intro.actors; inheritedCollabs = intro.collabs; }
    else if (intro && intro.scope.length >= headingDepth) { inherited = intro.actors; inheritedCollabs = intro.leads ? intro.collabs : []; }

    const cText = text.slice(b.content.start, b.content.end);
    // A heading: "1. Sở Công Thương", "### 4. Giao Ban Pháp chế", "2. Đối với Thủ đô Hà Nội", "II. NHIỆM VỤ …".
    if (b.kind !== "paragraph" && b.kind !== "bullet") {
      let heading = headingOf(b, text, pctx);
      // "2.5. Các đồng chí … được phân công theo dõi địa bàn" / "Các đồng chí … được phân công theo dõi
      // địa bàn chủ động …": a title the paragraph below repeats is a heading, whatever its words.
      const nb = blocks[bi + 1];
      if (!heading && nb && nb.kind === "paragraph" && !/[.;:!?…]\s*$/u.test(cText)) {
        const norm = (x: string) => lower(x).replace(/\s+/g, " ").trim();
        const own = norm(cText);
        if (own.split(" ").length >= 3 && norm(text.slice(nb.content.start, nb.content.end)).startsWith(own)) heading = { title: cText.trim(), actors: null };
      }
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
        const speaker = /^\s*(?:chỉ đạo|yêu cầu|đề nghị|kết luận|lưu ý|giao)\s*:\s*$/u.test(pred) || /(?:^|\s)(?:chỉ đạo|kết luận|yêu cầu|thống nhất|có ý kiến(?: chỉ đạo)?|giao nhiệm vụ|đề nghị|lưu ý|(?:xây dựng|ban hành) (?:kế hoạch|hướng dẫn|thông báo|quy chế|phương án))(?:\s+\S+){0,8}?\s+như sau\s*:?$/u.test(pred);
        if (!speaker) intro = { scope: b.path, actors: lastDraft.lead, collabs: collaboratorsOf(text, lastDraft, pctx), leads: /(?:^|\s)chủ trì(?:\s|,|$)/u.test(lower(text.slice(lastDraft.start, lastDraft.end))) || /(?:^|\s)phối hợp(?:\s|$)/u.test(lower(text.slice(lastDraft.start, lastDraft.end)).split(/[,;]/u).pop() ?? ""), marked: b.kind !== "paragraph", children: false };
        const bare = /^(?:(?:có trách nhiệm|chịu trách nhiệm|chủ trì|cần|phải|thực hiện)\s*)?:?$/u.test(action.replace(/\s+/g, " ").trim());
        // "(Chủ trì,) phối hợp với Y thực hiện các nội dung sau:" leads in as much as "thực hiện các nội dung sau:".
        const leadIn = pred.replace(/^\s*(?:chủ trì\s*,?\s*)?phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+.{1,160}?\s+(?=(?:thực hiện|triển khai|tổ chức thực hiện)\s)/u, "");
        if (speaker || bare || INTRO_PREDICATE.test(pred) || INTRO_PREDICATE.test(leadIn) || /^[\s,]*(?:(?:cụ thể|gồm|bao gồm)\s*)?(?:(?:như sau|sau đây|sau)\s*)?:?\s*$/u.test(pred)) {
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
