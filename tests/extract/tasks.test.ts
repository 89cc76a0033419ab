import { describe, expect, it } from "vitest";
import { parseNotice } from "../../src/pipeline.js";

type Row = { lead: string[]; collab?: string[]; deadline?: string | null; kind?: string };
function tasks(text: string): Row[] {
  return parseNotice(text).tasks.map((t) => ({
    lead: t.lead.map((e) => e.mention),
    collab: t.collaborators.map((e) => e.mention),
    deadline: t.deadline?.date ?? null,
    kind: t.deadline?.kind,
  }));
}

describe("tasks from sentences", () => {
  it("Giao A …; Giao B … is two tasks", () => {
    const r = tasks("- Giao Phòng QLCN chủ trì xây dựng quy chế; Giao Phòng QLKH&CN chủ trì rà soát quy trình.");
    expect(r.map((t) => t.lead)).toEqual([["Phòng QLCN"], ["Phòng QLKH&CN"]]);
  });

  it("A chủ trì, phối hợp với B, C is one task with collaborators", () => {
    const r = tasks("Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng và các cơ quan liên quan tham mưu bố trí vốn.");
    expect(r).toHaveLength(1);
    expect(r[0]!.lead).toEqual(["Sở Tài chính"]);
    expect(r[0]!.collab).toEqual(["Sở Xây dựng", "các cơ quan liên quan"]);
  });

  it("'Trong đó, giao …' after a sentence about B is a second task", () => {
    const r = tasks("Các phòng, đơn vị nghiên cứu triển khai Thông tư. Trong đó, giao Văn phòng Sở chủ trì hướng dẫn thực hiện.");
    expect(r.map((t) => t.lead)).toEqual([["Các phòng, đơn vị"], ["Văn phòng Sở"]]);
  });

  it("'đồng thời X …' with a new actor splits; without one it goes on", () => {
    expect(tasks("Giao Sở Công Thương rà soát hiện trạng; đồng thời UBND phường Âu Lâu đề xuất mở rộng cụm công nghiệp.").map((t) => t.lead)).toEqual([["Sở Công Thương"], ["UBND phường Âu Lâu"]]);
    expect(tasks("Các phòng, đơn vị rà soát kế hoạch; đồng thời gửi Văn phòng Sở trước ngày 03/4/2025.")).toHaveLength(1);
  });

  it("a heading names the actor of its bullets", () => {
    const r = tasks("1. Sở Tài chính\n- Chủ trì tham mưu bố trí ngân sách.\n- Khẩn trương rà soát kiến nghị của doanh nghiệp.\n2. Sở Xây dựng\nTập trung hướng dẫn cấp xã về quy hoạch.");
    expect(r.map((t) => t.lead)).toEqual([["Sở Tài chính"], ["Sở Tài chính"], ["Sở Xây dựng"]]);
  });

  it("an intro clause hands its actor to the items below and is no task itself", () => {
    const r = tasks("Tiểu ban yêu cầu Ban Chỉ đạo cấp tỉnh thực hiện một số nội dung cụ thể sau:\n1. Lập hồ sơ khen thưởng theo quy định.\n2. Gửi báo cáo tổng hợp về Tiểu ban.");
    expect(r.map((t) => t.lead)).toEqual([["Ban Chỉ đạo cấp tỉnh"], ["Ban Chỉ đạo cấp tỉnh"]]);
  });

  it("a distributed list after a colon gives one lead per name", () => {
    const r = tasks("Giao các Bộ: Công an, Tài chính, Xây dựng nghiên cứu, báo cáo Thủ tướng Chính phủ.");
    expect(r[0]!.lead).toEqual(["Công an", "Tài chính", "Xây dựng"]);
  });

  it("a title distributed over a colon list, with a full item after it", () => {
    const n = parseNotice("Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ: Y tế, Giáo dục và Đào tạo, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương khẩn trương rà soát, báo cáo.");
    expect(n.tasks[0]!.lead.map((e) => e.name)).toEqual(["Bộ trưởng Bộ Y tế", "Bộ trưởng Bộ Giáo dục và Đào tạo", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]);
  });

  it("a qualifier between the actors and their duty", () => {
    const r = tasks("Các Sở: Tài chính, Xây dựng theo chức năng, nhiệm vụ được giao chủ động hướng dẫn các chủ đầu tư hoàn thiện thủ tục.");
    expect(r[0]!.lead).toEqual(["Tài chính", "Xây dựng"]);
  });

  it("a chained sentence with its own deadline is two tasks", () => {
    const r = tasks("Quảng Ngãi, ngày 01 tháng 10 năm 2021\nUBND tỉnh yêu cầu UBND các huyện gửi hồ sơ về Sở Tài nguyên và Môi trường trước ngày 28-10 để Sở thẩm định, trình UBND tỉnh trước ngày 10-11.");
    expect(r.map((t) => [t.lead[0], t.deadline])).toEqual([["UBND các huyện", "2021-10-28"], ["Sở", "2021-11-10"]]);
  });

  it("a sentence that only carries the deadline belongs to the task before it", () => {
    const r = tasks("Giao Sở Kế hoạch và Đầu tư chủ trì tổng hợp báo cáo. Yêu cầu hoàn thiện gửi Văn phòng UBND tỉnh trước ngày 24/5/2019.");
    expect(r).toHaveLength(1);
    expect(r[0]!.deadline).toBe("2019-05-24");
  });

  it("the subject of a person is a person entity", () => {
    const n = parseNotice("Giao Phó Giám đốc Sở Phan Văn Hiếu chủ trì lĩnh vực khoa học.");
    expect(n.tasks[0]!.lead[0]).toMatchObject({ kind: "person", name: "Phan Văn Hiếu", title: "Phó Giám đốc Sở" });
  });

  it("a nested 'cụ thể:' list inherits the intro's collaborators; the next sibling does not", () => {
    const r = tasks([
      "1. Sở Văn hóa, Thể thao và Du lịch:",
      "- Chủ trì, phối hợp với các đơn vị liên quan tổ chức các hoạt động hưởng ứng, cụ thể:",
      "+ Tổ chức Hội chợ hoa, cây cảnh tại Quảng trường Lâm Viên, hoàn thành trước ngày 10/12/2024;",
      "+ Tổ chức chương trình Đêm hoa đăng vào tối ngày 14/12/2024.",
      "- Tổ chức tổng duyệt chương trình Lễ khai mạc vào tối ngày 12/12/2024.",
    ].join("\n"));
    const last = r.at(-1)!;
    expect(last.lead).toEqual(["Sở Văn hóa, Thể thao và Du lịch"]);
    expect(last.collab).toEqual([]);
    const fair = r.find((t) => t.deadline === "2024-12-10")!;
    expect(fair.collab).toEqual(["các đơn vị liên quan"]);
    expect(r.filter((t) => t.deadline === "2024-12-14")[0]!.collab).toEqual(["các đơn vị liên quan"]);
  });

  it("'Phối hợp với Y thực hiện các nội dung sau:' under a heading gives Y to each item", () => {
    const r = tasks([
      "1. Sở Y tế",
      "- Phối hợp với Bảo hiểm xã hội tỉnh thực hiện các nội dung sau:",
      "+ Rà soát, đối chiếu số liệu chi vượt dự toán khám bệnh, chữa bệnh bảo hiểm y tế, báo cáo UBND tỉnh trước ngày 15/4/2025;",
      "+ Hướng dẫn các cơ sở khám bệnh, chữa bệnh kết nối, liên thông dữ liệu với Hệ thống thông tin giám định.",
    ].join("\n"));
    expect(r).toHaveLength(2);
    for (const t of r) {
      expect(t.lead).toEqual(["Sở Y tế"]);
      expect(t.collab).toEqual(["Bảo hiểm xã hội tỉnh"]);
    }
  });

  it("a general duty to cooperate in an intro is not inherited under a heading", () => {
    const r = tasks([
      "1. Đối với các bộ, ngành, cơ quan thuộc Chính phủ",
      "Các bộ, ngành căn cứ chức năng nhiệm vụ được giao chủ động phối hợp thường xuyên với thành phố Hà Nội, trong đó tập trung vào một số nội dung cụ thể sau:",
      "- Xây dựng và ban hành kế hoạch thực hiện Nghị quyết.",
    ].join("\n"));
    expect(r.at(-1)!.lead).toEqual(["Các bộ, ngành"]);
    expect(r.at(-1)!.collab).toEqual([]);
  });

  it("a numbered title that the paragraph below repeats is a heading, not a task", () => {
    const r = tasks([
      "2.5. Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy được phân công theo dõi địa bàn",
      "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy được phân công theo dõi địa bàn chủ động nắm tình hình, kịp thời chỉ đạo giải quyết những vấn đề phát sinh ở cơ sở.",
    ].join("\n"));
    expect(r).toHaveLength(1);
    expect(r[0]!.lead[0]).toMatch(/^Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy/);
  });

  it("a condition after ';' may hand the rest of the sentence to a new actor", () => {
    const r = tasks("Petrovietnam và TKV bảo đảm cung cấp đủ khí, than cho các nhà máy điện theo hợp đồng đã ký; trường hợp phải nhập khẩu bổ sung than, TKV báo cáo Bộ Công Thương phương án nhập khẩu trước ngày 15/01/2026.");
    expect(r.map((t) => t.lead)).toEqual([["Petrovietnam", "TKV"], ["TKV"]]);
    expect(r[0]!.deadline).toBeNull();
    expect(r[1]!.deadline).toBe("2026-01-15");
  });

  it("'X giao nhiệm vụ cho các cơ quan, đơn vị, cụ thể như sau:' introduces headed items and is no task", () => {
    const r = parseNotice([
      "Chủ tịch UBND tỉnh giao nhiệm vụ cho các cơ quan, đơn vị, cụ thể như sau:",
      "a) Sở Nội vụ",
      "- Tham mưu UBND tỉnh tổ chức đánh giá, phân loại cán bộ, công chức cấp xã năm 2025, hoàn thành trước ngày 20/12/2025.",
    ].join("\n"));
    expect(r.tasks.map((t) => t.lead.map((e) => e.mention))).toEqual([["Sở Nội vụ"]]);
  });

  it("a boundary date beats a bare period that names what is funded", () => {
    const r = tasks("Đề nghị Bảo hiểm xã hội Việt Nam tạm ứng kịp thời kinh phí khám bệnh, chữa bệnh bảo hiểm y tế quý I năm 2026 cho các cơ sở khám bệnh, chữa bệnh trước ngày 15/01/2026.");
    expect(r).toHaveLength(1);
    expect(r[0]!.kind).toBe("before");
    expect(r[0]!.deadline).toBe("2026-01-15");
  });

  it("'Bộ Ngoại giao' among the collaborators is no 'giao X'", () => {
    const r = tasks("Bộ Xây dựng chủ trì, phối hợp với Bộ Ngoại giao, Bộ Tài chính và các cơ quan liên quan đàm phán với phía Trung Quốc về nguồn vốn vay, báo cáo Thủ tướng Chính phủ trong tháng 6/2025.");
    expect(r).toHaveLength(1);
    expect(r[0]!.lead).toEqual(["Bộ Xây dựng"]);
    expect(r[0]!.collab).toEqual(["Bộ Ngoại giao", "Bộ Tài chính", "các cơ quan liên quan"]);
  });

  it("'Đối với X, <speaker> giao …' assigns X", () => {
    const r = tasks("Đối với Sở Xây dựng, Chủ tịch UBND tỉnh giao khẩn trương khắc phục các điểm sạt lở trên Quốc lộ 9, bảo đảm giao thông thông suốt chậm nhất trong ngày 30/10/2025.");
    expect(r).toHaveLength(1);
    expect(r[0]!.lead).toEqual(["Sở Xây dựng"]);
    expect(r[0]!.deadline).toBe("2025-10-30");
  });

  it("a section of last week's results assigns nothing", () => {
    const r = parseNotice([
      "1. Kết quả tuần 48:",
      "- Các phòng, đơn vị cơ bản hoàn thành nhiệm vụ được giao.",
      "- Chi cục QLTT kiểm tra 37 vụ, xử phạt vi phạm hành chính 412 triệu đồng.",
      "2. Nhiệm vụ tuần 49:",
      "- Văn phòng Sở tổng hợp báo cáo, gửi UBND tỉnh trước ngày 05/12/2025.",
    ].join("\n"));
    expect(r.tasks.map((t) => t.lead[0]!.mention)).toEqual(["Văn phòng Sở"]);
  });

  it("a task table takes whatever its lead column names, but not a group row", () => {
    const r = parseNotice([
      "| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |",
      "|---|---|---|---|---|",
      "| I | Công tác văn hóa | Công tác văn hóa | Công tác văn hóa | Công tác văn hóa |",
      "| 1 | Tổ chức Hội Báo Xuân | Đơn vị Xuân Hòa Lạc | Hội Nhà báo thành phố | Tháng 02/2026 |",
      "| 2 | Bảo đảm phòng cháy tại các di tích | Khu Lưu niệm Bác Tôn; Ban Quản lý di tích thành phố | Công an thành phố | Trước 31/12/2025 |",
    ].join("\n"));
    expect(r.tasks.map((t) => t.lead.map((e) => e.name))).toEqual([["Đơn vị Xuân Hòa Lạc"], ["Khu Lưu niệm Bác Tôn", "Ban Quản lý di tích thành phố"]]);
  });

  it("urgent marks khẩn trương / ngay / sớm", () => {
    const n = parseNotice("Phòng QLKH&CN khẩn trương rà soát các vướng mắc. Phòng QLCN rà soát quy trình.");
    expect(n.tasks.map((t) => t.urgent)).toEqual([true, false]);
  });
});

describe("not tasks (negative cases)", () => {
  it.each([
    ["preamble", "Ngày 01/4/2025, Giám đốc Sở Khoa học và Công nghệ chủ trì cuộc giao ban đánh giá tình hình."],
    ["closing formula", "Văn phòng Chính phủ thông báo để Bộ Tài chính biết, thực hiện./."],
    ["closing formula with Nay", "Nay thông báo Kết luận của Giám đốc Sở để các phòng, đơn vị biết, thực hiện./."],
    ["approval", "Đồng ý với kiến nghị của Bộ Nông nghiệp và Phát triển nông thôn tại văn bản nêu trên."],
    ["evaluation", "Ủy ban nhân dân tỉnh ghi nhận và đánh giá cao nỗ lực của Sở Công Thương."],
    ["past narration", "UBND tỉnh Khánh Hòa vừa có văn bản gửi Sở Tài nguyên và Môi trường về việc lập quy hoạch."],
    ["future statement", "Thành phố sẽ thành lập đoàn kiểm tra với thành phần gồm đại diện các sở, ngành."],
    ["opinion heading", "Phó Thủ tướng Vũ Văn Ninh có ý kiến như sau:"],
    ["a phone number", "Điện thoại: 02438253536 - 0789111111 Email: vanthu@hanoi.gov.vn"],
  ])("%s", (_why, text) => {
    expect(parseNotice(text).tasks).toEqual([]);
  });

  it("the closing formula is no task, but publishing or announcing this notice is", () => {
    const r = parseNotice([
      "1. Văn phòng Sở đăng tải Thông báo này trên Trang thông tin điện tử của Sở trong ngày 05/12/2025.",
      "2. Ngay sau khi có bản tin cảnh báo rét đậm, Văn phòng HĐND và UBND xã thông báo trên hệ thống loa truyền thanh để nhân dân biết, chủ động phòng tránh.",
      "Văn phòng UBND tỉnh thông báo ý kiến kết luận của Chủ tịch UBND tỉnh để các cơ quan, đơn vị biết, thực hiện./.",
    ].join("\n"));
    expect(r.tasks.map((t) => t.lead[0]!.mention)).toEqual(["Văn phòng Sở", "Văn phòng HĐND và UBND xã"]);
    expect(r.unassigned.some((u) => u.reason === "closing formula" && u.text.startsWith("Văn phòng UBND tỉnh thông báo"))).toBe(true);
  });

  it("'Quy chế phối hợp với Tỉnh đoàn' names no collaborator", () => {
    const r = tasks("- Về Quy chế phối hợp với Tỉnh đoàn: Giao Phòng BCVT&CNTT chủ trì, phối hợp với Phòng QLCN tham mưu.");
    expect(r[0]!.collab).toEqual(["Phòng QLCN"]);
  });

  it("'do Lãnh đạo Sở giao chủ trì, phối hợp' names nobody", () => {
    const r = tasks("Các phòng, đơn vị chủ động thực hiện nhiệm vụ do Lãnh đạo Sở giao chủ trì, phối hợp triển khai thực hiện.");
    expect(r).toEqual([{ lead: ["Các phòng, đơn vị"], collab: [], deadline: null, kind: undefined }]);
  });

  it("someone who cooperates in the object is no collaborator of the lead", () => {
    const r = tasks("- Chủ trì theo dõi, đôn đốc các chủ đầu tư phối hợp chặt chẽ với chính quyền địa phương.");
    expect(r).toEqual([]); // no actor inherited: a bullet alone names nobody
    const h = tasks("1. Sở Công Thương\n- Chủ trì theo dõi, đôn đốc các chủ đầu tư phối hợp chặt chẽ với chính quyền địa phương.");
    expect(h[0]!.collab).toEqual([]);
  });

  it("the date of a cited document, a plan year and a reporting period are no deadlines", () => {
    const r = tasks("Giao Phòng QLKH&CN tham mưu bãi bỏ Quyết định số 25/2018/QĐ-UBND ngày 12/9/2018 và hoàn thiện kế hoạch công tác năm 2025 trên cơ sở kết quả Quý I/2025.");
    expect(r[0]!.deadline).toBeNull();
  });

  it("'số' in a name is part of the name", () => {
    const r = tasks("Ban Quản lý dự án đầu tư xây dựng số 1 đẩy nhanh tiến độ dự án.");
    expect(r[0]!.lead).toEqual(["Ban Quản lý dự án đầu tư xây dựng số 1"]);
  });
});
