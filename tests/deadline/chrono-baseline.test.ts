// How many rows of the phrase table plain chrono.vi.casual and chrono.vi.strict get right, against
// this engine, so the gain is measured. A row counts as right when the date is right: for `none`
// rows, no result at all; for rows with a date, the first result's date (its end for a period)
// built from its components; for dateless rows (event, yearless, recurring without a day, ongoing),
// no result. chrono has no notion of kind, so kinds are not compared (which favours chrono).
import { describe, expect, it } from "vitest";
import * as vi from "chrono-node/vi";
import { rows, type Row } from "./phrases.table.js";
import { actual } from "./helpers.js";

type ParsedComponents = { get(c: string): number | null; isCertain(c: string): boolean };
type Parsed = { start: ParsedComponents; end?: ParsedComponents | null };

function chronoDate(parser: typeof vi.casual, row: Row): string | null {
  const ref = row.noticeDate ? new Date(`${row.noticeDate}T12:00:00Z`) : new Date(Date.UTC(2025, 0, 1, 12));
  const r = parser.parse(row.phrase, ref)[0] as unknown as Parsed | undefined;
  if (!r) return null;
  const c = r.end ?? r.start;
  const y = c.get("year"), m = c.get("month"), d = c.get("day");
  if (y === null || m === null || d === null) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function baseline() {
  const table = rows();
  const score = { casual: 0, strict: 0, engine: 0, total: table.length };
  for (const row of table) {
    const want = row.expected.kind === null ? null : (row.expected.date ?? null);
    if (chronoDate(vi.casual, row) === want) score.casual++;
    if (chronoDate(vi.strict, row) === want) score.strict++;
    const { first } = actual(row);
    const got = row.expected.kind === null ? (first ? "x" : null) : first ? first.deadline.date : "x";
    if (got === want && (row.expected.kind === null || first?.deadline.kind === row.expected.kind)) score.engine++;
  }
  return score;
}

describe("chrono.vi baseline on the phrase table", () => {
  it("reports how many rows plain chrono gets right", () => {
    const s = baseline();
    console.log(`chrono baseline on ${s.total} rows: chrono.vi.casual ${s.casual}/${s.total}, chrono.vi.strict ${s.strict}/${s.total}, notice-parse ${s.engine}/${s.total} (date and kind)`);
    expect(s.engine).toBe(s.total);
    expect(s.engine).toBeGreaterThan(Math.max(s.casual, s.strict));
  });
});
