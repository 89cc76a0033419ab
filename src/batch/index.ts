/**
 * Runs the parser over the inputs of one call, in input order. Inputs are files, directories
 * (searched recursively for notice files) and globs. A reading error of one file is reported in its
 * item and the rest still processed. Large batches use worker threads (one per core, at most
 * `jobs`); the output order is the input order whatever the workers' timing.
 */
import { readdir, stat } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { loadCalendar, type WorkCalendar } from "../deadline/index.js";
import { availableParallelism } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readInput, type ReadOptions } from "../read/index.js";
import { parseNotice } from "../pipeline.js";
import { InputError } from "../errors.js";
import type { NoticeResult } from "../schema.js";
import { loadRegistry, type Registry } from "../units/registry.js";

export interface BatchItem {
  /** The input as the user gave it (or as found under a directory / by a glob). */
  input: string;
  result?: NoticeResult;
  error?: InputError;
  /** Notes about reading it ("decoded from TCVN3 (ABC) (detected)"), for diagnostics. */
  notes?: string[];
}

export interface BatchOptions extends ReadOptions {
  /** A unit registry; when given, the batch runs in this thread (a registry cannot cross to a worker). */
  registry?: Registry;
  /** Agency unit files merged over the built-in registry (--units, config); workers load them too. */
  unitFiles?: string[];
  /** A user's working-day calendar (YAML, the format of grammars/holidays.yaml), merged over the built-in one. */
  calendarFile?: string;
  /** Directory relative inputs and globs are taken from (default: process.cwd()). */
  cwd?: string;
  /** Parallel workers: 1 = this thread only; default: the cores, for batches of `workerThreshold` files or more. */
  jobs?: number;
  /** Fewest files for which workers are started (their start-up costs ~30 ms each). Default 40. */
  workerThreshold?: number;
  /** Called after each file is done (in completion order). */
  onProgress?: (done: number, total: number) => void;
}

/** Extensions taken from a directory. */
export const NOTICE_EXTENSIONS = [".txt", ".md", ".markdown", ".docx", ".pdf"];
const GLOB_CHARS = /[*?[\]{}]/;
const SKIP_DIRS = new Set(["node_modules", ".git"]);

async function walk(dir: string, shown: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".") || SKIP_DIRS.has(e.name)) continue;
    const child = join(dir, e.name);
    const childShown = shown.endsWith("/") ? shown + e.name : `${shown}/${e.name}`;
    if (e.isDirectory()) await walk(child, childShown, out);
    else if (e.isFile() && NOTICE_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x)) && !e.name.startsWith("~$")) out.push(childShown);
  }
}

/**
 * Command-line inputs → files, in order, without duplicates: "-" stays, a directory becomes the
 * notice files under it (sorted), a glob its matches (sorted). A glob or directory with nothing in it
 * stays as it is, so that reading it reports the problem.
 */
export async function expandInputs(inputs: string[], opts: { cwd?: string } = {}): Promise<string[]> {
  if (!inputs.length) return ["-"];
  const cwd = opts.cwd ?? process.cwd();
  const out: string[] = [];
  for (const input of inputs) {
    if (input === "-") { out.push(input); continue; }
    let isDir = false;
    try { isDir = (await stat(resolve(cwd, input))).isDirectory(); } catch { /* missing, or a glob */ }
    if (isDir) {
      const found: string[] = [];
      await walk(resolve(cwd, input), input.replace(/\/+$/, "") || "/", found);
      out.push(...(found.length ? found : [input]));
    } else if (GLOB_CHARS.test(input) && !existsSync(resolve(cwd, input))) {
      const { glob } = await import("tinyglobby");
      const found = (await glob(input, { cwd, onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(input) })).sort();
      out.push(...(found.length ? found : [input]));
    } else out.push(input);
  }
  return [...new Set(out)];
}

/** Read and parse one input; every failure becomes the item's error (never a throw). */
export async function processOne(input: string, opts: BatchOptions = {}): Promise<BatchItem> {
  try {
    const read = await readInput(input, { ...opts, resolveFrom: opts.resolveFrom ?? opts.cwd });
    const registry = opts.registry ?? (opts.unitFiles?.length ? loadRegistry({ files: opts.unitFiles }) : undefined);
    const calendar = opts.calendarFile ? calendarOf(opts.calendarFile) : undefined;
    const result = parseNotice(read.text, { path: read.path, format: read.format, encoding: read.encoding, registry, notes: read.notes, calendar });
    return read.notes.length ? { input, result, notes: read.notes } : { input, result };
  } catch (e) {
    if (e instanceof InputError) return { input, error: e };
    const shown = input === "-" ? "<stdin>" : input;
    return { input, error: new InputError(`${shown}: internal error while parsing (${(e as Error)?.message ?? String(e)}); please report it with the file`, input, 2) };
  }
}

const calendars = new Map<string, WorkCalendar>();
/** The built-in calendar merged with the user's file (read once per file). */
export function calendarOf(file: string): WorkCalendar {
  let c = calendars.get(file);
  if (!c) {
    let text: string;
    try { text = readFileSync(file, "utf8"); } catch { throw new InputError(`${file}: cannot read the calendar file`, file); }
    try { c = loadCalendar(text); } catch (e) { throw new InputError(`${file}: ${(e as Error).message.split("\n")[0]}`, file); }
    calendars.set(file, c);
  }
  return c;
}

const WORKER_URL = new URL("./worker.js", import.meta.url);

/** How many workers a batch of `n` files gets. */
export function workersFor(n: number, opts: BatchOptions, files: readonly string[] = []): number {
  if (opts.registry || files.includes("-")) return 1;
  const cores = Math.max(1, availableParallelism());
  const jobs = opts.jobs ?? (n >= (opts.workerThreshold ?? 40) ? cores : 1);
  if (jobs <= 1 || n < 2) return 1;
  if (WORKER_URL.protocol !== "file:" || !existsSync(fileURLToPath(WORKER_URL))) return 1; // running from source (tests)
  return Math.min(jobs, n);
}

export async function processInputs(inputs: string[], opts: BatchOptions = {}): Promise<BatchItem[]> {
  const files = await expandInputs(inputs, { cwd: opts.cwd });
  const workers = workersFor(files.length, opts, files);
  if (workers > 1) return runInWorkers(files, workers, opts);
  const out: BatchItem[] = [];
  for (const input of files) {
    out.push(await processOne(input, opts));
    opts.onProgress?.(out.length, files.length);
  }
  return out;
}

interface WireItem { i: number; input: string; result?: NoticeResult; notes?: string[]; error?: { message: string; file: string | null; exitCode: number } }

async function runInWorkers(files: string[], n: number, opts: BatchOptions): Promise<BatchItem[]> {
  const { Worker } = await import("node:worker_threads");
  const out: BatchItem[] = new Array(files.length);
  const readOpts = { inputFormat: opts.inputFormat, encoding: opts.encoding, resolveFrom: opts.resolveFrom ?? opts.cwd, unitFiles: opts.unitFiles, calendarFile: opts.calendarFile };
  let next = 0, done = 0;
  await new Promise<void>((resolveAll, reject) => {
    let alive = n;
    for (let w = 0; w < n; w++) {
      const worker = new Worker(WORKER_URL, { workerData: readOpts });
      let inFlight = 0;
      const feed = (): void => {
        if (next < files.length) { const i = next++; inFlight++; worker.postMessage({ i, input: files[i] }); }
        else if (inFlight === 0) void worker.terminate();
      };
      worker.on("message", (m: WireItem) => {
        out[m.i] = m.error
          ? { input: m.input, error: new InputError(m.error.message, m.error.file, m.error.exitCode) }
          : { input: m.input, result: m.result, ...(m.notes?.length ? { notes: m.notes } : {}) };
        done++;
        inFlight--;
        opts.onProgress?.(done, files.length);
        feed();
      });
      worker.on("error", reject);
      worker.on("exit", () => { if (--alive === 0) resolveAll(); });
      feed();
      feed(); // two in flight: the worker never waits for the main thread
    }
  });
  // a worker that died leaves holes: fill them in this thread
  for (let i = 0; i < files.length; i++) if (!out[i]) out[i] = await processOne(files[i]!, opts);
  return out;
}
