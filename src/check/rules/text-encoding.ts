/**
 * The text is Unicode (TCVN 6909:2001), precomposed (NFC): a legacy TCVN3 (ABC) or VNI text shows
 * as Latin-1 letters Vietnamese does not use ("Céng hoµ", "Coäng hoøa"); a decomposed (NFD) text
 * breaks search and sorting.
 */
import { defineRule } from "../types.js";

/** Latin-1 characters that Vietnamese Unicode text never uses but TCVN3/VNI text read as Latin-1 does. */
const TCVN3_CHARS = /[\u00A2-\u00BF\u00C6\u00D0\u00D7\u00DE\u00DF\u00E6\u00F0\u00F7\u00FE\u00FF]/u;
const VNI_CHARS = /[\u00C4\u00C5\u00CB\u00CF\u00D1\u00D6\u00D8\u00DB\u00DC\u00E4\u00E5\u00EB\u00EF\u00F1\u00F6\u00F8\u00FB\u00FC]/u;

export function legacyEncoding(text: string): { kind: "TCVN3" | "VNI"; word: string; index: number } | null {
  let tcvn = 0, vni = 0, letters = 0;
  let firstT: RegExpExecArray | null = null, firstV: RegExpExecArray | null = null;
  for (const m of text.matchAll(/[\p{L}\u00A2-\u00BF]+/gu)) {
    letters++;
    if (TCVN3_CHARS.test(m[0])) { tcvn++; firstT ??= m as RegExpExecArray; }
    else if (VNI_CHARS.test(m[0])) { vni++; firstV ??= m as RegExpExecArray; }
  }
  const n = Math.max(tcvn, vni);
  if (n < 3 || n / Math.max(letters, 1) < 0.05) return null;
  const hit = tcvn >= vni ? firstT! : firstV!;
  return { kind: tcvn >= vni ? "TCVN3" : "VNI", word: hit[0], index: hit.index! };
}

export default defineRule(
  {
    id: "text-encoding",
    severity: "error",
    description: "Văn bản dùng Unicode dựng sẵn (TCVN 6909:2001), không dùng mã TCVN3/VNI cũ, không ở dạng tổ hợp (NFD)",
    basis: "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.2 (phông chữ tiếng Việt Unicode TCVN 6909:2001)",
  },
  ({ analysis: a, options, report }) => {
    const note = options.inputNotes.find((n) => /TCVN3|VNI|windows-1258/i.test(n));
    if (note) report(`Tệp không ở dạng Unicode (${note}); cần lưu bằng Unicode UTF-8 (TCVN 6909:2001)`);
    const legacy = legacyEncoding(a.source.text);
    if (legacy)
      report(`Văn bản có vẻ gõ bằng bảng mã ${legacy.kind} cũ ("${legacy.word}"), cần dùng Unicode (TCVN 6909:2001)`, { start: legacy.index, end: legacy.index + legacy.word.length });
    if (a.source.changes.includes("not NFC (decomposed Unicode)")) {
      const o = a.source.original.search(/\p{M}/u);
      // The normalised offset whose input offset is the first combining mark's letter.
      let i = 0;
      while (i < a.source.text.length && a.source.map[i + 1]! <= o - 1) i++;
      const before = /[\p{L}\p{M}]*$/u.exec(a.source.original.slice(Math.max(0, o - 20), o))![0];
      const word = before + /^[\p{L}\p{M}]*/u.exec(a.source.original.slice(o))![0];
      report(`Văn bản ở dạng Unicode tổ hợp (NFD, vd. "${word.normalize("NFC")}"), cần dạng dựng sẵn (NFC)`, { start: i, end: i + 1 });
    }
  },
);
