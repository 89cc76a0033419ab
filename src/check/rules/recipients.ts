/**
 * "Nơi nhận:" then one "- …;" line per recipient, the last "- Lưu: VT, <unit>.".
 */
import { defineRule } from "../types.js";
import { recipients } from "../view.js";

export default defineRule(
  {
    id: "recipients",
    severity: "warning",
    description: "Nơi nhận đúng dạng: mỗi dòng \"- …;\", dòng cuối \"- Lưu: VT, ….\"",
    basis: "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9 (nơi nhận)",
  },
  ({ analysis: a, report }) => {
    const r = recipients(a);
    if (!r) return report(`Thiếu phần "Nơi nhận:" (các dòng "- …;" và dòng cuối "- Lưu: VT, ….")`);
    const items = r.value;
    if (!items.length) return report(`"Nơi nhận:" không có dòng nào, cần các dòng "- …;" và dòng cuối "- Lưu: VT, ….")`, r.range);
    items.forEach((it, i) => {
      const t = a.source.text.slice(it.range.start, it.range.end).trim();
      const isLast = i === items.length - 1;
      if (!/^- \S/u.test(t)) report(`Dòng nơi nhận "${t}" cần bắt đầu bằng "- "`, it.range);
      if (isLast) {
        if (!/^-\s*Lưu\s*:/u.test(t)) report(`Dòng cuối của nơi nhận là "${t}", cần "- Lưu: VT, <đơn vị soạn thảo>."`, it.range);
        else if (!/^-\s*Lưu\s*:\s*VT\b/u.test(t)) report(`Dòng lưu "${t}" cần ghi "VT" (văn thư) trước: "- Lưu: VT, …."`, it.range);
        else if (!/\.$/.test(t)) report(`Dòng lưu "${t}" cần kết thúc bằng dấu chấm "."`, it.range);
      } else if (/^-\s*Lưu\s*:/u.test(t)) report(`Dòng lưu "${t}" cần là dòng cuối của nơi nhận`, it.range);
      else if (!/;$/.test(t)) report(`Dòng nơi nhận "${t}" cần kết thúc bằng dấu chấm phẩy ";"`, it.range);
    });
  },
);
