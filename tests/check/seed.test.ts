/** The seed notice: the messages the issue asks for, and no false alarm on its deadlines. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkText } from "../../src/check/runner.js";

const SEED = readFileSync(join(import.meta.dirname, "../../fixtures/notices/qn-skhcn-giaoban-q1-2025.txt"), "utf8");

describe("seed notice qn-skhcn-giaoban-q1-2025", () => {
  const ms = checkText(SEED, { path: "qn.txt" });
  const of = (id: string) => ms.filter((m) => m.ruleId === id);

  it("reports the missing Quốc hiệu, Tiêu ngữ and issuer at 1:1 as errors", () => {
    for (const id of ["national-title", "motto", "issuer"]) {
      expect(of(id), id).toHaveLength(1);
      expect(of(id)[0]).toMatchObject({ severity: "error", line: 1, column: 1 });
    }
    expect(of("national-title")[0]!.message).toBe('Thiếu Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"');
  });
  it("reports the blank number, but not with --draft", () => {
    expect(of("number-symbol")).toEqual([expect.objectContaining({ line: 3, column: 1, severity: "error", message: expect.stringContaining("Số văn bản để trống") })]);
    const draft = checkText(SEED, { path: "qn.txt", draft: true });
    expect(draft.filter((m) => m.ruleId === "number-symbol")).toEqual([]);
  });
  it("reports QLKHCCN vs QLKH&CN once", () => {
    expect(of("unit-spelling")).toHaveLength(1);
    expect(of("unit-spelling")[0]!.message).toMatch(/"QLKH&CN" và "QLKHCCN"|"QLKHCCN" và "QLKH&CN"/);
  });
  it("raises no deadline alarm (all deadlines fall after 01/4/2025)", () => {
    expect(of("deadline-date")).toEqual([]);
    expect(of("deadline-resolvable")).toEqual([]);
  });
  it("every message has 1-based positions and a known severity", () => {
    for (const m of ms) {
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.column).toBeGreaterThanOrEqual(1);
      expect(["error", "warning", "info"]).toContain(m.severity);
    }
  });
});
