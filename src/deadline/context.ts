/**
 * Dates that are not deadlines, decided from the words around a mention:
 *   Quyết định số 25/2018/QĐ-UBND ngày 12/9/2018 | (Công văn số 7454/BKHĐT-PTDN ngày 12 tháng 9 năm 2017)
 *   số2250/UBND-CN2 ngày 07 tháng 5 năm 2014 | Công văn ngày 15/5/2019 của Bộ …      → cited-document
 *   Ngày 01/4/2025, Giám đốc Sở chủ trì … | Hôm nay, ngày 26/5/2026                   → narrative
 *   Quảng Ngãi, ngày 01 tháng 4 năm 2025 | Lào Cai, ngày    tháng 6 năm 2026          → place-date
 *   09:10, 14/10/2021 | 12:15 | 08/01/2010 (a line of its own)                        → timestamp
 *   Ngày ban hành | 30/05/2021 |                                                      → metadata
 *   tại cuộc họp ngày 26 tháng 02 năm 2018                                           → meeting
 *   có hiệu lực (thi hành) kể từ ngày … | tính đến ngày 31/12/2024                     → effective-date, cut-off
 *   kế hoạch công tác năm 2025 | kết quả Quý I/2025 | nhiệm vụ tháng 4                 → plan-period
 *   giai đoạn 2026 - 2030 | nhiệm kỳ 2020 – 2025 | thời kỳ 2021 - 2030 | đến năm 2030    → named-period
 *   (kết quả …) từ ngày 30/01/2020 đến ngày 24/4/2020                                   → reporting-period
 */

/** The text of the line that contains `index`, before it. */
export function lineBefore(text: string, index: number): string {
  const nl = text.lastIndexOf("\n", index - 1);
  return text.slice(nl + 1, index);
}
export function lineAfter(text: string, index: number): string {
  const nl = text.indexOf("\n", index);
  return text.slice(index, nl < 0 ? text.length : nl);
}

const DOC_TYPES =
  "Quyết định|Công văn|Văn bản|Kế hoạch|Thông báo|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Báo cáo|Tờ trình|Công điện|Hướng dẫn|Kết luận|Chương trình|Đề án|Luật|Pháp lệnh|Biên bản|Giấy mời|Quy chế|Quy định";
const CITED_NUMBER = /(?:số\s*)?\d+[A-Za-z]?\s*[/\-]\s*[0-9A-Za-zĐđ&.\-–/ ]*?[A-ZĐ][0-9A-Za-zĐđ&.\-–/]*\s*\)?\s*,?\s*$/u;
const CITED_TYPE = new RegExp(`(?:${DOC_TYPES})(?:\\s+số)?\\s*$`, "u");

/** `left` is the text before the date mention (the mention starts with `ngày` or the digits). */
export function isCitedDocument(left: string): boolean {
  const l = left.slice(-90).replace(/\s*ngày\s*$/iu, "");
  if (CITED_NUMBER.test(l) || CITED_TYPE.test(l)) return true;
  // `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015`
  const clause = l.split(/[.;\n]/u).pop() ?? "";
  return /^\s*(?:[-+•*]\s*)?(?:Căn\s*cứ|Thực\s*hiện|Theo)\s/u.test(clause) && new RegExp(`(?:${DOC_TYPES})`, "u").test(clause);
}

/** A sentence or line that opens with the date: `Ngày 01/4/2025, …`, `Hôm nay, ngày …`. */
export function isNarrative(text: string, start: number, mention: string): boolean {
  const line = lineBefore(text, start);
  if (/hôm\s*nay\s*,?\s*$/iu.test(line)) return true;
  if (!/^Ngày/u.test(mention)) return false;
  return /(?:^|[.!?;:|]\s*|\t)\s*(?:\*+\s*)?$/u.test(line);
}

/** The place-and-date line of a header: `Quảng Ngãi, ngày 01 tháng 4 năm 2025`. */
export function isPlaceDate(left: string): boolean {
  return /(?:^|[\s|*(])[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)*\s*,\s*(?:ngày[\s.…_]*)?$/u.test(left.slice(-60));
}

/** A date alone on its line, perhaps after a clock time: a web page's time stamp. */
export function isTimestamp(text: string, start: number, end: number): boolean {
  const before = lineBefore(text, start);
  const after = lineAfter(text, end);
  return /^[\s|*]*(?:\d{1,2}:\d{2}\s*[,|-]?\s*)?$/u.test(before) && /^[\s|*.]*$/u.test(after) && (before.trim() !== "" || /\d{1,2}:\d{2}/.test(text.slice(start, end)));
}

export function isMetadata(left: string): boolean {
  return /(?:ngày\s*(?:ban\s*hành|có\s*hiệu\s*lực|hết\s*hiệu\s*lực|đăng|cập\s*nhật|xuất\s*bản)|cập\s*nhật|đăng\s*(?:lúc|ngày)|chuyển\s*đổi\s*dữ\s*liệu)\s*[:|]?\s*$/iu.test(left.slice(-40));
}

export function isMeeting(left: string): boolean {
  return /(?:cuộc\s*họp|phiên\s*họp|hội\s*nghị|buổi\s*làm\s*việc|kỳ\s*họp|buổi\s*họp)\s*(?:\p{L}+\s*){0,3}$/iu.test(left.slice(-60)) && !/(?:vào|trong|trước)\s*$/iu.test(left);
}

export function isEffectiveOrCutoff(left: string): boolean {
  return /(?:hiệu\s*lực(?:\s*thi\s*hành)?(?:\s*kể)?\s*từ|tính\s*đến|tính\s*từ|số\s*liệu\s*(?:đến|tính\s*đến))\s*(?:ngày\s*)?$/iu.test(left.slice(-50));
}

const PLAN_NOUNS =
  "kế\\s*hoạch|chương\\s*trình|nhiệm\\s*vụ|kết\\s*quả|tình\\s*hình|giao\\s*ban|công\\s*tác|số\\s*liệu|ngân\\s*sách|dự\\s*toán|kinh\\s*phí|vốn|năm\\s*học|niên\\s*độ|sơ\\s*kết|tổng\\s*kết|quyết\\s*toán|lương|thuế|đầu\\s*tư\\s*công|sử\\s*dụng\\s*đất|thực\\s*hiện\\s*nhiệm\\s*vụ|báo\\s*cáo|thi\\s*đua|chỉ\\s*tiêu|Luật|Nghị\\s*quyết|Quy\\s*hoạch|Đề\\s*án|Kế\\s*hoạch";
const PLAN_LEFT = new RegExp(`(?:^|[^\\p{L}])(?:${PLAN_NOUNS})(?:\\s+[\\p{L}\\p{N}&/]+){0,3}\\s*(?:của\\s*)?$`, "iu");

/** `kế hoạch công tác năm 2025`, `kết quả thực hiện nhiệm vụ Quý I/2025`: the period names a plan or report. */
export function isPlanPeriod(left: string): boolean {
  const clause = left.slice(-50).split(/[,;:.()\n|]/u).pop() ?? "";
  // "phấn đấu hoàn thành chỉ tiêu thu … 6 tháng đầu năm 2025": completing a period's target is done within it.
  if (/(?:^|[^\p{L}])(?:hoàn\s*thành|đạt)\s+(?:(?:các|100%|toàn\s*bộ)\s+)?(?:chỉ\s*tiêu|kế\s*hoạch|dự\s*toán)(?:\s+[\p{L}\p{N}&/]+){0,6}\s*$/iu.test(left.slice(-80).split(/[,;:.()\n|]/u).pop() ?? "")) return false;
  return PLAN_LEFT.test(clause);
}

export function isNamedPeriod(left: string): boolean {
  return /(?:giai\s*đoạn|nhiệm\s*kỳ|thời\s*kỳ|tầm\s*nhìn(?:\s*đến)?|khóa|khoá|niên\s*khóa|đến|tới|từ|năm\s*học|kỳ)\s*(?:năm\s*)?$/iu.test(left.slice(-30));
}

export function isReportingPeriod(left: string): boolean {
  // What a report covers ("kết quả … từ ngày A đến ngày B"), not "trong thời gian diễn ra Lễ hội từ … đến …" (when to act).
  return /(?:kết\s*quả|tình\s*hình|số\s*liệu|thống\s*kê|kỳ\s*báo\s*cáo|giai\s*đoạn)(?:\s+[\p{L}]+){0,9}\s*$/iu.test(left.slice(-60).split(/[,;:.\n]/u).pop() ?? "");
}
