/**
 * Property tests: whatever the input, parseNotice never throws, returns schema-valid output, and
 * every position points inside the input with line/column consistent with the offset.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNotice } from "../../src/pipeline.js";
import { NoticeResultSchema } from "../../src/schema.js";

interface Point { line: number; column: number; offset: number }

function lineStarts(s: string): number[] {
  const starts = [0];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) { if (s.charCodeAt(i + 1) === 10) i++; starts.push(i + 1); }
  }
  return starts;
}
function lineOf(starts: number[], o: number): number {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= o) line++;
  return line;
}

/** Every { start, end } with offsets anywhere in the result. */
function positions(v: unknown, out: Array<{ start: Point; end: Point }> = []): Array<{ start: Point; end: Point }> {
  if (Array.isArray(v)) for (const x of v) positions(x, out);
  else if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    const s = o.start as Point | undefined, e = o.end as Point | undefined;
    if (s && e && typeof s === "object" && typeof s.offset === "number") out.push({ start: s, end: e });
    for (const x of Object.values(o)) positions(x, out);
  }
  return out;
}

/** Returns a message for the first violated property, or null. */
export function checkParse(input: string): string | null {
  let result;
  try {
    result = parseNotice(input, { path: "prop.txt" });
  } catch (e) {
    return `threw: ${(e as Error).stack ?? String(e)}`;
  }
  const parsed = NoticeResultSchema.safeParse(result);
  if (!parsed.success) return `schema: ${parsed.error.message.slice(0, 500)}`;
  const starts = lineStarts(input);
  const pointOk = (p: Point, atEnd: boolean): boolean => {
    if (!(p.offset >= 0 && p.offset <= input.length)) return false;
    const candidates = [p.offset];
    if (atEnd && p.offset > 0) candidates.push(p.offset - 1);
    return candidates.some((o) => {
      const l = lineOf(starts, o);
      return p.line === l + 1 && p.column === p.offset - starts[l]! + 1;
    });
  };
  for (const pos of positions(result)) {
    if (!pointOk(pos.start, false)) return `start point ${JSON.stringify(pos.start)} is not inside / not consistent (input length ${input.length})`;
    if (!pointOk(pos.end, true)) return `end point ${JSON.stringify(pos.end)} is not inside / not consistent (input length ${input.length})`;
    if (pos.end.offset < pos.start.offset) return `end before start: ${JSON.stringify(pos)}`;
  }
  return null;
}

const holds = (input: string): boolean => {
  const err = checkParse(input);
  if (err) throw new Error(err);
  return true;
};

const corpusDir = "../shared/corpus/dev/";
const corpus = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(corpusDir + f, "utf8")) : [];

const VIET_WORDS = ["Giao", "Sở", "Khoa học", "và", "Công nghệ", "chủ trì", "phối hợp", "với", "Ủy ban nhân dân", "tỉnh", "huyện", "trước ngày",
  "15/4/2025", "ngày 01 tháng 4 năm 2025", "quý II/2025", "khẩn trương", "báo cáo", "Thông báo", "Số:", "/TB-UBND", "Nơi nhận:", "KT. CHỦ TỊCH",
  "I.", "1.", "1.1.", "a)", "-", "+", "•", "Về", ":", ";", ",", ".", "\n", "\n\n", "\r\n", "**", "_", "#", "|", "Quyết định số 25/2018/QĐ-UBND", "trong tháng 5",
  "hằng tháng", "Trong đó, giao", "đồng thời", "các Bộ: Công an, Tài chính", "Phó Chủ tịch", "Trần Văn A", "31/4/2025", "17 giờ 00", "sáng", "hoà", "hòa"];
const vietText = fc.array(fc.constantFrom(...VIET_WORDS), { maxLength: 120 }).map((ws) => ws.join(" "));
const anyText = fc.string({ unit: fc.oneof(fc.constantFrom("\n", "\r", "\r\n", " ", "\t", "\uFEFF", "\u00A0", "\u200B", "\u0301", "\u0323", "đ", "Ư", "ớ", "*", "-", ":", "1", "/", "|"), fc.string({ unit: "grapheme", maxLength: 1 })), maxLength: 400 });

describe("parseNotice properties", () => {
  it("arbitrary strings (full Unicode, control characters, lone combining marks)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), holds), { numRuns: 150 });
    fc.assert(fc.property(anyText, holds), { numRuns: 150 });
  });

  it("arbitrary Vietnamese-looking text", () => {
    fc.assert(fc.property(vietText, holds), { numRuns: 200 });
  });

  it.skipIf(!corpus.length)("shuffled and truncated real notices", () => {
    const doc = fc.constantFrom(...corpus);
    const truncated = fc.tuple(doc, fc.nat(), fc.nat()).map(([d, a, b]) => {
      const i = a % (d.length + 1), j = b % (d.length + 1);
      return d.slice(Math.min(i, j), Math.max(i, j));
    });
    const shuffled = fc.tuple(doc, fc.infiniteStream(fc.nat())).map(([d, rnd]) => {
      const lines = d.split("\n");
      for (let i = lines.length - 1; i > 0; i--) { const j = rnd.next().value % (i + 1); [lines[i], lines[j]] = [lines[j]!, lines[i]!]; }
      return lines.join("\n");
    });
    const crlf = doc.map((d) => d.replace(/\n/g, "\r\n"));
    fc.assert(fc.property(truncated, holds), { numRuns: 60 });
    fc.assert(fc.property(shuffled, holds), { numRuns: 40 });
    fc.assert(fc.property(crlf, holds), { numRuns: 10 });
  });

  it("every real notice as it is", () => {
    for (const d of corpus) expect(checkParse(d)).toBeNull();
  });
});

describe("no catastrophic backtracking (sizes small, bound generous: a hang, not a speed, fails this)", () => {
  it.each([
    ["20,000 '-'", "-".repeat(20_000)],
    ["5,000 'trước ngày'", "trước ngày ".repeat(5_000)],
    ["one 200 KB line without spaces", "a".repeat(100_000) + "đ".repeat(100_000)],
    ["10,000 '1.'", "1.".repeat(10_000)],
    ["5,000 'Giao Sở'", "Giao Sở ".repeat(5_000)],
    ["60,000 short lines that wrap into one block", "THÔNG BÁO\n\n" + "dòng tiếp theo\n".repeat(60_000)],
  ])("%s", (_name, input) => {
    expect(checkParse(input)).toBeNull();
  }, 20_000);
});
