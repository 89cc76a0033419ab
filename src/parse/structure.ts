/**
 * The body, line by line: sections and items numbered `I.`, `1.`, `1.1.`, `a)`, bullets `-`, `+`,
 * `•`, ordinal words (`Một là,`), table rows (`… | … | …`) and plain paragraphs. A notice's own
 * numbering is recognised here, not by a Markdown parser (which reads `I.` as text and swallows
 * `a)` items into lists).
 *
 * Depth comes from the order in which marker styles appear: a style seen before closes everything
 * opened after it.
 */
import type { Block, BlockKind, Line, Range } from "../model.js";

type Style = "roman" | "num" | "num2" | "num3" | "letter" | "dash" | "plus" | "dot" | "ordinal" | "star";

interface Marker {
  style: Style;
  kind: BlockKind;
  /** The marker as written ("II.", "1.2.", "a)", "-"). */
  text: string;
  /** The key used in paths ("II", "1.2", "a", "-"). */
  key: string;
  /** Offset of the content after the marker, relative to the trimmed line. */
  contentAt: number;
}

const ROMAN = /^((?:X{0,3})(?:IX|IV|V?I{0,3}))[.)/]\s+/;
const NUM_MULTI = /^(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+/;
const NUM = /^(\d{1,2})[.)]\s+/;
const LETTER = /^([a-zđ])[).]\s+/u;
const BULLET = /^([-–+•*·▪○●◦])\s*(?=\S)/u;
const ORDINAL = /^((?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là|Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\s*[,:]\s*/u;
const ORDINAL_KEYS = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

export function markerOf(t: string): Marker | null {
  let m: RegExpExecArray | null;
  if ((m = ROMAN.exec(t)) && m[1]) return { style: "roman", kind: "section", text: m[0].trim(), key: m[1], contentAt: m[0].length };
  if ((m = NUM_MULTI.exec(t))) {
    const parts = m[1]!.split(".").length;
    return { style: parts === 2 ? "num2" : "num3", kind: "item", text: m[0].trim(), key: m[1]!, contentAt: m[0].length };
  }
  if ((m = NUM.exec(t))) return { style: "num", kind: "item", text: m[0].trim(), key: m[1]!, contentAt: m[0].length };
  if ((m = LETTER.exec(t)) && !/^[a-zđ]\.\s+\p{Ll}/u.test(t)) return { style: "letter", kind: "point", text: m[0].trim(), key: m[1]!, contentAt: m[0].length };
  if ((m = ORDINAL.exec(t))) {
    const w = m[1]!.toLowerCase().replace(/^thứ\s+/, "").replace(/\s+là$/, "").replace("nhất", "một").replace("tư", "bốn");
    return { style: "ordinal", kind: "item", text: m[0].trim(), key: String(ORDINAL_KEYS.indexOf(w) + 1 || w), contentAt: m[0].length };
  }
  if ((m = BULLET.exec(t))) {
    const c = m[1]!;
    const style: Style = c === "+" ? "plus" : c === "-" || c === "–" ? "dash" : c === "*" ? "star" : "dot";
    return { style, kind: "bullet", text: c, key: c, contentAt: m[0].length };
  }
  return null;
}

/** A line that is a table row: at least two cells separated by "|". */
function tableCells(line: Line): Range[] | null {
  if (!line.text.includes("|")) return null;
  const cells: Range[] = [];
  let pos = line.start;
  const parts = line.text.split("|");
  parts.forEach((part, i) => {
    const lead = /^\s*/.exec(part)![0].length;
    const t = part.trim();
    // Empty cells keep their column (an empty "phối hợp" cell), except the edges of "| a | b |".
    if (t || (i > 0 && i < parts.length - 1)) cells.push({ start: pos + lead, end: pos + lead + t.length });
    pos += part.length + 1;
  });
  return cells.filter((c) => c.end > c.start).length >= 2 ? cells : null;
}

const BULLET_STYLES = new Set<Style>(["dash", "plus", "dot", "star"]);

const ENDS_SENTENCE = /[.;:!?)”"»]\s*$|\.\/\.\s*$/u;

export function findBlocks(text: string, lines: Line[], body: Range): Block[] {
  const blocks: Block[] = [];
  const stack: Array<{ style: Style; key: string }> = [];
  let lastLine = -2;
  let lastLead = 0;
  let lastLen = 0;
  // A hard-wrapped text (lines cut at ~80 characters): a full-width line goes on in the next one
  // even when that one starts with a capital ("… Ban QLDA ĐTXD khu vực / Đức Thọ bảo đảm …").
  const widths = lines.filter((l) => l.end > body.start && l.start < body.end).map((l) => l.text.trimEnd().length).filter((n) => n > 0);
  const wrapWidth = widths.reduce((a, n) => (n > a ? n : a), 0);
  const hardWrapped = wrapWidth >= 50 && wrapWidth <= 100 && widths.filter((n) => n >= wrapWidth - 12).length >= Math.max(5, widths.length / 4);
  for (const line of lines) {
    if (line.end <= body.start || line.start >= body.end) continue;
    const raw = line.text;
    const lead = /^[\s]*/.exec(raw)![0].length;
    const t = raw.slice(lead).trimEnd();
    const start = line.start + lead;
    if (!t || /^[-_=–—*.|:\s]{3,}$/.test(t)) continue;
    const cells = tableCells(line);
    const prevLine = lastLine;
    const prevLead = lastLead;
    const prevLen = lastLen;
    lastLine = line.index;
    lastLead = lead;
    lastLen = raw.trimEnd().length;
    if (cells && !markerOf(t.replace(/^\|\s*/, ""))?.style.startsWith("num")) {
      const filled = cells.filter((c) => c.end > c.start);
      blocks.push({ kind: "table-row", marker: null, depth: stack.length, path: stack.map((s) => s.key), start: filled[0]!.start, end: filled.at(-1)!.end, content: { start: filled[0]!.start, end: filled.at(-1)!.end }, cells });
      continue;
    }
    const marker = markerOf(t);
    if (!marker) {
      // A wrapped line: the previous block ends on the line just above, does not end a sentence, and this
      // one starts in lower case or with a digit, or hangs indented under a bullet's text.
      const prev = blocks.at(-1);
      const hanging = (lead > prevLead && prev !== undefined && prev.kind !== "paragraph") || (hardWrapped && prevLen >= wrapWidth - 12);
      if (prev && prev.kind !== "table-row" && prevLine === line.index - 1 && !ENDS_SENTENCE.test(text.slice(Math.max(prev.start, prev.end - 8), prev.end)) && (/^[\p{Ll}\d]/u.test(t) || hanging)) {
        prev.end = start + t.length; prev.content.end = prev.end; lastLead = prevLead;
        continue;
      }
      blocks.push({ kind: "paragraph", marker: null, depth: stack.length, path: stack.map((s) => s.key), start, end: start + t.length, content: { start, end: start + t.length } });
      continue;
    }
    // Close styles opened after this style; a new style opens a level.
    // A bullet never closes a numbered level: "-" used for the participants at the top and again
    // under "3. Kết luận:" is a child of item 3 there.
    const bulletStyle = BULLET_STYLES.has(marker.style);
    const lastNumbered = stack.reduce((k, s, i) => (BULLET_STYLES.has(s.style) ? k : i), -1);
    const at = stack.findIndex((s, i) => s.style === marker.style && (!bulletStyle || i > lastNumbered));
    if (at >= 0) stack.length = at;
    else if (marker.style === "roman") stack.length = 0;
    const depth = stack.length;
    const path = [...stack.map((s) => s.key), marker.key];
    stack.push({ style: marker.style, key: marker.key });
    const contentStart = start + marker.contentAt;
    blocks.push({ kind: marker.kind, marker: marker.text, depth, path, start, end: start + t.length, content: { start: contentStart, end: start + t.length } });
  }
  return blocks;
}
