import type { Line } from "../model.js";

/** Lines of the normalised text (LF only), with offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lines.push({ index: index++, start, end, text: text.slice(start, end) });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

/** The range of a line without leading and trailing white space (and table pipes). */
export function trimmedRange(line: Line): { start: number; end: number; text: string } {
  const m = /^[\s|]*/.exec(line.text)!;
  const lead = m[0].length;
  const t = line.text.slice(lead).replace(/[\s|]+$/, "");
  return { start: line.start + lead, end: line.start + lead + t.length, text: t };
}
