/**
 * Repairs of PDF text layers whose fonts map Vietnamese glyphs wrongly — only mappings that are
 * known, chosen per font when they make the document read as Vietnamese:
 *  - "mac": a WinAnsi (Windows-1252) font read as MacRoman: "L‡o Cai" → "Lào Cai", "th·ng" → "tháng";
 *  - "gid": a Times New Roman subset without a ToUnicode map, where pdf.js shows glyph ids:
 *    ASCII letters come out 29 code points low ("7ӌ1+" → "TỈNH") and the Vietnamese glyphs as a
 *    run of Cyrillic / IPA code points at a font-specific base ("ӌ" → "Ỉ", "ͥ" → "ờ"); glyphs
 *    98… follow the standard Macintosh order ("j" → "à", "m" → "ã").
 */
import { vietnameseScore } from "./encoding.js";

export interface TextItem {
  str: string;
  font: string;
  eol: boolean;
}

/** MacRoman 0x80–0xFF as Unicode (index = byte − 0x80). */
const MAC_ROMAN =
  "\u00c4\u00c5\u00c7\u00c9\u00d1\u00d6\u00dc\u00e1\u00e0\u00e2\u00e4\u00e3\u00e5\u00e7\u00e9\u00e8\u00ea\u00eb\u00ed\u00ec\u00ee\u00ef\u00f1\u00f3\u00f2\u00f4\u00f6\u00f5\u00fa\u00f9\u00fb\u00fc\u2020\u00b0\u00a2\u00a3\u00a7\u2022\u00b6\u00df\u00ae\u00a9\u2122\u00b4\u00a8\u2260\u00c6\u00d8\u221e\u00b1\u2264\u2265\u00a5\u00b5\u2202\u2211\u220f\u03c0\u222b\u00aa\u00ba\u2126\u00e6\u00f8\u00bf\u00a1\u00ac\u221a\u0192\u2248\u2206\u00ab\u00bb\u2026\u00a0\u00c0\u00c3\u00d5\u0152\u0153\u2013\u2014\u201c\u201d\u2018\u2019\u00f7\u25ca\u00ff\u0178\u2044\u00a4\u2039\u203a\ufb01\ufb02\u2021\u00b7\u201a\u201e\u2030\u00c2\u00ca\u00c1\u00cb\u00c8\u00cd\u00ce\u00cf\u00cc\u00d3\u00d4\ufffd\u00d2\u00da\u00db\u00d9\u0131\u02c6\u02dc\u00af\u02d8\u02d9\u02da\u00b8\u02dd\u02db\u02c7";
/** Windows-1252 0x80–0xFF as Unicode. */
const CP1252 =
  "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178\u00a0\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae\u00af\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u00b8\u00b9\u00ba\u00bb\u00bc\u00bd\u00be\u00bf\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d7\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00de\u00df\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f0\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f7\u00f8\u00f9\u00fa\u00fb\u00fc\u00fd\u00fe\u00ff";
const MAC_TO_WIN = new Map<string, string>();
for (let i = 0; i < 128; i++) MAC_TO_WIN.set(MAC_ROMAN[i]!, CP1252[i]!);

/** Known Times New Roman subsets: the code point at which pdf.js shows "ư" (the other glyphs follow from it). */
const GID_BASES = [0x046d, 0x02f1];
/** Glyphs below the Vietnamese block, shown at the same code point in every known subset. */
const GID_LOW: Record<string, string> = { "ÿ": "đ", "Ĉ": "Đ", "Ƭ": "Ĩ", "ă": "ă", "Ǌ": "ũ" };

function gidChar(c: number, base: number): string | null {
  const r = c - base;
  if (r >= -3 && r <= 0) return "ƠơƯư"[r + 3]!;
  if (r >= 0x37 && r <= 0x90) return String.fromCodePoint(0x1ea0 + r - 0x37);
  return null;
}

type Repair = (s: string) => string;

const REPAIRS: Record<string, (text: string) => Repair | null> = {
  mac: () => (s) => { let o = ""; for (const ch of s) o += MAC_TO_WIN.get(ch) ?? ch; return o.normalize("NFC"); },
  gid: (text) => {
    // the base whose block takes in most of the font's non-ASCII characters
    let best = -1, bestHits = 0;
    for (const base of GID_BASES) {
      let hits = 0;
      for (const ch of text) if (gidChar(ch.codePointAt(0)!, base)) hits++;
      if (hits > bestHits) { bestHits = hits; best = base; }
    }
    const base = best;
    return (s) => {
      let o = "";
      for (const ch of s) {
        const c = ch.codePointAt(0)!;
        if (c === 0x20 || c === 0x0a) o += ch;
        else if (c < 0x62) o += String.fromCharCode(c + 29);
        else if (c < 0xe2) o += MAC_ROMAN[c - 0x62]!; // the standard Macintosh glyph order
        else o += GID_LOW[ch] ?? (base > 0 ? gidChar(c, base) : null) ?? ch;
      }
      return o;
    };
  },
};

/**
 * Tries, font by font, the known repairs and keeps those that make the whole text read more like
 * Vietnamese. Returns null when nothing helped.
 */
export function repairFonts(pages: TextItem[][]): { text: string; how: string } | null {
  const fonts = new Map<string, string>();
  for (const p of pages) for (const it of p) fonts.set(it.font, (fonts.get(it.font) ?? "") + it.str + " ");
  const chosen = new Map<string, { name: string; fn: Repair }>();
  const render = (): string =>
    pages.map((items) => {
      let s = "";
      for (const it of items) {
        const r = chosen.get(it.font);
        s += r ? r.fn(it.str) : it.str;
        if (it.eol) s += "\n";
      }
      return s;
    }).join("\n");
  let score = vietnameseScore(render());
  const start = score;
  // two passes: a font's repair may only pay once its neighbours read right
  for (let pass = 0; pass < 2; pass++) {
    for (const [font, text] of fonts) {
      const before = chosen.get(font);
      let best: { name: string; fn: Repair } | undefined = before;
      for (const [name, make] of Object.entries(REPAIRS)) {
        const fn = make(text);
        if (!fn || fn(text) === text) continue;
        chosen.set(font, { name, fn });
        const s = vietnameseScore(render());
        if (s > score + 0.002) { score = s; best = { name, fn }; }
      }
      if (best) chosen.set(font, best);
      else chosen.delete(font);
    }
  }
  if (!chosen.size || score <= start) return null;
  const kinds = [...new Set([...chosen.values()].map((c) => c.name))].sort();
  const how = kinds.map((k) => (k === "mac" ? "WinAnsi read as MacRoman" : "Times New Roman glyph ids")).join(", ");
  return { text: render(), how: `${chosen.size} font${chosen.size === 1 ? "" : "s"}: ${how}` };
}
