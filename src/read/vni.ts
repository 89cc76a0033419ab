/**
 * VNI (VNI-Windows font encoding) → Unicode. VNI writes a base letter followed by a byte that
 * carries its diacritics (read here through Windows-1252): "Thoâng baùo" = "Thông báo".
 * iconv-lite has no VNI table, hence this one.
 */

/** Diacritic bytes (as Windows-1252 characters) after a vowel → combining marks. Lowercase; uppercase is the same mark. */
const MARKS: Record<string, string> = {
  "ù": "\u0301", // sắc
  "ø": "\u0300", // huyền
  "û": "\u0309", // hỏi
  "õ": "\u0303", // ngã
  "ï": "\u0323", // nặng
  "â": "\u0302", // mũ (â ê ô)
  "ê": "\u0306", // trăng (ă)
  "á": "\u0302\u0301", // ấ ế ố
  "à": "\u0302\u0300", // ầ ề ồ
  "å": "\u0302\u0309", // ẩ ể ổ
  "ã": "\u0302\u0303", // ẫ ễ ỗ
  "ä": "\u0302\u0323", // ậ ệ ộ
  "é": "\u0306\u0301", // ắ
  "è": "\u0306\u0300", // ằ
  "ú": "\u0306\u0309", // ẳ
  "ü": "\u0306\u0303", // ẵ
  "ë": "\u0306\u0323", // ặ
};

/** Bytes that are letters of their own in VNI. */
const LETTERS: Record<string, string> = {
  "ô": "ơ", "Ô": "Ơ",
  "ö": "ư", "Ö": "Ư",
  "ñ": "đ", "Ñ": "Đ",
  "í": "í", "Í": "Í",
  "ì": "ì", "Ì": "Ì",
  "æ": "ỉ", "Æ": "Ỉ",
  "ó": "ĩ", "Ó": "Ĩ",
  "ò": "ị", "Ò": "Ị",
};

const VOWEL = /[aeiouyAEIOUYơưƠƯ\u0302\u0306\u0300\u0301\u0303\u0309\u0323]$/;

/** Decode a string of Windows-1252 characters written in VNI into NFC Unicode. */
export function decodeVni(s: string): string {
  let out = "";
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const mark = MARKS[lower];
    if (mark !== undefined && VOWEL.test(out)) {
      out += mark;
      continue;
    }
    out += LETTERS[ch] ?? ch;
  }
  return out.normalize("NFC");
}

/** Unicode → VNI (Windows-1252 characters), for tests and fixtures. */
export function encodeVni(s: string): string {
  const inverseLetters: Record<string, string> = {};
  for (const [k, v] of Object.entries(LETTERS)) if (k !== v) inverseLetters[v] = k;
  const inverseMarks = new Map(Object.entries(MARKS).map(([k, v]) => [v, k]));
  let out = "";
  for (const ch of s.normalize("NFC")) {
    if (inverseLetters[ch]) { out += inverseLetters[ch]; continue; }
    const nfd = ch.normalize("NFD");
    if (nfd.length === 1) { out += ch; continue; }
    let base = nfd[0]!;
    let marks = nfd.slice(1);
    // horn stays on the letter (ơ ư are letters in VNI); i with a tone is one byte.
    if (marks.startsWith("\u031B")) { base = base === "o" ? "ơ" : base === "O" ? "Ơ" : base === "u" ? "ư" : "Ư"; marks = marks.slice(1); }
    if ((base === "i" || base === "I") && marks.length === 1) {
      const one = (base + marks).normalize("NFC");
      const code = Object.entries(LETTERS).find(([, v]) => v === one)?.[0];
      if (code) { out += code; continue; }
    }
    // canonical order puts the dot below first: VNI wants shape mark then tone.
    const shape = marks.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "");
    const tone = marks.replace(/[^\u0300\u0301\u0303\u0309\u0323]/g, "");
    const b = inverseLetters[base] ?? base;
    const code = inverseMarks.get(shape + tone);
    if (code === undefined) { out += ch; continue; }
    out += b + (base === base.toUpperCase() && base !== base.toLowerCase() ? code.toUpperCase() : code);
  }
  return out;
}
