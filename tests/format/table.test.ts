import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { toTable } from "../../src/format/table.js";
import { wrap, truncate } from "../../src/format/layout.js";
import { ESC, loadResult, opts } from "./helpers.js";

const seed = loadResult("hand-seed");
const cv = loadResult("hand-cv846");
const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "");

describe("layout", () => {
  it("wraps Vietnamese text by display width and breaks over-long words", () => {
    const lines = wrap("Phòng Bưu chính, Viễn thông và Công nghệ thông tin", 12);
    expect(lines.every((l) => stringWidth(l) <= 12)).toBe(true);
    expect(lines.join(" ")).toBe("Phòng Bưu chính, Viễn thông và Công nghệ thông tin");
    expect(wrap("25/2018/QĐ-UBND-rất-dài", 6).every((l) => stringWidth(l) <= 6)).toBe(true);
    // Decomposed (NFD) letters are one column each; wide characters two.
    expect(wrap("Hội nghị".normalize("NFD"), 3)).toEqual(["Hội", "ngh", "ị"].map((s) => s.normalize("NFD")));
    expect(wrap("会議会議", 4)).toEqual(["会議", "会議"]);
    expect(truncate("tham mưu Quyết định", 10)).toBe("tham mưu…");
  });
});

describe("table", () => {
  it("groups by lead unit with collaborators, deadline and days left", () => {
    const out = toTable([seed], opts());
    expect(out).not.toContain(ESC);
    expect(out).toContain("Thông báo TB-SKHCCN · Quảng Ngãi, ngày 1/4/2025");
    expect(out).toContain("Tính đến 8/4/2025: 9 nhiệm vụ, 4 có hạn, 2 quá hạn, 1 đến hạn trong 7 ngày, 1 khẩn.");
    expect(out).toMatch(/Mục +Việc cần làm +Phối hợp +Hạn +Còn lại/);
    expect(out).toContain("Phòng Quản lý khoa học và công nghệ (Phòng QLKH&CN) · 3 nhiệm vụ");
    expect(out).toMatch(/4\.1 +xây dựng nội dung kế hoạch.*trước 20\/4\/2025 +Còn 12 ngày/);
    expect(out).toMatch(/8\.2 +tổng hợp, trình Giám đốc Sở ban hành +ngày 4\/4\/2025 +Quá hạn 4 ngày/);
    expect(out).toMatch(/5\.2 +tham mưu +Phòng BCVT&CNTT;/);
    expect(out).toContain("[khẩn] thực hiện rà soát");
  });
  it("keeps every line within the terminal width, at any width", () => {
    for (const width of [200, 120, 100, 80, 72, 60, 40, 30]) {
      for (const groupBy of ["unit", "deadline", "section"] as const) {
        const out = toTable([seed, cv], opts({ width, groupBy, color: true }));
        for (const line of out.split("\n")) expect(stringWidth(line), `${width}/${groupBy}: ${line}`).toBeLessThanOrEqual(width);
        // Nothing is lost: every task id is there.
        for (const t of [...seed.tasks, ...cv.tasks]) expect(strip(out)).toContain(t.id);
      }
    }
  });
  it("prints a block per task when columns do not fit", () => {
    const out = toTable([seed], opts({ width: 40 }));
    expect(out).toContain("    Phối hợp: Phòng BCVT&CNTT; Trung tâm");
    expect(out).toContain("    Hạn: trước 20/4/2025");
    expect(out).not.toContain("Việc cần làm");
  });
  it("colours overdue red and due within 7 days yellow, only when colour is on", () => {
    const out = toTable([seed], opts({ color: true }));
    expect(out).toContain(`${ESC}31mQuá hạn 4 ngày${ESC}39m`);
    expect(out).toContain(`${ESC}33mCòn 7 ngày${ESC}39m`);
    expect(out).not.toContain(`${ESC}33mCòn 12 ngày`);
    expect(out).not.toContain(`${ESC}31mCòn 12 ngày`);
    expect(strip(out)).toBe(toTable([seed], opts({ color: false })));
  });
  it("filters with --unit and says so", () => {
    const out = toTable([seed], opts({ unit: "BCVT&CNTT" }));
    expect(out).toContain('(lọc theo đơn vị "BCVT&CNTT")');
    expect(out).toContain("Tính đến 8/4/2025: 3 nhiệm vụ, 1 có hạn"); // 4.1 leads, 5.1 and 5.2 collaborate
    expect(out).toContain("Phòng Quản lý công nghệ (Phòng QLCN) · 1 nhiệm vụ");
    expect(out).not.toContain("Văn phòng Sở · ");
    const none = toTable([seed], opts({ unit: "Sở Tài chính" }));
    expect(none).toContain('Không có nhiệm vụ nào của đơn vị "Sở Tài chính".');
  });
  it("shows the source notice of each task when there are several", () => {
    const out = toTable([seed, cv], opts({ width: 140 }));
    expect(out).toContain("Tổng hợp 2 văn bản");
    expect(out).toContain("↳ Số 846/UBND-KGVX ngày 3/4/2025, mục 1.1");
    expect(out).toContain("trước 17h00 ngày 10/4/2025");
    expect(out).toContain("Sở Khoa học và Công nghệ + Sở Nông nghiệp và Môi trường · 1 nhiệm vụ");
  });
});
