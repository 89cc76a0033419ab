/** matchAt inside running text: longest alias, word boundaries, attached places, titles. */
import { describe, expect, it } from "vitest";
import { defaultRegistry } from "../../src/units/registry.js";

const reg = defaultRegistry();
const at = (text: string, needle: string, occurrence = 0) => {
  let i = -1;
  for (let n = 0; n <= occurrence; n++) i = text.indexOf(needle, i + 1);
  const m = reg.matchAt(text, i);
  return m ? { id: m.entry.id, text: text.slice(m.start, m.end), alias: text.slice(m.start, m.aliasEnd), place: m.place, exact: m.exact, misspelling: m.misspelling } : null;
};

describe("matchAt", () => {
  it("stops a comma list at the end of one unit (the comma in VH,TT&DL does not split it)", () => {
    const t = "Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông";
    expect(at(t, "Sở Văn")).toMatchObject({ id: "so-vhttdl", text: "Sở Văn hóa, Thể thao và Du lịch" });
    expect(at(t, "Sở Thông")).toMatchObject({ id: "so-tttt", text: "Sở Thông tin và Truyền thông" });
    const u = "Giao Giám đốc: Sở VH,TT&DL, Sở TT&TT chủ trì";
    expect(at(u, "Sở VH")).toMatchObject({ id: "so-vhttdl", text: "Sở VH,TT&DL" });
    expect(at(u, "Sở TT")).toMatchObject({ id: "so-tttt", text: "Sở TT&TT" });
  });

  it("takes the longest alias", () => {
    const t = "Giao Phòng Quản lý khoa học và công nghệ chủ trì";
    expect(at(t, "Phòng")).toMatchObject({ id: "qlkhcn", text: "Phòng Quản lý khoa học và công nghệ" });
    expect(at("ông Nguyễn Văn Hòa, Chuyên viên Phòng Quản lý Khoa học và Kế toán trưởng Sở", "Phòng")).toMatchObject({ id: "qlkhcn", text: "Phòng Quản lý Khoa học" });
    expect(at("Các Bộ, cơ quan ngang Bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, các Tập đoàn", "Các Bộ")).toMatchObject({ id: "cac-bo-co-quan-ngang-bo", text: "Các Bộ, cơ quan ngang Bộ" });
    expect(at("Các Bộ, cơ quan ngang Bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, các Tập đoàn", "Ủy ban")).toMatchObject({ id: "ubnd-cac-tinh-thanh-pho" });
    expect(at("Giao các sở, ngành, địa phương liên quan phối hợp", "các sở")).toMatchObject({ id: "cac-so-nganh-dia-phuong-lien-quan" });
  });

  it("only starts and ends on word boundaries", () => {
    const t = "Bộ Tài chính hướng dẫn";
    expect(reg.matchAt(t, 1)).toBeNull();
    expect(reg.matchAt("Sở Y tếxx", 0)).toBeNull();
    expect(at("Sở Y tế, Sở Tài chính", "Sở Y")).toMatchObject({ text: "Sở Y tế" });
    expect(at("Lãnh đạo Sở Tài chính", "Sở")).toMatchObject({ id: "so-tai-chinh" });
    expect(reg.matchAt("Tư pháp", 0)).toBeNull();
  });

  it("never runs across a stop", () => {
    expect(at("Giao các Bộ: Tài chính, Xây dựng", "các Bộ")).toMatchObject({ id: "cac-bo", text: "các Bộ" });
    expect(at("UBND tỉnh; Lào Cai", "UBND")).toMatchObject({ text: "UBND tỉnh", place: null });
  });

  it("attaches a place name, never across a comma", () => {
    expect(at("Sở Tài chính tỉnh Hậu Giang chủ trì", "Sở")).toMatchObject({ id: "so-tai-chinh", text: "Sở Tài chính tỉnh Hậu Giang", alias: "Sở Tài chính", place: "tỉnh Hậu Giang" });
    expect(at("giao Sở Công Thương Lào Cai chủ trì", "Sở")).toMatchObject({ text: "Sở Công Thương Lào Cai" });
    expect(at("UBND TP.HCM chỉ đạo", "UBND")).toMatchObject({ id: "ubnd-tinh", text: "UBND TP.HCM" });
    expect(at("UBND tỉnh, thành phố", "UBND")).toMatchObject({ text: "UBND tỉnh" });
    expect(at("đề nghị UBND huyện Khánh Sơn khẩn trương", "UBND")).toMatchObject({ id: "ubnd-huyen", text: "UBND huyện Khánh Sơn" });
    expect(at("UBND cần", "UBND")).toBeNull();
  });

  it("knows the seed notice's units and its misspelling", () => {
    const t = "- Giao Phòng QLKHCCN chủ trì, phối hợp với Văn phòng Sở, các phòng, đơn vị thực hiện tham mưu Quyết định của UBND tỉnh.";
    expect(at(t, "Phòng QLKHCCN")).toMatchObject({ id: "qlkhcn", misspelling: true, exact: true });
    expect(at(t, "Văn phòng Sở")).toMatchObject({ id: "van-phong-so" });
    expect(at(t, "các phòng")).toMatchObject({ id: "cac-phong-don-vi", text: "các phòng, đơn vị" });
    expect(at(t, "UBND tỉnh")).toMatchObject({ id: "ubnd-tinh", exact: true });
    const u = "Giao Phòng QLKH&CN chủ trì, phối hợp với Phòng BCVT&CNTT và Trung tâm CDS&ĐMST tham mưu.";
    expect(reg.findAll(u).map((m) => m.entry.id)).toEqual(["qlkhcn", "bcvt-cntt", "cds-dmst"]);
  });

  it("separates titles, units and names", () => {
    const t = "Giao Phó Giám đốc Sở Phan Văn Hiếu chủ trì, giúp Giám đốc Sở tổ chức";
    const m = reg.matchAt(t, t.indexOf("Phó"))!;
    expect([m.entry.id, m.personName, t.slice(m.start, m.end)]).toEqual(["pho-giam-doc-so", "Phan Văn Hiếu", "Phó Giám đốc Sở Phan Văn Hiếu"]);
    expect(at(t, "Giám đốc Sở tổ")).toMatchObject({ id: "giam-doc-so", text: "Giám đốc Sở" });
    const g = reg.matchAt("Giao Giám đốc Sở Khoa học và Công nghệ (KH&CN) chủ trì", 5)!;
    expect([g.entry.id, g.unit?.entry.id]).toEqual(["giam-doc", "so-khcn"]);
    expect(at("Chủ tịch UBND tỉnh Phú Thọ chỉ đạo", "Chủ tịch")).toMatchObject({ id: "chu-tich-ubnd-tinh", text: "Chủ tịch UBND tỉnh Phú Thọ" });
  });

  it("is fast enough to call at every word", () => {
    const text = "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng, Sở Nông nghiệp và Môi trường và UBND các xã, phường có cụm công nghiệp rà soát, báo cáo UBND tỉnh trước ngày 15/4/2025. ".repeat(50);
    const starts = [...text.matchAll(/(?<![\p{L}\p{M}\p{N}])\p{L}/gu)].map((m) => m.index!);
    const t = performance.now();
    let n = 0;
    for (const i of starts) if (reg.matchAt(text, i)) n++;
    expect(n).toBe(5 * 50); // Sở Tài chính, Sở Xây dựng, Sở NN&MT, UBND các xã…, UBND tỉnh; no match inside them
    expect(performance.now() - t).toBeLessThan(200);
  });
});
