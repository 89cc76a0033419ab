import { describe, expect, it } from "vitest";
import { findBlocks } from "../../src/parse/structure.js";
import { splitLines } from "../../src/parse/lines.js";

function blocks(text: string): Array<[string, string]> {
  return findBlocks(text, splitLines(text), { start: 0, end: text.length }).map((b) => [b.kind, text.slice(b.start, b.end)]);
}

describe("blocks of a hard-wrapped notice", () => {
  it("joins a line that goes on in lower case, with a digit, or hanging under a bullet", () => {
    const text = [
      "1) Phòng Kinh tế:",
      "  • Chủ trì, phối hợp với Ban QLDA hoàn thiện hồ sơ,",
      "    tham mưu UBND xã phê duyệt phương án bồi thường cho",
      "    14 hộ còn lại, xong trước 25/11/2025.",
      "  * Chuẩn bị nội dung phục vụ Kỳ họp thường lệ cuối năm 2025 của",
      "    HĐND xã, gửi đại biểu chậm nhất ngày 05/12/2025.",
    ].join("\n");
    const r = blocks(text);
    expect(r.map((b) => b[0])).toEqual(["item", "bullet", "bullet"]);
    expect(r[1]![1]).toMatch(/14 hộ còn lại, xong trước 25\/11\/2025\.$/);
    expect(r[2]![1]).toMatch(/HĐND xã, gửi đại biểu chậm nhất ngày 05\/12\/2025\.$/);
  });

  it("in a text wrapped at a fixed width, a full line goes on even before a capital", () => {
    const body = [
      "Trong tháng 11, tình hình KT-XH của xã tiếp tục ổn định; thu ngân sách trên",
      "địa bàn đạt 87% dự toán HĐND xã giao; giải ngân vốn đầu tư công đạt 58%.",
      "1) Phòng Kinh tế rà soát, đề xuất điều chuyển vốn của các công trình không",
      "có khả năng giải ngân hết kế hoạch năm 2025, trình UBND xã trước 28/11.",
      "2) Công an xã chủ trì, phối hợp với Phòng Kinh tế và Ban QLDA ĐTXD khu vực",
      "Đức Thọ bảo đảm ANTT trong quá trình cưỡng chế thu hồi đất (nếu có); nắm",
      "chắc tình hình, không để phát sinh điểm nóng về an ninh trật tự ở cơ sở.",
    ].join("\n");
    const r = blocks(body);
    expect(r.map((b) => b[0])).toEqual(["paragraph", "item", "item"]);
    expect(r[2]![1]).toMatch(/Đức Thọ bảo đảm ANTT/);
  });

  it("keeps a heading without a full stop apart from the paragraph under it", () => {
    const r = blocks(["1. Sở Y tế", "Chủ trì rà soát nhu cầu thuốc, báo cáo trước ngày 15/4/2025."].join("\n"));
    expect(r.map((b) => b[0])).toEqual(["item", "paragraph"]);
  });
});
