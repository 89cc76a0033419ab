/**
 * Text layout for the terminal: display width (string-width: combining marks 0, wide CJK/emoji 2)
 * and word wrapping that breaks over-long words by grapheme cluster.
 */
import stringWidth from "string-width";

const graphemes = new Intl.Segmenter("vi", { granularity: "grapheme" });

export const displayWidth = (s: string): number => stringWidth(s);

/** Pad with spaces to `width` display columns (never cuts). */
export function padEnd(s: string, width: number): string {
  const w = stringWidth(s);
  return w >= width ? s : s + " ".repeat(width - w);
}

/** Cut to at most `width` columns, ending with "…" when cut. */
export function truncate(s: string, width: number): string {
  if (stringWidth(s) <= width) return s;
  if (width <= 0) return "";
  let out = "";
  for (const { segment } of graphemes.segment(s)) {
    if (stringWidth(out + segment) > width - 1) break;
    out += segment;
  }
  return out.trimEnd() + "…";
}

/** Split a word that is wider than `width` into pieces of at most `width` columns. */
function breakWord(word: string, width: number): string[] {
  const out: string[] = [];
  let cur = "";
  for (const { segment } of graphemes.segment(word)) {
    if (cur && stringWidth(cur + segment) > width) { out.push(cur); cur = ""; }
    cur += segment;
  }
  if (cur) out.push(cur);
  return out;
}

/** Wrap text into lines of at most `width` display columns (whitespace collapsed). */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  let cur = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = stringWidth(word) > w ? breakWord(word, w) : [word];
    for (const piece of pieces) {
      if (!cur) cur = piece;
      else if (stringWidth(cur) + 1 + stringWidth(piece) <= w) cur += " " + piece;
      else { lines.push(cur); cur = piece; }
    }
  }
  if (cur) lines.push(cur);
  return lines.length ? lines : [""];
}
