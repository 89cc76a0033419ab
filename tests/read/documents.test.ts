import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readInput } from "../../src/read/index.js";
import { htmlToText } from "../../src/read/docx.js";
import { InputError } from "../../src/errors.js";

const corpus = "../shared/corpus/";
const hasCorpus = existsSync(corpus + "docx/thong-bao-ket-luan-ubnd.docx");

describe("docx", () => {
  it("writes out Word's automatic numbering and stacks the two-column header", async () => {
    const r = await readInput("fixtures/inputs/numbered.docx");
    expect(r.format).toBe("docx");
    const lines = r.text.trimEnd().split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      "Số: 126/TB-UBND", "Quảng Ngãi, ngày 20 tháng 3 năm 2025",
    ]);
    expect(lines).toContain("1. Về chuyển đổi số");
    expect(lines).toContain("a) Giao Sở Khoa học và Công nghệ chủ trì xây dựng Kế hoạch chuyển đổi số năm 2025; hoàn thành trước ngày 30/4/2025.");
    expect(lines).toContain("b) Sở Tài chính bố trí kinh phí thực hiện.");
    expect(lines).toContain("2. Về cải cách hành chính");
    expect(lines).toContain("- Các huyện báo cáo định kỳ hằng tháng.");
    expect(lines.slice(-3)).toEqual(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Phước Hiền"]);
  });

  it("renders a data table as pipe rows and a layout table as stacked lines", () => {
    const data = "<table><tr><td><p>STT</p></td><td><p>Nội dung</p></td><td><p>Đơn vị</p></td></tr><tr><td><p>1</p></td><td><p>Rà soát</p></td><td><p>Sở Tài chính</p></td></tr></table>";
    expect(htmlToText(data)).toBe("| STT | Nội dung | Đơn vị |\n| 1 | Rà soát | Sở Tài chính |\n");
    expect(htmlToText("<table><tr><td><p>A</p><p>B</p></td><td><p>C &amp; D</p></td></tr></table>")).toBe("A\nB\nC & D\n");
  });

  it.skipIf(!hasCorpus)("the Word file of L002 gives the lines of L002.txt", async () => {
    const r = await readInput(corpus + "docx/thong-bao-ket-luan-ubnd.docx");
    const clean = (s: string) => s.split("\n").map((l) => l.trim()).filter(Boolean);
    expect(clean(r.text)).toEqual(clean(readFileSync(corpus + "dev/L002.txt", "utf8")));
  });
});

describe.skipIf(!hasCorpus)("pdf", () => {
  it("refuses a scanned PDF with one line and exit code 2", async () => {
    const e = await readInput(corpus + "pdf/CV-813-CucHoaChat.pdf").then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(/CV-813-CucHoaChat\.pdf: the PDF has no text layer \(a scanned document, 2 pages\)/);
    expect((e as InputError).exitCode).toBe(2);
  });

  it("repairs the broken font mapping of TB-1894 (≥ 95% of the words of the clean text)", async () => {
    const r = await readInput(corpus + "pdf/TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.pdf");
    expect(r.notes.join(" ")).toMatch(/broken Vietnamese font mapping, repaired/);
    expect(r.text).toContain("UBND TỈNH LÀO CAI");
    expect(r.text).toContain("Kết quả kiểm tra việc chấp hành Quy định của pháp luật");
    const words = (s: string) => s.normalize("NFC").split(/\s+/).filter(Boolean);
    const got = new Set(words(r.text));
    const want = words(readFileSync(corpus + "pdf/TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.txt", "utf8"));
    const found = want.filter((w) => got.has(w)).length;
    expect(found / want.length).toBeGreaterThan(0.95);
    expect(r.text).not.toMatch(/[\u0460-\u04FF\u02E0-\u0380‡·]/);
  });
});
