/**
 * Output formats: each one function over the same results, chosen with --format.
 * yaml and json are the contract (../shared/spec/OUTPUT.md); the others are for people downstream.
 */
import { stringify } from "yaml";
import type { NoticeResult } from "../schema.js";

export interface FormatOptions {
  /** Colour allowed (TTY, no NO_COLOR, no --no-color). */
  color: boolean;
  /** Terminal width for human formats. */
  width: number;
  /** Today's date (ISO) for "days left", from --today or the clock. */
  today: string;
  /** --group-by for human formats. */
  groupBy?: "unit" | "deadline" | "section";
  /** --unit NAME filter for human formats. */
  unit?: string;
  /** --delimiter for csv. */
  delimiter?: string;
  /** jsonl: one line per notice (default) or per task. */
  per?: "notice" | "task";
}

export type Formatter = (results: NoticeResult[], opts: FormatOptions) => string;

export const toJson: Formatter = (results) =>
  results.length === 1 ? JSON.stringify(results[0], null, 2) + "\n" : results.map((r) => JSON.stringify(r)).join("\n") + "\n";

export const toYaml: Formatter = (results) =>
  results.map((r) => stringify(r, { lineWidth: 0, aliasDuplicateObjects: false })).join("---\n");

export const toJsonl: Formatter = (results, opts) => {
  if (opts.per === "task") {
    const lines: string[] = [];
    for (const r of results)
      for (const t of r.tasks)
        lines.push(JSON.stringify({ notice: { path: r.source.path, number: r.notice.number, symbol: r.notice.symbol, date: r.notice.date }, ...t }));
    return lines.length ? lines.join("\n") + "\n" : "";
  }
  return results.map((r) => JSON.stringify(r)).join("\n") + "\n";
};

/** Every format by name. Human formats are added here as they are written. */
export const formatters: Record<string, Formatter> = {
  yaml: toYaml,
  json: toJson,
  jsonl: toJsonl,
};

/** One line of --help per format. */
export const formatHelp: Record<string, string> = {
  yaml: "the task list as YAML (default in pipes)",
  json: "the task list as JSON (one object; one per line for several files)",
  jsonl: "one JSON object per line: per notice, or per task with --per task",
};
