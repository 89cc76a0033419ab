import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, toCsv } from "../../src/format/csv.js";
import { UsageError } from "../../src/errors.js";
import type { NoticeResult } from "../../src/schema.js";
import { loadResult, opts } from "./helpers.js";

/** A small RFC 4180 reader: quoted cells with doubled quotes and embedded line breaks, CRLF rows. */
export function parseCsv(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = "", i = 0, quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i++; continue; }
      cell += ch; i++; continue;
    }
    if (ch === '"' && cell === "") { quoted = true; i++; continue; }
    if (ch === '"') throw new Error(`stray quote at ${i}`);
    if (ch === delimiter) { row.push(cell); cell = ""; i++; continue; }
    if (ch === "\r" && text[i + 1] === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; i += 2; continue; }
    if (ch === "\n" || ch === "\r") throw new Error(`bare line break at ${i}`);
    cell += ch; i++;
  }
  if (cell !== "" || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? "'" + s : s);

/** What the CSV row of a task must hold, from the JSON. */
function expected(r: NoticeResult) {
  return r.tasks.map((t) => [
    r.notice.number ? `${r.notice.number}/${r.notice.symbol}` : r.notice.symbol ?? "", r.notice.date ?? "", t.id,
    t.section.path.join("."), t.section.title ?? "", t.lead.map((e) => e.name).join("; "),
    t.collaborators.map((e) => e.name).join("; "), t.action, t.deadline?.kind ?? "", t.deadline?.date ?? "",
    t.deadline?.time ?? "", t.deadline?.text ?? "", String(t.urgent), t.text, String(t.position.start.line),
  ].map(neutral));
}

describe("csv", () => {
  const seed = loadResult("hand-seed");
  const cv = loadResult("hand-cv846");

  it("starts with a UTF-8 BOM and ends rows with CRLF", () => {
    const out = toCsv([seed], opts());
    expect(out.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(out, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(out.endsWith("\r\n")).toBe(true);
    expect(out.replace(/\r\n/g, "")).not.toMatch(/(?<!")\n/);
  });

  it.each([",", ";", "\t", "|"])("re-parses to the JSON, delimiter %j", (d) => {
    const out = toCsv([seed, cv], opts({ delimiter: d === "\t" ? "\\t" : d }));
    const rows = parseCsv(out.slice(1), d);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1)).toEqual([...expected(seed), ...expected(cv)]);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it("neutralises formula cells and quotes what needs it", () => {
    const out = toCsv([cv], opts());
    const row = parseCsv(out.slice(1)).find((r) => r[2] === "1.3")!;
    expect(row[7]).toBe(`'=rà soát danh mục "=HYPERLINK("http://x")" <script>alert(1)</script> & gửi Sở KH&CN`);
    // Not a formula at the start: left alone.
    expect(row[13]!.startsWith("UBND các huyện")).toBe(true);
    expect(out).toContain(`"'=rà soát danh mục ""=HYPERLINK(""http://x"")""`);
    for (const cell of parseCsv(out.slice(1)).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("keeps Vietnamese and a multi-line cell intact", () => {
    const multi: NoticeResult = { ...seed, tasks: [{ ...seed.tasks[0]!, text: "dòng một;\r\ndòng hai, \"trích\"", action: "+ gửi báo cáo" }] };
    const rows = parseCsv(toCsv([multi], opts()).slice(1));
    expect(rows[1]![13]).toBe("dòng một;\r\ndòng hai, \"trích\"");
    expect(rows[1]![7]).toBe("'+ gửi báo cáo");
  });

  it("orders rows by --group-by and filters by --unit", () => {
    const byDate = parseCsv(toCsv([seed], opts({ groupBy: "deadline" })).slice(1)).slice(1).map((r) => r[2]);
    expect(byDate.slice(0, 4)).toEqual(["8.1", "8.2", "1.1", "4.1"]);
    const qlcn = parseCsv(toCsv([seed], opts({ unit: "Phòng QLCN" })).slice(1)).slice(1).map((r) => r[2]);
    expect(qlcn).toEqual(["5.1"]);
  });

  it("refuses a delimiter that cannot work", () => {
    for (const d of ['"', "ab", "\n"]) expect(() => toCsv([seed], opts({ delimiter: d }))).toThrow(UsageError);
  });
});
