/**
 * The unit registry: who is who. Built from grammars/units/*.yaml (validated with zod) plus the
 * agency files a user gives (--units FILE), compiled into lookup structures.
 *
 * STUB: the real registry is being built for issue 4; this keeps the contract.
 */
export type UnitKind = "unit" | "person" | "group";

export interface UnitEntry {
  id: string;
  /** Canonical name. */
  name: string;
  kind: UnitKind;
  aliases: string[];
}

export interface UnitMatch {
  entry: UnitEntry;
  /** Offsets into the text given to matchAt: [start, end). */
  start: number;
  end: number;
  /** The alias that matched. */
  alias: string;
  /** True when matched without folding (exact spelling). */
  exact: boolean;
}

export interface ResolveResult {
  entry: UnitEntry;
  /** How it matched: exact alias, folded (case/tone/diacritics), with a place name dropped, or a known misspelling. */
  via: "exact" | "folded" | "place" | "misspelling";
}

export interface Registry {
  readonly entries: readonly UnitEntry[];
  /** The longest alias starting exactly at `index` of `text` and ending on a word boundary, or null. */
  matchAt(text: string, index: number): UnitMatch | null;
  /** Resolve a whole, already delimited mention to an entry, or null when unknown. */
  resolve(mention: string, ctx?: { place?: string | null; date?: string | null }): ResolveResult | null;
  /** Near misses for an unknown mention ("did you mean"), best first. */
  suggest(mention: string, limit?: number): UnitEntry[];
}

const EMPTY: Registry = {
  entries: [],
  matchAt: () => null,
  resolve: () => null,
  suggest: () => [],
};

export function defaultRegistry(): Registry {
  return EMPTY;
}

export function loadRegistry(_opts: { files?: string[] } = {}): Registry {
  return EMPTY;
}
