/**
 * Matching keys for Vietnamese text. NFC does not unify tone placement (hoà/hòa, thuỷ/thủy,
 * uỷ/ủy) and drafters sometimes drop diacritics, so names are compared on a folded key:
 * lower case, đ → d, Ð → d, all combining marks removed.
 */

/** Lower case, no diacritics, đ → d. Length is NOT preserved in general (use foldChar for offsets). */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐðÐ]/g, "d").toLowerCase();
}

/** Fold one NFC character to one character (Vietnamese letters all fold to one ASCII letter). */
export function foldChar(ch: string): string {
  const f = fold(ch);
  return f.length === 1 ? f : f.charAt(0) || ch;
}

/** Fold keeping the length and offsets of an NFC string (one output char per input char). */
export function foldKeepOffsets(s: string): string {
  let out = "";
  for (const ch of s) {
    const f = ch.length === 1 ? foldChar(ch) : ch;
    out += f.length === ch.length ? f : ch;
  }
  return out;
}

/** A key for comparing names: folded, `&` and `và` unified, punctuation and spaces dropped. */
export function nameKey(s: string): string {
  return fold(s)
    .replace(/\s*&\s*|\s+va\s+/g, " va ")
    .replace(/[^a-z0-9]+/g, "");
}

/** Tone-placement-insensitive key that keeps diacritics of vowels apart from tone (for display grouping). */
export function toneFold(s: string): string {
  return s
    .normalize("NFC")
    .replace(/oà/g, "òa").replace(/oá/g, "óa").replace(/oả/g, "ỏa").replace(/oã/g, "õa").replace(/oạ/g, "ọa")
    .replace(/uỳ/g, "ùy").replace(/uý/g, "úy").replace(/uỷ/g, "ủy").replace(/uỹ/g, "ũy").replace(/uỵ/g, "ụy")
    .replace(/Uỷ/g, "Ủy").replace(/Uỳ/g, "Ùy").replace(/Uý/g, "Úy")
    .replace(/Ð/g, "Đ");
}

/** Letters, marks and digits: what counts as a word character in Vietnamese (JS \b does not). */
export const WORD = "[\\p{L}\\p{M}\\p{N}]";
/** A lookbehind/lookahead pair that acts as a Unicode word boundary. */
export const WB_START = "(?<![\\p{L}\\p{M}\\p{N}])";
export const WB_END = "(?![\\p{L}\\p{M}\\p{N}])";
