/** Mentions as real notices write them → the entry they resolve to (or null: unknown, left as written). */
import { describe, expect, it } from "vitest";
import { defaultRegistry } from "../../src/units/registry.js";

const reg = defaultRegistry();

const TABLE: [string, string | null, string?][] = [
  // central: ministries today and before 1 March 2025
  ["Bộ Tài chính", "bo-tai-chinh", "exact"], ["BỘ TÀI CHÍNH", "bo-tai-chinh", "folded"], ["Bo Tai chinh", "bo-tai-chinh", "folded"],
  ["Bộ Công an", "bo-cong-an"], ["Bộ Quốc phòng", "bo-quoc-phong"], ["Bộ Ngoại giao", "bo-ngoai-giao"], ["Bộ Nội vụ", "bo-noi-vu"],
  ["Bộ Tư pháp", "bo-tu-phap"], ["Bộ Công Thương", "bo-cong-thuong"], ["Bộ Công thương", "bo-cong-thuong"], ["Bộ Xây dựng", "bo-xay-dung"],
  ["Bộ Nông nghiệp và Môi trường", "bo-nn-mt"], ["Bộ NN&MT", "bo-nn-mt"], ["Bộ Y tế", "bo-y-te"], ["Bộ Dân tộc và Tôn giáo", "bo-dan-toc-ton-giao"],
  ["Bộ Văn hóa, Thể thao và Du lịch", "bo-vhttdl"], ["Bộ Văn hoá, Thể thao và Du lịch", "bo-vhttdl"], ["Bộ VH,TT&DL", "bo-vhttdl"], ["Bộ VHTTDL", "bo-vhttdl"],
  ["Bộ Khoa học và Công nghệ", "bo-khcn"], ["Bộ KH&CN", "bo-khcn"], ["Bộ KHCN", "bo-khcn"], ["Bộ Giáo dục và Đào tạo", "bo-gddt"], ["Bộ GD&ĐT", "bo-gddt"],
  ["Bộ Kế hoạch và Đầu tư", "bo-khdt"], ["Bộ KH&ĐT", "bo-khdt"], ["Bộ KHĐT", "bo-khdt"], ["Bộ Thông tin và Truyền thông", "bo-tttt"], ["Bộ TT&TT", "bo-tttt"],
  ["Bộ Lao động - Thương binh và Xã hội", "bo-ldtbxh"], ["Bộ LĐ-TB&XH", "bo-ldtbxh"], ["Bộ Giao thông vận tải", "bo-gtvt"], ["Bộ Giao thông Vận tải", "bo-gtvt"],
  ["Bộ GTVT", "bo-gtvt"], ["Bộ Tài nguyên và Môi trường", "bo-tnmt"], ["Bộ TN&MT", "bo-tnmt"], ["Bộ TNMT", "bo-tnmt"],
  ["Bộ Nông nghiệp và Phát triển nông thôn", "bo-nnptnt"], ["Bộ Nông nghiệp và PTNT", "bo-nnptnt"], ["Bộ NN&PTNT", "bo-nnptnt"],
  ["Ủy ban Dân tộc", "uy-ban-dan-toc"], ["Ngân hàng Nhà nước Việt Nam", "ngan-hang-nha-nuoc"], ["Ngân hàng Nhà nước", "ngan-hang-nha-nuoc"],
  ["Thanh tra Chính phủ", "thanh-tra-chinh-phu"], ["Văn phòng Chính phủ", "van-phong-chinh-phu"], ["VPCP", "van-phong-chinh-phu"],
  ["Vụ Tổng hợp", "vpcp-vu-tong-hop"], ["Vụ KGVX", "vpcp-vu-khoa-giao-van-xa"], ["Cục Kiểm soát TTHC", "vpcp-cuc-kiem-soat-tthc"],
  ["Chính phủ", "chinh-phu"], ["Quốc hội", "quoc-hoi"], ["Kiểm toán Nhà nước", "kiem-toan-nha-nuoc"], ["Thông tấn xã Việt Nam", "thong-tan-xa-vn"],
  ["Bảo hiểm xã hội Việt Nam", "bhxh-vn"], ["Tập đoàn Điện lực Việt Nam", "tap-doan-dien-luc-vn"], ["Mặt trận Tổ quốc Việt Nam", "mttq-vn"],
  ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "mttq-vn"], ["MTTQ Việt Nam", "mttq-vn"], ["Hiệp hội Mắc ca Việt Nam", "hiep-hoi-mac-ca-vn"],

  // provincial, with and without place names
  ["UBND tỉnh", "ubnd-tinh", "exact"], ["Ủy ban nhân dân tỉnh", "ubnd-tinh", "exact"], ["Uỷ ban nhân dân tỉnh", "ubnd-tinh", "exact"],
  ["UBND tỉnh Lai Châu", "ubnd-tinh", "place"], ["UBND tỉnh Bình Dương", "ubnd-tinh", "place"], ["Ủy ban nhân dân tỉnh Vĩnh Phúc", "ubnd-tinh", "place"],
  ["UBND thành phố Hà Nội", "ubnd-tinh", "place"], ["UBND TP Hà Nội", "ubnd-tinh", "place"], ["UBND Hà Nội", "ubnd-tinh", "place"],
  ["Ủy ban nhân dân thành phố Hồ Chí Minh", "ubnd-tinh", "place"], ["UBND TP.HCM", "ubnd-tinh", "place"], ["UBND Thành phố Hồ Chí Minh", "ubnd-tinh", "place"],
  ["HĐND tỉnh", "hdnd-tinh"], ["Hội đồng nhân dân tỉnh", "hdnd-tinh"], ["Thường trực HĐND tỉnh", "thuong-truc-hdnd-tinh"],
  ["Văn phòng UBND tỉnh", "van-phong-ubnd-tinh"], ["VP UBND tỉnh", "van-phong-ubnd-tinh"], ["Văn phòng UBND tỉnh Lào Cai", "van-phong-ubnd-tinh", "place"],
  ["Thanh tra tỉnh", "thanh-tra-tinh"], ["Sở Tài chính", "so-tai-chinh", "exact"], ["Sở Tài chính tỉnh Hậu Giang", "so-tai-chinh", "place"],
  ["Sở Tài chính Lào Cai", "so-tai-chinh", "place"], ["Sở Công Thương Lào Cai", "so-cong-thuong", "place"], ["Sở Công Thương tỉnh Lào Cai", "so-cong-thuong", "place"],
  ["SCT", "so-cong-thuong"], ["Sở Nội vụ", "so-noi-vu"], ["Sở Tư pháp TP.HCM", "so-tu-phap", "place"], ["Sở Tư pháp Thành phố", "so-tu-phap", "place"],
  ["Sở Nông nghiệp và Môi trường", "so-nn-mt"], ["Sở NN&MT", "so-nn-mt"], ["Sở NNMT", "so-nn-mt"], ["Sở Xây dựng Hà Nội", "so-xay-dung", "place"],
  ["Sở Xây dựng thành phố Hà Nội", "so-xay-dung", "place"], ["Sở Khoa học và Công nghệ", "so-khcn"], ["Sở KH&CN", "so-khcn"], ["Sở KH và CN", "so-khcn"],
  ["Sở VH,TT&DL", "so-vhttdl", "exact"], ["Sở Văn hóa, Thể thao và Du lịch", "so-vhttdl"], ["Sở Văn hóa, Thể thao và Du lịch Thanh Hóa", "so-vhttdl", "place"],
  ["Sở GD&ĐT", "so-gddt"], ["Sở Giáo dục và Đào tạo Thanh Hóa", "so-gddt", "place"], ["Sở Y tế", "so-y-te"], ["Sở Y tế TP. Hồ Chí Minh", "so-y-te", "place"],
  ["Sở Ngoại vụ TP.HCM", "so-ngoai-vu", "place"], ["Sở Quy hoạch - Kiến trúc", "so-quy-hoach-kien-truc"], ["Sở Quy hoạch – Kiến trúc", "so-quy-hoach-kien-truc"],
  ["Sở QH-KT", "so-quy-hoach-kien-truc"], ["Sở Kế hoạch và Đầu tư", "so-khdt"], ["Sở KH&ĐT", "so-khdt", "exact"], ["Sở KHĐT", "so-khdt"],
  ["Sở Thông tin và Truyền thông", "so-tttt"], ["Sở TT&TT", "so-tttt"], ["Sở LĐ-TB&XH", "so-ldtbxh"], ["Sở Lao động – Thương binh và Xã hội", "so-ldtbxh"],
  ["Sở GTVT", "so-gtvt"], ["Sở Giao thông vận tải Thanh Hóa", "so-gtvt", "place"], ["Sở TN&MT", "so-tnmt"], ["Sở TN và MT", "so-tnmt"], ["Sở TNMT", "so-tnmt"],
  ["Sở Tài nguyên và Môi trường tỉnh Bắc Giang", "so-tnmt", "place"], ["Sở NN&PTNT", "so-nnptnt"], ["Sở Nông nghiệp và PTNT", "so-nnptnt"],
  ["Ban Quản lý Khu kinh tế tỉnh", "ban-quan-ly-kkt"], ["BQL KKT tỉnh", "ban-quan-ly-kkt"], ["Ban Quản lý KKT tỉnh", "ban-quan-ly-kkt"],
  ["Ban QLDA ĐTXD công trình giao thông tỉnh", "ban-qlda-giao-thong"], ["Ban QLDA số 1", "ban-qlda-so-1"], ["Ban QLDA ĐTXD số 1", "ban-qlda-so-1"],
  ["Ban QLDA ĐTXDCT dân dụng và công nghiệp", "ban-qlda-dan-dung"], ["Công an tỉnh", "cong-an-tinh"], ["Công an tỉnh Thanh Hóa", "cong-an-tinh", "place"],
  ["Bộ Chỉ huy Quân sự tỉnh", "bchqs-tinh"], ["Bộ CHQS tỉnh", "bchqs-tinh"], ["Đài PT-TH tỉnh", "dai-ptth-tinh"], ["Đài PT&TH tỉnh", "dai-ptth-tinh"],
  ["Đài Phát thanh - Truyền hình Hậu Giang", "dai-ptth-tinh", "place"], ["Đài Phát thanh và Truyền hình Thanh Hóa", "dai-ptth-tinh", "place"],
  ["Báo Thanh Hóa", "bao-tinh", "place"], ["Công ty Điện lực Lào Cai", "cong-ty-dien-luc", "place"], ["PC Lào Cai", "cong-ty-dien-luc", "place"],
  ["Văn phòng Ban ATGT tỉnh", "van-phong-ban-atgt-tinh"], ["Văn phòng Đoàn ĐBQH và HĐND TP.HCM", "van-phong-doan-dbqh-hdnd-tinh", "place"],
  ["Ban Pháp chế HĐND Thành phố", "ban-phap-che-hdnd", "place"], ["Ban Kinh tế - Ngân sách", "ban-kinh-te-ngan-sach-hdnd"], ["Ban KT-NS", "ban-kinh-te-ngan-sach-hdnd"],
  ["Ban Văn hóa - Xã hội HĐND TP", "ban-van-hoa-xa-hoi-hdnd", "place"], ["Ban Đô thị", "ban-do-thi-hdnd"], ["Ban Nghiên cứu phát triển TP. Hồ Chí Minh", "ban-nghien-cuu-phat-trien", "place"],

  // the seed notice's units, misspelling included
  ["Phòng QLKH&CN", "qlkhcn", "exact"], ["Phòng QLKHCCN", "qlkhcn", "misspelling"], ["Phòng Quản lý khoa học và công nghệ", "qlkhcn"],
  ["Phòng Quản lý Khoa học", "qlkhcn"], ["Phòng QLCN", "qlcn"], ["Phòng BCVT&CNTT", "bcvt-cntt"], ["Phòng BCVT và CNTT", "bcvt-cntt"],
  ["Văn phòng Sở", "van-phong-so"], ["Trung tâm CDS&ĐMST", "cds-dmst"], ["Trung tâm CĐS&ĐMST", "cds-dmst"], ["Lãnh đạo Sở", "lanh-dao-so"],

  // district and commune
  ["UBND huyện Khánh Sơn", "ubnd-huyen", "place"], ["Ủy ban nhân dân huyện Khánh Sơn", "ubnd-huyen", "place"], ["UBND huyện", "ubnd-huyen"],
  ["UBND thành phố Quảng Ngãi", "ubnd-thanh-pho", "place"], ["UBND thị xã Đức Phổ", "ubnd-thi-xa", "place"], ["UBND quận Hoàn Kiếm", "ubnd-quan", "place"],
  ["UBND phường Văn Phú", "ubnd-phuong", "place"], ["Ủy ban nhân dân phường Yên Bái", "ubnd-phuong", "place"], ["UBND phường Âu Lâu", "ubnd-phuong", "place"],
  ["UBND xã Yên Bình", "ubnd-xa", "place"], ["Phòng TC-KH", "phong-tai-chinh-ke-hoach"], ["Phòng Tài chính - Kế hoạch", "phong-tai-chinh-ke-hoach"],

  // Party, Front, mass organisations
  ["Tỉnh ủy", "tinh-uy"], ["Tỉnh uỷ", "tinh-uy"], ["Tỉnh ủy Quảng Ngãi", "tinh-uy", "place"], ["Ban Thường vụ Tỉnh ủy", "ban-thuong-vu-tinh-uy"],
  ["Ban Tuyên giáo Huyện ủy", "ban-tuyen-giao-huyen-uy"], ["Ban Tổ chức Huyện ủy", "ban-to-chuc-huyen-uy"], ["UBKT Huyện ủy", "ubkt-huyen-uy"],
  ["Ủy ban kiểm tra Huyện ủy", "ubkt-huyen-uy"], ["Ban Tuyên giáo", "ban-tuyen-giao"], ["Ủy ban kiểm tra", "uy-ban-kiem-tra"],
  ["Ban Tuyên giáo Trung ương", "ban-tuyen-giao-tw"], ["Ban Tuyên giáo TW", "ban-tuyen-giao-tw"], ["Ban Tuyên giáo TƯ", "ban-tuyen-giao-tw"],
  ["Ban Dân vận Tỉnh ủy", "ban-dan-van-tinh-uy"], ["Bộ Chính trị", "bo-chinh-tri"], ["Tỉnh đoàn", "tinh-doan"], ["Tỉnh Đoàn", "tinh-doan"],
  ["Hội LHPN tỉnh", "hoi-lhpn-tinh"], ["Hội Liên hiệp Phụ nữ tỉnh", "hoi-lhpn-tinh"], ["Ủy ban MTTQ Việt Nam tỉnh", "mttq-tinh"], ["LĐLĐ tỉnh", "ldld-tinh"],

  // persons by title
  ["Thủ tướng Chính phủ", "thu-tuong"], ["Thủ tướng", "thu-tuong"], ["Phó Thủ tướng", "pho-thu-tuong"], ["Chủ tịch UBND tỉnh", "chu-tich-ubnd-tinh"],
  ["Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ", "chu-tich-ubnd-tinh", "place"], ["Chủ tịch UBND tỉnh Phú Thọ", "chu-tich-ubnd-tinh", "place"],
  ["Phó Chủ tịch UBND tỉnh", "pho-chu-tich-ubnd-tinh"], ["Giám đốc Sở", "giam-doc-so"], ["Phó Giám đốc Sở", "pho-giam-doc-so"],
  ["Phó Giám đốc Sở Phan Văn Hiếu", "pho-giam-doc-so"], ["Phó Giám đốc Sở Nguyễn Quốc Huy Hoàng", "pho-giam-doc-so"],
  ["Giám đốc Sở Thông tin và Truyền thông", "giam-doc"], ["Giám đốc Sở VH,TT&DL", "giam-doc"], ["Giám đốc Đài PT-TH Hậu Giang", "giam-doc", "place"],
  ["Giám đốc Ban QLDA ĐTXDCT dân dụng và công nghiệp", "giam-doc"], ["Bộ trưởng Bộ Tài chính", "bo-truong"], ["Chánh Văn phòng Sở", "chanh-van-phong-so"],
  ["đồng chí Phan Văn Hiếu", "dong-chi"], ["Bí thư Tỉnh ủy", "bi-thu-tinh-uy"],

  // groups: one entity, never split
  ["các sở, ban, ngành", "cac-so-ban-nganh"], ["Các Sở, ban, ngành tỉnh", "cac-so-ban-nganh"], ["các sở, ngành", "cac-so-nganh"], ["các sở ngành", "cac-so-nganh"],
  ["các sở, ngành liên quan", "cac-so-nganh-lien-quan"], ["các sở, ngành có liên quan", "cac-so-nganh-lien-quan"], ["các sở, ban, ngành, đoàn thể tỉnh", "cac-so-ban-nganh-doan-the"],
  ["các phòng, đơn vị", "cac-phong-don-vi"], ["Các phòng, đơn vị thuộc Sở", "cac-phong-don-vi"], ["các phòng, đơn vị (thuộc Sở)", "cac-phong-don-vi"],
  ["Các Trưởng phòng, đơn vị", "truong-cac-phong-don-vi"], ["từng cá nhân", "tung-ca-nhan"], ["UBND các huyện, thị xã, thành phố", "ubnd-cac-huyen-thi-xa-thanh-pho"],
  ["Ủy ban nhân dân các huyện, thị xã, thành phố", "ubnd-cac-huyen-thi-xa-thanh-pho"], ["UBND các huyện, thành phố", "ubnd-cac-huyen-thanh-pho"],
  ["Uỷ ban nhân dân thành phố và các huyện", "ubnd-cac-huyen-thanh-pho"], ["UBND các xã, phường", "ubnd-cac-xa-phuong"], ["UBND các xã, phường có CCN", "ubnd-cac-xa-phuong-ccn"],
  ["các cơ quan, đơn vị liên quan", "cac-co-quan-don-vi-lien-quan"], ["các cơ quan, đơn vị có liên quan", "cac-co-quan-don-vi-lien-quan"],
  ["các cơ quan liên quan", "cac-co-quan-lien-quan"], ["các đơn vị liên quan", "cac-don-vi-lien-quan"], ["Các Bộ, cơ quan ngang Bộ", "cac-bo-co-quan-ngang-bo"],
  ["các Bộ", "cac-bo"], ["Các bộ, ngành", "cac-bo-nganh"], ["Các bộ ngành và địa phương liên quan", "cac-bo-nganh-dia-phuong-lien-quan"],
  ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "ubnd-cac-tinh-thanh-pho"], ["UBND các tỉnh, thành phố trực thuộc TW", "ubnd-cac-tinh-thanh-pho"],
  ["các Tập đoàn kinh tế, Tổng công ty nhà nước", "cac-tap-doan-tong-cong-ty"], ["các Ban HĐND Thành phố", "cac-ban-hdnd"], ["Các Ban QLDA chuyên ngành tỉnh", "cac-ban-qlda-chuyen-nganh"],
  ["Thủ trưởng các cơ quan, đơn vị", "thu-truong-cac-co-quan-don-vi"],

  // delimited with list punctuation
  ["- Sở Y tế;", "so-y-te"], ["Sở Tài chính.", "so-tai-chinh"],

  // unknown: stays as written (id null)
  ["Sở Tài chánh", null], ["Phòng Quản trị", null], ["Công ty TNHH ABC", null], ["Trường THPT Lê Khiết", null], ["Sở", null], ["UBND", null],
  ["Sở Y tế và Sở Tài chính", null], ["Trưởng", null], ["đồng chí", null], ["Quảng Ngãi", null], ["", null],
];

describe("resolve: a table of real mentions", () => {
  it("has at least 150 rows", () => expect(TABLE.length).toBeGreaterThanOrEqual(150));
  it.each(TABLE)("%s → %s", (mention, id, via) => {
    const r = reg.resolve(mention);
    expect(r?.entry.id ?? null).toBe(id);
    if (via) expect(r!.via).toBe(via);
  });
});

describe("resolve: what comes with the entry", () => {
  it("puts the place back into a qualified name", () => {
    expect(reg.resolve("UBND tỉnh Bình Dương")!.qualifiedName).toBe("Ủy ban nhân dân tỉnh Bình Dương");
    expect(reg.resolve("UBND TP Hà Nội")!.qualifiedName).toBe("Ủy ban nhân dân thành phố Hà Nội");
    expect(reg.resolve("UBND TP.HCM")!.province).toBe("Hồ Chí Minh");
    expect(reg.resolve("UBND phường Văn Phú")!.qualifiedName).toBe("Ủy ban nhân dân phường Văn Phú");
    expect(reg.resolve("Sở Tài chính tỉnh Hậu Giang")!.entry.name).toBe("Sở Tài chính");
  });
  it("separates a title from its unit and a person's name", () => {
    const g = reg.resolve("Giám đốc Sở TT&TT")!;
    expect([g.entry.kind, g.unit?.id, g.qualifiedName]).toEqual(["person", "so-tttt", "Giám đốc Sở Thông tin và Truyền thông"]);
    const p = reg.resolve("Phó Giám đốc Sở Phan Văn Hiếu")!;
    expect([p.entry.id, p.personName]).toEqual(["pho-giam-doc-so", "Phan Văn Hiếu"]);
  });
  it("suggests near misses, never resolves them", () => {
    expect(reg.resolve("Sở Tài chánh")).toBeNull();
    expect(reg.suggest("Sở Tài chánh", 3).map((e) => e.id)).toContain("so-tai-chinh");
    expect(reg.suggest("Phong Quan ly khoa hoc cong nghe")[0]!.id).toBe("qlkhcn");
    expect(reg.suggest("Bộ Kế hoạch Đầu tư").map((e) => e.id)).toContain("bo-khdt");
  });
});
