/**
 * Compiles validated registry data into a Registry: a trie of alias keys (see keys.ts), a trie of
 * province names for attached places, and the matching logic (longest alias, attached place, a
 * title's unit and person's name). Pure: the data comes from load.ts.
 */
import { createRequire } from "node:module";
import { InputError } from "../errors.js";
import { fold } from "../text/fold.js";
import { keyTokens, type Expansions, type KeyToken } from "./keys.js";
import { GrammarError, type BuiltinData, type EntryFile } from "./load.js";
import type { Registry, ResolveResult, UnitEntry, UnitMatch } from "./registry.js";
import type { Province } from "./schema.js";
import { newNode, trieInsert, type TrieNode } from "./trie.js";

interface AliasRec {
  entry: UnitEntry;
  alias: string;
  misspelling: boolean;
  attachedOnly: boolean;
  /** Where it comes from: "builtin" or the agency file, for conflict rules. */
  origin: string;
  /** Every alias of the same entry with the same key (`Ủy ban nhân dân tỉnh`, `UBND tỉnh`, `Uỷ ban nhân dân tỉnh`). */
  forms: string[];
}

interface Place { endIdx: number; province: Province | null }

/** Merge agency entries over built-in ones: same id → the agency's fields win, aliases are added. */
function mergeEntries(builtin: readonly EntryFile[], agency: readonly EntryFile[]): { entries: UnitEntry[]; origin: Map<string, string> } {
  const byId = new Map<string, UnitEntry>();
  const origin = new Map<string, string>();
  for (const f of builtin) for (const e of f.entries) {
    if (byId.has(e.id)) throw new GrammarError(`grammars/units/${f.source}: entry ${e.id}: id already used in ${byId.get(e.id)!.source}`);
    byId.set(e.id, e); origin.set(e.id, "builtin");
  }
  for (const f of agency) {
    const seen = new Set<string>();
    for (const e0 of f.entries) {
      if (seen.has(e0.id)) throw new InputError(`${f.source}: entry ${e0.id}: id used twice`, f.source);
      seen.add(e0.id);
      const e: UnitEntry = { ...e0, ...(e0.parent || !f.parent ? {} : { parent: f.parent }) };
      const old = byId.get(e.id);
      if (old) {
        const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
        const aliases = union(union(e.aliases, old.aliases), old.name === e.name ? [] : [old.name]).filter((a) => a !== e.name);
        byId.set(e.id, {
          ...old, ...e, aliases,
          abbreviations: union(e.abbreviations, old.abbreviations),
          misspellings: union(e.misspellings, old.misspellings),
          examples: union(old.examples, e.examples),
          ...({ attachedOnly: union(attachedOnlyOf(e), attachedOnlyOf(old)) } as object),
        });
      } else byId.set(e.id, e);
      origin.set(e.id, f.source);
    }
  }
  return { entries: [...byId.values()], origin };
}

function attachedOnlyOf(e: UnitEntry): string[] {
  return ((e as unknown as { attachedOnly?: string[] }).attachedOnly) ?? [];
}

function publicEntry(e: UnitEntry): UnitEntry {
  const { attachedOnly: _drop, ...rest } = e as UnitEntry & { attachedOnly?: string[] };
  return Object.freeze(rest) as UnitEntry;
}

const NAME_MAX = 4;
const PERSON_MAX = 5;

export function compileRegistry(data: BuiltinData, agency: readonly EntryFile[]): Registry {
  const { expansions } = data;
  const merged = mergeEntries(data.files, agency);
  const byId = new Map<string, UnitEntry>();
  const entries: UnitEntry[] = [];
  const root = newNode<AliasRec>();

  for (const e0 of merged.entries) {
    const entry = publicEntry(e0);
    entries.push(entry); byId.set(entry.id, entry);
    const org = merged.origin.get(entry.id)!;
    const forms: [string, boolean, boolean][] = [
      [entry.name, false, attachedOnlyOf(e0).includes(entry.name)],
      ...entry.aliases.map((a): [string, boolean, boolean] => [a, false, attachedOnlyOf(e0).includes(a)]),
      ...entry.misspellings.map((a): [string, boolean, boolean] => [a, true, false]),
    ];
    for (const [alias, misspelling, attachedOnly] of forms) {
      const toks = keyTokens(alias, expansions);
      const where = org === "builtin" ? `grammars/units/${entry.source}` : org;
      const fail = (m: string) => (org === "builtin" ? new GrammarError(`${where}: entry ${entry.id}: ${m}`) : new InputError(`${where}: entry ${entry.id}: ${m}`, org));
      if (!toks.length) throw fail(`alias "${alias}" has no letters`);
      if (toks.some((t, i) => i > 0 && t.sep === "hard")) throw fail(`alias "${alias}" contains a stop (: ; . / ? !)`);
      const keys = toks.map((t) => t.k);
      const splitKeys = keyTokens(alias, expansions, true).map((t) => t.k);
      const paths = splitKeys.join(" ") === keys.join(" ") ? [keys] : [keys, splitKeys];
      for (const path of paths) {
        const rec: AliasRec = { entry, alias, misspelling, attachedOnly, origin: org, forms: [alias] };
        const old = trieInsert(root, path, rec);
        if (old && old.entry.id === entry.id) { old.forms.push(alias); continue; }
        if (old) {
          if (old.origin === "builtin" && org !== "builtin") trieInsert(root, path, rec, true); // the agency file wins
          else throw fail(`alias "${alias}" is already "${old.alias}" of ${old.entry.id}`);
        }
      }
    }
  }
  for (const e of entries) {
    const org = merged.origin.get(e.id)!;
    const fail = (m: string) => (org === "builtin" ? new GrammarError(`grammars/units/${e.source}: entry ${e.id}: ${m}`) : new InputError(`${org}: entry ${e.id}: ${m}`, org));
    if (e.successor && !byId.has(e.successor)) throw fail(`successor ${e.successor} is not an entry`);
    if (e.parent && !byId.has(e.parent)) throw fail(`parent ${e.parent} is not an entry`);
  }

  // Provinces: names and aliases → record.
  const provRoot = newNode<Province>();
  for (const p of data.provinces) for (const n of [p.name, ...p.aliases]) trieInsert(provRoot, keyTokens(n, expansions).map((t) => t.k), p);

  const cache = new TokenCache(expansions);
  const m: Matcher = { root, provRoot, surnames: data.surnames };

  const registry: Registry = {
    entries,
    get: (id) => byId.get(id),
    matchAt(text, index) {
      const { toks, at } = cache.get(text);
      const i = at.get(index);
      if (i === undefined) return null;
      return matchTokens(m, text, toks, i);
    },
    resolve(mention, ctx = {}) {
      return resolve(m, byId, expansions, mention, ctx);
    },
    suggest(mention, limit = 5) {
      return suggest(entries, mention, limit);
    },
    findAll(text) {
      const { toks } = cache.get(text);
      const out: UnitMatch[] = [];
      for (let i = 0; i < toks.length; i++) {
        if (i > 0 && toks[i]!.start === toks[i - 1]!.start) continue;
        const hit = matchTokens(m, text, toks, i);
        if (!hit) continue;
        out.push(hit);
        while (i + 1 < toks.length && toks[i + 1]!.start < hit.end) i++;
      }
      return out;
    },
  };
  return registry;
}

interface Matcher { root: TrieNode<AliasRec>; provRoot: TrieNode<Province>; surnames: ReadonlySet<string> }

/** Tokens of the last few texts, with an index from a word's start offset to its first key token. */
class TokenCache {
  private items: { text: string; toks: KeyToken[]; at: Map<number, number> }[] = [];
  constructor(private readonly expansions: Expansions) {}
  get(text: string) {
    const hit = this.items.find((x) => x.text === text);
    if (hit) return hit;
    const toks = keyTokens(text, this.expansions);
    const at = new Map<number, number>();
    toks.forEach((t, i) => { if (!at.has(t.start)) at.set(t.start, i); });
    const item = { text, toks, at };
    this.items.unshift(item);
    if (this.items.length > 4) this.items.pop();
    return item;
  }
}

/** `tỉnh` / `thành phố` / `TP` then a province, or a province alone, or the level word alone. */
function matchProvince(m: Matcher, toks: KeyToken[], k: number): Place | null {
  const t = toks[k];
  if (!t || t.sep !== "none") return null;
  let lvl: "tỉnh" | "thành phố" | null = null;
  let k2 = k;
  if (t.k === "tinh" && t.last) { lvl = "tỉnh"; k2 = k + 1; }
  else if (t.k === "thanh" && toks[k + 1]?.k === "pho" && toks[k + 1]!.sep === "none" && toks[k + 1]!.last) { lvl = "thành phố"; k2 = k + 2; }
  let node: TrieNode<Province> | undefined = m.provRoot;
  let found: Place | null = null;
  const first = toks[k2];
  if (first && first.sep === "none" && first.upper) {
    for (let j = k2; j < toks.length; j++) {
      if (j > k2 && toks[j]!.sep !== "none") break;
      node = node.children.get(toks[j]!.k);
      if (!node) break;
      if (toks[j]!.last && node.value) found = { endIdx: j, province: node.value };
    }
  }
  if (found && lvl === "thành phố" && found.province!.type === "tỉnh") found = null; // a city inside a province
  if (found) return found;
  return lvl ? { endIdx: k2 - 1, province: null } : null;
}

/** A proper name after a level word: `Khánh Sơn`, `Văn Phú`, `5`. */
function matchName(toks: KeyToken[], k: number): number | null {
  let end: number | null = null;
  for (let j = k; j < toks.length && j < k + NAME_MAX; j++) {
    const t = toks[j]!;
    if (t.sep !== "none" || !t.last || (j > 0 && toks[j - 1]!.start === t.start)) break;
    if (!t.upper && !/^\d+$/.test(t.k)) break;
    end = j;
  }
  return end;
}

/** A person's name after a title: a family name then capitalised words (`Phan Văn Hiếu`). */
function matchPerson(m: Matcher, toks: KeyToken[], k: number): number | null {
  const t = toks[k];
  if (!t || t.sep !== "none" || !t.upper || !m.surnames.has(t.k)) return null;
  let end = k;
  for (let j = k + 1; j < toks.length && j < k + PERSON_MAX; j++) {
    const u = toks[j]!;
    if (u.sep !== "none" || !u.upper || !u.last || u.start === toks[j - 1]!.start) break;
    end = j;
  }
  return end > k ? end : null;
}

function matchTokens(m: Matcher, text: string, toks: KeyToken[], i: number, noTitle = false): UnitMatch | null {
  const cands: { rec: AliasRec; j: number }[] = [];
  let node: TrieNode<AliasRec> | undefined = m.root;
  for (let j = i; j < toks.length; j++) {
    if (j > i && toks[j]!.sep === "hard") break;
    node = node.children.get(toks[j]!.k);
    if (!node) break;
    if (toks[j]!.last && node.value) cands.push({ rec: node.value, j });
  }
  let best: UnitMatch | null = null;
  let bestScore: number[] = [];
  for (const { rec, j } of cands) {
    const e = rec.entry;
    if (noTitle && e.kind === "person" && (e.takesUnit || e.takesName)) continue;
    let endIdx = j;
    let place: Place | null = null;
    if (e.place === "province") place = matchProvince(m, toks, j + 1);
    else if (e.place === "name") { const n = matchName(toks, j + 1); if (n !== null) place = { endIdx: n, province: null }; }
    if (place) endIdx = place.endIdx;
    let unit: UnitMatch | null = null;
    if (e.takesUnit && toks[j + 1] && toks[j + 1]!.sep === "none") {
      unit = matchTokens(m, text, toks, j + 1, true);
      if (unit && unit.entry.kind === "person") unit = null;
      if (unit) { place = null; endIdx = lastIndexBefore(toks, unit.end, endIdx); }
    }
    let personName: string | null = null;
    if (e.takesName) {
      const p = matchPerson(m, toks, endIdx + 1);
      if (p !== null) { personName = text.slice(toks[endIdx + 1]!.start, toks[p]!.end); endIdx = p; }
    }
    if (rec.attachedOnly && !place?.province && !unit && !personName) continue;
    const aliasEnd = toks[j]!.end;
    const start = toks[i]!.start;
    const written = text.slice(start, aliasEnd);
    const exact = rec.forms.includes(written);
    const match: UnitMatch = {
      entry: e, start, end: toks[endIdx]!.end, alias: exact ? written : rec.alias, aliasEnd,
      exact, misspelling: rec.misspelling,
      place: place && place.endIdx > j ? text.slice(toks[j + 1]!.start, toks[place.endIdx]!.end) : null,
      province: place?.province?.name ?? null,
      unit, personName,
    };
    const score = [match.end, match.province ? 1 : 0, j - i, rec.misspelling ? 0 : 1];
    if (!best || compareScore(score, bestScore) > 0) { best = match; bestScore = score; }
  }
  return best;
}

function lastIndexBefore(toks: KeyToken[], end: number, from: number): number {
  let k = from;
  while (k + 1 < toks.length && toks[k + 1]!.end <= end) k++;
  return k;
}

function compareScore(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

const TRIM = /^[\s\-–+•*:;,.]+|[\s;,.:]+$/gu;

function resolve(m: Matcher, byId: Map<string, UnitEntry>, expansions: Expansions, mention: string,
  ctx: { place?: string | null; date?: string | null }): ResolveResult | null {
  const text = mention.normalize("NFC").replace(TRIM, "");
  const toks = keyTokens(text, expansions);
  if (!toks.length) return null;
  const hit = matchTokens(m, text, toks, 0);
  if (!hit || hit.end !== toks[toks.length - 1]!.end) return null;
  const whole = [hit, hit.unit].filter((x): x is UnitMatch => !!x);
  const via: ResolveResult["via"] =
    whole.some((x) => x.misspelling) ? "misspelling"
    : whole.some((x) => x.place) ? "place"
    : hit.exact && (hit.unit ? hit.unit.exact && hit.unit.end === hit.end : hit.end === hit.aliasEnd) ? "exact"
    : "folded";
  const e = hit.entry;
  const expired = !!(ctx.date && e.validTo && ctx.date > e.validTo);
  const src = hit.unit ?? hit;
  return {
    entry: e, via, alias: hit.alias, place: src.place, province: src.province,
    qualifiedName: [
      hit.unit ? `${e.name} ${qualifiedName(hit.unit.entry, hit.unit.place, hit.unit.province, m)}` : qualifiedName(e, hit.place, hit.province, m),
      hit.personName,
    ].filter(Boolean).join(" "),
    unit: hit.unit?.entry ?? null, personName: hit.personName,
    expired, successor: expired && e.successor ? byId.get(e.successor) ?? null : null,
  };
}

function qualifiedName(e: UnitEntry, place: string | null, province: string | null, m: Matcher): string {
  if (!place) return e.name;
  if (province) {
    const p = trieFirst(m.provRoot, province);
    const base = e.name.replace(/\s+(tỉnh|thành phố)$/u, "");
    return `${base} ${p?.type ?? "tỉnh"} ${province}`;
  }
  if (e.place === "name") return `${e.name} ${place}`;
  return e.name;
}

function trieFirst(root: TrieNode<Province>, name: string): Province | undefined {
  let node: TrieNode<Province> | undefined = root;
  for (const k of keyTokens(name, new Map()).map((t) => t.k)) { node = node?.children.get(k); }
  return node?.value;
}

// --- suggestions (fuse.js, loaded on first use) -------------------------------------------
type FuseCtor = new <T>(list: readonly T[], opts: object) => { search(q: string, o?: { limit: number }): { item: T }[] };
const fuseIndex = new WeakMap<readonly UnitEntry[], { search(q: string, o?: { limit: number }): { item: { id: string; e: UnitEntry } }[] }>();

function suggest(entries: readonly UnitEntry[], mention: string, limit: number): UnitEntry[] {
  let fuse = fuseIndex.get(entries);
  if (!fuse) {
    const Fuse = createRequire(import.meta.url)("fuse.js") as FuseCtor;
    const list = entries.flatMap((e) => [e.name, ...e.aliases].map((a) => ({ id: e.id, e, key: fold(a) })));
    fuse = new Fuse(list, { keys: ["key"], threshold: 0.4, ignoreLocation: true, includeScore: true });
    fuseIndex.set(entries, fuse);
  }
  const seen = new Set<string>();
  const out: UnitEntry[] = [];
  for (const r of fuse.search(fold(mention.normalize("NFC")), { limit: limit * 8 })) {
    if (seen.has(r.item.id)) continue;
    seen.add(r.item.id); out.push(r.item.e);
    if (out.length >= limit) break;
  }
  return out;
}
