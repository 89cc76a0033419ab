/**
 * The chrono configuration: `chrono.vi.strict.clone()` with its parsers replaced by this folder's
 * (numeric dates day-first, dates in words, word ranges, times, periods, lunar dates) and one
 * refiner that removes overlaps (the longest mention wins, then the earliest parser).
 * chrono's own vi parsers are left out on purpose: they imply a year "closest to the reference"
 * instead of reporting a yearless date, drop invalid dates silently (31/4/2025), and read
 * `trước ngày` as "the day before" in casual mode. Built once, on first use.
 */
import * as vi from "chrono-node/vi";
import type { Chrono, ParsingResult, Refiner } from "chrono-node/vi";
import { atomOf, type Found } from "./atoms.js";
import { numericDateParser } from "./numeric.js";
import { wordDateParser, wordRangeParser } from "./longform.js";
import { timeParser } from "./time.js";
import { bareYearParser, halfParser, monthParser, quarterParser, yearParser } from "./period.js";
import { lunarParser } from "./tet.js";

const overlapRefiner: Refiner = {
  refine(_context, results: ParsingResult[]) {
    const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const kept: ParsingResult[] = [];
    for (const r of sorted) {
      const prev = kept[kept.length - 1];
      if (prev && r.index < prev.index + prev.text.length) {
        if (r.text.length > prev.text.length) kept[kept.length - 1] = r;
        continue;
      }
      kept.push(r);
    }
    return kept;
  },
};

let engine: Chrono | null = null;
let cellEngine: Chrono | null = null;

function build(cell: boolean): Chrono {
  const c = vi.strict.clone();
  c.parsers = [
    lunarParser,
    wordRangeParser,
    wordDateParser,
    numericDateParser,
    halfParser,
    quarterParser,
    monthParser,
    yearParser,
    timeParser,
    ...(cell ? [bareYearParser] : []),
  ];
  c.refiners = [overlapRefiner];
  return c;
}

/** All atoms of `text`, in text order, offsets relative to `text`. */
export function findAtoms(text: string, refYear: number | null, cell = false): Found[] {
  const c = cell ? (cellEngine ??= build(true)) : (engine ??= build(false));
  // the reference instant only feeds the can-chi year of lunar dates; built from components (UTC)
  const ref = new Date(Date.UTC(refYear ?? 2000, 0, 1, 12));
  const out: Found[] = [];
  for (const r of c.parse(text, ref) as unknown as ParsingResult[]) {
    const atom = atomOf(r);
    if (atom) out.push({ start: r.index, end: r.index + r.text.length, atom });
  }
  return out;
}
