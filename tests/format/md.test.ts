import { describe, expect, it } from "vitest";
import { escapeMd, toMarkdown } from "../../src/format/md.js";
import { loadResult, opts } from "./helpers.js";

const seed = loadResult("hand-seed");
const cv = loadResult("hand-cv846");

describe("md", () => {
  const out = toMarkdown([seed], opts());
  it("is a checklist grouped by unit, one line per task", () => {
    expect(out.split("\n").filter((l) => l.startsWith("- [ ] "))).toHaveLength(seed.tasks.length);
    expect(out).toContain("**Phòng Quản lý khoa học và công nghệ (Phòng QLKH&CN)** (3)");
    expect(out).toContain("- [ ] Phòng BCVT&CNTT — xây dựng nội dung kế hoạch cụ thể, chi tiết, hoàn thành báo cáo Giám đốc Sở (trước 20/4/2025 · còn 12 ngày)");
    expect(out).toContain("- [ ] Phòng QLKH&CN — tham mưu (phối hợp: Phòng BCVT&CNTT; Trung tâm CDS&ĐMST)");
    expect(out).toContain("(ngày 4/4/2025 · **quá hạn 4 ngày**)");
    expect(out).toContain("- [ ] **Khẩn** Phòng QLKH&CN — thực hiện rà soát");
    expect(out).not.toMatch(/^#/m); // bold lines, not headings: chat apps show them as they are
  });
  it("escapes Markdown in the notice's words", () => {
    expect(escapeMd("a *b* _c_ [d](e) <f> `g`")).toBe("a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\`g\\`");
    const many = toMarkdown([cv], opts());
    expect(many).toContain("\\<script\\>alert(1)\\</script\\>");
  });
  it("names the source notice of each task when there are several", () => {
    const many = toMarkdown([seed, cv], opts({ groupBy: "deadline" }));
    expect(many).toContain("**Tổng hợp 2 văn bản**: TB-SKHCCN ngày 1/4/2025; Số 846/UBND-KGVX ngày 3/4/2025");
    expect(many).toContain("**Thứ Năm 10/4/2025** (1)");
    expect(many).toContain("— Số 846/UBND-KGVX ngày 3/4/2025, mục 1.1");
  });
});
