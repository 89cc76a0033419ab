/**
 * The `agenda` command: the tasks due in the next N days (and overdue ones) from every notice
 * under the given paths, grouped by lead unit, each with the notice it came from.
 *
 *   notice-parse agenda notices/ --due-within 7 [--today 2025-04-08] [--format md]
 *
 * Files that cannot be read are reported on stderr and the rest still listed (exit 1); a file
 * without tasks is skipped silently (a folder holds other documents too).
 */
import { Command, Option } from "commander";
import { resolve } from "node:path";
import { processInputs } from "../batch/index.js";
import { UsageError } from "../errors.js";
import { agendaJson, agendaTitle, selectAgenda, type AgendaOptions } from "../format/agenda.js";
import { formatters, type FormatOptions } from "../format/index.js";
import { colorAllowed, type Io } from "./io.js";
import { setExitCode } from "./main.js";
import { todayIso, writeAtomic } from "./parse.js";

export const AGENDA_FORMATS = ["table", "md", "csv", "ics", "html", "json"] as const;

interface AgendaFlags {
  dueWithin: string;
  today?: string;
  format?: string;
  color?: boolean;
  overdue?: boolean;
  groupBy?: FormatOptions["groupBy"];
  unit?: string;
  delimiter?: string;
  output?: string;
}

export function registerAgenda(program: Command, io: Io): void {
  program
    .command("agenda")
    .description("tasks due in the next N days (and overdue ones) across notices, grouped by unit")
    .argument("<paths...>", "notice files or folders")
    .option("-d, --due-within <days>", "days ahead to include (0 = today only)", "7")
    .option("--today <date>", "the day the agenda is for (YYYY-MM-DD; default: today)")
    .addOption(new Option("-f, --format <format>", "output format").choices([...AGENDA_FORMATS]).default("table"))
    .addOption(new Option("--group-by <key>", "grouping").choices(["unit", "deadline", "section"]).default("unit"))
    .option("--unit <name>", "only tasks whose lead or collaborator matches NAME")
    .option("--no-overdue", "leave out tasks whose date is already past")
    .option("--no-color", "no colours in the table")
    .option("--delimiter <char>", "csv cell delimiter", ",")
    .option("-o, --output <file>", "write to a file (atomically) instead of stdout")
    .addHelpText("after", `
Examples:
  notice-parse agenda notices/ --due-within 7              this week's tasks, by unit
  notice-parse agenda notices/ --today 2025-04-08 -f md    a checklist to paste into a chat
  notice-parse agenda notices/ -f ics -o viec.ics          the same as calendar events`)
    .action(async (paths: string[], flags: AgendaFlags, cmd: Command) => {
      if (!/^\d+$/.test(flags.dueWithin)) throw new UsageError(`--due-within must be a whole number of days, got "${flags.dueWithin}"`);
      if (flags.today && !/^\d{4}-\d{2}-\d{2}$/.test(flags.today)) throw new UsageError(`--today must be YYYY-MM-DD, got "${flags.today}"`);
      const format = flags.format ?? "table";
      const ao: AgendaOptions = { today: flags.today ?? todayIso(), dueWithin: Number(flags.dueWithin), overdue: flags.overdue !== false };
      const items = await processInputs(paths.map((p) => (p === "-" ? p : resolve(io.cwd, p))), { stdin: io.stdin });
      let failed = 0;
      for (const it of items) if (it.error) { failed++; io.stderr.write(`notice-parse: ${it.error.message}\n`); }
      const results = items.flatMap((it) => (it.result ? [it.result] : []));
      const agenda = selectAgenda(results, ao);
      let text: string;
      if (format === "json") text = agendaJson(agenda, ao, { unit: flags.unit });
      else {
        const opts: FormatOptions = {
          color: !flags.output && colorAllowed(io, io.stdout, flags.color),
          width: io.stdout.columns ?? 100,
          today: ao.today,
          groupBy: flags.groupBy, unit: flags.unit, delimiter: flags.delimiter,
          title: `${agendaTitle(ao)} · ${results.length} văn bản`,
          origin: true, order: "deadline",
        };
        text = formatters[format]!(agenda, opts);
      }
      if (flags.output) await writeAtomic(resolve(io.cwd, flags.output), text);
      else io.stdout.write(text);
      if (failed) setExitCode(cmd, results.length ? 1 : 2);
    });
}
