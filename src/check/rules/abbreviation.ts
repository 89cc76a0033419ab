/**
 * An abbreviation is known to the unit registry, common in administrative writing (UBND, HĐND …),
 * or spelled out once ("Sở Khoa học và Công nghệ (KH&CN)"); else a clerk cannot tell who it is.
 */
import { defineRule } from "../types.js";
import { findAbbreviations } from "../view.js";

/** Abbreviations every clerk reads (Phụ lục II of the decree and common use). */
export const COMMON_ABBREVIATIONS = new Set([
  "UBND", "HĐND", "MTTQ", "TW", "CP", "TTg", "BCH", "BTV", "BCĐ", "QĐ", "TB", "KH", "NQ", "CT", "TT", "NĐ", "CV", "VP",
  "VT", "TTHC", "CNTT", "KT-XH", "KTXH", "CCHC", "ĐTXD", "XDCB", "TP", "TX", "HTX", "DN", "UBMTTQ", "VN", "GD", "PGD", "TNHH", "MTV", "CP", "THPT", "THCS",
]);

const UNIT_HEADS = ["Phòng", "Sở", "Bộ", "Ban", "Trung tâm", "Văn phòng", "Cục", "Vụ", "Chi cục", "Đài"];

export default defineRule(
  {
    id: "abbreviation",
    severity: "info",
    description: "Chữ viết tắt có trong danh mục đơn vị, thông dụng, hoặc được viết đầy đủ ở lần dùng đầu",
    basis: "practice (Nghị định 30/2020/NĐ-CP, Phụ lục I: chữ viết tắt phải được giải thích lần đầu)",
  },
  ({ analysis: a, options, report }) => {
    const text = a.source.text;
    const seen = new Set<string>();
    for (const ab of findAbbreviations(a)) {
      if (seen.has(ab.text)) continue;
      seen.add(ab.text);
      if (COMMON_ABBREVIATIONS.has(ab.text) || options.registry.resolve(ab.text)) continue;
      // Known as part of a unit's name as the notice writes it ("Phòng QLKH&CN", "Trung tâm CDS&ĐMST").
      const before = text.slice(Math.max(0, ab.start - 12), ab.start);
      const head = UNIT_HEADS.find((h) => before.endsWith(`${h} `));
      if (head) { const r = options.registry.resolve(`${head} ${ab.text}`); if (r && r.via !== "place") continue; }
      // Spelled out: "(KH&CN)" written after a full name somewhere in the notice.
      if (text.includes(`(${ab.text})`) || text.includes(`(sau đây gọi tắt là ${ab.text})`)) continue;
      report(`Chữ viết tắt "${ab.text}" chưa có trong danh mục đơn vị và chưa được viết đầy đủ; cần viết đầy đủ ở lần dùng đầu, kèm "(${ab.text})"`, ab);
    }
  },
);
