/**
 * The phrase table: one row per line, `phrase || notice date (or -) || expected`.
 * expected: `none` (no deadline), or `KIND DATE|null [start=ISO] [time=HH:MM] [pod=PART] [rec=RECURRENCE] [event]`,
 * checked against the FIRST deadline found in the phrase. Most rows are sentences or shapes from
 * ../shared/corpus/dev (the notices named in the comments); the rest cover each phrase family.
 */
export const TABLE = String.raw`
# --- qn-skhcn-giaoban-q1-2025 (notice 2025-04-01)
Bộ phận Một cửa của Sở, thời gian hoàn thành trước ngày 15/4/2025. || 2025-04-01 || before 2025-04-15
hoàn thành báo cáo Giám đốc Sở trước ngày 20/4/2025. || 2025-04-01 || before 2025-04-20
đồng thời gửi Văn phòng Sở vào sáng ngày 03/4/2025. || 2025-04-01 || on 2025-04-03 pod=morning
trình Giám đốc Sở ban hành trong ngày 04/4/2025. || 2025-04-01 || on 2025-04-04
tham mưu Quyết định của UBND tỉnh bãi bỏ Quyết định số 25/2018/QĐ-UBND ngày 12/9/2018. || 2025-04-01 || none
Ngày 01/4/2025, Giám đốc Sở Khoa học và Công nghệ chủ trì cuộc giao ban || 2025-04-01 || none
đánh giá tình hình, kết quả thực hiện nhiệm vụ Quý I/2025, triển khai nhiệm vụ tháng 4 và Quý II năm 2025 || 2025-04-01 || none
Kết luận của Giám đốc Sở Khoa học và Công nghệ tại cuộc họp giao ban Quý I/2025 || 2025-04-01 || none
rà soát, hoàn thiện lại kế hoạch công tác năm 2025, lưu ý các nhiệm vụ đã đề xuất || 2025-04-01 || none
theo quy định tại Thông tư 09/2024/TT-BKHCCN ngày 27/12/2024 của Bộ Khoa học và Công nghệ || 2025-04-01 || none
Kế hoạch số 336-KH/TU ngày 25/02/2025 của Ban Thường vụ Tỉnh ủy || 2025-04-01 || none
Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị || 2025-04-01 || none
Kế hoạch số 51/KH-UBND ngày 07/3/2025 của UBND tỉnh thực hiện Nghị quyết số 03/NQ-CP ngày 09/01/2025 || 2025-04-01 || none
Nghị định số 73/2019/NĐ-CP ngày 05/9/2019 của Chính phủ || 2025-04-01 || none
Quảng Ngãi, ngày 01 tháng 4 năm 2025 || 2025-04-01 || none
triển khai thực hiện nội dung này sau khi Luật Khoa học và Công nghệ mới ban hành. || 2025-04-01 || on null event
các phòng, đơn vị khẩn trương thực hiện rà soát || 2025-04-01 || none
Báo cáo phục vụ giao ban định kỳ: các phòng, đơn vị cần báo cáo || 2025-04-01 || none
# --- L002 (Lào Cai, 2026)
Ngày 19 tháng 6 năm 2026, Ủy ban nhân dân tỉnh tổ chức cuộc họp || - || none
Lào Cai, ngày        tháng 6 năm 2026 || - || none
chưa có Quyết định thành lập theo quy định tại Nghị định số 32/2024/NĐ-CP; hoàn thành trước ngày 31/12/2026. || - || before 2026-12-31
Sở Công Thương thẩm định, trình Ủy ban nhân dân tỉnh, hoàn thành trước ngày 30/7/2026. || - || before 2026-07-30
- Định kỳ hằng quý tổng hợp, báo cáo Ủy ban nhân dân tỉnh || - || recurring null rec=quarterly
ưu tiên cân đối, bố trí ngân sách hằng năm và trong Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 || - || none
Nghị quyết số 34-NQ/TU ngày 27/12/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 134/KH-UBND ngày 26/3/2026 || - || none
theo Quyết định số 1382/QĐ-UBND ngày 23/4/2026 của Ủy ban nhân dân tỉnh về phê duyệt Danh mục dự án thu hút đầu tư trên địa bàn tỉnh giai đoạn 2026 - 2030 || - || none
khởi công Cụm công nghiệp Thống Nhất 1 ngày 07/5/2026 - cụm công nghiệp đầu tiên || - || on 2026-05-07
với tổng diện tích 903,78 ha, thu hút 234 dự án || - || none
# --- L003 (TP. Hồ Chí Minh, 2026)
TP. Hồ Chí Minh, ngày     tháng 7 năm 2026 || - || none
Ngày 28 tháng 7 năm 2026, tại trụ sở HĐND Thành phố, đồng chí Võ Văn Minh chủ trì || - || none
Thường trực HĐND Thành phố: có mặt 09/09; || - || none
chuẩn bị nội dung làm việc với Chủ tịch UBND Thành phố theo lịch đã bố trí 16 giờ ngày 30/7/2026 || - || on 2026-07-30 time=16:00
tổ chức khảo sát tình hình thực hiện Đề án di dời nhà trên và ven sông, kênh, rạch trên địa bàn sáng ngày 31/7/2026. || - || on 2026-07-31 pod=morning
chuẩn bị và tổ chức chu đáo chương trình "Dân hỏi - Chính quyền trả lời" định kỳ tháng 8/2026. || - || within 2026-08-31 start=2026-08-01
Quán triệt tinh thần tiết kiệm chi thường xuyên để tập trung nguồn lực cho đầu tư phát triển || - || none
về cơ cấu tổ chức của HĐND Thành phố sau khi Luật Phát triển đô thị có hiệu lực thi hành || - || on null event
# --- L004
xây dựng phương án và lộ trình di dời CCN Đầm Hồng, hoàn thành trình UBND tỉnh xem xét trong tháng 9 năm 2026. || - || within 2026-09-30 start=2026-09-01
Xét đề nghị của Sở Công Thương tại Báo cáo số 3231/BC-SCT ngày 04/6/2026 về phương án || - || none
UBND phường Âu Lâu đề xuất mở rộng CCN Âu Lâu lên 75ha để hoàn thiện mặt bằng || - || none
trong Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030 cho công tác bồi thường || - || none
các quy định tại Nghị định số 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ về quản lý || - || none
# --- L005 (biên bản, 2026-05-26, a Tuesday)
có ý kiến tham gia bằng văn bản gửi Sở Công Thương trong thời hạn 03 ngày làm việc kể từ ngày kết thúc cuộc họp || 2026-05-26 || by 2026-05-29 event
để Sở Công Thương tổng hợp, báo cáo UBND tỉnh trước ngày 05/6/2026. || 2026-05-26 || before 2026-06-05
Căn cứ Văn bản số 4135/UBND-KT ngày 21/5/2026 của UBND tỉnh Lào Cai về việc tham mưu || 2026-05-26 || none
Hôm nay, ngày 26/5/2026 tại Sở Công Thương tỉnh Lào Cai chúng tôi gồm: || 2026-05-26 || none
Báo cáo số 244/BC-UBND ngày 20/5/2026 của UBND phường Văn Phú về hiện trạng || 2026-05-26 || none
theo quy định Luật Đất đai năm 2024, doanh nghiệp được Nhà nước cho thuê đất trả tiền hàng năm thì không được tái định cư || 2026-05-26 || none
(điểm e khoản 2 Điều 8 Nghị định số 32/2024/NĐ-CP). || 2026-05-26 || none
khái toán khoảng gần 1.000 tỷ đồng, thời gian thực hiện kéo dài || 2026-05-26 || none
Biên bản kết thúc vào hồi 10 giờ 00 phút cùng ngày, được lập thành 07 bản || 2026-05-26 || none
Kế hoạch đầu tư công trung hạn 2026-2030 và các năm tiếp theo || 2026-05-26 || none
# --- r001 (news, no notice date)
Ngày 21/ 5, UBND tỉnh banh Công văn số 846 /UBND-TH || - || none
UBND tỉnh nhận được Công văn số 3145/BKHĐT-KTĐPLT ngày 15/5/2019 của Bộ Kế hoạch và Đầu tư || - || none
Yêu cầu gửi báo cáo về Sở Kế hoạch và Đầu tư trước ngày 23/5/2019. || - || before 2019-05-23
Yêu cầu hoàn thiện gửi Văn phòng Uỷ ban nhân dân trước ngày 24/5/2019. || - || before 2019-05-24
giải ngân kế hoạch đầu tư công năm 2019 theo đề nghị của Bộ Kế hoạch và Đầu tư || - || none
# --- r005, r007, r008
Công văn số 3565/BKHĐT-QLKTTWngày 09 tháng 6 năm 2014 về việc lùi thời gian trình Đề án || 2014-06-23 || none
Đồng ý lùi thời gian trình Đề án "Chính sách phát triển vùng" sang tháng 12 năm 2014 || 2014-06-23 || within 2014-12-31 start=2014-12-01
Ngày 02 tháng 4 năm 2021, Văn phòng Chính phủ có công văn số 2354/VPCP-ĐMDN || 2021-04-30 || none
V/v đôn đốc thực hiện công văn số 2354/VPCP-ĐMDN ngày 02/4/2021. || 2021-04-30 || none
gửi Văn phòng Chính phủ để tổng hợp báo cáo Thủ tướng Chính phủ trước ngày 10 tháng 4 năm 2021. || 2021-04-30 || before 2021-04-10
Quy chế làm việc của Chính phủ ban hành kèm theo Nghị định số 138/2016/NĐ - CP ngày 01 tháng 10 năm 2016 của Chính phủ || 2021-04-30 || none
của Ủy ban nhân dân tỉnh Vĩnh Phúc (công văn số2250/UBND-CN2 ngày 07 tháng 5 năm 2014)về việc giải quyết kinh phí || 2014-05-30 || none
Hà Nội, ngày 30 tháng 05 năm 2014 || 2014-05-30 || none
# --- r012, r013
Ngày 26/5/2015, UBND tỉnh ban hành Công văn số 703 /UBND-TN || - || none
theo nội dung Chỉ thị số 08/CT-TTg ngày 20/5/2015, gửi báo cáo về Sở Tài nguyên và Môi trường trước ngày 28/5/2015 để tổng hợp. || - || before 2015-05-28
tổng hợp số liệu, báo cáo Uỷ ban nhân dân tỉnh trước ngày 29/5/2015 để xem xét || - || before 2015-05-29
điều chỉnh quy hoạch sử dụng đất đến năm 2020 và lập kế hoạch sử dụng đất kỳ cuối (2016-2020) || - || none
Chỉ thị số 08/CT-TTg ngày 20 tháng 5 năm 2015 của Thủ tướng Chính phủ || - || none
09:10, 14/10/2021 || - || none
gửi hồ sơ, báo cáo về Sở Tài nguyên và Môi trường trước ngày 28-10 để sở tổ chức thẩm định || - || before null
gửi hồ sơ, báo cáo về Sở Tài nguyên và Môi trường trước ngày 28-10 để sở tổ chức thẩm định || 2021-10-14 || before 2021-10-28
để sở tổ chức thẩm định trình UBND tỉnh trước ngày 10-11. || 2021-10-14 || before 2021-11-10
để sở thẩm định trình UBND tỉnh trước ngày 30-10. || 2021-10-14 || before 2021-10-30
hoàn thiện việc lập Quy hoạch sử dụng đất giai đoạn 2021-2030 và Kế hoạch sử dụng đất huyện Khánh Sơn năm 2021 || 2021-10-14 || none
# --- r015
lãnh đạo triển khai thực hiện Nghị quyết Đại hội đảng bộ các cấp, nhiệm kỳ 2020 - 2025 ngay sau khi kết thúc Đại hội. || - || on null event
Đại hội đại biểu Đảng bộ huyện lần thứ IX, nhiệm kỳ 2020-2025 || - || none
các chức danh cán bộ lãnh đạo, nhiệm kỳ 2016 - 2021 ngay sau đại hội đảng các cấp, nhiệm kỳ 2020 – 2025 || - || on null event
# --- r023, r025, r027
Số: 393/UBND-KGVX Hậu Giang, ngày 13 tháng 3 năm 2018 || 2018-03-13 || none
Căn cứ kết luận của tập thể Thường trực UBND tỉnh tại cuộc họp ngày 26 tháng 02 năm 2018, Chủ tịch UBND tỉnh có ý kiến || 2018-03-13 || none
Ủy ban nhân dân tỉnh nhận được Công văn số 847/UBND-VX1 ngày 22 tháng 3 năm 2011 của UBND tỉnh Quảng Ninh || 2011-04-06 || none
(Đính kèm Công văn số 847/UBND-VX1 ngày 22/3/2011) || 2011-04-06 || none
Thực hiện Công điện số 1174/CĐ-TTg ngày 19/12/2022 của Thủ tướng Chính phủ, Phó Chủ tịch || - || none
báo cáo kết quả và những vấn đề vượt thẩm quyền với Chủ tịch UBND tỉnh trước ngày 28/12/2022. || - || before 2022-12-28
# --- r031, r033, r036
Ngày ban hành | 30/05/2021 | || 2021-05-30 || none
Ngày 09/02/2021, Bộ Y tế đã có Công văn số 949/BYT-KH-TC gửi các địa phương || 2021-05-30 || none
gửi về Bộ Y tế (Vụ Kế hoạch-Tài chính) trước ngày 08 tháng 6 năm 2021, đồng thời gửi file điện tử || 2021-05-30 || before 2021-06-08
Công văn 4396/BYT-KH-TC năm 2021 đánh giá thực hiện Bộ Tiêu chí quốc gia về y tế xã đến năm 2020 || 2021-05-30 || none
(Gửi kèm Công văn số 4396/BYT-KH-TC ngày 30 tháng 5 năm 2021 của Bộ Y tế) || 2021-05-30 || none
đề nghị của Bộ Kế hoạch và Đầu tư (Công văn số 7454/BKHĐT-PTDN ngày 12 tháng 9 năm 2017), ý kiến của Bộ Tài chính || 2017-11-02 || none
Bộ Tư pháp (Công văn số 4706/BTP-PLDSKT ngày 10 tháng 10 năm 2017, Bộ Xây dựng || 2017-11-02 || none
khẩn trương gửi báo cáo về Bộ Kế hoạch và Đầu tư trước ngày 30 tháng 11 năm 2017 để tổng hợp || 2017-11-02 || before 2017-11-30
hoàn thiện Đề án, trình Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2017. || 2017-11-02 || before 2017-12-31
Số: 11676/VPCP-KTTH | Hà Nội, ngày 02 tháng 11 năm 2017. | || 2017-11-02 || none
Ngày 17 tháng 8 năm 2018, Báo Gia đình và Xã hội và một số trang thông tin điện tử || 2018-09-08 || none
kiểm tra, xử lý theo quy định, báo cáo Thủ tướng Chính phủ trước ngày 01 tháng 11 năm 2018. || 2018-09-08 || before 2018-11-01
# --- r037 (Nghị quyết 12/NQ-CP)
căn cứ chức năng nhiệm vụ được giao chủ động phối hợp thường xuyên với thành phố Hà Nội || 2023-02-07 || ongoing null
định kỳ hàng năm báo cáo kết quả thực hiện gửi Bộ Kế hoạch và Đầu tư || 2023-02-07 || recurring null rec=yearly
- Định kỳ hàng năm, đánh giá tình hình thực hiện Nghị quyết || 2023-02-07 || recurring null rec=yearly
| 3 | Lấy mẫu giám sát lưu hành vi rút tại các chợ | Chi cục Chăn nuôi và Thú y | Hằng tháng | || 2025-06-01 || recurring null rec=monthly
Nghị quyết số 15-NQ/TW ngày 05 tháng 5 năm 2022 của Bộ Chính trị || 2023-02-07 || none
(Kèm theo Nghị quyết 12/NQ-CP ngày 07 tháng 02 năm 2023 của Chính phủ) || 2023-02-07 || none
Nghị quyết số 97/2019/QH14 ngày 27/11/2019 của Quốc hội khóa XIV || 2023-02-07 || none
phấn đấu đến năm 2025 trên địa bàn Thủ đô có ít nhất 01 trường đại học || 2023-02-07 || none
Quy hoạch Thủ đô Hà Nội thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 || 2023-02-07 || none
Nghị quyết Đại hội đại biểu lần thứ XVII (nhiệm kỳ 2020-2025) Đảng bộ thành phố Hà Nội. || 2023-02-07 || none
# --- r039, r043, r046, r050, r051, r053
Hướng dẫn số 04/HD-BCĐ ngày 11/8/2009 của Ban Chỉ đạo Đại hội || 2009-09-08 || none
Hồ sơ đề nghị khen thưởng gửi về các cơ quan liên quan trước ngày 31/01/2010. || 2009-09-08 || before 2010-01-31
12:15 | 08/01/2010 || - || none
Việc kiểm tra các dự án sẽ tiến hành chậm nhất vào ngày 07/12 tới. || - || by null
Việc kiểm tra các dự án sẽ tiến hành chậm nhất vào ngày 07/12 tới. || 2010-01-08 || by 2010-12-07
Điện thoại: 02438253536 - 0789111111 || - || none
nhiệm kỳ 2026 - 2031. Ủy ban nhân dân thành phố Hà Nội đề nghị || - || none
các hộ gia đình trên địa bàn Thành phố treo cờ Tổ quốc từ ngày 10/5/2026 đến hết ngày 14/5/2026. || - || within 2026-05-14 start=2026-05-10
văn bản số 1200/BNN-TCLN ngày 01 tháng 3 năm 2021 về việc đề nghị xây dựng Đề án || 2021-04-30 || none
trình cấp có thẩm quyền ban hành trong Quý III năm 2021. || 2021-04-30 || within 2021-09-30 start=2021-07-01
Đề án phát triển bền vững cây mắc ca đến năm 2030, tầm nhìn đến năm 2050 || 2021-04-30 || none
Chuyển đổi dữ liệu14.08.2016 || 2013-01-10 || none
Kích9.16 Kb. || 2013-01-10 || none
khẩn trương điều tra làm rõ, báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 02 năm 2013. || 2013-01-10 || before 2013-02-15
Thực hiện Công văn số 1017/BTNMT-TCMT ngày 22 tháng 3 năm 2013 của Bộ Tài nguyên và Môi trường || 2013-03-28 || none
Kết quả báo cáo Bộ Tài nguyên và Môi trường, Chủ tịch UBND tỉnh trước ngày 15/4/2013. || 2013-03-28 || before 2013-04-15
số 1016/BTNMT-TCMT ngày 22/3/2013 của Bộ Tài nguyên và Môi trường)./. || 2013-03-28 || none
# --- numeric dates, every separator
hoàn thành trước 15/4/2025 || - || before 2025-04-15
hoàn thành trước 15-4-2025 || - || before 2025-04-15
hoàn thành trước 15.4.2025 || - || before 2025-04-15
họp ngày 8-2-2019 tại Sở || - || on 2019-02-08
ngày 01 tháng 4 năm 2025 gửi báo cáo || - || on 2025-04-01
trướcngày 20/11/2023 các đơn vị gửi báo cáo || - || before 2023-11-20
báo cáo trước ngày 05/01/2024 || - || before 2024-01-05
báo cáo trước ngày 5/1/2024 || - || before 2024-01-05
báo cáo trước ngày 29/02/2024 || - || before 2024-02-29
báo cáo trước ngày 31/4/2025 || - || before null
báo cáo trước ngày 29/02/2025 || - || before null
ngày 12 tháng 02 năm 2025 gửi Sở || - || on 2025-02-12
ngày 07 tháng 5 năm2014 gửi Sở || - || on 2014-05-07
# --- time of day
gửi trước 17h00 ngày 10/4/2025 || - || before 2025-04-10 time=17:00
nộp chậm nhất 10h00' ngày 27/4/2020 || - || by 2020-04-27 time=10:00
nộp hồ sơ trước 14 giờ, ngày 05/12/2017 || - || before 2017-12-05 time=14:00
gửi trước 17h ngày 30 tháng 11 năm 2022 || - || before 2022-11-30 time=17:00
khai mạc lúc 14 giờ 30 phút ngày 12/5/2025 || - || on 2025-05-12 time=14:30
họp vào 8h30 sáng ngày 06/6/2025 || - || on 2025-06-06 time=08:30 pod=morning
họp vào 2 giờ chiều ngày 06/6/2025 || - || on 2025-06-06 time=14:00 pod=afternoon
họp vào chiều ngày 06/6/2025 || - || on 2025-06-06 pod=afternoon
tổ chức vào tối ngày 30/4/2025 || - || on 2025-04-30 pod=evening
họp trưa ngày 12/6/2025 || - || on 2025-06-12 pod=noon
dự họp lúc 14h30 ngày 15/7/2025 tại phòng họp số 2 || - || on 2025-07-15 time=14:30
gửi báo cáo trước 16 giờ 00 ngày 20/8/2025 || - || before 2025-08-20 time=16:00
họp ngày 05/5/2025, lúc 8h00 || - || on 2025-05-05 time=08:00
# --- boundaries
báo cáo chậm nhất ngày 30/6/2025 || - || by 2025-06-30
báo cáo chậm nhất là ngày 30/6/2025 || - || by 2025-06-30
báo cáo chậm nhất là vào ngày 30/6/2025 || - || by 2025-06-30
hạn chót nộp hồ sơ: hạn chót 30/6/2025 || - || by 2025-06-30
hạn cuối ngày 30/6/2025 || - || by 2025-06-30
không quá ngày 30/6/2025 || - || by 2025-06-30
hoàn thành trong ngày 30/6/2025 || - || on 2025-06-30
gửi vào ngày 30/6/2025 || - || on 2025-06-30
thực hiện đến hết ngày 30/6/2025 || - || by 2025-06-30
thời hạn: 30/6/2025 || - || by 2025-06-30
muộn nhất ngày 15/9/2025 phải hoàn thành || - || by 2025-09-15
gửi Sở Tài chính ngày 10/4 || 2025-04-01 || on 2025-04-10
gửi Sở Tài chính ngày 10/4 || 2025-05-01 || on 2026-04-10
báo cáo trước 30/6 || 2025-04-01 || before 2025-06-30
báo cáo trước 30/6 || - || before null
có hiệu lực kể từ ngày 01/7/2025 || - || none
áp dụng từ ngày 01/7/2025 || - || none
sau ngày 15/4/2025 mới được triển khai || - || none
# --- periods
hoàn thành trong tháng 5/2025 || - || within 2025-05-31 start=2025-05-01
hoàn thành trong tháng 4 năm 2010 || - || within 2010-04-30 start=2010-04-01
hoàn thành tháng 02 năm 2024 || - || within 2024-02-29 start=2024-02-01
trình trong quý II/2025 || - || within 2025-06-30 start=2025-04-01
trình trong Quý III năm 2021 || - || within 2021-09-30 start=2021-07-01
trình trong quý 3 || 2025-04-01 || within 2025-09-30 start=2025-07-01
trình trong quý I || 2025-05-01 || within 2026-03-31 start=2026-01-01
trình trong quý IV/2025 || - || within 2025-12-31 start=2025-10-01
hoàn thành 6 tháng đầu năm 2025 || - || within 2025-06-30 start=2025-01-01
hoàn thành trong 6 tháng cuối năm 2025 || - || within 2025-12-31 start=2025-07-01
hoàn thành cuối năm 2021 || - || within 2021-12-31 start=2021-10-01
hoàn thành trong năm 2018 || - || within 2018-12-31 start=2018-01-01
trình Chính phủ trong năm 2025 || - || within 2025-12-31 start=2025-01-01
hoàn thành trong tháng 4 || 2025-04-10 || within 2025-04-30 start=2025-04-01
hoàn thành trong tháng 3 || 2025-04-10 || within 2026-03-31 start=2026-03-01
hoàn thành trong tháng 9 || - || within null
hoàn thành trước tháng 6/2025 || - || before 2025-06-01
chậm nhất trong tháng 6/2025 || - || by 2025-06-30
xây dựng kế hoạch năm 2025 || - || none
gửi UBND tỉnh trước thứ Sáu tuần này || 2025-12-01 || before 2025-12-05
trình Giám đốc Sở vào thứ Năm tuần này || 2025-12-03 || on 2025-12-04
giải trình bằng văn bản trước 17h00 thứ Sáu tuần này || 2025-12-01 || before 2025-12-05 time=17:00
báo cáo chậm nhất thứ Hai tuần sau || 2025-12-05 || by 2025-12-08
báo cáo Giám đốc Sở trước thứ Hai ngày 08/12/2025 || 2025-12-01 || before 2025-12-08
phấn đấu hoàn thành chỉ tiêu thu tiền sử dụng đất 6 tháng đầu năm 2025 || - || within 2025-06-30 start=2025-01-01
đánh giá chỉ tiêu thu ngân sách 6 tháng đầu năm 2025 || - || none
báo cáo kết quả Quý I/2025 || - || none
tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2025 || - || none
đến năm 2030, tầm nhìn đến năm 2050 || - || none
giai đoạn 2026 - 2030 || - || none
nhiệm kỳ 2020 – 2025 || - || none
thời kỳ 2021 - 2030 || - || none
tổng kết năm học 2024-2025 || - || none
Luật Đất đai năm 2024 || - || none
# --- ranges
từ ngày 10/5/2026 đến hết ngày 14/5/2026 || - || within 2026-05-14 start=2026-05-10
từ ngày 04 đến ngày 08 tháng 01 năm 2013 || 2012-12-20 || within 2013-01-08 start=2013-01-04
tổ chức từ ngày 28/12 đến ngày 05/01/2026 || - || within 2026-01-05 start=2025-12-28
treo cờ từ ngày 10/5 đến ngày 14/5 || 2026-05-01 || within 2026-05-14 start=2026-05-10
báo cáo kết quả thực hiện từ ngày 30/01/2020 đến ngày 24/4/2020 || 2020-05-01 || none
tình hình dịch bệnh từ ngày 01/3/2020 đến ngày 31/3/2020 || 2020-04-05 || none
# --- relative to the notice
không quá 2 tháng kể từ ngày ban hành văn bản này || 2025-03-31 || by 2025-05-31 event
trong vòng 10 ngày kể từ ngày ký || 2025-04-01 || by 2025-04-11 event
trong 05 ngày làm việc kể từ ngày ký Thông báo này || 2025-04-01 || by 2025-04-09 event
trong thời hạn 15 ngày kể từ ngày ký ban hành || 2025-04-01 || by 2025-04-16 event
trong vòng 02 tuần kể từ ngày ký || 2025-04-01 || by 2025-04-15 event
trong thời hạn 03 ngày làm việc kể từ ngày kết thúc cuộc họp || 2026-05-26 || by 2026-05-29 event
trong thời hạn 05 ngày làm việc kể từ ngày ký || 2025-04-25 || by 2025-05-06 event
trong thời hạn 05 ngày làm việc kể từ ngày ký || 2026-02-12 || by 2026-02-26 event
trong 10 ngày làm việc kể từ ngày ban hành văn bản này || - || by null event
trong vòng 10 ngày kể từ ngày 01/6/2025 || - || by 2025-06-11 event
trong 01 tháng kể từ ngày ký || 2025-01-31 || by 2025-02-28 event
# --- relative to an event
trong 30 ngày làm việc kể từ ngày nhận được hồ sơ || 2025-04-01 || by null event
trong vòng 15 ngày kể từ ngày nhận được văn bản đề nghị || 2025-04-01 || by null event
trình tại phiên họp Chính phủ thường kỳ sắp tới || - || on null event
sau khi Luật Đất đai (sửa đổi) được ban hành || - || on null event
ngay sau khi kết thúc Đại hội || - || on null event
trước khi trình Ủy ban nhân dân tỉnh ban hành || - || before null event
Sau khi nghe báo cáo của Chánh Văn phòng, ý kiến các đại biểu || - || none
# --- recurring
định kỳ hằng tháng báo cáo UBND tỉnh || 2025-04-01 || recurring null rec=monthly
báo cáo trước ngày 20 hằng tháng || 2025-04-01 || recurring 2025-04-20 rec=monthly
báo cáo trước ngày 20 hằng tháng || 2025-04-25 || recurring 2025-05-20 rec=monthly
gửi báo cáo trước ngày 15 của tháng || 2025-04-01 || recurring 2025-04-15 rec=monthly
trước ngày 05 tháng cuối cùng của mỗi quý || 2025-04-01 || recurring 2025-06-05 rec=quarterly
trước ngày 20/11 hàng năm || 2025-04-01 || recurring 2025-11-20 rec=yearly
trước ngày 20/11 hàng năm || 2025-12-01 || recurring 2026-11-20 rec=yearly
ngày 15 tháng 12 hằng năm tổng hợp || 2025-04-01 || recurring 2025-12-15 rec=yearly
định kỳ hàng năm báo cáo Thủ tướng || - || recurring null rec=yearly
báo cáo hằng quý về Sở || - || recurring null rec=quarterly
giao ban hằng tuần || - || recurring null rec=weekly
định kỳ 6 tháng báo cáo || - || recurring null rec=monthly
mỗi quý báo cáo một lần về Sở || - || recurring null rec=quarterly
bố trí ngân sách hằng năm || - || none
kinh phí hàng năm của đơn vị || - || none
giao ban thường kỳ của Sở || - || none
# --- ongoing
thường xuyên kiểm tra, đôn đốc || - || ongoing null
theo dõi hằng ngày diễn biến dịch bệnh || - || ongoing null
cập nhật liên tục thông tin trên Cổng || - || ongoing null
hàng ngày báo cáo số liệu || - || ongoing null
tiết kiệm chi thường xuyên || - || none
kinh phí thường xuyên năm 2025 || - || none
nguồn vốn sự nghiệp thường xuyên || - || none
# --- urgency words are not deadlines
khẩn trương hoàn thành việc rà soát || - || none
triển khai ngay các giải pháp || - || none
sớm báo cáo kết quả || - || none
# --- lunar
trước ngày 12-2 (mùng 6 Tết Mậu Tý) || 2008-01-05 || before 2008-02-12
vào mùng 2 Tết || 2026-01-05 || on 2026-02-18
vào mùng 2 Tết || - || on null
tổ chức vào mùng 10 tháng Giêng || 2025-01-05 || on 2025-02-07
trước mùng 6 Tết Bính Ngọ || 2025-12-01 || before 2026-02-22
ngày 15 tháng 8 âm lịch || 2025-01-01 || on 2025-10-06
vào ngày 10/3 âm lịch || 2026-01-01 || on 2026-04-26
# --- not deadlines
Điều 8 Luật Ngân sách || - || none
Liên hệ: 0236.3822.456 || - || none
hỗ trợ 12.500.000 đồng/hộ || - || none
tỷ lệ 15/20 xã đạt chuẩn || - || none
2.1. Ý kiến của UBND phường Văn Phú || - || none
tuần thứ 30 của năm || - || none
Khoản 1, Điều 3, Nghị định 30/2020/NĐ-CP || - || none
đạt 95,5% kế hoạch || - || none
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 || - || none
Quyết định này có hiệu lực thi hành kể từ ngày ký || 2025-04-01 || none
tính đến ngày 31/12/2024, toàn tỉnh có 120 dự án || 2025-04-01 || none
# --- blind-set shapes (added after the second blind test set)
quyết định điều động, bổ nhiệm cán bộ quản lý trước ngày khai giảng (05/9/2025) || 2025-08-20 || before 2025-09-05
cung cấp danh sách trong vòng 07 ngày làm việc kể từ ngày nhận được văn bản này || 2025-08-13 || by 2025-08-22
báo cáo tình hình kiểm soát chi, giải ngân vốn hằng quý trước ngày 15 của tháng cuối quý || 2025-08-13 || recurring 2025-09-15 rec=quarterly
tuyên truyền kỷ niệm 94 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2025) || 2025-03-10 || none
tổ chức kiểm tra trong thời gian diễn ra Lễ hội từ ngày 09/5/2025 đến hết ngày 11/5/2025 || 2025-04-20 || within 2025-05-11 start=2025-05-09
@cell Tháng 6 và tháng 7/2025 || 2025-05-12 || within 2025-07-31 start=2025-06-01
@cell Trước 15h00 thứ Sáu hằng tuần || 2025-05-12 || recurring null rec=weekly
# --- table cells (cell = true)
@cell 2022 || - || within 2022-12-31 start=2022-01-01
@cell 2022-2030 || - || within 2030-12-31 start=2022-01-01
@cell 2024 - 2026 || - || within 2026-12-31 start=2024-01-01
@cell Quý II/2023 || - || within 2023-06-30 start=2023-04-01
@cell Năm 2023 || - || within 2023-12-31 start=2023-01-01
@cell 30/6/2025 || - || by 2025-06-30
@cell Tháng 10/2025 || - || within 2025-10-31 start=2025-10-01
@cell Thường xuyên || - || ongoing null
`;

export interface Expected {
  kind: string | null; // null = no deadline
  date?: string | null;
  start?: string;
  time?: string;
  partOfDay?: string;
  recurrence?: string;
  event?: boolean;
}
export interface Row { line: number; phrase: string; cell: boolean; noticeDate: string | null; expected: Expected }

export function rows(): Row[] {
  const out: Row[] = [];
  TABLE.split("\n").forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith("#")) return;
    const parts = raw.split(" || ");
    if (parts.length !== 3) throw new Error(`bad row ${i}: ${raw}`);
    let phrase = parts[0]!;
    const cell = phrase.startsWith("@cell ");
    if (cell) phrase = phrase.slice(6);
    const noticeDate = parts[1]!.trim() === "-" ? null : parts[1]!.trim();
    const e = parts[2]!.trim().split(/\s+/);
    let expected: Expected;
    if (e[0] === "none") expected = { kind: null };
    else {
      expected = { kind: e[0]!, date: e[1] === "null" ? null : e[1]! };
      for (const t of e.slice(2)) {
        const [k, v] = t.split("=");
        if (k === "start") expected.start = v!;
        else if (k === "time") expected.time = v!;
        else if (k === "pod") expected.partOfDay = v!;
        else if (k === "rec") expected.recurrence = v!;
        else if (k === "event") expected.event = true;
      }
    }
    out.push({ line: i, phrase, cell, noticeDate, expected });
  });
  return out;
}
