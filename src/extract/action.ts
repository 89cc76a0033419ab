/** What to do: the predicate without the actor, the role words and the deadline phrase. */
import type { DeadlineFinding } from "../deadline/index.js";
import { tokenize } from "./tokens.js";
import { parseActorList, type ParseCtx } from "./entities.js";
import { deadlinesIn, type Draft } from "./draft.js";

/** What to do: the predicate without the actor, the role words and the deadline phrase. */
export function actionOf(text: string, d: Draft, pctx: ParseCtx, deadlines: readonly DeadlineFinding[]): string {
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
