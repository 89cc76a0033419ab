/**
 * The unit registry: who is who. Built from grammars/units/*.yaml (validated with zod) plus the
 * agency files a user gives (--units FILE), compiled into a trie over folded key tokens.
 *
 *   defaultRegistry()                   built-in, compiled once (lazily) and cached
 *   loadRegistry({ files })             built-in + agency files merged over it
 *   registry.matchAt(text, i)           longest unit mention starting at i (running text)
 *   registry.resolve(mention, ctx)      a whole, delimited mention → entry (or null)
 *   registry.suggest(mention)           near misses ("did you mean")
 */
import { compileRegistry } from "./compile.js";
import { loadAgencyFile, loadBuiltin } from "./load.js";

export type UnitKind = "unit" | "person" | "group";
export type UnitLevel = "central" | "province" | "district" | "commune" | "party" | "mass" | "agency" | "other";

export interface UnitEntry {
  id: string;
  /** Canonical name (the full official name, as the gold files write it). */
  name: string;
  kind: UnitKind;
  /** Every other way of writing it that the registry knows (abbreviations included; misspellings not). */
  aliases: string[];
  /** The usual abbreviations (`Sở TN&MT`), a subset of `aliases`. */
  abbreviations: string[];
  /** Known misspellings (`Phòng QLKHCCN`): they resolve with via "misspelling". */
  misspellings: string[];
  level: UnitLevel;
  /** What may follow the name as a place: a province (`Sở Y tế tỉnh Thanh Hóa`), a proper name (`UBND huyện` + `Khánh Sơn`). */
  place: "none" | "province" | "name";
  parent?: string;
  /** First and last day under this name (ISO dates); `successor` is the id that took over. */
  validFrom?: string;
  validTo?: string;
  successor?: string;
  /** Titles (kind person): may be followed by a unit (`Giám đốc` + `Sở Y tế`) / by a person's name. */
  takesUnit?: boolean;
  takesName?: boolean;
  note?: string;
  /** Mentions that must resolve to this entry. */
  examples: string[];
  /** The file the entry comes from (`central.yaml`, or the agency file's path). */
  source: string;
}

export interface UnitMatch {
  entry: UnitEntry;
  /** Offsets into the text given to matchAt: [start, end). `end` includes an attached place, unit or name. */
  start: number;
  end: number;
  /** The alias that matched (as written in the registry). */
  alias: string;
  /** End of the alias itself, before any attached place / unit / name. */
  aliasEnd: number;
  /** True when matched without folding (exact spelling). */
  exact: boolean;
  /** The alias is a known misspelling. */
  misspelling: boolean;
  /** An attached place, as written (`tỉnh Lào Cai`, `Thanh Hóa`, `TP.HCM`, `Khánh Sơn`), else null. */
  place: string | null;
  /** The registry's province for `place`, when it is one (`Lào Cai`, `Hồ Chí Minh`). */
  province: string | null;
  /** A title followed by its unit (`Giám đốc` + `Sở TT&TT`): the unit's match. */
  unit: UnitMatch | null;
  /** A title followed by a person's name (`Phó Giám đốc Sở` + `Phan Văn Hiếu`). */
  personName: string | null;
}

export interface ResolveResult {
  entry: UnitEntry;
  /** How it matched: exact alias, folded (case/tone/diacritics), with a place name dropped, or a known misspelling. */
  via: "exact" | "folded" | "place" | "misspelling";
  /** The alias that matched, the attached place and province (see UnitMatch). */
  alias: string;
  place: string | null;
  province: string | null;
  /** The canonical name with the place put back (`Ủy ban nhân dân tỉnh Bình Dương`), else the name. */
  qualifiedName: string;
  /** A title's unit (`Giám đốc Sở TT&TT` → Sở Thông tin và Truyền thông) and a person's name. */
  unit: UnitEntry | null;
  personName: string | null;
  /** ctx.date is after the entry's validTo (a former name): the successor, when known. */
  expired: boolean;
  successor: UnitEntry | null;
}

export interface Registry {
  readonly entries: readonly UnitEntry[];
  /** The longest alias starting exactly at `index` of `text` and ending on a word boundary, or null. */
  matchAt(text: string, index: number): UnitMatch | null;
  /** Resolve a whole, already delimited mention to an entry, or null when unknown. */
  resolve(mention: string, ctx?: { place?: string | null; date?: string | null }): ResolveResult | null;
  /** Near misses for an unknown mention ("did you mean"), best first. */
  suggest(mention: string, limit?: number): UnitEntry[];
  /** The entry with this id, or undefined. */
  get(id: string): UnitEntry | undefined;
  /** Every match in `text`, left to right, not overlapping (for tools and tests). */
  findAll(text: string): UnitMatch[];
}

let cached: Registry | null = null;

/** The built-in registry (grammars/units/*.yaml), loaded and compiled on first use. */
export function defaultRegistry(): Registry {
  if (!cached) cached = compileRegistry(loadBuiltin(), []);
  return cached;
}

/** The built-in registry with agency files merged over it (same id: the agency's fields win, aliases are added). */
export function loadRegistry(opts: { files?: string[] } = {}): Registry {
  const files = opts.files ?? [];
  if (!files.length) return defaultRegistry();
  return compileRegistry(loadBuiltin(), files.map(loadAgencyFile));
}
