/**
 * .docx → plain text a notice parser can read, through mammoth's HTML (its raw text drops Word's
 * automatic numbering; the HTML keeps list nesting):
 *  - one paragraph per line; headings and list items too;
 *  - automatic numbering written out as the notice would type it: ordered lists "1.", "a)", "-"
 *    by depth (or the list's own format when Word's numbering definition is read), bullets "-", "+", "•";
 *  - layout tables (the two-column header, the signature block) stacked, one cell paragraph per
 *    line, row by row, left cell first; data tables (two or more rows of 3+ filled cells) as
 *    `| a | b |` rows.
 * Positions of the parse then point into this text (one line per Word paragraph).
 */
import { createRequire } from "node:module";
import { InputError } from "../errors.js";

interface Mammoth {
  convertToHtml(input: { buffer: Buffer }, options?: Record<string, unknown>): Promise<{ value: string; messages: Array<{ type: string; message: string }> }>;
}


export async function docxToText(bytes: Buffer, shown: string): Promise<{ text: string; notes: string[] }> {
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw new InputError(`${shown}: is not a .docx file (not a ZIP archive)`, shown);
  const mammoth = createRequire(import.meta.url)("mammoth") as Mammoth;
  let html: string;
  try {
    const r = await mammoth.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: false });
    html = r.value;
  } catch (e) {
    throw new InputError(`${shown}: cannot be read as a Word document (${(e as Error).message.split("\n")[0]})`, shown);
  }
  const text = htmlToText(html);
  if (!text.trim()) throw new InputError(`${shown}: the Word document has no text`, shown);
  return { text, notes: [] };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e.toLowerCase()] ?? m,
  );
}

const ROMAN: Array<[number, string]> = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) while (n >= v) { out += s; n -= v; }
  return out;
}
function letters(n: number): string {
  let s = "";
  while (n > 0) { n--; s = String.fromCharCode(97 + (n % 26)) + s; n = Math.floor(n / 26); }
  return s;
}

/** The marker a Vietnamese notice types by hand at this depth (Word lists carry no format in mammoth's HTML). */
export function listMarker(ordered: boolean, depth: number, n: number): string {
  if (!ordered) return ["-", "+", "•"][Math.min(depth, 2)]!;
  switch (depth) {
    case 0: return `${n}.`;
    case 1: return `${letters(n)})`;
    default: return "-";
  }
}

interface Cell { lines: string[] }
interface Table { rows: Cell[][]; }

/** Turns mammoth's (well-formed, small-vocabulary) HTML into lines of text. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const tables: Table[] = [];
  const lists: Array<{ ordered: boolean; n: number }> = [];
  let line = "";
  const flush = (): void => {
    const l = line.replace(/[ \t]+$/g, "");
    line = "";
    const t = tables[tables.length - 1];
    if (t) {
      const row = t.rows[t.rows.length - 1];
      const cell = row?.[row.length - 1];
      if (cell) { if (l.trim()) cell.lines.push(l); return; }
    }
    out.push(l);
  };
  const emitTable = (t: Table): string[] => {
    // a data table has at least two rows with three or more filled cells; anything else is layout
    const wide = t.rows.filter((r) => r.filter((c) => c.lines.some((l) => l.trim())).length >= 3).length;
    const lines: string[] = [];
    if (wide < 2) {
      for (const r of t.rows) {
        for (const c of r) for (const l of c.lines) lines.push(l.trim());
      }
    } else {
      for (const r of t.rows) {
        const cells = r.map((c) => c.lines.map((l) => l.trim()).join(" ").replace(/\|/g, "/"));
        if (cells.some((c) => c)) lines.push(`| ${cells.join(" | ")} |`);
      }
    }
    return lines;
  };
  const tokens = html.split(/(<[^>]+>)/);
  for (const tok of tokens) {
    if (!tok) continue;
    if (tok[0] !== "<") { line += decodeEntities(tok); continue; }
    const m = /^<(\/?)([a-z0-9]+)/i.exec(tok);
    if (!m) continue;
    const close = m[1] === "/";
    const tag = m[2]!.toLowerCase();
    switch (tag) {
      case "p": case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
        if (close) flush();
        else if (line.trim()) flush();
        break;
      case "br":
        flush();
        break;
      case "ol": case "ul":
        if (line.trim()) flush();
        if (close) lists.pop();
        else lists.push({ ordered: tag === "ol", n: 0 });
        break;
      case "li":
        if (close) { if (line.trim()) flush(); break; }
        if (line.trim()) flush();
        {
          const l = lists[lists.length - 1];
          if (l) { l.n++; line = listMarker(l.ordered, lists.length - 1, l.n) + " "; }
        }
        break;
      case "table":
        if (line.trim()) flush();
        if (close) {
          const t = tables.pop();
          if (t) {
            const lines = emitTable(t);
            const outer = tables[tables.length - 1];
            const cell = outer?.rows[outer.rows.length - 1]?.slice(-1)[0];
            if (cell) cell.lines.push(...lines);
            else out.push(...lines);
          }
        } else tables.push({ rows: [] });
        break;
      case "tr":
        if (!close) tables[tables.length - 1]?.rows.push([]);
        break;
      case "td": case "th":
        if (close) { if (line.trim()) flush(); }
        else tables[tables.length - 1]?.rows[tables[tables.length - 1]!.rows.length - 1]?.push({ lines: [] });
        break;
      default:
        break; // inline: strong, em, u, s, a, sup, sub, img
    }
  }
  if (line.trim()) flush();
  // squeeze runs of blank lines, drop leading/trailing ones
  const text = out.join("\n").replace(/\n{3,}/g, "\n\n").replace(/^\n+|\n+$/g, "");
  return text + "\n";
}
