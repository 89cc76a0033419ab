/**
 * The header and footer of a notice, from the usual layouts: stacked lines, the two-column header
 * flattened onto one line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), table cells
 * ("VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA …"), Markdown tables with <br>, a blank number ("Số: /TB-…"),
 * web-page debris before and after the document.
 *
 * Lines are cut into segments (table cells, the two halves of a flattened line); each recogniser
 * looks at segments. The body is what lies between the header and "Nơi nhận" / the signature.
 */
import { z } from "zod";
import type { Found, HeaderInfo, Line, Range } from "../model.js";
import type { Notice } from "../schema.js";
import type { DiagnosticBag } from "../diagnostics.js";
import { loadGrammar } from "../grammar/load.js";
import { isoDate, validDate } from "../text/dates.js";

const DocTypesSchema = z.object({
  types: z.array(z.object({ code: z.string(), name: z.string() })),
  copies: z.array(z.string()),
  authorities: z.array(z.string()),
});
export const docTypes = () => loadGrammar("doc-types", DocTypesSchema);

export interface Segment extends Range {
  line: number;
  text: string;
}

const NATIONAL = /C[ỘO]NG\s+H[ÒO]À?A?\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A(\s+VI[ỆE]T\s+NAM)?/iu;
const NATIONAL_HEAD = /C[ỘO]NG\s+H(?:ÒA|OÀ|OA)\s+X[ÃA]\s+H[ỘO]I/iu;
const MOTTO = /Đ[ộo]c\s+l[ậa]p\s*[-–—]\s*T[ựu]\s+do\s*[-–—]\s*H[ạa]nh\s+ph[úu]c/iu;
const NUMBER = /^(?:S[ốo]\s*(?:hiệu)?\s*[:：]?)\s*(\S*?)\s*\/\s*([\p{L}\d][\p{L}\p{M}\d.&\-–/]*)/u;
const PLACE_DATE =
  /^(\p{Lu}[\p{L}\p{M}.]*(?:\s+[\p{Lu}\d][\p{L}\p{M}.]*){0,4})\s*,\s*ngày\s*(\d{1,2}|[.…\s]*)\s*tháng\s*(\d{1,2}|[.…\s]*)\s*năm\s*(\d{4})?\s*\.?$/u;
const AUTHORITY = /^(TM|KT|TL|TUQ|Q)\.\s*(.*)$/u;
const KINH_GUI = /^K[íi]nh\s+g[ửu]i\s*:?\s*(.*)$/iu;
const NOI_NHAN = /^N[ơo]i\s+nh[ậa]n\s*:?\s*(.*)$/iu;
const VV = /^V\/v\b\.?\s*(.*)$/iu;
const SEPARATOR = /^[-_=–—*.\s]{3,}$/;
const ORG_HEAD =
  /^(VĂN PHÒNG|SỞ|PHÒNG|BAN|TIỂU BAN|TRUNG TÂM|CHI CỤC|CỤC|TỔNG CỤC|VỤ|VIỆN|THANH TRA|ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|BỘ|ĐẢNG ỦY|ĐẢNG UỶ|CÔNG TY|TRƯỜNG|BỆNH VIỆN|ĐÀI|BÁO|KHO BẠC|CÔNG AN|BỘ CHỈ HUY|ĐOÀN)\b/u;
const PLACE_WORD = /^(TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|VÀ|CỦA|THUỘC|TRUNG ƯƠNG)\b/u;

/** Is this text (mostly) upper case letters? */
export function isUpper(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, "");
  if (letters.length < 2) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  return upper / letters.length > 0.85;
}

/** Cut lines into segments: table cells, and the left/right halves of a flattened two-column line. */
export function segmentsOf(lines: Line[], from = 0, to = lines.length): Segment[] {
  const out: Segment[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const cells = line.text.split("|");
    let pos = line.start;
    for (const cell of cells) {
      const lead = /^\s*/.exec(cell)![0].length;
      const t = cell.trim();
      if (t && !/^:?-{2,}:?$/.test(t)) for (const part of splitTwoColumns(t)) out.push({ line: i, start: pos + lead + part.offset, end: pos + lead + part.offset + part.text.length, text: part.text });
      pos += cell.length + 1;
    }
  }
  return out;
}

/** "ỦY BAN NHÂN DÂN CỘNG HÒA …" → two parts; "Số: 393/UBND-KGVX Hậu Giang, ngày …" → two parts. */
function splitTwoColumns(t: string): Array<{ offset: number; text: string }> {
  const cut = (i: number) => [{ offset: 0, text: t.slice(0, i).trimEnd() }, { offset: i, text: t.slice(i) }].filter((p) => p.text);
  let m = NATIONAL_HEAD.exec(t);
  if (m && m.index > 0) return cut(m.index);
  m = MOTTO.exec(t);
  if (m && m.index > 0) return cut(m.index);
  m = /^(S[ốo]\s*:\s*\S*\s*\/\s*\S+)\s+(?=\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*)*\s*,\s*ngày)/u.exec(t);
  if (m) return cut(m[0].length);
  return [{ offset: 0, text: t }];
}

function found<T>(value: T, s: { start: number; end: number }): Found<T> {
  return { value, range: { start: s.start, end: s.end } };
}

const BODY_OPENER = /^(Ngày\s+\d|Căn\s+cứ|Thực\s+hiện|Xét\s|Sau\s+khi|Theo\s+đề\s+nghị|Hôm\s+nay|Tại\s|Nhân\s+dịp|Trên\s+cơ\s+sở|Để\s|Về\s|I\.\s|1\.\s)/u;

/** The header: recognisers over the first lines. Scans at most 80 lines, stops at the first prose line after an anchor. */
export function findHeader(lines: Line[], text: string): HeaderInfo {
  const h: HeaderInfo = {
    nationalTitle: null, motto: null, issuer: null, parentIssuer: null, numberLine: null, placeDate: null,
    type: null, subject: null, addressees: null, recipients: null, signer: null,
  };
  const limit = Math.min(lines.length, 80);
  const segs = segmentsOf(lines, 0, limit);
  const types = docTypes().types;
  let lastHeaderLine = -1;
  let firstAnchorLine = -1;
  const anchor = (line: number) => {
    lastHeaderLine = Math.max(lastHeaderLine, line);
    if (firstAnchorLine < 0 || line < firstAnchorLine) firstAnchorLine = line;
  };
  let stopLine = limit;
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k]!;
    if (s.line >= stopLine) break;
    const t = s.text;
    let m: RegExpExecArray | null;
    if (!h.nationalTitle && NATIONAL.test(t)) {
      const mm = NATIONAL.exec(t)!;
      // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" with "VIỆT NAM" on the next segment (a table cell broken in two).
      let value = mm[0], end = s.start + mm.index + mm[0].length;
      const next = segs[k + 1];
      if (!mm[1] && next && /^VI[ỆE]T\s+NAM\b/u.test(next.text)) { value += " " + next.text.slice(0, 8); end = next.start + 8; }
      h.nationalTitle = { value, range: { start: s.start + mm.index, end } };
      anchor(s.line);
      continue;
    }
    if (!h.motto && (m = MOTTO.exec(t))) { h.motto = { value: m[0], range: { start: s.start + m.index, end: s.start + m.index + m[0].length } }; anchor(s.line); continue; }
    if (!h.numberLine && (m = NUMBER.exec(t)) && /^S[ốo]/u.test(t)) {
      const raw = t.replace(/^S[ốo]\s*(?:hiệu)?\s*[:：]?\s*/u, "");
      let number = m[1]!.replace(/\s+/g, "") || null;
      let symbol = m[2]!.replace(/[.,;]+$/, "");
      // Party documents: "Số 215-TB/HU" (number-type/issuer).
      const party = number ? /^(\d+)-(\p{L}+)$/u.exec(number) : null;
      if (party) { number = party[1]!; symbol = `${party[2]}/${symbol}`; }
      if (/\d/.test(number ?? "") || number === null) {
        h.numberLine = found({ raw: raw.trim(), number: number && /^\d/.test(number) ? number : null, symbol }, s);
        anchor(s.line);
        continue;
      }
    }
    if (!h.placeDate && (m = PLACE_DATE.exec(t))) {
      const blank = (x: string | undefined) => (x && /\d/.test(x) ? x : null);
      h.placeDate = found({ raw: t, place: m[1]!.trim(), day: blank(m[2]), month: blank(m[3]), year: m[4] ?? null }, s);
      anchor(s.line);
      continue;
    }
    if (!h.type) {
      const tt = t.replace(/[*#\s]+$/g, "").trim();
      const type = types.find((d) => tt === d.name || (tt.startsWith(d.name + " ") && isUpper(tt) && tt.length < 40));
      if (type && (firstAnchorLine >= 0 || s.line < 30)) {
        h.type = found(tt, s);
        anchor(s.line);
        // Subject: the next non-blank paragraph (up to a separator, a blank line or a body opener).
        const subj = subjectAfter(lines, s.line + 1);
        if (subj) { h.subject = subj.found; anchor(subj.lastLine); k = segs.findIndex((x) => x.line > subj.lastLine) - 1; if (k < -1) k = segs.length; }
        continue;
      }
    }
    if (!h.subject && (m = VV.exec(t))) {
      // "V/v …" may run over two lines.
      let end = s.end, value = t;
      const next = lines[s.line + 1];
      if (next && next.text.trim() && !/^(S[ốo]|K[íi]nh|\p{Lu}[\p{L}\s]*,\s*ngày)/u.test(next.text.trim()) && !isUpper(next.text) && next.text.trim().length < 80 && !NATIONAL.test(next.text) && !MOTTO.test(next.text) && !/[.:]$/.test(t)) {
        value += " " + next.text.trim(); end = next.start + next.text.trimEnd().length; anchor(s.line + 1);
      }
      h.subject = found(value, { start: s.start, end });
      anchor(s.line);
      continue;
    }
    if (!h.addressees && (m = KINH_GUI.exec(t))) {
      const list: string[] = [];
      let end = s.end, lastLine = s.line;
      if (m[1]!.trim()) list.push(cleanListItem(m[1]!));
      for (let j = k + 1; j < segs.length; j++) {
        const n = segs[j]!;
        if (n.line > lastLine + (list.length ? 2 : 4)) break;
        if (/^[-–+•]\s*/.test(n.text) || (list.length === 0 && n.line <= s.line + 2 && !BODY_OPENER.test(n.text) && n.text.length < 200)) {
          list.push(cleanListItem(n.text, true)); end = n.end; lastLine = n.line; k = j;
          if (list.length && !/^[-–+•]/.test(n.text) && /[.]$/.test(n.text)) break;
        } else if (list.length && (/^\p{Ll}/u.test(n.text) || /,$/.test(list[list.length - 1]!)) && n.text.length < 80) {
          list[list.length - 1] = list[list.length - 1]!.replace(/,$/, ",") + " " + n.text.replace(/[;.]\s*$/, ""); end = n.end; lastLine = n.line; k = j;
        } else if (n.text.startsWith("(") && n.text.length < 80) { lastLine = n.line; k = j; }
        else break;
      }
      h.addressees = found(list.map((x) => x.replace(/,$/, "")), { start: s.start, end });
      anchor(lastLine);
      continue;
    }
    // Prose after the header's anchors: the header is over.
    if (firstAnchorLine >= 0 && isProse(t) && s.line > lastHeaderLine) { stopLine = s.line; break; }
  }
  // Issuer: upper-case lines of the left column before the number line (or the Quốc hiệu).
  const issuerEnd = h.numberLine ? lineOf(segs, h.numberLine.range.start) : h.nationalTitle ? lineOf(segs, h.nationalTitle.range.start) + 1 : -1;
  if (issuerEnd >= 0) {
    const cand = segs.filter((x) => x.line <= issuerEnd && x.line >= Math.max(0, firstAnchorLine - 6) && isUpper(x.text) && !NATIONAL.test(x.text) && !MOTTO.test(x.text) && !SEPARATOR.test(x.text) && !/^S[ốo]\s*:/u.test(x.text) && !PLACE_DATE.test(x.text) && !/^VI[ỆE]T\s+NAM$/u.test(x.text) && x.text.length < 90);
    // Keep the run of upper-case segments just before the number line.
    const run: Segment[] = [];
    for (let i = cand.length - 1; i >= 0; i--) {
      const c = cand[i]!;
      if (run.length && run[0]!.line - c.line > 2) break;
      run.unshift(c);
    }
    if (run.length) {
      const groups: Segment[][] = [];
      for (const c of run) {
        if (!groups.length || (ORG_HEAD.test(c.text) && !PLACE_WORD.test(c.text) && groups[groups.length - 1]!.length > 0 && !/\b(VÀ|CỦA)$/u.test(groups[groups.length - 1]!.at(-1)!.text))) groups.push([c]);
        else groups[groups.length - 1]!.push(c);
      }
      const asFound = (g: Segment[]) => found(g.map((x) => x.text.replace(/\s+/g, " ")).join(" "), { start: g[0]!.start, end: g.at(-1)!.end });
      h.issuer = asFound(groups.at(-1)!);
      if (groups.length > 1) h.parentIssuer = asFound(groups.slice(0, -1).flat());
      if (firstAnchorLine < 0 || run[0]!.line < firstAnchorLine) firstAnchorLine = run[0]!.line;
    }
  }
  headerLines.set(h, { first: firstAnchorLine, last: lastHeaderLine });
  findFooter(h, lines, text, Math.max(lastHeaderLine + 1, 0));
  return h;
}

const headerLines = new WeakMap<HeaderInfo, { first: number; last: number }>();
const footerLines = new WeakMap<HeaderInfo, number>();

function lineOf(segs: Segment[], offset: number): number {
  return segs.find((x) => x.start <= offset && offset <= x.end)?.line ?? -1;
}

function isProse(t: string): boolean {
  return t.split(/\s+/).length >= 10 && /\p{Ll}/u.test(t) && !isUpper(t);
}

function cleanListItem(t: string, keepComma = false): string {
  const s = t.replace(/^[-–+•]\s*/, "").replace(/\s+/g, " ").replace(TRAILING_TITLE, (m) => (/^[;.:]/.test(m) ? m[0]! : "")).trim();
  return keepComma ? s.replace(/;\s*$/, "") : s.replace(/[;,]\s*$/, "");
}

const SUBJECT_NOT = /^(Ngày\s+\d|Căn\s+cứ|Thực\s+hiện|Xét\s|Sau\s+khi|Hôm\s+nay|Tại\s|Nhân\s+dịp|I\.\s|1\.\s)/u;

function subjectAfter(lines: Line[], from: number): { found: Found<string>; lastLine: number } | null {
  let i = from;
  while (i < lines.length && (!lines[i]!.text.trim() || SEPARATOR.test(lines[i]!.text.trim()))) i++;
  if (i >= lines.length || i > from + 3) return null;
  const parts: string[] = [];
  let start = -1, end = -1, last = i;
  for (; i < lines.length; i++) {
    const raw = lines[i]!.text.replace(/\|/g, " ");
    const t = raw.trim();
    if (!t || SEPARATOR.test(t)) break;
    if (parts.length === 0 && (SUBJECT_NOT.test(t) || KINH_GUI.test(t) || t.length > 300)) return null;
    if (parts.length > 0 && (KINH_GUI.test(t) || BODY_OPENER.test(t))) break;
    if (start < 0) start = lines[i]!.start + raw.indexOf(t);
    end = lines[i]!.start + raw.indexOf(t) + t.length;
    parts.push(t);
    last = i;
    if (parts.join(" ").length > 400) break;
  }
  if (!parts.length) return null;
  return { found: { value: parts.join(" ").replace(/\s+/g, " "), range: { start, end } }, lastLine: last };
}

const TRAILING_TITLE = /(?:^|[;.:]\s+)((?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}[\p{Lu}\s,.\-]*?|(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|BÍ THƯ|CHỦ NHIỆM|CỤC TRƯỞNG|VỤ TRƯỞNG|VIỆN TRƯỞNG)(?:,\s*CHỦ NHIỆM)?)\s*$/u;
/** "BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM" → the title and the signer's own position. */
function splitTitles(t: string): string[] {
  return t.split(/\s+(?=(?:PHÓ|THỨ)\s)/u).map((x) => x.trim()).filter(Boolean);
}
const TITLE_WORD = /^(CHÁNH|PHÓ|GIÁM|CHỦ|BỘ TRƯỞNG|THỨ TRƯỞNG|TRƯỞNG|VIỆN|CỤC|VỤ|THỦ|TỔNG|BÍ THƯ|T\/M|TP\.|KT\.|TL\.|TM\.|Q\.|TUQ\.)/u;

/** Nơi nhận and the signature block: from the first "Nơi nhận" or signing authority after the body. */
function findFooter(h: HeaderInfo, lines: Line[], _text: string, from: number): void {
  let footer = -1;
  for (let i = from; i < lines.length; i++) {
    const t = lines[i]!.text.replace(/^[\s|]+/, "");
    if (NOI_NHAN.test(t) || (AUTHORITY.test(t) && isUpper(t.slice(0, 30)))) { footer = i; break; }
  }
  if (footer < 0) {
    // A signature without authority ("CHÁNH VĂN PHÒNG" then a name) near the end.
    for (let i = Math.max(from, lines.length - 25); i < lines.length; i++) {
      const t = lines[i]!.text.trim();
      if (/^(CHÁNH VĂN PHÒNG|GIÁM ĐỐC|CHỦ TỊCH|BỘ TRƯỞNG|TRƯỞNG BAN|VIỆN TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|THỦ TRƯỞNG)$/u.test(t)) { footer = i; break; }
    }
  }
  if (footer < 0) return;
  footerLines.set(h, footer);
  const segs = segmentsOf(lines, footer, lines.length);
  // Recipients.
  const ni = segs.findIndex((s) => NOI_NHAN.test(s.text));
  if (ni >= 0) {
    const items: Array<Found<string>> = [];
    const first = segs[ni]!;
    const rest = NOI_NHAN.exec(first.text)![1]!;
    if (rest.trim() && /^\s*[-–]\s/.test(rest)) {
      for (const part of rest.split(/;?\s+[-–]\s+|^\s*[-–]\s+/u)) { const c = cleanListItem(part); if (c) items.push(found(c, first)); }
    } else if (rest.trim() && cleanListItem(rest)) items.push(found(cleanListItem(rest), first));
    let end = first.end;
    for (let j = ni + 1; j < segs.length; j++) {
      const s = segs[j]!;
      if (/^[-–+•]/.test(s.text)) { items.push(found(cleanListItem(s.text), s)); end = s.end; }
      else if (items.length && /^\p{Ll}|^[A-ZĐ]{2,}:/u.test(s.text) && !AUTHORITY.test(s.text) && s.text.length < 100 && !isUpper(s.text)) {
        const last = items[items.length - 1]!;
        last.value += " " + cleanListItem(s.text); last.range.end = s.end; end = s.end;
      } else break;
    }
    h.recipients = { value: items, range: { start: first.start, end } };
  }
  // Signer.
  let authority: string | null = null, title: string | null = null, position: string | null = null, name: string | null = null;
  let start = -1, end = -1;
  const titles: string[] = [];
  let lastTitleLine = -1;
  for (const s of segs) {
    if (NOI_NHAN.test(s.text) || /^[-–+•]/.test(s.text)) {
      // A flattened two-column footer: "Nơi nhận: KT. CHỦ TỊCH", "- Như trên; PHÓ CHỦ TỊCH".
      const tail = TRAILING_TITLE.exec(s.text);
      if (tail) {
        const a = /^(TM|KT|TL|TUQ|Q)\.\s*(.+)$/u.exec(tail[1]!);
        if (a && !authority) { authority = `${a[1]}.`; titles.push(...splitTitles(a[2]!.trim())); }
        else titles.push(...splitTitles(tail[1]!.trim()));
        if (start < 0) start = s.start;
        end = s.end; lastTitleLine = s.line;
      }
      continue;
    }
    let t = s.text.replace(/[*]/g, "").trim();
    const glued = /^((?:TM|KT|TL|TUQ|Q)\.\s*[\p{Lu}\s,.\-]+?)\s+(\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){1,4})$/u.exec(t);
    if (glued && !name) { name = glued[2]!; t = glued[1]!; }
    const a = AUTHORITY.exec(t) ?? /(?<![\p{L}])(TM|KT|TL|TUQ)\.\s*(\p{Lu}[\p{Lu}\s,]+)$/u.exec(t);
    if (a && isUpper(a[2] ?? "") ) {
      if (!authority) { authority = `${a[1]}.`; start = s.start; }
      titles.push(...(glued ? splitTitles(a[2]!.trim()) : [a[2]!.trim()]));
      end = s.end; lastTitleLine = s.line;
      continue;
    }
    if (isUpper(t) && t.length < 60 && !/^(ĐÃ KÝ|\(ĐÃ KÝ\))$/u.test(t) && (authority || titles.length || TITLE_WORD.test(t))) {
      if (name || (titles.length && (!TITLE_WORD.test(t) || s.line - lastTitleLine > 3))) break;
      lastTitleLine = s.line;
      if (start < 0) start = s.start;
      titles.push(t); end = s.end;
      continue;
    }
    if ((titles.length || authority) && s.line - lastTitleLine <= 12 && /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,5}$/u.test(t) && !/^(Nơi|Như|Lưu|Đại|Sở|Ủy|Uỷ|Ban|Phòng|Văn|Bộ|Cục|Trung|Công)\b/u.test(t)) {
      name = t; end = s.end; break;
    }
  }
  if (titles.length) { title = titles[0]!; position = titles.length > 1 ? titles.slice(1).join(" / ") : null; }
  if (!name) {
    // Web metadata: "Người ký | Đỗ Xuân Tuyên |".
    for (const l of lines) {
      const m = /^\s*Người\s+ký\s*\|\s*([^|]+?)\s*\|?\s*$/u.exec(l.text);
      if (m) { name = m[1]!; if (start < 0) { start = l.start; end = l.end; } break; }
    }
  }
  if (authority || title || name) h.signer = { value: { authority, title, position, name }, range: { start: Math.max(0, start), end: Math.max(start, end) } };
}

/** The body: after the header, before the footer (or the whole text when there is no header). */
/**
 * An appendix after the signature ("PHỤ LỤC", a task table): it assigns tasks too. Returns its
 * range, or null.
 */
export function findAppendix(lines: Line[], h: HeaderInfo, text: string): Range | null {
  const footer = footerLines.get(h) ?? -1;
  if (footer < 0) return null;
  for (let i = footer + 1; i < lines.length; i++) {
    const t = lines[i]!.text.replace(/^[\s|*#]+/, "");
    if (/^(PHỤ LỤC|Phụ lục|DANH MỤC NHIỆM VỤ|BẢNG PHÂN CÔNG)/u.test(t) || (/\|/.test(t) && /chủ trì|thực hiện|phối hợp/iu.test(t) && /nhiệm vụ|nội dung|công việc/iu.test(t))) {
      return { start: lines[i]!.start, end: text.length };
    }
  }
  return null;
}

export function findBody(lines: Line[], h: HeaderInfo, text: string): Range {
  const hl = headerLines.get(h) ?? { first: -1, last: -1 };
  const footer = footerLines.get(h) ?? -1;
  const startLine = hl.last >= 0 ? hl.last + 1 : 0;
  const start = startLine < lines.length ? lines[startLine]!.start : text.length;
  const end = footer > startLine ? lines[footer]!.start : text.length;
  return { start, end: Math.max(start, end) };
}

/** The notice's own date (ISO) from the place-date line, or from "Hôm nay, ngày …" of minutes, or web metadata. */
export function noticeDateOf(h: HeaderInfo, lines: Line[], body: Range): { iso: string | null; invalid: Found<unknown> | null } {
  const pd = h.placeDate?.value;
  if (pd && pd.day && pd.month && pd.year) {
    const iso = isoDate(+pd.year, +pd.month, +pd.day);
    return validDate(+pd.year, +pd.month, +pd.day) ? { iso, invalid: null } : { iso: null, invalid: h.placeDate! };
  }
  if (pd) return { iso: null, invalid: null };
  for (const l of lines) {
    if (l.start < body.start) continue;
    if (l.start > body.start + 3000) break;
    const m = /Hôm\s+nay\s*,?\s*(?:vào\s+(?:lúc\s+)?[^,]*?,?\s*)?ngày\s+(\d{1,2})\s*(?:\/|-|\.|\s+tháng\s+)(\d{1,2})\s*(?:\/|-|\.|\s+năm\s+)(\d{4})/u.exec(l.text);
    if (m && validDate(+m[3]!, +m[2]!, +m[1]!)) return { iso: isoDate(+m[3]!, +m[2]!, +m[1]!), invalid: null };
  }
  for (const l of lines) {
    const m = /^\s*Ngày\s+ban\s+hành\s*\|\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(l.text);
    if (m && validDate(+m[3]!, +m[2]!, +m[1]!)) return { iso: isoDate(+m[3]!, +m[2]!, +m[1]!), invalid: null };
  }
  return { iso: null, invalid: null };
}

export function headerToNotice(h: HeaderInfo, lines: Line[], body: Range, diagnostics: DiagnosticBag): Notice {
  const date = noticeDateOf(h, lines, body);
  if (date.invalid) diagnostics.add("invalid-date", "error", `Ngày ban hành không có thật: "${h.placeDate?.value.raw ?? ""}"`, date.invalid.range.start, date.invalid.range.end);
  const symbol = h.numberLine?.value.symbol ?? null;
  const codes = docTypes().types;
  let typeCode: string | null = null;
  if (symbol) {
    const groups = symbol.split(/[-–/]/).filter((g) => !/^\d{4}$/.test(g));
    const code = codes.find((c) => c.code === groups[0]);
    typeCode = code ? code.code : null;
  }
  const s = h.signer?.value ?? null;
  return {
    issuer: h.issuer?.value ?? null,
    parentIssuer: h.parentIssuer?.value ?? null,
    number: h.numberLine?.value.number ?? null,
    symbol,
    type: h.type?.value ?? null,
    typeCode,
    place: h.placeDate?.value.place ?? null,
    date: date.iso,
    subject: h.subject?.value ?? null,
    signer: s ? { authority: s.authority, title: s.title, position: s.position, name: s.name } : null,
    recipients: h.recipients?.value.map((r) => r.value) ?? [],
  };
}
