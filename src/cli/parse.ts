/** The main job: notice-parse [files… | dirs… | globs…] → tasks as YAML (default), JSON or a human format. */
import { Command, Option } from "commander";
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { BatchItem } from "../batch/index.js";
import { UsageError } from "../errors.js";
import type { FormatOptions } from "../format/index.js";
import { formatHelp } from "../format/help.js";
import type { InputFormat } from "../model.js";
import type { NoticeResult } from "../schema.js";
import { colorAllowed, type Io } from "./io.js";
import { EXAMPLES, setExitCode } from "./main.js";

interface ParseFlags {
  calendar?: string;
  units?: string[];
  config?: string;
  format?: string;
  output?: string;
  outDir?: string;
  encoding?: string;
  inputFormat?: InputFormat;
  today?: string;
  color?: boolean;
  groupBy?: FormatOptions["groupBy"];
  unit?: string;
  delimiter?: string;
  per?: "notice" | "task";
  quiet?: boolean;
  jobs?: string;
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Write a file atomically: a temporary file beside it, then rename (an interrupted run leaves no half file). */
export async function writeAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** File extension of each output format, for --out-dir. */
export const FORMAT_EXTENSIONS: Record<string, string> = {
  yaml: ".yaml", json: ".json", jsonl: ".jsonl", table: ".txt", csv: ".csv", ics: ".ics", md: ".md", html: ".html",
};

/** The default format: the terminal table when stdout is a terminal (and the table exists), else YAML. */
export function defaultFormat(io: Io, toFile: boolean): string {
  return !toFile && io.stdout.isTTY && formatHelp.table ? "table" : "yaml";
}

const BATCH_EXAMPLES = `
  notice-parse notices/ --format jsonl           every .txt .md .docx .pdf under notices/, one JSON line each
  notice-parse 'in/**/*.docx' --out-dir out/     one output file per input (out/<name>.yaml)
  notice-parse tb.docx bao-cao.pdf cu.txt --encoding tcvn3`;

export function registerParse(program: Command, io: Io): void {
  program
    .command("parse", { isDefault: true })
    .description("extract the tasks of one or more notices (files, directories, globs, or - for standard input)")
    .argument("[files...]", "notices (.txt, .md, .docx, .pdf), directories (searched recursively) or globs; - or nothing for standard input")
    .addOption(new Option("-f, --format <format>", "output format: " + Object.keys(formatHelp).join(", ") + " (default: table on a terminal, else yaml)"))
    .option("-o, --output <file>", "write the output to a file (atomically) instead of stdout")
    .option("--out-dir <dir>", "write one output file per input into DIR, named after the input (atomically)")
    .option("--encoding <name>", "input encoding: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni (default: detected)")
    .addOption(new Option("--input-format <format>", "input format (default: from the extension, else sniffed)").choices(["text", "markdown", "docx", "pdf"]))
    .option("--today <date>", "today's date (YYYY-MM-DD) for days left and overdue marks")
    .option("--no-color", "no colours in human formats")
    .addOption(new Option("--group-by <key>", "grouping for human formats").choices(["unit", "deadline", "section"]))
    .option("--unit <name>", "only tasks whose lead or collaborator matches NAME (human formats)")
    .option("--delimiter <char>", "csv cell delimiter", ",")
    .addOption(new Option("--per <what>", "jsonl: one line per notice or per task").choices(["notice", "task"]).default("notice"))
    .option("-j, --jobs <n>", "parallel workers for large batches (default: the number of cores; 1 = none)")
    .option("--units <file>", "an agency unit file (YAML) merged over the built-in registry; repeatable", (v: string, prev: string[] = []) => [...prev, v])
    .option("--calendar <file>", "your own holidays and make-up working days (YAML like grammars/holidays.yaml), for 'ngày làm việc'")
    .option("--config <file>", "config file (default: .noticerc.yaml found upwards from the current folder); its units: are used")
    .option("-q, --quiet", "no notes, progress or summary on stderr")
    .addHelpText("after", EXAMPLES + BATCH_EXAMPLES + "\n\nFormats:\n" + Object.entries(formatHelp).map(([k, v]) => `  ${k.padEnd(8)} ${v}`).join("\n"))
    .action(async (files: string[], flags: ParseFlags, cmd: Command) => {
      const started = performance.now();
      const format = flags.format ?? defaultFormat(io, !!(flags.output || flags.outDir));
      const { formatters } = await import("../format/index.js");
      const formatter = formatters[format];
      if (!formatter) throw new UsageError(`unknown format "${format}" (one of: ${Object.keys(formatters).join(", ")})`);
      if (flags.today && !/^\d{4}-\d{2}-\d{2}$/.test(flags.today)) throw new UsageError(`--today must be YYYY-MM-DD, got "${flags.today}"`);
      if (flags.output && flags.outDir) throw new UsageError("give either -o/--output or --out-dir, not both");
      let jobs: number | undefined;
      if (flags.jobs !== undefined) {
        jobs = Number(flags.jobs);
        if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number ≥ 1, got "${flags.jobs}"`);
      }
      // loaded here, not at the top: --help, --version and the other commands do not pay for the parser
      const { expandInputs, processInputs } = await import("../batch/index.js");
      const inputs = await expandInputs(files.length ? files : ["-"], { cwd: io.cwd });
      const inputPaths = new Set(inputs.filter((f) => f !== "-").map((f) => resolve(io.cwd, f)));
      if (flags.output && inputPaths.has(resolve(io.cwd, flags.output))) throw new UsageError(`refusing to overwrite the input file ${flags.output}`);

      const batch = inputs.length > 1;
      const showProgress = batch && inputs.length > 5 && !flags.quiet && !!io.stderr.isTTY && !io.env.CI;
      const progress = showProgress ? progressBar(io) : undefined;
      const unitFiles = [...(flags.units ?? []).map((f) => resolve(io.cwd, f)), ...(await configUnits(io.cwd, flags.config))];
      if (unitFiles.length) {
        // Fail early, with one line, on a bad unit file (not once per input).
        const { loadRegistry } = await import("../units/registry.js");
        try { loadRegistry({ files: unitFiles }); } catch (e) { throw new UsageError((e as Error).message.split("\n")[0]!); }
      }
      const calendarFile = flags.calendar ? resolve(io.cwd, flags.calendar) : undefined;
      if (calendarFile) {
        const { calendarOf } = await import("../batch/index.js");
        try { calendarOf(calendarFile); } catch (e) { throw new UsageError((e as Error).message); }
      }
      const items = await processInputs(inputs, {
        encoding: flags.encoding, inputFormat: flags.inputFormat, stdin: io.stdin, cwd: io.cwd, jobs, unitFiles, calendarFile,
        onProgress: progress?.update,
      });
      progress?.clear();

      const formatOpts = (toFile: boolean): FormatOptions => ({
        color: !toFile && colorAllowed(io, io.stdout, flags.color),
        width: io.stdout.columns ?? 100,
        today: flags.today ?? todayIso(),
        groupBy: flags.groupBy, unit: flags.unit, delimiter: flags.delimiter, per: flags.per,
      });
      let failed = 0, empty = 0, tasks = 0;
      for (const it of items) {
        if (it.error) { failed++; io.stderr.write(`notice-parse: ${it.error.message}\n`); continue; }
        const r = it.result!;
        tasks += r.tasks.length;
        if (!flags.quiet) for (const n of it.notes ?? []) io.stderr.write(`notice-parse: ${shownOf(it)}: ${n}\n`);
        if (r.tasks.length === 0) { empty++; io.stderr.write(`notice-parse: ${shownOf(it)}: no tasks found (is this a notice?)\n`); }
      }
      const ok = items.filter((it): it is BatchItem & { result: NoticeResult } => !!it.result);

      if (flags.outDir) {
        failed += await writeOutDir(flags.outDir, ok, formatter, formatOpts(true), format, inputPaths, io);
      } else {
        const results = ok.map((it) => it.result);
        const text = results.length ? formatter(results, formatOpts(!!flags.output)) : "";
        if (flags.output) { if (results.length) await writeAtomic(resolve(io.cwd, flags.output), text); }
        else io.stdout.write(text);
      }

      if (batch && !flags.quiet) {
        const secs = ((performance.now() - started) / 1000).toFixed(2);
        io.stderr.write(`notice-parse: ${items.length} files, ${tasks} tasks, ${failed} failed${empty ? `, ${empty} without tasks` : ""}, ${secs} s\n`);
      }
      if (!batch) { if (failed || empty) setExitCode(cmd, 2); }
      else if (failed || empty) setExitCode(cmd, 1);
    });
}

/** Unit files named in the config file (--config, or .noticerc.yaml found upwards from cwd). */
async function configUnits(cwd: string, explicit?: string): Promise<string[]> {
  const { findConfigFile } = await import("./check.js");
  const file = explicit ? resolve(cwd, explicit) : findConfigFile(cwd);
  if (!file) return [];
  const { readFileSync } = await import("node:fs");
  const { parseConfig, ConfigError } = await import("../check/config.js");
  const { RULE_IDS } = await import("../check/registry.js");
  let text: string;
  try { text = readFileSync(file, "utf8"); } catch { throw new UsageError(`${explicit ?? file}: cannot read the config file`); }
  try {
    return parseConfig(text, RULE_IDS, file).units.map((u) => resolve(dirname(file), u));
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}

function shownOf(it: BatchItem): string {
  return it.input === "-" ? "<stdin>" : it.input;
}

/** --out-dir: one file per input, named after it; returns the number of files that could not be written. */
async function writeOutDir(
  dir: string, items: Array<BatchItem & { result: NoticeResult }>, formatter: (r: NoticeResult[], o: FormatOptions) => string,
  opts: FormatOptions, format: string, inputPaths: Set<string>, io: Io,
): Promise<number> {
  const outDir = resolve(io.cwd, dir);
  await mkdir(outDir, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(`--out-dir ${dir}: cannot create it (${e.code ?? e.message})`);
  });
  const ext = FORMAT_EXTENSIONS[format] ?? `.${format}`;
  const used = new Set<string>();
  let failed = 0;
  for (const it of items) {
    const stem = it.input === "-" ? "stdin" : basename(it.input, extname(it.input));
    let name = stem + ext;
    for (let n = 2; used.has(name) || inputPaths.has(join(outDir, name)); n++) name = `${stem}-${n}${ext}`;
    used.add(name);
    try {
      await writeAtomic(join(outDir, name), formatter([it.result], opts));
    } catch (e) {
      failed++;
      io.stderr.write(`notice-parse: ${join(dir, name)}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    }
  }
  return failed;
}

/** A one-line progress bar on stderr (only used when stderr is a terminal). */
function progressBar(io: Io): { update: (done: number, total: number) => void; clear: () => void } {
  let last = -1;
  return {
    update(done, total) {
      const pct = Math.floor((done * 100) / total);
      if (pct === last && done !== total) return;
      last = pct;
      const width = 30;
      const full = Math.round((done * width) / total);
      io.stderr.write(`\r[${"#".repeat(full)}${"-".repeat(width - full)}] ${done}/${total} files`);
    },
    clear() { if (last >= 0) io.stderr.write("\r\x1b[2K"); },
  };
}
