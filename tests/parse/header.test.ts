import { describe, expect, it } from "vitest";
import { parseNotice } from "../../src/pipeline.js";

describe("header layouts", () => {
  it("stacked lines with a blank number", () => {
    const n = parseNotice(`UBND TỈNH LÀO CAI
VĂN PHÒNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:           /TB-VP
Lào Cai, ngày        tháng 6 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh
_____________
Giao Sở Tài chính chủ trì rà soát.

Nơi nhận:
- Thường trực Tỉnh ủy (b/c);
- Lưu: VT, TH.

CHÁNH VĂN PHÒNG

Lê Trí Hà`).notice;
    expect(n).toMatchObject({
      issuer: "VĂN PHÒNG", parentIssuer: "UBND TỈNH LÀO CAI", number: null, symbol: "TB-VP", type: "THÔNG BÁO", typeCode: "TB",
      place: "Lào Cai", date: null, subject: "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh",
      signer: { authority: null, title: "CHÁNH VĂN PHÒNG", position: null, name: "Lê Trí Hà" },
      recipients: ["Thường trực Tỉnh ủy (b/c)", "Lưu: VT, TH."],
    });
  });

  it("a two-column header flattened onto one line", () => {
    const n = parseNotice(`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HẬU GIANG Độc lập - Tự do - Hạnh phúc

Số: 393/UBND-KGVX Hậu Giang, ngày 13 tháng 3 năm 2018

V/v đầu tư Trường THPT Vị Thanh

Kính gửi: Giám đốc Sở Tài chính.

Giao Giám đốc Sở Tài chính xác định tổng mức đầu tư.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đồng Văn Thanh`).notice;
    expect(n).toMatchObject({
      issuer: "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG", number: "393", symbol: "UBND-KGVX", typeCode: null, place: "Hậu Giang", date: "2018-03-13",
      subject: "V/v đầu tư Trường THPT Vị Thanh", signer: { authority: "KT.", title: "CHỦ TỊCH", position: "PHÓ CHỦ TỊCH", name: "Đồng Văn Thanh" },
    });
  });

  it("table cells, and web-page debris around the document", () => {
    const n = parseNotice(`Đang tải nội dung, vui lòng chờ giây lát...
VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 8601/VPCP-V.I | Hà Nội, ngày 08 tháng 09 năm 2018 |
Kính gửi: Đồng chí Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ
Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ chỉ đạo các sở kiểm tra, báo cáo Thủ tướng Chính phủ trước ngày 01 tháng 11 năm 2018.
| KT. BỘ TRƯỞNG, CHỦ NHIỆM |
Ý kiến bạn đọc`);
    expect(n.notice).toMatchObject({ issuer: "VĂN PHÒNG CHÍNH PHỦ", number: "8601", symbol: "VPCP-V.I", place: "Hà Nội", date: "2018-09-08" });
    expect(n.tasks).toHaveLength(1);
  });

  it("minutes take their date from 'Hôm nay, ngày …'", () => {
    const n = parseNotice(`BIÊN BẢN LÀM VIỆC

Hôm nay, ngày 26/5/2026 tại Sở Công Thương chúng tôi tiến hành làm việc.`);
    expect(n.notice.type).toBe("BIÊN BẢN LÀM VIỆC");
    expect(n.notice.date).toBe("2026-05-26");
  });

  it("an impossible notice date is a diagnostic, not a date", () => {
    const n = parseNotice("Hà Nội, ngày 31 tháng 4 năm 2025\n\nGiao Sở Tài chính rà soát.");
    expect(n.notice.date).toBeNull();
    expect(n.diagnostics.map((d) => d.rule)).toContain("invalid-date");
    expect(n.diagnostics.find((d) => d.rule === "invalid-date")!.position.start.line).toBe(1);
  });
});
