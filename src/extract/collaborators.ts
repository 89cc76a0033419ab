/** Collaborators: those after "phối hợp (với)" where "phối hợp" is the lead's own role. */
import { lexicon } from "./lexicon.js";
import { tokenize, isCap, punct, tight, type Tok } from "./tokens.js";
import { parseActorList, isEntityStart, type Mention, type ParseCtx } from "./entities.js";
import { isVerbAt } from "./starts.js";
import type { Draft } from "./draft.js";

/** Collaborators: the list after "phối hợp (với)" where "phối hợp" is the lead's own role. */
export function collaboratorsOf(text: string, d: Draft, pctx: ParseCtx): Mention[] {
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
    const list = parseActorList(toks, j, pctx) ?? parseBareGroup(toks, j, pctx);
    if (list) out.push(...list.mentions);
  }
  return out;
}

/** "cơ quan liên quan", "đơn vị có liên quan" without "các" (collaborator position only). */
export function parseBareGroup(toks: readonly Tok[], j: number, pctx: ParseCtx) {
  const lx = lexicon();
  const n = lx.groupNouns.match(toks, j);
  if (!n || isCap(toks[j]!)) return null;
  let e = j + n;
  if (toks[e]?.l === "có" && toks[e + 1]?.l === "liên") e++;
  if (toks[e]?.l === "liên" && toks[e + 1]?.l === "quan") e += 2;
  else {
    // "đơn vị tư vấn thiết kế", "chủ đầu tư": a bare group noun and its lower-case words, up to the verb.
    let q = e;
    while (q < toks.length && q - e < 4 && punct(toks[q]) === "" && !isCap(toks[q]!) && !isVerbAt(toks, q)) q++;
    if (q < toks.length && !isVerbAt(toks, q) && punct(toks[q]) === "") return null;
    e = q;
  }
  const start = toks[j]!.s, end = toks[e - 1]!.e;
  const m: Mention = { start, end, text: pctx.text.slice(start, end), full: null, kind: "group", title: null, personName: null, resolved: pctx.registry.resolve(pctx.text.slice(start, end)) };
  return { mentions: [m], next: e };
}
