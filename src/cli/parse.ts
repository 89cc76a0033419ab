/** The main job: notice-parse [files…] → tasks as YAML (default), JSON or a human format. */
import { Command, Option } from "commander";
import { rename, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { processInputs } from "../batch/index.js";
import { UsageError } from "../errors.js";
import { formatters, formatHelp, type FormatOptions } from "../format/index.js";
import type { InputFormat } from "../model.js";
import { colorAllowed, type Io } from "./io.js";
import { EXAMPLES, setExitCode } from "./main.js";

interface ParseFlags {
  format?: string;
  output?: string;
  encoding?: string;
  inputFormat?: InputFormat;
  today?: string;
  color?: boolean;
  groupBy?: FormatOptions["groupBy"];
  unit?: string;
  delimiter?: string;
  per?: "notice" | "task";
  quiet?: boolean;
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Write a file atomically: a temporary file beside it, then rename. */
export async function writeAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

export function registerParse(program: Command, io: Io): void {
  program
    .command("parse", { isDefault: true })
    .description("extract the tasks of one or more notices (files, or - for standard input)")
    .argument("[files...]", "notice files (.txt, .md); - or nothing for standard input")
    .addOption(new Option("-f, --format <format>", "output format: " + Object.keys(formatters).join(", ")))
    .option("-o, --output <file>", "write the output to a file (atomically) instead of stdout")
    .option("--encoding <name>", "input encoding (default: detected)")
    .addOption(new Option("--input-format <format>", "input format (default: from the extension)").choices(["text", "markdown", "docx", "pdf"]))
    .option("--today <date>", "today's date (YYYY-MM-DD) for days left and overdue marks")
    .option("--no-color", "no colours in human formats")
    .addOption(new Option("--group-by <key>", "grouping for human formats").choices(["unit", "deadline", "section"]))
    .option("--unit <name>", "only tasks whose lead or collaborator matches NAME (human formats)")
    .option("--delimiter <char>", "csv cell delimiter", ",")
    .addOption(new Option("--per <what>", "jsonl: one line per notice or per task").choices(["notice", "task"]).default("notice"))
    .option("-q, --quiet", "no progress or summary on stderr")
    .addHelpText("after", EXAMPLES + "\n\nFormats:\n" + Object.entries(formatHelp).map(([k, v]) => `  ${k.padEnd(8)} ${v}`).join("\n"))
    .action(async (files: string[], flags: ParseFlags, cmd: Command) => {
      const format = flags.format ?? "yaml";
      const formatter = formatters[format];
      if (!formatter) throw new UsageError(`unknown format "${format}" (one of: ${Object.keys(formatters).join(", ")})`);
      if (flags.today && !/^\d{4}-\d{2}-\d{2}$/.test(flags.today)) throw new UsageError(`--today must be YYYY-MM-DD, got "${flags.today}"`);
      const inputs = files.length ? files : ["-"];
      if (flags.output && inputs.some((f) => f !== "-" && resolve(io.cwd, f) === resolve(io.cwd, flags.output!)))
        throw new UsageError(`refusing to overwrite the input file ${flags.output}`);
      const items = await processInputs(inputs.map((f) => (f === "-" ? f : resolve(io.cwd, f))), {
        encoding: flags.encoding, inputFormat: flags.inputFormat, stdin: io.stdin,
      });
      let failed = 0;
      for (const it of items) if (it.error) { failed++; io.stderr.write(`notice-parse: ${it.error.message}\n`); }
      const results = items.flatMap((it) => (it.result ? [it.result] : []));
      for (const [i, r] of results.entries())
        if (r.tasks.length === 0) {
          io.stderr.write(`notice-parse: ${r.source.path ?? "<stdin>"}: no tasks found (is this a notice?)\n`);
          if (items.length === 1) { setExitCode(cmd, 2); void i; }
        }
      const out = (io.stdout as { isTTY?: boolean });
      const text = results.length
        ? formatter(results, {
            color: !flags.output && colorAllowed(io, out, flags.color),
            width: (io.stdout as { columns?: number }).columns ?? 100,
            today: flags.today ?? todayIso(),
            groupBy: flags.groupBy, unit: flags.unit, delimiter: flags.delimiter, per: flags.per,
          })
        : "";
      if (flags.output) { if (results.length) await writeAtomic(resolve(io.cwd, flags.output), text); }
      else io.stdout.write(text);
      if (failed) setExitCode(cmd, items.length === 1 ? 2 : 1);
    });
}
