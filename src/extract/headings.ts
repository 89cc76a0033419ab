/** Headings of the body: titles, actor headings ("1. Sở Công Thương"), and the section of a task. */
import type { Block } from "../model.js";
import type { Task } from "../schema.js";
import { tokenize } from "./tokens.js";
import { lexicon } from "./lexicon.js";
import { parseActorList, type Mention, type ParseCtx } from "./entities.js";
import { isVerbAt } from "./starts.js";
import type { Draft } from "./draft.js";

export interface Heading {
  title: string;
  actors: Mention[] | null;
}

/** Is this numbered block a heading (a title, maybe naming the actor of the items below)? */
export function headingOf(b: Block, text: string, pctx: ParseCtx): Heading | null {
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
  else if ((first === "đề" && toks[1]?.l === "nghị") || (first === "yêu" && toks[1]?.l === "cầu")) k = 2;
  const list = parseActorList(toks, k, pctx);
  // The whole heading is the actor list (a qualifier left over without a verb is fine: "…, trung tâm giáo dục thường xuyên").
  if (list && (list.next >= toks.length || (toks.length - list.next <= 6 && !toks.slice(list.next).some((_, q) => lexicon().verbs.match(toks, list.next + q) && !lexicon().role.match(toks, list.next + q))))) return { title: t, actors: list.mentions };
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

export function sectionOf(d: Draft, blocks: readonly Block[], titles: Map<string, string>, text: string): Task["section"] {
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
