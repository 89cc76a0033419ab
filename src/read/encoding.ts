/**
 * Text encodings of Vietnamese notices: UTF-8 (± BOM), UTF-16 LE/BE (BOM), Windows-1258 and the
 * legacy font encodings TCVN3 (ABC) and VNI. Detection scores each candidate decoding by how much
 * of it is Vietnamese letters and how much is debris.
 */
import { createRequire } from "node:module";
import { InputError } from "../errors.js";
import { decodeVni } from "./vni.js";

export type EncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1258" | "tcvn3" | "vni";

export interface Decoded {
  text: string;
  encoding: EncodingName;
  /** Human notes about the decoding ("decoded from TCVN3 (ABC), detected"). */
  notes: string[];
}

const LABEL: Record<EncodingName, string> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8 with BOM",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
  "windows-1258": "Windows-1258",
  tcvn3: "TCVN3 (ABC)",
  vni: "VNI",
};

/** `--encoding` values → canonical names. */
const ALIASES: Record<string, EncodingName> = {
  "utf8": "utf-8", "utf-8": "utf-8", "utf-8-bom": "utf-8-bom", "utf8bom": "utf-8-bom",
  "utf16le": "utf-16le", "utf-16le": "utf-16le", "utf-16": "utf-16le", "utf16": "utf-16le", "ucs-2": "utf-16le",
  "utf16be": "utf-16be", "utf-16be": "utf-16be",
  "windows-1258": "windows-1258", "windows1258": "windows-1258", "cp1258": "windows-1258", "win1258": "windows-1258",
  "tcvn3": "tcvn3", "tcvn": "tcvn3", "tcvn-3": "tcvn3", "abc": "tcvn3", "tcvn5712": "tcvn3",
  "vni": "vni", "vni-windows": "vni", "vniwin": "vni",
};

export const ENCODING_NAMES = Object.keys(LABEL) as EncodingName[];

export function canonicalEncoding(name: string): EncodingName | null {
  return ALIASES[name.trim().toLowerCase().replace(/_/g, "-")] ?? null;
}

type Iconv = { decode(b: Buffer, enc: string): string };
let iconv: Iconv | null = null;
function iconvLite(): Iconv {
  // iconv-lite is CommonJS; loaded on first need only (start-up time).
  iconv ??= createRequire(import.meta.url)("iconv-lite") as Iconv;
  return iconv;
}

/** Decode with a known encoding (no detection). */
export function decodeAs(bytes: Buffer, enc: EncodingName): string {
  switch (enc) {
    case "utf-8":
    case "utf-8-bom":
      return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
    case "utf-16le":
      return new TextDecoder("utf-16le").decode(bytes).replace(/^\uFEFF/, "");
    case "utf-16be":
      return new TextDecoder("utf-16be").decode(bytes).replace(/^\uFEFF/, "");
    case "windows-1258":
      return iconvLite().decode(bytes, "cp1258").normalize("NFC");
    case "tcvn3":
      return iconvLite().decode(bytes, "tcvn").normalize("NFC");
    case "vni":
      return decodeVni(iconvLite().decode(bytes, "cp1252"));
  }
}

const VIET_LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
/** Anything but ASCII, whitespace, Vietnamese letters and the punctuation notices use. */
const DEBRIS = new RegExp(`[^\\x20-\\x7E\\s${VIET_LETTERS}${VIET_LETTERS.toUpperCase()}“”‘’–—…•·°§№«»×−]`, "gu");
const WORD = new RegExp(`[a-z${VIET_LETTERS}]+`, "giu");
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?(?:[aăâeêioôơuưy]{1,3})(?:ng|nh|ch|[cmnpt])?$/;

/**
 * How Vietnamese a text looks, per word: words with diacritics that are well-formed syllables
 * count for, malformed ones and debris characters count against. > 0 means "reads as Vietnamese".
 */
export function vietnameseScore(text: string): number {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let good = 0, bad = 0, words = 0;
  for (const m of sample.matchAll(WORD)) {
    words++;
    if (/\p{Ll}\p{Lu}/u.test(m[0])) { bad++; continue; }
    const w = m[0].toLowerCase();
    if (/^[a-z]+$/.test(w)) continue;
    const nfd = w.normalize("NFD");
    const tones = nfd.match(TONES)?.length ?? 0;
    const base = nfd.replace(TONES, "").normalize("NFC");
    if (tones <= 1 && SYLLABLE.test(base)) good++;
    else bad++;
  }
  const debris = sample.match(DEBRIS)?.length ?? 0;
  return words ? (good - 2 * bad - 2 * debris) / words : 0;
}

/** Characters that never occur in a text notice: C0 controls other than tab/LF/CR/FF. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let ctrl = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32 && b !== 27)) ctrl++;
  return ctrl > 0 && ctrl / sample.length > 0.01;
}

/** UTF-16 without a BOM: zero bytes in every other position. */
function sniffUtf16(bytes: Buffer): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) { if (bytes[i] === 0) even++; if (bytes[i + 1] === 0) odd++; }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return "utf-16le";
  if (even > pairs * 0.3 && odd < pairs * 0.05) return "utf-16be";
  return null;
}

/**
 * Bytes → text. With `forced`, decode as told; otherwise: BOM, then strict UTF-8, then the best
 * of Windows-1258 / TCVN3 / VNI by `vietnameseScore`. Throws InputError for binary data.
 */
export function detectAndDecode(bytes: Buffer, shown: string, forced?: string): Decoded {
  if (forced) {
    const enc = canonicalEncoding(forced);
    if (!enc) throw new InputError(`${shown}: unknown encoding "${forced}" (one of: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni)`, shown);
    const text = decodeAs(bytes, enc);
    return { text, encoding: enc, notes: enc.startsWith("utf-8") ? [] : [`decoded from ${LABEL[enc]} (--encoding)`] };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeAs(bytes.subarray(3), "utf-8"), encoding: "utf-8-bom", notes: [] };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeAs(bytes.subarray(2), "utf-16le"), encoding: "utf-16le", notes: [`decoded from ${LABEL["utf-16le"]}`] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeAs(bytes.subarray(2), "utf-16be"), encoding: "utf-16be", notes: [`decoded from ${LABEL["utf-16be"]}`] };
  const u16 = sniffUtf16(bytes);
  if (u16) {
    const text = decodeAs(bytes, u16);
    if (!CONTROL.test(text)) return { text, encoding: u16, notes: [`decoded from ${LABEL[u16]} without a BOM (detected)`] };
  }
  CONTROL.lastIndex = 0;
  if (looksBinary(bytes)) throw new InputError(`${shown}: looks like a binary file, not a text notice`, shown);
  let utf8: string | null = null;
  try {
    utf8 = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    /* not UTF-8: a legacy encoding */
  }
  if (utf8 !== null) return legacyInUnicode(utf8) ?? { text: utf8, encoding: "utf-8", notes: [] };
  const candidates = (["windows-1258", "tcvn3", "vni"] as const).map((enc) => {
    const text = decodeAs(bytes, enc);
    return { enc, text, score: vietnameseScore(text) };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0]!;
  if (best.score <= 0)
    throw new InputError(`${shown}: is not valid UTF-8 and does not read as Vietnamese in Windows-1258, TCVN3 or VNI (give --encoding, or convert the file to UTF-8)`, shown);
  return { text: best.text, encoding: best.enc, notes: [`decoded from ${LABEL[best.enc]} (detected; --encoding to override)`] };
}

/**
 * Text that is valid UTF-8 but was typed in a legacy font (copied from a VNI / TCVN3 document):
 * "Thoâng baùo", "Th«ng b¸o". Converted when the conversion reads as Vietnamese and the text does not.
 */
function legacyInUnicode(text: string): Decoded | null {
  if (/^[\x00-\x7F]*$/.test(text.slice(0, 200_000))) return null;
  // Real Vietnamese Unicode has letters outside Latin-1 (ạ, ế, ơ, ư, đ …): nothing to convert.
  if (/[\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u.test(text.slice(0, 20_000))) return null;
  const own = vietnameseScore(text);
  if (own > 0.2) return null;
  const latin = /^[\x00-\xFF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]*$/.test(text.slice(0, 200_000));
  if (!latin) return null;
  const cands: Array<{ enc: EncodingName; text: string }> = [
    { enc: "vni", text: decodeVni(text) },
    { enc: "tcvn3", text: iconvLite().decode((iconvLite() as unknown as { encode(s: string, e: string): Buffer }).encode(text, "cp1252"), "tcvn").normalize("NFC") },
  ];
  let best: { enc: EncodingName; text: string; score: number } | null = null;
  for (const c of cands) {
    const score = vietnameseScore(c.text);
    if (score > own + 0.3 && (!best || score > best.score)) best = { ...c, score };
  }
  return best && { text: best.text, encoding: best.enc, notes: [`converted from ${LABEL[best.enc]} text stored as Unicode (detected; --encoding utf-8 to keep it as is)`] };
}

export function encodingLabel(enc: string): string {
  return LABEL[enc as EncodingName] ?? enc;
}
