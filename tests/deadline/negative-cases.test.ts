// Dates and time words that are NOT deadlines (like chrono's *_negative_cases files), with the reason
// the scan gives for ignoring them when it lists them.
import { describe, expect, it } from "vitest";
import { findDeadlines } from "../../src/deadline/index.js";

const NOTICE = "2025-04-01";
const cases: Array<[string, string | null]> = [
  ["Quyết định số 25/2018/QĐ-UBND ngày 12/9/2018", "cited-document"],
  ["Công văn số 3145/BKHĐT-KTĐPLT ngày 15/5/2019", "cited-document"],
  ["Kế hoạch số 134/KH-UBND ngày 26/3/2026", "cited-document"],
  ["(Công văn số 7454/BKHĐT-PTDN ngày 12 tháng 9 năm 2017)", "cited-document"],
  ["Nghị định số 138/2016/NĐ - CP ngày 01 tháng 10 năm 2016", "cited-document"],
  ["công văn số2250/UBND-CN2 ngày 07 tháng 5 năm 2014)về việc", "cited-document"],
  ["Công văn số 3565/BKHĐT-QLKTTWngày 09 tháng 6 năm 2014", "cited-document"],
  ["Ngày 01/4/2025, Giám đốc Sở chủ trì cuộc giao ban", "narrative"],
  ["Ngày 02 tháng 4 năm 2021, Văn phòng Chính phủ có công văn", "narrative"],
  ["Hôm nay, ngày 26/5/2026 tại Sở Công Thương", "narrative"],
  ["Quảng Ngãi, ngày 01 tháng 4 năm 2025", "place-date"],
  ["Lào Cai, ngày      tháng 6 năm 2026", "place-date"],
  ["09:10, 14/10/2021", "timestamp"],
  ["12:15 | 08/01/2010", "timestamp"],
  ["Ngày ban hành | 30/05/2021 |", "metadata"],
  ["tại cuộc họp ngày 26 tháng 02 năm 2018", "meeting"],
  ["kế hoạch công tác năm 2025", "plan-period"],
  ["kết quả Quý I/2025", "plan-period"],
  ["báo cáo kết quả thực hiện từ ngày 30/01/2020 đến ngày 24/4/2020", "reporting-period"],
  ["đến năm 2030, tầm nhìn đến năm 2050", "named-period"],
  ["có hiệu lực thi hành kể từ ngày 01/7/2025", "effective-or-cutoff"],
  ["tiết kiệm chi thường xuyên", "expenditure"],
  ["kinh phí thường xuyên", "expenditure"],
  ["giai đoạn 2026 - 2030", null],
  ["nhiệm kỳ 2020 – 2025", null],
  ["thời kỳ 2021 - 2030", null],
  ["bố trí ngân sách hằng năm", null],
  ["giao ban thường kỳ", null],
  ["Điện thoại: 02438253536 - 0789111111", null],
  ["hỗ trợ 1.500.000 đồng", null],
  ["Điều 8, khoản 2", null],
  ["Luật Đất đai năm 2024", null],
  ["tuần thứ 30", null],
  ["có mặt 09/09;", null],
  ["2.1. Ý kiến của Sở Xây dựng", null],
  ["mở rộng CCN lên 75ha", null],
  ["Kích9.16 Kb.", null],
  ["khẩn trương triển khai ngay, sớm báo cáo", null],
  ["Sau khi nghe báo cáo của Sở, ý kiến các đại biểu", null],
  ["Biên bản kết thúc vào hồi 10 giờ 00 phút cùng ngày", null],
  ["thời gian thực hiện khoảng trên 2 năm", null],
  ["trong 6 tháng qua, toàn tỉnh", null],
];

describe("not deadlines", () => {
  it.each(cases)("%s", (text, reason) => {
    const scan = findDeadlines(text, { noticeDate: NOTICE });
    expect(scan.deadlines.map((d) => d.deadline.text)).toEqual([]);
    if (reason) expect(scan.ignored.map((i) => i.reason)).toContain(reason);
    for (const i of scan.ignored) expect(i.text).toBe(text.slice(i.start, i.end));
  });
});

describe("diagnostics", () => {
  it("reports an impossible day with its position and gives no date", () => {
    const text = "Báo cáo trước ngày 31/4/2025.";
    const scan = findDeadlines(text, { noticeDate: NOTICE });
    expect(scan.deadlines[0]!.deadline).toMatchObject({ kind: "before", date: null });
    const issue = scan.issues.find((i) => i.rule === "invalid-date")!;
    expect(issue.severity).toBe("error");
    expect(text.slice(issue.start, issue.end)).toBe("ngày 31/4/2025");
    expect(issue.message).toBe("Ngày không hợp lệ: 31/4/2025 (tháng 4 chỉ có 30 ngày)");
  });
  it("reports 29/02 of a common year", () => {
    const scan = findDeadlines("gửi trước ngày 29/02/2025", { noticeDate: null });
    expect(scan.issues.map((i) => i.rule)).toEqual(["invalid-date"]);
    expect(scan.issues[0]!.message).toContain("tháng 2 chỉ có 28 ngày");
  });
  it("warns about a deadline before the notice's own date", () => {
    const scan = findDeadlines("hoàn thành trước ngày 15/3/2025", { noticeDate: NOTICE });
    expect(scan.deadlines[0]!.deadline.date).toBe("2025-03-15");
    expect(scan.issues).toMatchObject([{ rule: "deadline-before-notice", severity: "warning" }]);
  });
  it("keeps a yearless date without a notice date dateless, with a diagnostic", () => {
    const scan = findDeadlines("gửi hồ sơ trước ngày 28-10 để Sở thẩm định", { noticeDate: null });
    expect(scan.deadlines[0]!.deadline).toMatchObject({ kind: "before", date: null, text: "trước ngày 28-10" });
    expect(scan.issues).toMatchObject([{ rule: "yearless-date", severity: "warning" }]);
  });
});

describe("chained sentences and ranges", () => {
  it("gives each clause of a chained sentence its own deadline", () => {
    const text = "gửi hồ sơ, báo cáo về Sở Tài nguyên và Môi trường trước ngày 28-10 để sở tổ chức thẩm định trình UBND tỉnh trước ngày 10-11.";
    const scan = findDeadlines(text, { noticeDate: "2021-10-14" });
    expect(scan.deadlines.map((d) => [d.deadline.text, d.deadline.date])).toEqual([
      ["trước ngày 28-10", "2021-10-28"],
      ["trước ngày 10-11", "2021-11-10"],
    ]);
  });
  it("scans only the given range and returns absolute offsets", () => {
    const text = "Ngày 01/4/2025, họp. Các phòng gửi báo cáo trước ngày 15/4/2025. Sở tổng hợp trước ngày 20/4/2025.";
    const start = text.indexOf("Các phòng");
    const end = text.indexOf("Sở tổng hợp");
    const scan = findDeadlines(text, { noticeDate: NOTICE }, { start, end });
    expect(scan.deadlines).toHaveLength(1);
    const f = scan.deadlines[0]!;
    expect(text.slice(f.start, f.end)).toBe("trước ngày 15/4/2025");
  });
});
