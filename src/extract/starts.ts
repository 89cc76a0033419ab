/**
 * Where tasks start in one sentence: at an assignment ("Giao X", "đề nghị X", "UBND tỉnh yêu cầu X"),
 * at a subject with its duty ("X chủ trì", "X có trách nhiệm", "X cần"), or at what to do when the
 * actor is inherited (a bullet under "1. Sở Công Thương", after an intro clause).
 */
import type { Range } from "../model.js";
import { lexicon, lower } from "./lexicon.js";
import { isCap, punct, tight, type Tok } from "./tokens.js";
import { parseActorList, isEntityStart, type Mention, type ParseCtx } from "./entities.js";

export interface Start {
  tok: number;
  /** Where the task's text starts (an intro word such as "Riêng" before the actor), default tok. */
  textTok?: number;
  kind: "assign" | "subject" | "inherit";
  lead: Mention[] | null;
  predTok: number;
}

// Words that never open a task's predicate.
export const FUNCTION_WORDS = new Set(["đã", "đang", "sẽ", "vừa", "được", "nhằm", "để", "theo", "về", "tại", "với", "đối", "trong", "khi", "nếu", "sau", "trước", "cùng", "không", "là", "cũng", "mới", "chưa", "còn", "đến", "từ"]);

const REJECT_PREDICATE = /^((?:báo cáo|trình bày|phát biểu|cho biết|nêu|giải trình)\s*:|chủ trì (?:hội nghị|cuộc|buổi|phiên|hội thảo)|chủ trì\s*[;.]?$|đã|vừa|đang|sẽ|được(?! (?:giao|phân công))|cũng|xin|trân trọng|nhận được|có văn bản|có ý kiến(?: chỉ đạo)? như sau|có ý kiến chỉ đạo|kết luận|ghi nhận|đánh giá cao|thông báo(?!\s+(?:trên|qua|cho|tới|rộng rãi|kịp thời|công khai|bằng))|chủ trì cuộc|tổ chức cuộc|trình bày|nhất trí|thống nhất|đồng ý|cùng thống nhất|cùng nhau|báo cáo tình hình hoạt động)(?![\p{L}])/u;

const ADJUNCT_OPENER = /^(về|đối với|trên cơ sở|trong quá trình|trong thời gian|trong (?:tháng|quý|năm|tuần|dịp|thời hạn)|từ nay|đến hết|chậm nhất|trước ngày|sau khi|ngay sau khi|ngay khi|căn cứ|thực hiện|xét|để|nhân dịp|tại|trường hợp|nếu|khi|theo đó|theo|ngoài ra|bên cạnh đó|đồng thời|trong đó|riêng|do vậy|do đó|vì vậy|vì thế|qua đó|mặt khác|đặc biệt|năm là|hai là)(?![\p{L}])/u;

/** A condition or time that opens the sentence belongs to its directive ("Trường hợp cần thiết, Bộ X đề xuất …"). */
export const CONDITION = /^(trường hợp|trong trường hợp|nếu|khi|sau khi (?!nghe)|ngay sau khi|trong quá trình|trong thời gian)(?![\p{L}])/u;

const CLAUSE_INTRO = /^(trong đó|đồng thời|riêng|theo đó|ngoài ra|bên cạnh đó|do vậy|do đó|vì vậy|mặt khác|đặc biệt là|đặc biệt)(?![\p{L}])/u;

// The issuing level itself, without a place name ("UBND tỉnh ghi nhận …", "UBND Thành phố cũng mời …").
const ISSUER_LIKE = /^(?:UBND|[ỦU]y ban nhân dân|Uỷ ban nhân dân|ủy ban nhân dân|UB)\s+(?:tỉnh|[Tt]hành phố|TP\.?)$|^(?:[Tt]hành phố|[Tt]ỉnh)$/u;

export const isVerbAt = (toks: readonly Tok[], j: number): number => {
  const t = toks[j];
  if (!t) return 0;
  const lx = lexicon();
  const m = Math.max(lx.verbs.match(toks, j), lx.role.match(toks, j), lx.direct.match(toks, j));
  if (m >= 2) return m;
  return FUNCTION_WORDS.has(t.l) ? 0 : m;
};

export const restText = (toks: readonly Tok[], j: number, text: string, end: number): string => (toks[j] ? lower(text.slice(toks[j]!.s, end)) : "");

/** Where tasks start in one sentence. */
export function findStarts(toks: readonly Tok[], text: string, sent: Range, pctx: ParseCtx, canInherit: boolean, approval: boolean, bullet = false): Start[] {
  const lx = lexicon();
  const starts: Start[] = [];
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
  // "…; trường hợp phải nhập khẩu bổ sung than, TKV báo cáo …": after a condition inside the sentence, the
  // comma that closes it may open a clause with its own actor.
  const condComma = new Set<number>();
  for (const k of clauseStart) {
    if (k === 0 || !toks[k]) continue;
    if (!/^(?:trường hợp|trong trường hợp|nếu|khi|sau khi|ngay sau khi)(?![\p{L}])/u.test(restText(toks, k, text, Math.min(sent.end, toks[k]!.s + 30)))) continue;
    for (let q = k + 1; q < toks.length && !clauseStart.has(q); q++) if (punct(toks[q]).includes(",")) { condComma.add(q); break; }
  }
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
          starts.push({ tok: k, kind: "assign", lead: list.mentions, predTok: list.next });
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
    const atAdjunct = (adjunctComma.has(k) && !mainClauseSeen && starts.length === 0) || condComma.has(k);
    if (!clauseStart.has(k) && !atAdjunct) continue;
    if (approval && k === 0) continue;
    // subject: "X chủ trì …", "Các phòng, đơn vị rà soát …".
    const list = parseActorList(toks, k, pctx);
    if (list && list.next < toks.length) {
      const pred = list.next;
      const predText = restText(toks, pred, text, Math.min(sent.end, toks[pred]!.s + 60));
      const subjText = text.slice(toks[k]!.s, toks[list.next - 1]!.e);
      const am2 = lx.assign.match(toks, pred);
      if (am2 && parseActorList(toks, pred + am2 + (toks[pred + am2]?.l === "cho" ? 1 : 0), pctx)) { protect = pred - 1; mainClauseSeen = true; continue; } // "UBND tỉnh yêu cầu X": the object leads (next loop turn).
      // "Đối với Sở Xây dựng, Chủ tịch UBND tỉnh giao khẩn trương …": the speaker assigns the topic.
      if (am2 && k > 0 && toks[0]!.l === "đối" && toks[1]?.l === "với" && starts.length === 0) {
        const topic = parseActorList(toks, 2, pctx);
        const named = topic ? topic.mentions.filter((m) => m.end <= toks[k]!.s) : [];
        if (named.length && punct(toks[k]).includes(",") && toks[pred + am2] && !isCap(toks[pred + am2]!)) {
          starts.push({ tok: 0, kind: "assign", lead: named, predTok: pred + am2 });
          protect = pred + am2 - 1;
          subjectFound = true;
          mainClauseSeen = true;
          continue;
        }
      }
      if (REJECT_PREDICATE.test(predText)) { protect = list.next - 1; mainClauseSeen = true; continue; }
      const qualifier = /^(nhất là|đặc biệt là|kể cả|trong đó có)(?![\p{L}])/u.test(predText);
      if (punct(toks[pred]).includes(",") && !isVerbAt(toks, pred) && !qualifier) { protect = list.next - 1; continue; }
      if (ISSUER_LIKE.test(subjText.trim())) { protect = list.next - 1; mainClauseSeen = true; continue; }
      let predTok = -1;
      if (isVerbAt(toks, pred) || /^(định kỳ|hằng|hàng|thường xuyên|trong (?:tháng|quý|năm|tuần|ngày|thời gian)|căn cứ|tiếp tục|khẩn trương|chủ động)/u.test(predText)) predTok = pred;
      else if (/^(cùng|đều|phải|cần)(?![\p{L}])/u.test(predText) && isVerbAt(toks, pred + 1)) predTok = pred;
      else if (/^được (giao|phân công)(?![\p{L}])/u.test(predText)) {
        // "X được giao chủ trì …", "X được phân công phụ trách địa bàn chủ động nắm tình hình …"
        const n = /^được phân công/u.test(predText) ? 3 : 2;
        for (let q = pred + n; q < toks.length && q < pred + n + 8 && !punct(toks[q]).includes(";"); q++) if (!isCap(toks[q]!) && isVerbAt(toks, q)) { predTok = q; break; }
      }
      else if (/^là (thành viên|cơ quan|đơn vị)(?![\p{L}])/u.test(predText)) {
        // "Các sở, ngành là thành viên Ban Chỉ đạo … báo cáo …": a membership apposition before the duty.
        for (let q = pred + 2; q < toks.length && q < pred + 16 && !punct(toks[q]).includes(";"); q++) if (!isCap(toks[q]!) && isVerbAt(toks, q) && !lexicon().nounCompounds.match(toks, q - 1)) { predTok = q; break; }
      }
      else if (/^là(?![\p{L}])/u.test(predText)) {
        // "X là đơn vị thường trực, có trách nhiệm …": the duty comes after the apposition.
        for (let q = pred + 1; q < toks.length && !punct(toks[q]).includes(";"); q++) if (punct(toks[q]).includes(",") && lx.role.match(toks, q) && !isCap(toks[q]!)) { predTok = q; break; }
      }
      else if (qualifier || /^(trong|ở|tại|thuộc|nhất là|đặc biệt|trên địa bàn|theo|vùng|ven|dọc|nơi|có)(?![\p{L}])/u.test(predText)) {
        // A qualifier before the predicate: "Các tỉnh, thành phố trong cả nước, nhất là …, chủ động phát triển …"
        for (let q = pred + 1; q < toks.length && !punct(toks[q]).includes(";"); q++) {
          if (isCap(toks[q]!)) continue;
          const prevL = toks[q - 1]!.l;
          if (lx.role.match(toks, q) || (isVerbAt(toks, q) && (/^(giao|công|huyện|tỉnh|xã|phường|quận|mình|vụ|năng)$/.test(prevL) || isCap(toks[q - 1]!)))) { predTok = q; break; }
        }
      } else if (/^(đến nay|chưa|nếu|khi)/u.test(predText)) {
        // A relative clause before the predicate: "…, Tổng công ty nhà nước đến nay chưa có báo cáo …, khẩn trương gửi …"
        for (let q = pred + 1; q < toks.length; q++) if (punct(toks[q]).includes(",") && isVerbAt(toks, q) && !isEntityStart(toks, q, pctx)) { predTok = q; break; }
      }
      if (predTok >= 0) {
        starts.push({ tok: k, textTok: introAt.get(k), kind: "subject", lead: list.mentions, predTok: predTok });
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
    // "Phát triển … là nhiệm vụ quan trọng" is a statement; "Là cơ quan thường trực, chủ trì …" opens a duty.
    const copula = toks.slice(k, k + 9).some((t) => t.l === "là") && !(k === 0 && toks[0]!.l === "là" && /^(cơ|đơn|đầu)$/.test(toks[1]?.l ?? ""));
    // In a bullet under an actor, the first word is what to do even when the lexicon does not know it ("- Lắp đặt …").
    const bulletVerb = bullet && k === 0 && !isEntityStart(toks, 0, pctx) && (!FUNCTION_WORDS.has(toks[0]!.l) || /^(không|là)$/.test(toks[0]!.l)) && !/^[\d(]/.test(toks[0]!.t) && !punct(toks[1]).includes(":");
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

