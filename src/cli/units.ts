/**
 * `notice-parse units [QUERY]`: what the unit registry knows. Without QUERY, every entry (one line
 * each); with QUERY, the entry it resolves to (id, canonical name, kind, aliases, validity and
 * successor), else the entries whose names contain it, else "did you mean".
 * Exit codes: 0 found / listed · 1 nothing found · 2 could not run (bad units file).
 */
import { Command, Option } from "commander";
import { Chalk } from "chalk";
import { resolve as resolvePath } from "node:path";
import { fold } from "../text/fold.js";
import { loadRegistry, type Registry, type ResolveResult, type UnitEntry } from "../units/registry.js";
import { colorAllowed, type Io } from "./io.js";
import { setExitCode } from "./main.js";

interface UnitsFlags { units?: string[]; kind?: string; level?: string; date?: string; json?: boolean; color?: boolean }

export const UNITS_HELP = `
Examples:
  notice-parse units                              every entry: id, kind, canonical name
  notice-parse units "Sở KH&ĐT"                   look one up: name, aliases, validity, successor
  notice-parse units "Phòng QLKHCCN" --units fixtures/units/skhcn-quang-ngai.yaml
  notice-parse units "Sở KH&ĐT" --date 2025-04-01 says it was renamed before that day
  notice-parse units sở --kind unit --json        entries whose names contain "sở", as JSON

Exit codes: 0 found, 1 nothing found, 2 could not run (bad units file).`;

export function registerUnits(program: Command, io: Io): void {
  program
    .command("units")
    .description("List or look up the units the tool knows (built-in registry plus --units files).")
    .argument("[query]", "a unit mention or an id to look up; a word to search for")
    .option("--units <file...>", "agency units file(s) (YAML) merged over the built-in registry")
    .addOption(new Option("--kind <kind>", "only entries of this kind").choices(["unit", "person", "group"]))
    .addOption(new Option("--level <level>", "only entries of this level").choices(["central", "province", "district", "commune", "party", "mass", "agency", "other"]))
    .option("--date <YYYY-MM-DD>", "the notice's date: flags a former name used after its end")
    .option("--json", "JSON output")
    .option("--no-color", "no colours")
    .addHelpText("after", UNITS_HELP)
    .action((query: string | undefined, flags: UnitsFlags, cmd: Command) => {
      const registry = loadRegistry({ files: (flags.units ?? []).map((f) => resolvePath(io.cwd, f)) });
      const c = new Chalk({ level: colorAllowed(io, io.stdout, flags.color) ? 1 : 0 });
      const keep = (e: UnitEntry) => (!flags.kind || e.kind === flags.kind) && (!flags.level || e.level === flags.level);
      const out = (s: string) => io.stdout.write(s);

      if (!query) {
        const list = registry.entries.filter(keep);
        out(flags.json ? JSON.stringify(list, null, 2) + "\n" : list.map((e) => entryLine(e, c)).join("\n") + "\n");
        return;
      }
      const hit = registry.resolve(query, { date: flags.date ?? null }) ?? byId(registry, query);
      if (hit && keep(hit.entry)) {
        out(flags.json ? JSON.stringify(hit, null, 2) + "\n" : describe(hit, registry, c));
        return;
      }
      const q = fold(query).trim();
      const found = registry.entries.filter((e) => keep(e) && [e.id, e.name, ...e.aliases].some((a) => fold(a).includes(q)));
      if (found.length) {
        out(flags.json ? JSON.stringify(found, null, 2) + "\n" : found.map((e) => entryLine(e, c)).join("\n") + "\n");
        return;
      }
      const near = registry.suggest(query, 5).filter(keep);
      if (flags.json) out(JSON.stringify({ query, found: null, suggestions: near }, null, 2) + "\n");
      else {
        io.stderr.write(`notice-parse units: unknown unit "${query}"\n`);
        if (near.length) io.stderr.write(`did you mean:\n${near.map((e) => "  " + entryLine(e, c)).join("\n")}\n`);
      }
      setExitCode(cmd, 1);
    });
}

function byId(registry: Registry, id: string): ResolveResult | null {
  const entry = registry.get(id.trim());
  if (!entry) return null;
  return { entry, via: "exact", alias: entry.id, place: null, province: null, qualifiedName: entry.name, unit: null, personName: null, expired: false, successor: null };
}

type Paint = InstanceType<typeof Chalk>;

function validity(e: UnitEntry): string {
  if (!e.validFrom && !e.validTo) return "";
  return `${e.validFrom ?? "…"} – ${e.validTo ?? "today"}`;
}

/** `so-khdt  unit  Sở Kế hoạch và Đầu tư  [Sở KH&ĐT, Sở KHĐT]  until 2025-02-28 → so-tai-chinh` */
export function entryLine(e: UnitEntry, c: Paint): string {
  const parts = [c.bold(e.id.padEnd(28)), e.kind.padEnd(6), e.name];
  if (e.abbreviations.length) parts.push(c.dim(`[${e.abbreviations.join(", ")}]`));
  if (e.validTo) parts.push(c.yellow(`until ${e.validTo}${e.successor ? ` → ${e.successor}` : ""}`));
  else if (e.validFrom) parts.push(c.dim(`since ${e.validFrom}`));
  return parts.join("  ");
}

function describe(hit: ResolveResult, registry: Registry, c: Paint): string {
  const e = hit.entry;
  const lines = [`${c.bold(e.id)}  ${e.kind}  ${e.name}`];
  const row = (k: string, v: string | undefined | null) => { if (v) lines.push(`  ${(k + ":").padEnd(16)}${v}`); };
  row("matched", `${hit.via}${hit.alias !== e.id ? ` (alias "${hit.alias}")` : ""}`);
  if (hit.qualifiedName !== e.name) row("as written", hit.qualifiedName);
  row("place", hit.place ? `${hit.place}${hit.province && hit.province !== hit.place ? ` (${hit.province})` : ""}` : null);
  row("unit", hit.unit ? `${hit.unit.id} (${hit.unit.name})` : null);
  row("person", hit.personName);
  row("level", e.level);
  row("abbreviations", e.abbreviations.join(", "));
  row("aliases", e.aliases.filter((a) => !e.abbreviations.includes(a)).join(", "));
  row("misspellings", e.misspellings.join(", "));
  row("parent", e.parent ? `${e.parent} (${registry.get(e.parent)?.name ?? "?"})` : null);
  row("valid", validity(e));
  row("successor", e.successor ? `${e.successor} (${registry.get(e.successor)?.name ?? "?"})` : null);
  if (hit.expired) lines.push(c.yellow(`  warning: "${e.name}" ended on ${e.validTo}${hit.successor ? `; its successor is ${hit.successor.name}` : ""}`));
  row("note", e.note);
  row("source", e.source);
  return lines.join("\n") + "\n";
}
