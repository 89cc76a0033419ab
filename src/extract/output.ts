/** Mentions → output entities (canonical name, registry id), with the unit diagnostics. */
import type { Entity } from "../schema.js";
import type { Registry } from "../units/registry.js";
import type { DiagnosticBag } from "../diagnostics.js";
import { lower } from "./lexicon.js";
import type { Mention } from "./entities.js";

export function sameEntity(a: Mention, b: Mention): boolean {
  const k = (m: Mention) => (m.resolved && m.resolved.via !== "place" && m.kind !== "person" ? m.resolved.entry.id : lower(m.full ?? m.text));
  return k(a) === k(b);
}

export function dedupe(ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) if (!out.some((o) => sameEntity(o, m))) out.push(m);
  return out;
}

const reported = new WeakMap<DiagnosticBag, Set<string>>();

/** "Did you mean" is a fuzzy search: done once per mention and registry. */
const suggestions = new WeakMap<Registry, Map<string, { name: string } | undefined>>();
function suggestOnce(registry: Registry, mention: string): { name: string } | undefined {
  let cache = suggestions.get(registry);
  if (!cache) suggestions.set(registry, (cache = new Map()));
  const key = lower(mention);
  if (!cache.has(key)) cache.set(key, registry.suggest(mention, 1)[0]);
  return cache.get(key);
}

export function toEntity(m: Mention, diagnostics: DiagnosticBag, registry: Registry): Entity {
  const r = m.resolved;
  const mention = m.text.replace(/^(?:đồng chí|Đồng chí)\s+/u, "");
  // A generic entry resolved with a place name dropped (UBND phường Yên Bái → UBND phường): keep the place.
  let name = r && r.via !== "place" ? r.entry.name : m.personName ?? m.full ?? mention;
  // A person: the own name when given, else the title as written with its unit (not the registry's generic title).
  if (m.kind === "person") name = m.personName ?? m.full ?? mention;
  const seen = reported.get(diagnostics) ?? new Set<string>();
  reported.set(diagnostics, seen);
  if (r?.via === "misspelling" && !seen.has(`m:${m.text}`)) {
    seen.add(`m:${m.text}`);
    diagnostics.add("misspelt-unit", "warning", `Tên đơn vị viết sai: "${m.text}", đúng là "${r.entry.name}"`, m.start, m.end);
  } else if (!r && m.kind === "unit" && !seen.has(`u:${lower(m.full ?? m.text)}`)) {
    seen.add(`u:${lower(m.full ?? m.text)}`);
    const near = suggestOnce(registry, m.full ?? m.text);
    const hint = near ? ` (có phải "${near.name}"?)` : "";
    diagnostics.add("unknown-unit", "info", `Đơn vị chưa có trong danh mục: "${m.full ?? m.text}"${hint}`, m.start, m.end);
  }
  if (r?.expired && !seen.has(`x:${r.entry.id}`)) {
    seen.add(`x:${r.entry.id}`);
    const succ = r.successor ? `; nay là "${r.successor.name}"` : "";
    diagnostics.add("former-unit-name", "warning", `"${m.text}" là tên cũ, không còn dùng vào ngày ban hành${succ}`, m.start, m.end);
  }
  // A registry id names one body: not a place-qualified generic entry (UBND phường + Yên Bái) nor a titled person.
  const id = r && r.via !== "place" && !(m.kind === "person" && m.personName) ? r.entry.id : null;
  return { name, mention, kind: r && m.kind !== "person" ? r.entry.kind : m.kind, id, title: m.title };
}
