/**
 * Actor lists: "Phòng QLKH&CN", "Văn phòng Sở, các phòng, đơn vị", "các sở, ngành tỉnh; UBND các
 * huyện, thành phố; Các Ban QLDA chuyên ngành tỉnh", "Các sở: Giao thông vận tải, Y tế, VH,TT&DL",
 * "Phó Giám đốc Sở Phan Văn Hiếu".
 *
 * A list is parsed from a token index; it ends where the predicate starts (a verb or role word in
 * lower case) or at punctuation that is not a list separator. A group (các phòng, đơn vị) is one
 * entity: a comma followed by a bare group noun continues it.
 */
import type { EntityKind } from "../schema.js";
import type { Registry, ResolveResult } from "../units/registry.js";
import { lexicon, lower } from "./lexicon.js";
import { isCap, punct, tight, tokenize, type Tok } from "./tokens.js";

export interface Mention {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  /** For an item of a distributed list ("Các sở: Y tế"), the full name ("Sở Y tế"). */
  full: string | null;
  kind: EntityKind;
  /** A person's title (Phó Giám đốc Sở), when the mention is a person. */
  title: string | null;
  /** A person's own name (Phan Văn Hiếu), when given. */
  personName: string | null;
  resolved: ResolveResult | null;
}

export interface ListResult {
  mentions: Mention[];
  /** Token index just after the list. */
  next: number;
}

const GROUP_DETERMINERS = new Set(["các", "từng", "mỗi", "những", "toàn"]);
/** Words that end a noun phrase (prepositions, conjunctions, pronouns). */
const STOP_WORDS = /^(cũng|đều|luôn|trên|dưới|ở|là|nêu|như|theo|do|tại|bằng|hoặc|nhưng|mà|thì|này|đó|đây|sau|trước|nhất|đến|từ|vào|ra|lên|cho|vì|nên|nay)$/;
/** Capitalised words that look like unit heads but start a common phrase ("Báo cáo", "Trường hợp"). */
const NOT_HEADS = new Set(["báo cáo", "trường hợp", "đoàn kết", "hội nghị", "hội thảo", "hội nghị,", "đài tưởng", "cục bộ", "vụ việc", "ban hành", "ban đầu", "ban ngày", "phòng chống", "phòng ngừa", "phòng cháy", "trung tâm,", "sở dĩ", "quỹ đất"]);
const PLACE_BEFORE = new Set(["sông", "suối", "núi", "đèo", "đường", "phố", "xã", "phường", "huyện", "tỉnh", "thôn", "bản", "ấp", "khu", "cầu", "hồ", "biển", "đảo", "vùng", "quận", "trấn", "phố", "cụm", "làng", "thị"]);
/** Level words after which a place name, or the end of the name, comes (UBND tỉnh, Công an huyện). */
const PLACE_LEVEL = new Set(["tỉnh", "huyện", "xã", "phường", "quận", "trấn", "phố", "tp"]);
/** Words that go on after a place ("… tỉnh có liên quan", "… huyện và các xã"). */
const CONTINUATION = new Set(["ủy", "uỷ", "và", "cùng", "với", "có", "liên", "quan", "thuộc", "trực", "các", "của", "nơi", "ven", "giáp", "thành", "thị", "xã", "phường", "huyện", "tỉnh", "trấn", "phố", "quận"]);
/** A continuation word at toks[q]; "có" only in "có liên quan" ("các tỉnh có dự án đi qua khẩn trương …" ends at "có"). */
const continues = (toks: readonly Tok[], q: number): boolean => {
  const l = toks[q]?.l ?? "";
  if (l === "có") return toks[q + 1]?.l === "liên";
  return CONTINUATION.has(l);
};
const PLACE_NOUNS = new Set(["huyện", "xã", "phường", "tỉnh", "quận", "thị", "thành", "thị trấn"]);

interface Item {
  i: number;
  j: number;
  kind: EntityKind;
  titleEnd: number;
  nameStart: number;
  /** Head of a distributable list ("Các Bộ", "UBND các phường", "Giám đốc"). */
  distributable: string | null;
  registryEnd: number;
  headEnd: number;
}

export interface ParseCtx {
  text: string;
  registry: Registry;
  /** The notice's date (ISO), so that a former unit name can be told from a current one. */
  date?: string | null;
}

/** Does an actor start at toks[i]? */
export function isEntityStart(toks: readonly Tok[], i: number, ctx: ParseCtx): boolean {
  return parseItem(toks, i, ctx) !== null;
}

function isVerbAt(toks: readonly Tok[], j: number): number {
  const lx = lexicon();
  const t = toks[j];
  if (!t || isCap(t)) return 0;
  return Math.max(lx.verbs.match(toks, j), lx.role.match(toks, j), lx.npStops.match(toks, j));
}
let headViaUnit = false;

function parseItem(toks: readonly Tok[], i: number, ctx: ParseCtx): Item | null {
  const lx = lexicon();
  const t0 = toks[i];
  if (!t0) return null;
  let j = i;
  headViaUnit = false;
  let kind: EntityKind = "unit";
  let titleEnd = i;
  let distributable: string | null = null;
  // Known unit from the registry.
  const reg = ctx.registry.matchAt(ctx.text, t0.s);
  let registryEnd = i;
  if (reg) {
    while (registryEnd < toks.length && toks[registryEnd]!.s < reg.end) registryEnd++;
    // A place, unit or name the registry attached after the alias ends where a verb starts
    // ("UBND huyện Kiên Hải | xây dựng Kế hoạch …").
    const aliasEnd = (reg as { aliasEnd?: number }).aliasEnd ?? reg.end;
    for (let q = i + 1; q < registryEnd; q++) {
      if (toks[q]!.s < aliasEnd) continue;
      const t = toks[q]!;
      // Attached places are capitalised names and level words, never across a comma.
      if (/[,;:(]/.test(t.gap) || (!isCap(t) && ((isVerbAt(toks, q) && !lx.nounCompounds.match(toks, q)) || (!PLACE_LEVEL.has(t.l) && !continues(toks, q) && !isCap(toks[q - 1]!))))) { registryEnd = q; break; }
    }
  }
  if (t0.l === "đồng" && toks[i + 1]?.l === "chí" && tight(toks[i + 1])) { j = i + 2; kind = "person"; }
  else if (/^đ\/c$/u.test(t0.l) && toks[i + 1] && tight(toks[i + 1]) && isCap(toks[i + 1]!)) { j = i + 1; kind = "person"; }
  const tl = lx.titles.match(toks, j);
  if (tl && isCap(toks[j]!) ) {
    kind = "person";
    j += tl;
    titleEnd = j;
    // A bare title before a colon distributes: "Giao Giám đốc: Sở …, Sở …".
    if (punct(toks[j]) === ":") distributable = toks.slice(i, j).map((t) => t.t).join(" ");
  } else if (j === i && GROUP_DETERMINERS.has(t0.l) && (lx.groupNouns.match(toks, i + 1) || lx.titles.match(toks, i + 1)) && tight(toks[i + 1])) {
    kind = "group";
    const n = lx.groupNouns.match(toks, i + 1) || lx.titles.match(toks, i + 1);
    j = i + 1 + n;
    if (t0.l === "toàn" && toks[i + 1]?.l !== "thể") return null;
    if (punct(toks[j]) === ":") distributable = toks.slice(i, j).map((t) => t.t).join(" ");
  } else if (j === i && lx.unitHeads.match(toks, i) && !NOT_HEADS.has(`${t0.l} ${toks[i + 1]?.l ?? ""}`)) {
    j = i + lx.unitHeads.match(toks, i);
    headViaUnit = true;
    // "UBND các phường: Yên Bái, Văn Phú" distributes too.
    if (toks[j]?.l === "các" && lx.groupNouns.match(toks, j + 1)) {
      const n = lx.groupNouns.match(toks, j + 1);
      if (punct(toks[j + 1 + n]) === ":") { distributable = toks.slice(i, j + 1 + n).map((t) => t.t).join(" "); j = j + 1 + n; kind = "group"; }
    }
  } else if (j === i && t0.t === "sở" && isVerbAt(toks, i + 1) && tight(toks[i + 1])) {
    return { i, j: i + 1, kind: "unit", titleEnd: i, nameStart: -1, distributable: null, registryEnd: i, headEnd: i + 1 };
  } else if (j === i && /^(thành phố|thủ đô|tỉnh)$/.test(t0.l) && isCap(toks[i + 1] ?? t0) && toks[i + 1] && tight(toks[i + 1]) && !lx.unitHeads.match(toks, i + 1)) {
    j = i + 1;
  } else if (j === i && /^(thành|thủ)$/.test(t0.l) && /^(phố|đô)$/.test(toks[i + 1]?.l ?? "") && toks[i + 2] && isCap(toks[i + 2]!) && !lx.unitHeads.match(toks, i + 2)) {
    j = i + 2;
  } else if (registryEnd > i) {
    j = registryEnd;
  } else if (j === i) {
    return null;
  }
  // Head compounds ("Ủy ban kiểm tra") apply right after the head word, not after a registry match.
  const headEnd = registryEnd > j ? -1 : j;
  if (registryEnd > j) j = registryEnd;
  // Extend over the rest of the name.
  let nameStart = -1;
  let steps = 0;
  // After a registry match, what the match ended on decides: a level word or a place name after one.
  let afterPlace = j > i + 1 && ((PLACE_LEVEL.has(toks[j - 1]!.l) && !isCap(toks[j - 1]!)) || (isCap(toks[j - 1]!) && toks.slice(i, j - 1).some((t) => PLACE_LEVEL.has(t.l) && !isCap(t))));
  if (kind === "unit" && toks.slice(i, j).some((t) => t.l === "các") && lx.groupNouns.match(toks, toks.slice(i, j).findIndex((t) => t.l === "các") + i + 1)) kind = "group";
  while (j < toks.length && steps++ < 24) {
    const tk = toks[j]!;
    const p = punct(tk);
    if (p && !(/^[-–]$/.test(p) && tk.gap.includes(" ") && (isCap(tk) || !isCap(toks[j - 1]!)))) break;
    if (distributable && j === headEnd) break;
    // "Công an tỉnh", "UBND huyện", "cấp xã": a level word right after the name's own words (not "xã hội", "thị trường").
    if (PLACE_LEVEL.has(tk.l) && !isCap(tk) && j > i && (isCap(toks[j - 1]!) || /^(cấp|các|thị|thành)$/.test(toks[j - 1]!.l) || (j - 2 >= i && tight(toks[j - 1]) && /^\p{Lu}[\p{Ll}\p{M}]/u.test(toks[j - 2]!.t) && !/^(?:xã hội|thị trường|thị xã|thành viên|thành phần|thành phố|tỉnh ủy|tỉnh uỷ|huyện ủy|huyện uỷ|xã ủy)$/u.test(`${tk.l} ${toks[j + 1]?.l ?? ""}`) && toks[j - 1]!.l !== "tác")) && !(toks[j + 1] && isCap(toks[j + 1]!) && tight(toks[j + 1]))) afterPlace = true;
    if (isCap(tk)) {
      if (j > i && PLACE_LEVEL.has(toks[j - 1]!.l)) afterPlace = true;
      if (kind === "person" && nameStart < 0 && lx.surnames.has(tk.norm) && isCap(toks[j + 1] ?? tk) && toks[j + 1] && tight(toks[j + 1]) && (j > titleEnd || (j === titleEnd && titleEnd > i + 1 && lx.surnames.has(tk.norm) && !lx.unitHeads.match(toks, j))) && !PLACE_BEFORE.has(toks[j - 1]!.l) && !toks.slice(i, j).some((t) => t.l === "các")) nameStart = j;
      j++;
      continue;
    }
    const l = tk.l;
    // The second syllable of a capitalised word ("Bộ Ngoại giao", "Phòng Kế hoạch - Tài chính"): only the first
    // syllable of a common word in a name is capitalised, while proper names capitalise every syllable.
    const prevTok = toks[j - 1]!;
    if (j > i && tight(tk) && /^\p{Lu}[\p{Ll}\p{M}]/u.test(prevTok.t) && !lx.unitHeads.match(toks, j - 1) && !lx.titles.match(toks, j - 1) && (j - 1 === i || !isCap(toks[j - 2]!) || lx.unitHeads.match(toks, j - 2) > 0) && !lx.role.match(toks, j) && l !== "và" && !STOP_WORDS.test(l) && !lx.npStops.match(toks, j) && !(j - 1 > i && isVerbAt(toks, j) >= 2)) { j++; continue; }
    if (l === "và" || l === "cùng" || l === "với") {
      const nx = toks[j + 1];
      if (!nx || !tight(nx)) break;
      // "Văn phòng HĐND và UBND phường": one office serves both bodies.
      if (l === "và" && toks[i]!.l === "văn" && toks[i + 1]?.l === "phòng" && /^(hđnd|đbqh)$/.test(toks[j - 1]!.l) && /^(ubnd|ủy|uỷ)$/.test(nx.l)) { j++; continue; }
      const placeJoin = l === "và" && nx.l === "các" && PLACE_NOUNS.has(toks[j + 2]?.l ?? "") && /^(ủy|uỷ|ubnd|hđnd|hội)$/.test(toks[i]!.l);
      if (!placeJoin && parseItemStartCheap(toks, j + 1, ctx)) break;
      if (placeJoin) { j += 3; continue; }
      if (isCap(nx)) { j += 2; continue; }
      if (l === "và" && !isVerbAt(toks, j + 1)) { j++; continue; }
      break;
    }
    if (j === headEnd && j > i && isCap(toks[j - 1]!) && (headViaUnit || kind === "group") && !(j - i >= 2 && isCap(toks[j - 2]!) && isCap(toks[j - 1]!))) {
      const hc = lx.headCompounds.match(toks, j);
      if (hc && (headViaUnit || /^(quản|chỉ)$/.test(l))) { j += hc; continue; }
    }
    // After a place ("… tỉnh", "… huyện Kiên Hải"), a lower-case word starts what to do, known verb or not.
    if (afterPlace && !continues(toks, j) && !lx.groupNouns.match(toks, j)) break;
    const nc = lx.nounCompounds.match(toks, j);
    if (nc) { j += nc; continue; }
    // The second half of a compound whose first half is already in the name ("Chương trình", "chất lượng xây dựng").
    if (j > i && tight(tk) && [1, 2, 3].some((back) => j - back >= i && lx.nounCompounds.match(toks, j - back) > back)) { j++; continue; }
    if (l === "các" && lx.groupNouns.match(toks, j + 1)) { kind = "group"; j += 1 + lx.groupNouns.match(toks, j + 1); if (punct(toks[j]) === ":") { distributable = toks.slice(i, j).map((t) => t.t).join(" "); } continue; }
    if (l === "thuộc" && toks[j - 1]?.l === "trực" && j - 1 > i) { j++; continue; }
    if (l === "của" || l === "thuộc") { const nx = toks[j + 1]; if (nx && tight(nx) && (isCap(nx) || nx.l === "các" || nx.l === "sở")) { j++; continue; } break; }
    if (l === "trực" && toks[j + 1]?.l === "thuộc") { j += 2; continue; }
    if (l === "số" && /^\d/.test(toks[j + 1]?.t ?? "")) { j += 2; continue; }
    if (isVerbAt(toks, j)) break;
    if (STOP_WORDS.test(l)) break;
    j++;
  }
  // A head before a colon distributes ("Bộ trưởng các Bộ: Y tế, …", "Các Sở: Tài chính, …").
  if (!distributable && punct(toks[j]) === ":" && j - i <= 8 && (toks.slice(i, j).some((t) => t.l === "các") || (kind === "person" && j === titleEnd))) {
    distributable = toks.slice(i, j).map((t) => t.t).join(" ");
  }
  // Trim dangling joiners.
  while (j > Math.max(headEnd, i + 1) && /^(và|cùng|với|của|thuộc)$/.test(toks[j - 1]!.l) && !(toks[j - 1]!.l === "thuộc" && toks[j - 2]?.l === "trực")) j--;
  if (kind === "person" && nameStart < 0) {
    // The person's own name: a family name followed by capitalised words up to the end
    // ("Phó Thủ tướng Hoàng Trung Hải", "Phó Giám đốc Sở Phan Văn Hiếu").
    for (let q = Math.max(titleEnd, i + 1); q < j - 1; q++) {
      if (!lx.surnames.has(toks[q]!.norm)) continue;
      // After "sông", "xã", "tỉnh" … a capitalised pair is a place ("ven sông Thạch Hãn"); a group has no own name.
      if (PLACE_BEFORE.has(toks[q - 1]!.l) || toks.slice(i, q).some((t) => t.l === "các")) continue;
      if (toks.slice(q, j).every((t) => isCap(t) && tight(t)) && j - q <= 5) { nameStart = q; break; }
    }
    if (nameStart < 0 && titleEnd > i && lx.surnames.has(toks[titleEnd]?.norm ?? "") && j - titleEnd >= 2) nameStart = titleEnd;
  }
  return { i, j, kind, titleEnd, nameStart, distributable, registryEnd, headEnd };
}

/** Cheap check used inside a name: does a new entity start here (so "và" separates)? */
function parseItemStartCheap(toks: readonly Tok[], i: number, ctx: ParseCtx): boolean {
  const lx = lexicon();
  const t = toks[i];
  if (!t) return false;
  if (GROUP_DETERMINERS.has(t.l) && lx.groupNouns.match(toks, i + 1)) return true;
  if (lx.unitHeads.match(toks, i)) return true;
  if (lx.titles.match(toks, i) && isCap(t)) return true;
  if (ctx.registry.matchAt(ctx.text, t.s)) return true;
  return false;
}

/** Is a unit item generic (head + lower-case words only: "Tổng công ty nhà nước", "cơ quan ngang Bộ")? */
function isGeneric(toks: readonly Tok[], it: Item): boolean {
  if (it.registryEnd > it.i) return false;
  const from = it.i + 1;
  if (it.j <= from || !isCap(toks[it.i]!)) return false;
  for (let k = from; k < it.j; k++) if (isCap(toks[k]!) && !/^(Bộ|Sở)$/.test(toks[k]!.t)) return false;
  return true;
}

function toMention(toks: readonly Tok[], it: Item, ctx: ParseCtx, full: string | null = null): Mention {
  const start = toks[it.i]!.s, end = toks[it.j - 1]!.e;
  const text = ctx.text.slice(start, end).replace(/\s+/g, " ");
  let title: string | null = null, personName: string | null = null;
  let kind = it.kind;
  if (kind === "person") {
    const from = toks[it.i]!.l === "đồng" ? it.i + 2 : toks[it.i]!.l === "đ/c" ? it.i + 1 : it.i;
    if (it.nameStart > from) {
      title = ctx.text.slice(toks[from]!.s, toks[it.nameStart - 1]!.e);
      personName = ctx.text.slice(toks[it.nameStart]!.s, end);
    } else if (it.nameStart === from) {
      personName = ctx.text.slice(toks[from]!.s, end);
      // "đồng chí Lê Văn Quý - Phó Chủ tịch UBND xã": the name, then the post after a dash.
      const dash = /^(.+?)\s+[-–]\s+(.+)$/u.exec(personName);
      if (dash && lexicon().titles.match(tokenize(dash[2]!, 0, dash[2]!.length), 0) > 0) { personName = dash[1]!; title = dash[2]!; }
    } else {
      title = ctx.text.slice(toks[from]!.s, end);
    }
    if (/\bcác\b/.test(text) && !personName) kind = "group";
  }
  const rctx = { date: ctx.date ?? null };
  let resolved = ctx.registry.resolve(full ?? text, rctx) ?? (full ? ctx.registry.resolve(text, rctx) : null);
  // A group is never one unit or one person ("Thủ trưởng các sở, ngành" is not "Thứ trưởng").
  if (resolved && kind === "group" && resolved.entry.kind !== "group") resolved = null;
  if (resolved && kind !== "person") kind = resolved.entry.kind;
  return { start, end, text, full, kind, title, personName, resolved };
}

/**
 * Parse an actor list starting at toks[i]. Returns null when no actor starts there.
 * Separators: "," ";" "và" "cùng (với)"; a colon after "Các Bộ" / "Giám đốc" / "UBND các phường"
 * distributes the head over the names that follow.
 */
export function parseActorList(toks: readonly Tok[], i: number, ctx: ParseCtx): ListResult | null {
  const lx = lexicon();
  let it = parseItem(toks, i, ctx);
  if (!it) return null;
  const mentions: Mention[] = [];
  let j = it.j;
  let absorbed = false;
  for (;;) {
    if (absorbed) {
      absorbed = false;
    } else if (it.distributable && punct(toks[it.j]) === ":" && toks[it.j] && isCap(toks[it.j]!)) {
      // Distributed names: "Các sở: Giao thông vận tải, Y tế, GD&ĐT; Công an tỉnh; …"
      const head = it.distributable;
      const headTitle = lx.titles.match(toks, it.i) > 0 && !/(^|\s)[Cc]ác\s/u.test(head);
      const prefix = headTitle ? "" : singularHead(head);
      let k = it.j;
      let first = true;
      // Place names split on "và" too ("UBND các huyện: Kỳ Anh, Cẩm Xuyên và Thạch Hà"); unit names do not ("Tài nguyên và Môi trường").
      const placeHead = /(huyện|xã|phường|tỉnh|quận|thị xã|thị trấn|thành phố)$/u.test(lower(head));
      while (k < toks.length) {
        const p = punct(toks[k]);
        const andSep = !first && placeHead && p === "" && toks[k]!.l === "và" && !!toks[k + 1] && isCap(toks[k + 1]!);
        if (!first && p !== "," && !andSep) break;
        if (first && p !== ":") break;
        if (andSep) k++;
        first = false;
        // Items that carry their own head are parsed as items.
        const own = parseItem(toks, k, ctx);
        if (own && (headTitle || lx.unitHeads.match(toks, k) || GROUP_DETERMINERS.has(toks[k]!.l) || (lx.titles.match(toks, k) && isCap(toks[k]!)))) {
          // A full list item ("Chủ tịch UBND các tỉnh, thành phố …") may go on over bare group nouns.
          const sub = parseActorList(toks, k, ctx);
          if (sub && sub.mentions.length === 1) { mentions.push(sub.mentions[0]!); k = sub.next; }
          else { mentions.push(toMention(toks, own, ctx)); k = own.j; }
          continue;
        }
        let e = k;
        while (e < toks.length && (e === k || punct(toks[e]) === "" || (/^[-–]$/.test(punct(toks[e])) && isCap(toks[e]!) && isCap(toks[e - 1]!)))) {
          const l = toks[e]!.l;
          if (e > k && (l === "và" || l === "cùng") && (parseItemStartCheap(toks, e + 1, ctx) || isVerbAt(toks, e + 1) || (placeHead && l === "và"))) break;
          if (e > k && !isCap(toks[e]!) && isVerbAt(toks, e) && !lx.nounCompounds.match(toks, e)) break;
          e++;
        }
        if (e === k) break;
        const start = toks[k]!.s, end = toks[e - 1]!.e;
        const bare = ctx.text.slice(start, end);
        const full = `${prefix} ${bare}`.trim();
        mentions.push(toMention(toks, { i: k, j: e, kind: "unit", titleEnd: k, nameStart: -1, distributable: null, registryEnd: k, headEnd: k + 1 }, ctx, full));
        k = e;
        // "… và các đơn vị liên quan" after the distributed names.
        if ((toks[k]?.l === "và" || toks[k]?.l === "cùng") && tight(toks[k]) && parseItemStartCheap(toks, k + 1, ctx)) {
          const nx = parseItem(toks, k + 1, ctx);
          if (nx) { mentions.push(toMention(toks, nx, ctx)); k = nx.j; }
          break;
        }
      }
      j = k;
    } else {
      mentions.push(toMention(toks, it, ctx));
      j = it.j;
    }
    // Skip a parenthetical right after an item: "(KH&CN)", "(Ban QLDA … công nghiệp)".
    if (toks[j] && punct(toks[j]).startsWith("(")) {
      let k = j;
      while (k < toks.length && !toks[k]!.gap.includes(")")) k++;
      if (k < toks.length && k - j < 14) j = k;
      else if (k >= toks.length && toks.length - j < 14) { j = toks.length; break; }
    }
    // "các doanh nghiệp viễn thông trên địa bàn (tỉnh)": the place qualifier belongs to the group.
    {
      const last = mentions[mentions.length - 1];
      if (last && last.kind === "group" && toks[j]?.l === "trên" && toks[j + 1]?.l === "địa" && toks[j + 2]?.l === "bàn" && punct(toks[j]) === "" && punct(toks[j + 1]) === "" && punct(toks[j + 2]) === "") {
        let e = j + 3;
        while (e < j + 5 && toks[e] && punct(toks[e]) === "" && /^(tỉnh|huyện|xã|phường|quận|thành|phố|thị|trấn)$/u.test(toks[e]!.l)) e++;
        extendMention(last, toks[e - 1]!.e, ctx);
        j = e;
      }
    }
    const nx = toks[j];
    if (!nx) break;
    const p = punct(nx).replace(/^\)/, "");
    let k = -1;
    if (p === "," || p === ";") k = j;
    else if (p === "" && (nx.l === "và" || nx.l === "cùng")) k = toks[j + 1]?.l === "với" ? j + 2 : j + 1;
    else if (p === "," && nx.l === "và") k = j + 1;
    if (k < 0) break;
    if ((p === "," || p === ";") && (toks[k]?.l === "và" || toks[k]?.l === "cùng") && tight(toks[k + 1])) k++;
    const next = parseItem(toks, k, ctx);
    const prev = mentions[mentions.length - 1]!;
    // "đồng chí Nguyễn Văn Đức, Phó Giám đốc Sở": a title after a named person is the same person.
    if (p === "," && prev.kind === "person" && prev.personName && !prev.title && next && next.kind === "person" && next.nameStart < 0 && lx.titles.match(toks, k)) {
      prev.title = ctx.text.slice(toks[k]!.s, toks[next.j - 1]!.e);
      prev.end = toks[next.j - 1]!.e;
      prev.text = ctx.text.slice(prev.start, prev.end).replace(/\s+/g, " ");
      j = next.j;
      it = { ...next, distributable: null };
      absorbed = true;
      continue;
    }
    // "đồng chí Phó Bí thư, Chủ tịch UBND xã": one comrade (singular) holding two posts is one person.
    if (p === "," && prev.kind === "person" && !prev.personName && next && next.kind === "person" && next.nameStart < 0 && lx.titles.match(toks, k) && !/(?:^|\s)các\s/u.test(lower(prev.text))) {
      if (/(?:^|[^\p{L}])đồng chí\s*$/u.test(lower(ctx.text.slice(Math.max(0, prev.start - 16), prev.start))) || /^đồng chí\s/u.test(lower(prev.text))) {
        prev.end = toks[next.j - 1]!.e;
        prev.text = ctx.text.slice(prev.start, prev.end).replace(/\s+/g, " ");
        if (prev.full) prev.full = prev.text;
        if (prev.title) prev.title = prev.text.replace(/^đồng chí\s+/iu, "");
        j = next.j;
        it = { ...next, distributable: null };
        absorbed = true;
        continue;
      }
    }
    // "Trung tâm Văn hóa, Thông tin và Thể thao huyện": capitalised words after a comma, joined by "và", belong to the name.
    if (p === "," && prev.kind === "unit" && !next && toks[k] && isCap(toks[k]!) && !lx.unitHeads.match(toks, k)) {
      let e = k, sawAnd = false;
      while (e < toks.length && e - k < 8 && (e === k || punct(toks[e]) === "") && (isCap(toks[e]!) || toks[e]!.l === "và" || PLACE_LEVEL.has(toks[e]!.l) || (isCap(toks[e - 1]!) && !isVerbAt(toks, e)))) { if (toks[e]!.l === "và") sawAnd = true; e++; }
      // "Viễn thông Thái Nguyên, Viettel Thái Nguyên và các doanh nghiệp …": the run stops at "và"
      // before a new item, so it is a name of its own, not the tail of the previous one.
      if (sawAnd && e - 1 > k && toks[e - 1]!.l === "và" && tight(toks[e - 1]) && parseItemStartCheap(toks, e, ctx)) {
        mentions.push(toMention(toks, { i: k, j: e - 1, kind: "unit", titleEnd: k, nameStart: -1, distributable: null, registryEnd: k, headEnd: k + 1 }, ctx));
        j = e - 1;
        absorbed = true;
        continue;
      }
      if (sawAnd && e > k && toks[e - 1]!.l !== "và") {
        extendMention(prev, toks[e - 1]!.e, ctx);
        j = e;
        break;
      }
    }
    // "Phòng Công chức, viên chức rà soát": lower-case words after a comma, then a verb, belong to the name.
    if (p === "," && prev.kind === "unit" && !next && toks[k] && !isCap(toks[k]!) && !isVerbAt(toks, k) && !GROUP_DETERMINERS.has(toks[k]!.l)) {
      let e = k;
      while (e < toks.length && e - k < 3 && (e === k || punct(toks[e]) === "") && !isVerbAt(toks, e) && !isCap(toks[e]!)) e++;
      if (e > k && isVerbAt(toks, e) && punct(toks[e]) === "") {
        extendMention(prev, toks[e - 1]!.e, ctx);
        j = e;
        break;
      }
    }
    const lowerGroupTail = prev.kind === "group" && p === "," && !!toks[k] && !isCap(toks[k]!) && !GROUP_DETERMINERS.has(toks[k]!.l) && !isVerbAt(toks, k);
    if (next && !lowerGroupTail && !(prev.kind === "group" && next.kind === "unit" && p === "," && isGeneric(toks, next) && !next.distributable && !ctx.registry.matchAt(ctx.text, toks[k]!.s))) {
      it = next;
      continue;
    }
    // A group goes on over bare nouns: "các phòng, đơn vị", "UBND các huyện, thị xã, thành phố".
    const lowerStart = !!toks[k] && (!isCap(toks[k]!) || /^[A-ZĐ]{2,}$/u.test(toks[k]!.t)) && !isVerbAt(toks, k) && !STOP_WORDS.test(toks[k]!.l) && !GROUP_DETERMINERS.has(toks[k]!.l);
    const bareTail = lowerStart && (!next || (next.kind === "group" && !isCap(toks[k]!)) || (!isCap(toks[k]!) && next.kind === "unit"));
    if (prev.kind === "group" && p === "," && ((lx.groupNouns.match(toks, k) && !isCap(toks[k]!)) || (next && isGeneric(toks, next)) || bareTail)) {
      let e = k;
      while (e < toks.length && (e === k || punct(toks[e]) === "" || (/^[-–]$/.test(punct(toks[e])) && !isVerbAt(toks, e) && toks[e]!.gap.includes(" "))) && (toks[e - 1]?.l === "ven" || !(e > k && isVerbAt(toks, e) && !lx.nounCompounds.match(toks, e))) && !(e > k && (toks[e]!.l === "và" || toks[e]!.l === "cùng" || STOP_WORDS.test(toks[e]!.l))) && !(e > k && !isCap(toks[e]!) && !isCap(toks[e - 1]!) && PLACE_LEVEL.has(toks[e - 1]!.l) && !continues(toks, e))) {
        e += (e > k && lx.nounCompounds.match(toks, e)) || 1;
      }
      extendMention(prev, toks[e - 1]!.e, ctx);
      j = e;
      const after = toks[j];
      if (after && (after.l === "và" || after.l === "cùng") && tight(after)) {
        const k2 = toks[j + 1]?.l === "với" ? j + 2 : j + 1;
        const n2 = parseItem(toks, k2, ctx);
        if (n2) { it = n2; continue; }
        // "các bộ, ngành trung ương và địa phương": a bare noun after "và" stays in the group.
        if (toks[k2] && !isCap(toks[k2]!) && !isVerbAt(toks, k2) && lx.groupNouns.match(toks, k2)) {
          let e2 = k2 + lx.groupNouns.match(toks, k2);
          // "… và đơn vị trực thuộc", "… và đơn vị (có) liên quan"
          const tail = [["trực", "thuộc"], ["liên", "quan"], ["có", "liên", "quan"]].find((w) => w.every((x, q) => toks[e2 + q]?.l === x && punct(toks[e2 + q]) === ""));
          if (tail) e2 += tail.length;
          extendMention(prev, toks[e2 - 1]!.e, ctx);
          j = e2;
        }
      }
      // "Ủy ban nhân dân các tỉnh, thành phố: Cần Thơ, Vĩnh Long": the absorbed group distributes.
      if (punct(toks[j]) === ":" && toks[j] && isCap(toks[j]!) && !it.distributable && /(^|\s)các\s/u.test(lower(prev.text))) {
        mentions.pop();
        it = { ...it, i: toks.findIndex((t) => t.s === prev.start), j, distributable: prev.text };
        continue;
      }
      it = { ...it, distributable: null, j };
      absorbed = true;
      continue;
    }
    break;
  }
  return { mentions, next: j };
}

/** A mention grows over what follows it (a comma inside a name, a group's bare nouns). */
function extendMention(m: Mention, end: number, ctx: ParseCtx): void {
  m.end = end;
  m.text = ctx.text.slice(m.start, m.end).replace(/\s+/g, " ");
  m.resolved = resolveAs(m.kind, m.text, ctx);
  if (m.title && !m.personName) m.title = m.text.replace(/^(?:đồng chí|Đồng chí)\s+/u, "");
}

/** Resolve a mention; a group never resolves to one unit or one person. */
function resolveAs(kind: EntityKind, text: string, ctx: ParseCtx): ResolveResult | null {
  const r = ctx.registry.resolve(text, { date: ctx.date ?? null });
  return r && kind === "group" && r.entry.kind !== "group" ? null : r;
}

/** "Các Bộ" → "Bộ", "các sở" → "Sở", "UBND các phường" → "UBND phường". */
function singularHead(head: string): string {
  const h = head.replace(/\s+/g, " ").trim();
  const m = /^(.*?)\s*\b[Cc]ác\s+(.+)$/u.exec(h);
  if (!m) return h;
  const rest = m[2]!;
  // "UBND các tỉnh, thành phố: Cần Thơ, …": which level each name is, the list does not say.
  if (/,/.test(rest)) return m[1] || "";
  const noun = m[1] ? rest : rest.charAt(0).toUpperCase() + rest.slice(1);
  return `${m[1] ? m[1] + " " : ""}${noun}`.trim();
}

export { lower };
