import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/extract/tokens.js";
import { parseActorList } from "../../src/extract/entities.js";
import { defaultRegistry } from "../../src/units/registry.js";

const registry = defaultRegistry();
function actors(s: string): { list: string[]; next: string } {
  const toks = tokenize(s, 0, s.length);
  const r = parseActorList(toks, 0, { text: s, registry });
  if (!r) return { list: [], next: "" };
  return { list: r.mentions.map((m) => (m.full ?? m.text)), next: toks[r.next]?.t ?? "" };
}

describe("actor lists", () => {
  it.each([
    ["Phòng QLKHCCN chủ trì, phối hợp", ["Phòng QLKHCCN"], "chủ"],
    ["Văn phòng Sở, các phòng, đơn vị thực hiện tham mưu", ["Văn phòng Sở", "các phòng, đơn vị"], "thực"],
    ["các sở, ngành tỉnh; Uỷ ban nhân dân các huyện, thành phố; Các Ban QLDA chuyên ngành tỉnh báo cáo", ["các sở, ngành tỉnh", "Uỷ ban nhân dân các huyện, thành phố", "Các Ban QLDA chuyên ngành tỉnh"], "báo"],
    ["Các sở: Giao thông vận tải, Y tế, VH,TT&DL; Công an tỉnh; Đài Phát thanh và Truyền hình tỉnh và Báo Thanh Hóa căn cứ", ["Sở Giao thông vận tải", "Sở Y tế", "Sở VH,TT&DL", "Công an tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Báo Thanh Hóa"], "căn"],
    ["UBND các phường: Yên Bái, Văn Phú tăng cường", ["UBND phường Yên Bái", "UBND phường Văn Phú"], "tăng"],
    ["Các Bộ: Quốc phòng, Xây dựng, Tài nguyên và Môi trường và các đơn vị liên quan", ["Bộ Quốc phòng", "Bộ Xây dựng", "Bộ Tài nguyên và Môi trường", "các đơn vị liên quan"], ""],
    ["Sở Kế hoạch và Đầu tư, Sở Tài chính cùng các ngành có liên quan xác định", ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "các ngành có liên quan"], "xác"],
    ["Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông phối hợp", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông"], "phối"],
    ["Văn phòng Ban An toàn giao thông tỉnh chủ trì", ["Văn phòng Ban An toàn giao thông tỉnh"], "chủ"],
    ["Ủy ban kiểm tra Huyện ủy theo dõi", ["Ủy ban kiểm tra Huyện ủy"], "theo"],
    ["Ban Quản lý dự án đầu tư xây dựng số 1 đẩy nhanh", ["Ban Quản lý dự án đầu tư xây dựng số 1"], "đẩy"],
    ["Uỷ ban nhân dân thành phố và các huyện tổ chức", ["Uỷ ban nhân dân thành phố và các huyện"], "tổ"],
    ["các cơ quan của Đảng, Quốc hội, Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội phối hợp", ["các cơ quan của Đảng", "Quốc hội", "Mặt trận Tổ quốc Việt Nam", "các tổ chức chính trị - xã hội"], "phối"],
    ["Thủ trưởng các sở, ngành, đơn vị và Chủ tịch Ủy ban nhân dân các xã, phường tập trung", ["Thủ trưởng các sở, ngành, đơn vị", "Chủ tịch Ủy ban nhân dân các xã, phường"], "tập"],
    ["từng cá nhân xây dựng kế hoạch", ["từng cá nhân"], "xây"],
    ["UBND Thành phố cũng mời", ["UBND Thành phố"], "cũng"],
    ["Viễn thông Thái Nguyên, Viettel Thái Nguyên và các doanh nghiệp viễn thông trên địa bàn phối hợp", ["Viễn thông Thái Nguyên", "Viettel Thái Nguyên", "các doanh nghiệp viễn thông trên địa bàn"], "phối"],
    ["Trung tâm Văn hóa, Thông tin và Thể thao huyện tổ chức", ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"], "tổ"],
    ["các sở, ngành trên địa bàn tỉnh triển khai", ["các sở, ngành trên địa bàn tỉnh"], "triển"],
    ["Cục Quản lý Dược kiểm tra việc đấu thầu", ["Cục Quản lý Dược"], "kiểm"],
    ["Cục Thuế kiểm tra việc kê khai", ["Cục Thuế"], "kiểm"],
    ["Trung tâm Chính trị xã mở lớp bồi dưỡng", ["Trung tâm Chính trị xã"], "mở"],
    ["Ban Chỉ huy Quân sự xã sẵn sàng lực lượng", ["Ban Chỉ huy Quân sự xã"], "sẵn"],
    ["Các chi bộ trực thuộc rà soát quần chúng ưu tú", ["Các chi bộ trực thuộc"], "rà"],
    ["Văn phòng HĐND và UBND phường theo dõi", ["Văn phòng HĐND và UBND phường"], "theo"],
    ["Chi bộ Hợp tác xã nông nghiệp Mỹ Thọ lãnh đạo hợp tác xã", ["Chi bộ Hợp tác xã nông nghiệp Mỹ Thọ"], "lãnh"],
    ["Trưởng các thôn tổ chức họp dân", ["Trưởng các thôn"], "tổ"],
    ["UBND các huyện có liên quan báo cáo", ["UBND các huyện có liên quan"], "báo"],
    ["các chủ hồ chứa thủy lợi, thủy điện trên địa bàn tỉnh, nhất là các hồ Sông Ba Hạ, nghiêm túc", ["các chủ hồ chứa thủy lợi, thủy điện trên địa bàn tỉnh"], "nhất"],
    ["các phòng chuyên môn, nghiệp vụ và đơn vị trực thuộc tập trung thực hiện", ["các phòng chuyên môn, nghiệp vụ và đơn vị trực thuộc"], "tập"],
    ["Báo và Phát thanh, Truyền hình Đắk Lắk tăng thời lượng phát sóng", ["Báo và Phát thanh, Truyền hình Đắk Lắk"], "tăng"],
    ["UBND các xã ven biển kiên quyết không để người ở lại", ["UBND các xã ven biển"], "kiên"],
    ["Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên hoàn thành", ["Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"], "hoàn"],
    ["các sở, ngành - thực hiện", ["các sở, ngành"], "thực"],
    ["Ủy ban nhân dân các tỉnh, thành phố có dự án đi qua khẩn trương lập phương án", ["Ủy ban nhân dân các tỉnh, thành phố"], "có"],
    ["đồng chí Phó Bí thư, Chủ tịch UBND xã lãnh đạo UBND xã", ["đồng chí Phó Bí thư, Chủ tịch UBND xã"], "lãnh"],
    ["các đồng chí Phó Chủ tịch, Chủ tịch UBND xã chỉ đạo", ["các đồng chí Phó Chủ tịch", "Chủ tịch UBND xã"], "chỉ"],
    ["Giám đốc Sở Tài chính, Giám đốc Sở Xây dựng chỉ đạo", ["Giám đốc Sở Tài chính", "Giám đốc Sở Xây dựng"], "chỉ"],
    ["Petrovietnam và TKV bảo đảm cung cấp đủ khí", ["Petrovietnam", "TKV"], "bảo"],
    ["Ngân hàng Chính sách xã hội chi nhánh tỉnh giải ngân", ["Ngân hàng Chính sách xã hội chi nhánh tỉnh"], "giải"],
  ])("%s", (s, list, next) => {
    const r = actors(s);
    expect(r.list).toEqual(list);
    expect(r.next).toBe(next);
  });

  it("splits 'đ/c Lê Văn Quý - Phó Chủ tịch UBND xã' into the name and the post", () => {
    const s = "đ/c Lê Văn Quý - Phó Chủ tịch UBND xã trực tiếp chỉ đạo";
    const toks = tokenize(s, 0, s.length);
    const m = parseActorList(toks, 0, { text: s, registry })!.mentions[0]!;
    expect(m.personName).toBe("Lê Văn Quý");
    expect(m.title).toBe("Phó Chủ tịch UBND xã");
  });

  it("reads 'Đ/c' as 'đồng chí' and finds the family name right after the title", () => {
    for (const s of ["Đ/c Phó Giám đốc Lê Hoàng Phúc chỉ đạo", "Đồng chí Phó Giám đốc Lê Hoàng Phúc chỉ đạo"]) {
      const toks = tokenize(s, 0, s.length);
      const m = parseActorList(toks, 0, { text: s, registry })!.mentions[0]!;
      expect(m.kind).toBe("person");
      expect(m.personName).toBe("Lê Hoàng Phúc");
      expect(m.title).toBe("Phó Giám đốc");
    }
  });

  it("splits a person's title from the name", () => {
    const s = "Phó Giám đốc Sở Phan Văn Hiếu chủ trì";
    const toks = tokenize(s, 0, s.length);
    const m = parseActorList(toks, 0, { text: s, registry })!.mentions[0]!;
    expect(m.kind).toBe("person");
    expect(m.title).toBe("Phó Giám đốc Sở");
    expect(m.personName).toBe("Phan Văn Hiếu");
  });

  // Negative cases: none of these starts an actor.
  it.each(["Báo cáo cần tách danh mục", "Quyết định số 25/2018/QĐ-UBND", "chủ động phối hợp", "Đối với nội dung", "trên địa bàn tỉnh"])("%s is no actor", (s) => {
    expect(actors(s).list).toEqual([]);
  });
});
