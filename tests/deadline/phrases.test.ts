import { describe, expect, it } from "vitest";
import { rows } from "./phrases.table.js";
import { actual } from "./helpers.js";

const table = rows();

describe("deadline phrase table", () => {
  it("has at least 200 rows", () => {
    expect(table.length).toBeGreaterThanOrEqual(200);
  });
  it.each(table.map((r) => [`${r.line}: ${r.phrase} (${r.noticeDate ?? "no date"})`, r] as const))("%s", (_name, row) => {
    const { scan, first } = actual(row);
    const e = row.expected;
    if (e.kind === null) {
      expect(scan.deadlines.map((d) => d.deadline.text)).toEqual([]);
      return;
    }
    expect(first).not.toBeNull();
    const d = first!.deadline;
    expect(d.text).toBe(row.phrase.slice(first!.start, first!.end));
    expect({ kind: d.kind, date: d.date }).toEqual({ kind: e.kind, date: e.date ?? null });
    if (e.start) expect(d.start).toBe(e.start);
    if (e.time) expect(d.time).toBe(e.time);
    else expect(d.time).toBeNull();
    if (e.partOfDay) expect(d.partOfDay).toBe(e.partOfDay);
    if (e.recurrence) expect(d.recurrence).toBe(e.recurrence);
    if (e.event) expect(d.event).toBeTruthy();
    if (e.date === null && ["before", "by", "on", "within"].includes(e.kind) && !e.event) {
      // a dateless dated kind must say why
      expect(scan.issues.length).toBeGreaterThan(0);
    }
  });
});
