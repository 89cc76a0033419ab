import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findDeadlines } from "../../src/deadline/index.js";
import { daysInMonth } from "../../src/deadline/iso.js";

const validDate = fc
  .record({ y: fc.integer({ min: 1990, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter(({ y, m, d }) => d <= daysInMonth(y, m));
const pad = (n: number, w: number, zero: boolean) => (zero ? String(n).padStart(w, "0") : String(n));

describe("properties", () => {
  it("any valid date in any supported numeric form resolves to itself", () => {
    fc.assert(
      fc.property(validDate, fc.constantFrom("/", "-", ".", "words"), fc.boolean(), fc.constantFrom("trước ngày ", "chậm nhất ngày ", "ngày ", "trước "), ({ y, m, d }, sep, zero, lead) => {
        const body = sep === "words" ? `${pad(d, 2, zero)} tháng ${pad(m, 2, zero)} năm ${y}` : [pad(d, 2, zero), pad(m, 2, zero), y].join(sep);
        const text = `Các đơn vị gửi báo cáo ${lead}${body}.`;
        const scan = findDeadlines(text, { noticeDate: null });
        expect(scan.deadlines).toHaveLength(1);
        const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        expect(scan.deadlines[0]!.deadline.date).toBe(iso);
      }),
      { numRuns: 400 },
    );
  });

  it("text without digits or time words yields no deadline", () => {
    const timeWords = /thường|hằng|hàng|liên tục|định kỳ|mỗi|sau|trước khi|tết|rằm|ngày|tháng|quý|năm|giờ|tuần|kỳ|khi|tới/iu;
    const word = fc.constantFrom("Sở", "Tài", "chính", "chủ", "trì", "phối", "hợp", "với", "các", "đơn", "vị", "báo", "cáo", "UBND", "tỉnh", "rà", "soát", "trước", "chậm", "nhất", "khẩn", "trương", "hoàn", "thành", "trong", ",", ".", ";", "\n", "phòng", "QLKH&CN", "đề", "xuất");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.string({ maxLength: 30 }), (words, noise) => {
        const text = (words.join(" ") + " " + noise).replace(/[0-9]/g, "");
        fc.pre(!timeWords.test(text));
        expect(findDeadlines(text, { noticeDate: "2025-04-01" }).deadlines).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("no input throws, and every offset lies inside the input and matches its text", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("trước ngày ", "31/4/2025", "29/02/2025", "15/4", "quý II/", "tháng 13", "17h00 ", "ngày 01 tháng 4 năm ", "kể từ ngày ký", "trong 3 ngày làm việc ", "hằng tháng", "thường xuyên", "mùng 6 Tết ", "2022-2030", "số 25/2018/QĐ-UBND ", "(", ")", "\n", "|"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), fc.option(fc.constantFrom("2025-04-01", "2021-02-28", "2024-12-31"), { nil: null }), fc.boolean(), (parts, noticeDate, cell) => {
        const text = parts.join("");
        const scan = findDeadlines(text, { noticeDate }, { start: 0, end: text.length, cell });
        for (const f of scan.deadlines) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.deadline.text).toBe(text.slice(f.start, f.end));
        }
        for (const i of [...scan.ignored, ...scan.issues]) {
          expect(i.start).toBeGreaterThanOrEqual(0);
          expect(i.end).toBeLessThanOrEqual(text.length);
        }
        for (let k = 1; k < scan.deadlines.length; k++) expect(scan.deadlines[k]!.start).toBeGreaterThanOrEqual(scan.deadlines[k - 1]!.end);
      }),
      { numRuns: 400 },
    );
  });
});
