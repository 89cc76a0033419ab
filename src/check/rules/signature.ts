/**
 * The signature: the signing authority (TM., KT., TL., TUQ., Q.) or the head's own title, then the
 * signer's full name, without academic titles (TS., ThS. …) before it.
 */
import { defineRule } from "../types.js";
import { signer } from "../view.js";

const ACADEMIC_RE = /^(GS\.TS|PGS\.TS|PGS|GS|TS|ThS|KS|BS|CN)\.?\s+/u;

export default defineRule(
  {
    id: "signature",
    severity: "error",
    description: "Có thẩm quyền ký (TM., KT., TL., TUQ., Q. hoặc chức vụ) và họ tên người ký",
    basis: "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7 (chức vụ, họ tên và chữ ký của người có thẩm quyền)",
  },
  ({ analysis: a, report }) => {
    const s = signer(a);
    if (!s) return report(`Thiếu phần ký: thẩm quyền ký (vd. "TL. GIÁM ĐỐC"), chức vụ và họ tên người ký`);
    const head = [s.value.authority, s.value.title].filter(Boolean).join(" ");
    if (!s.value.name) return report(`Thiếu họ tên người ký sau "${head}"`, s.range);
    const ac = ACADEMIC_RE.exec(s.value.name);
    if (ac) {
      const i = a.source.text.lastIndexOf(s.value.name, s.range.end);
      report(`Không ghi học hàm, học vị "${ac[1]}." trước họ tên người ký "${s.value.name}"`, i >= 0 ? { start: i, end: i + s.value.name.length } : s.range);
    }
  },
);
