/**
 * Matching keys for unit names: a text becomes a list of folded key tokens, each pointing back at
 * the input with [start, end). Both aliases and running text go through the same function, so
 * whatever it unifies matches:
 *
 *   - case, tone placement, missing diacritics, đ/Đ/Ð            (fold)
 *   - `&` / `và`, commas, hyphens, dashes, brackets              (dropped: they only separate)
 *   - `TN&MT` = `TNMT` = `TN và MT`, `PT-TH` = `PT&TH`, `VH,TT&DL` = `VHTTDL`   (abbreviations merged)
 *   - `UBND` = `Ủy ban nhân dân`, `TP` / `TP.` = `Thành phố` …    (abbreviations expanded, from keys.yaml)
 *
 * `:` `;` `.` `/` `?` `!` and a blank line are hard stops: no alias runs across them.
 */
import { fold } from "../text/fold.js";

export type Sep = "none" | "soft" | "hard";

export interface KeyToken {
  /** Folded key (lower case, no diacritics). */
  k: string;
  /** Offsets of the original word(s) this key comes from: [start, end). */
  start: number;
  end: number;
  /** False for all but the last key of an expanded abbreviation (a match may not end there). */
  last: boolean;
  /** What stands between the previous token and this one. */
  sep: Sep;
  /** The original word starts with an upper-case letter (for names and places). */
  upper: boolean;
}

/** Abbreviation → folded long-form keys (`ubnd` → `uy ban nhan dan`). */
export type Expansions = ReadonlyMap<string, readonly string[]>;

interface Raw { kind: "w" | "p"; s: string; start: number; end: number; /** whitespace before */ gap: string }

const RAW = /[\p{L}\p{M}\p{N}]+|\S/gu;
const UPPER_ONLY = /^(?=.*\p{L})[\p{Lu}\p{N}]+$/u;
const SOFT = new Set([",", "-", "–", "—", "‑", "&", "(", ")", "“", "”", "\"", "'", "‘", "’", "[", "]", "*", "_"]);

function isAbbr(s: string): boolean {
  return UPPER_ONLY.test(s);
}

function rawTokens(text: string): Raw[] {
  const out: Raw[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(RAW)) {
    const start = m.index!;
    const s = m[0];
    out.push({ kind: /[\p{L}\p{M}\p{N}]/u.test(s) ? "w" : "p", s, start, end: start + s.length, gap: text.slice(prevEnd, start) });
    prevEnd = start + s.length;
  }
  return out;
}

/**
 * Merge `TN&MT`, `PT-TH`, `VH,TT&DL` (no spaces around the joiner) into one word of letters.
 * With `split`, keep the parts apart instead: an alias is stored both ways, so that a text
 * writing `Sở TN và MT` (never merged: `Sở KH&CN và VNPT` must stay two names) matches too.
 */
function mergeAbbreviations(raw: Raw[], split: boolean): Raw[] {
  const out: Raw[] = [];
  for (let i = 0; i < raw.length; i++) {
    let cur = raw[i]!;
    if (cur.kind === "w" && isAbbr(cur.s)) {
      let merged = cur.s;
      let end = cur.end;
      for (;;) {
        const j = raw[i + 1], w = raw[i + 2];
        if (!j || !w || w.kind !== "w" || !isAbbr(w.s)) break;
        if (!(j.gap === "" && w.gap === "" && JOINERS.has(j.s))) break;
        if (split) { out.push(cur); cur = { ...w, gap: " " }; i += 2; continue; }
        merged += w.s;
        end = w.end;
        i += 2;
      }
      if (!split && end !== cur.end) cur = { kind: "w", s: merged, start: cur.start, end, gap: cur.gap };
    }
    out.push(cur);
  }
  return out;
}

const JOINERS = new Set(["&", "-", ",", "–"]);

/**
 * Key tokens of `text`. `expansions` turns known abbreviations (written with a capital letter)
 * into their long form so that `UBND tỉnh` and `Ủy ban nhân dân tỉnh` give the same keys.
 */
export function keyTokens(text: string, expansions: Expansions, split = false): KeyToken[] {
  const raw = mergeAbbreviations(rawTokens(text), split);
  const out: KeyToken[] = [];
  let sep: Sep = "none";
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    if (/\n[ \t\r]*\n/.test(r.gap)) sep = "hard";
    if (r.kind === "p") {
      const prev = raw[i - 1];
      if (r.s === "." && prev && prev.kind === "w" && r.gap === "" && /^tp$/i.test(prev.s)) continue; // TP. / Tp.
      sep = SOFT.has(r.s) ? (sep === "hard" ? "hard" : "soft") : "hard";
      continue;
    }
    const k = fold(r.s);
    if (k === "va") { if (sep === "none") sep = "soft"; continue; }
    const upper = /^\p{Lu}/u.test(r.s);
    const exp = /\p{Lu}/u.test(r.s) ? expansions.get(k) : undefined;
    if (exp) {
      exp.forEach((e, n) => out.push({ k: e, start: r.start, end: r.end, last: n === exp.length - 1, sep: n === 0 ? sep : "none", upper }));
    } else {
      out.push({ k, start: r.start, end: r.end, last: true, sep, upper });
    }
    sep = "none";
  }
  return out;
}

/** The keys of an alias as one string (for invariants, look-ups and tests). */
export function aliasKey(alias: string, expansions: Expansions): string {
  return keyTokens(alias, expansions).map((t) => t.k).join(" ");
}

/** Build the expansion map from `{ABBR: long form}` pairs. */
export function buildExpansions(pairs: Record<string, string>): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const [abbr, long] of Object.entries(pairs)) {
    const keys = keyTokens(long, new Map()).map((t) => t.k);
    m.set(fold(abbr).replace(/[^a-z0-9]/g, ""), keys);
  }
  return m;
}
