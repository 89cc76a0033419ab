/**
 * Output formats: each one function over the same results, chosen with --format.
 * yaml and json are the contract (../shared/spec/OUTPUT.md); the others are for people downstream.
 */
import { stringify } from "yaml";
import type { Formatter } from "./options.js";
import { toCsv } from "./csv.js";
import { toHtml } from "./html.js";
import { toIcs } from "./ics.js";
import { toMarkdown } from "./md.js";
import { toTable } from "./table.js";

export type { FormatOptions, Formatter } from "./options.js";

export const toJson: Formatter = (results) =>
  results.length === 1 ? JSON.stringify(results[0], null, 2) + "\n" : results.map((r) => JSON.stringify(r)).join("\n") + "\n";

export const toYaml: Formatter = (results) =>
  results.map((r) => stringify(r, { lineWidth: 0, aliasDuplicateObjects: false, version: "1.1" })).join("---\n");

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

/** Every format by name. */
export const formatters: Record<string, Formatter> = {
  yaml: toYaml,
  json: toJson,
  jsonl: toJsonl,
  table: toTable,
  csv: toCsv,
  ics: toIcs,
  md: toMarkdown,
  html: toHtml,
};

/** One line of --help per format. */
export { formatHelp } from "./help.js";
