/**
 * The grammar loader of the unit registry: reads grammars/units/*.yaml (and agency files), parses
 * and validates them with zod, and fails loudly naming the file, the entry and the reason.
 * This is the only file of src/units that does I/O.
 */
import { readFileSync, readdirSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { InputError } from "../errors.js";
import { fold } from "../text/fold.js";
import { buildExpansions, type Expansions } from "./keys.js";
import type { UnitEntry } from "./registry.js";
import { entrySchema, keysFileSchema, placesFileSchema, unitFileSchema, type Province } from "./schema.js";

/** Where the built-in grammar lives: grammars/units/ two levels above this module (dist/units or src/units). */
export const UNITS_DIR = fileURLToPath(new URL("../../grammars/units/", import.meta.url));

/** Files of grammars/units that are not entry files. */
const SPECIAL = new Set(["keys.yaml", "places.yaml"]);

export interface EntryFile {
  source: string;
  /** Agency files: the agency's name and its built-in parent entry. */
  agency?: string;
  parent?: string;
  entries: UnitEntry[];
}

export interface BuiltinData {
  expansions: Expansions;
  /** Folded family names. */
  surnames: ReadonlySet<string>;
  provinces: readonly Province[];
  files: readonly EntryFile[];
}

export class GrammarError extends Error {
  constructor(message: string) { super(message); this.name = "GrammarError"; }
}

function zodReason(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.map(String).join(".")}: ` : "") + i.message).join("; ");
}

function readYaml(path: string, label: string, fail: (m: string) => Error): unknown {
  let text: string;
  try { text = readFileSync(path, "utf8"); } catch (e) {
    throw fail(`${label}: cannot read the units file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try { return parseYaml(text.normalize("NFC")); } catch (e) {
    throw fail(`${label}: not valid YAML: ${(e as Error).message.split("\n")[0]}`);
  }
}

/** Validate one entry file (built-in or agency) into UnitEntry objects. */
export function parseEntryFile(data: unknown, label: string, fail: (m: string) => Error = (m) => new GrammarError(m)): EntryFile {
  const file = unitFileSchema.safeParse(data);
  if (!file.success) throw fail(`${label}: ${zodReason(file.error.issues)}`);
  const f = file.data;
  const entries = f.entries.map((raw, i): UnitEntry => {
    const r = entrySchema.safeParse(raw);
    const id = raw && typeof raw === "object" && "id" in raw ? String((raw as { id: unknown }).id) : "?";
    if (!r.success) throw fail(`${label}: entry ${i + 1} (${id}): ${zodReason(r.error.issues)}`);
    const e = r.data;
    const kind = raw && typeof raw === "object" && "kind" in raw ? e.kind : (f.kind ?? e.kind);
    if (e.successor && !e.validTo) throw fail(`${label}: entry ${i + 1} (${id}): a successor needs validTo`);
    if (e.validFrom && e.validTo && e.validFrom > e.validTo) throw fail(`${label}: entry ${i + 1} (${id}): validFrom is after validTo`);
    const aliases = [...e.abbr, ...e.aliases, ...e.attachedOnly].filter((a, j, all) => a !== e.name && all.indexOf(a) === j);
    return {
      id: e.id, name: e.name, kind, aliases, abbreviations: e.abbr, misspellings: e.misspellings,
      level: e.level ?? f.level ?? "other", place: e.place ?? f.place ?? "none",
      ...(e.parent ?? f.parent ? { parent: e.parent ?? f.parent } : {}),
      ...(e.validFrom ? { validFrom: e.validFrom } : {}),
      ...(e.validTo ? { validTo: e.validTo } : {}),
      ...(e.successor ? { successor: e.successor } : {}),
      ...(e.takesUnit ? { takesUnit: true } : {}),
      ...(e.takesName ? { takesName: true } : {}),
      ...(e.note ? { note: e.note } : {}),
      examples: e.examples,
      source: label,
      // attachedOnly aliases are kept apart for the compiler (not part of the public shape)
      ...({ attachedOnly: e.attachedOnly } as object),
    };
  });
  return { source: label, ...(f.agency ? { agency: f.agency } : {}), ...(f.parent ? { parent: f.parent } : {}), entries };
}

let builtin: BuiltinData | null = null;

/** The snapshot of the parsed YAML (grammars/units/compiled.json): YAML parsing is the slow part of start-up. */
export const SNAPSHOT = "compiled.json";

interface Source { name: string; text: string }

function readSources(dir: string): Source[] {
  return readdirSync(dir).filter((n) => n.endsWith(".yaml")).sort().map((name) => ({ name, text: readFileSync(dir + name, "utf8") }));
}

/** FNV-1a over names and contents: tells whether the snapshot was made from these very files. */
export function hashSources(sources: readonly Source[]): string {
  let h = 0x811c9dc5;
  for (const { name, text } of sources) for (const str of [name, "\0", text, "\0"]) {
    for (let i = 0; i < str.length; i++) { h ^= str.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  }
  return h.toString(16).padStart(8, "0") + ":" + sources.length;
}

function parseSources(sources: readonly Source[], fail: (m: string) => Error): Record<string, unknown> {
  const docs: Record<string, unknown> = {};
  for (const { name, text } of sources) {
    try { docs[name] = parseYaml(text.normalize("NFC")); } catch (e) {
      throw fail(`${name}: not valid YAML: ${(e as Error).message.split("\n")[0]}`);
    }
  }
  return docs;
}

/** The snapshot text for the current YAML files (written by `node dist/units/precompile.js`). */
export function makeSnapshot(dir: string = UNITS_DIR): string {
  const sources = readSources(dir);
  const docs = parseSources(sources, (m) => new GrammarError(`grammars/units/${m}`));
  return JSON.stringify({ hash: hashSources(sources), docs }) + "\n";
}

/** Parsed YAML documents: from the snapshot when it matches the files, else parsed now. */
function readDocs(dir: string, fail: (m: string) => Error): { docs: Record<string, unknown>; fromSnapshot: boolean } {
  const sources = readSources(dir);
  const hash = hashSources(sources);
  try {
    const snap = JSON.parse(readFileSync(dir + SNAPSHOT, "utf8")) as { hash?: string; docs?: Record<string, unknown> };
    if (snap.hash === hash && snap.docs) return { docs: snap.docs, fromSnapshot: true };
  } catch { /* no snapshot or unreadable: parse the YAML */ }
  return { docs: parseSources(sources, fail), fromSnapshot: false };
}

/** Read and validate grammars/units/ once. */
export function loadBuiltin(dir: string = UNITS_DIR): BuiltinData {
  if (builtin && dir === UNITS_DIR) return builtin;
  const fail = (m: string) => new GrammarError(`grammars/units/${m}`);
  const { docs } = readDocs(dir, fail);
  const keys = keysFileSchema.safeParse(docs["keys.yaml"]);
  if (!keys.success) throw fail(`keys.yaml: ${zodReason(keys.error.issues)}`);
  const places = placesFileSchema.safeParse(docs["places.yaml"]);
  if (!places.success) throw fail(`places.yaml: ${zodReason(places.error.issues)}`);
  const names = Object.keys(docs).filter((n) => !SPECIAL.has(n)).sort();
  const files = names.map((n) => parseEntryFile(docs[n], n, fail));
  const data: BuiltinData = {
    expansions: buildExpansions(keys.data.expansions),
    surnames: new Set(keys.data.surnames.map((s) => fold(s))),
    provinces: places.data.provinces,
    files,
  };
  if (dir === UNITS_DIR) builtin = data;
  return data;
}

/** Whether grammars/units/compiled.json matches the YAML files (a test keeps it so). */
export function snapshotIsCurrent(dir: string = UNITS_DIR): boolean {
  return readDocs(dir, (m) => new GrammarError(m)).fromSnapshot;
}

/** Read and validate an agency file (`--units FILE`); problems are InputErrors (one line, exit 2). */
export function loadAgencyFile(path: string): EntryFile {
  const fail = (m: string) => new InputError(m, path);
  const data = readYaml(path, path, fail);
  const file = parseEntryFile(data, path, fail);
  for (const e of file.entries) if (!e.level || e.level === "other") e.level = "agency";
  return { ...file, source: path || basename(path) };
}
