/**
 * The role words of grammars/roles.yaml, compiled into phrase matchers over tokens.
 * Matching is on lower-cased NFC words with tone placement unified (uỷ = ủy), never folded
 * further: "giao" (assign) and "giáo" (Tuyên giáo) must stay apart.
 */
import { z } from "zod";
import { loadGrammar } from "../grammar/load.js";
import { toneFold } from "../text/fold.js";
import type { Tok } from "./tokens.js";

const RolesSchema = z.object({
  assign: z.array(z.string()),
  assign_not_before: z.array(z.string()),
  assign_not_after_words: z.array(z.string()),
  direct: z.array(z.string()),
  role: z.array(z.string()),
  verbs: z.array(z.string()),
  np_stops: z.array(z.string()),
  group_nouns: z.array(z.string()),
  unit_heads: z.array(z.string()),
  titles: z.array(z.string()),
  not_task_openers: z.array(z.string()),
  noun_compounds: z.array(z.string()),
  head_compounds: z.array(z.string()),
  surnames: z.array(z.string()),
});

export const lower = (s: string): string => toneFold(s.toLowerCase());

/** A set of phrases matched at a token position; longest first. */
export class PhraseSet {
  private byFirst = new Map<string, string[][]>();
  constructor(phrases: string[], private readonly caseSensitive = false) {
    for (const p of phrases) {
      const words = (caseSensitive ? toneFold(p) : lower(p)).split(/\s+/).filter(Boolean);
      if (!words.length) continue;
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push(words);
      this.byFirst.set(words[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Number of tokens matched at toks[i] (0 when none). Tokens must be adjacent (only spaces between). */
  match(toks: readonly Tok[], i: number): number {
    const t = toks[i];
    if (!t) return 0;
    const key = this.caseSensitive ? t.norm : t.l;
    const list = this.byFirst.get(key);
    if (!list) return 0;
    outer: for (const words of list) {
      for (let k = 1; k < words.length; k++) {
        const tk = toks[i + k];
        if (!tk || (this.caseSensitive ? tk.norm : tk.l) !== words[k] || tk.gap.trim() !== "") continue outer;
      }
      return words.length;
    }
    return 0;
  }
}

export interface Lexicon {
  assign: PhraseSet;
  assignNotBefore: PhraseSet;
  assignNotAfter: Set<string>;
  direct: PhraseSet;
  role: PhraseSet;
  verbs: PhraseSet;
  npStops: PhraseSet;
  groupNouns: PhraseSet;
  unitHeads: PhraseSet;
  titles: PhraseSet;
  notTaskOpeners: string[];
  nounCompounds: PhraseSet;
  headCompounds: PhraseSet;
  surnames: Set<string>;
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const g = loadGrammar("roles", RolesSchema);
  cached = {
    assign: new PhraseSet(g.assign),
    assignNotBefore: new PhraseSet(g.assign_not_before),
    assignNotAfter: new Set(g.assign_not_after_words.map(lower)),
    direct: new PhraseSet(g.direct),
    role: new PhraseSet(g.role),
    verbs: new PhraseSet(g.verbs),
    npStops: new PhraseSet(g.np_stops),
    groupNouns: new PhraseSet(g.group_nouns),
    unitHeads: new PhraseSet(g.unit_heads, true),
    titles: new PhraseSet(g.titles, true),
    notTaskOpeners: g.not_task_openers.map(lower),
    nounCompounds: new PhraseSet(g.noun_compounds),
    headCompounds: new PhraseSet(g.head_compounds),
    surnames: new Set(g.surnames.map((x) => toneFold(x))),
  };
  return cached;
}
