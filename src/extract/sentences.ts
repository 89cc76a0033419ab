/**
 * Sentences of a block: split after ".", "!", "?" (and "./.") when the next word starts with a
 * capital letter, a digit or an opening quote — not after abbreviations (TP., TS., Q., Đ/c.),
 * numbers (1.000) or inside parentheses.
 */
import type { Range } from "../model.js";

const ABBREV = /(?:^|[\s(])(?:TP|TS|ThS|PGS|GS|Tp|Q|P|TT|Đ\/c|đ\/c|v\.v|Nxb|St|K|No|Ông|Bà|Mr|Dr|V\.I|V\.III|CP|QĐ)$/u;

export function splitSentences(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let s = start;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (c !== "." && c !== "!" && c !== "?") continue;
    // "./." closes the document text.
    let j = i + 1;
    if (text.startsWith("/.", j)) j += 2;
    while (j < end && /[”"»'’)\]]/.test(text[j]!)) j++;
    if (j < end && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k < end && !/[\p{Lu}\d“"«(\-–+•]/u.test(text[k]!)) continue;
    if (c === "." && ABBREV.test(text.slice(Math.max(start, i - 8), i))) continue;
    if (c === "." && /\d$/.test(text.slice(i - 1, i)) && /^\d/.test(text.slice(k, k + 1)) && k === j) continue;
    out.push({ start: s, end: j });
    s = k;
    i = k - 1;
  }
  if (s < end && text.slice(s, end).trim()) out.push({ start: s, end: trimEnd(text, s, end) });
  return out.filter((r) => text.slice(r.start, r.end).trim());
}

function trimEnd(text: string, s: number, e: number): number {
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e;
}
