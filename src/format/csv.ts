/**
 * `csv`: one row per task for spreadsheets and trackers. UTF-8 with a BOM (Excel then reads the
 * Vietnamese correctly), CRLF line ends and RFC 4180 quoting; cells that a spreadsheet would read as
 * a formula (starting with = + - @, tab or CR) get a leading apostrophe. `--delimiter` (one
 * character; `\t` or `tab` for a tab; `;` for Excel set to a comma-decimal locale).
 * Rows follow --group-by (unit, deadline, section) and --unit; columns are stable and named like the
 * JSON fields.
 */
import { UsageError } from "../errors.js";
import { groupItems, noticeNumber, selectItems, type Item } from "./common.js";
import type { Formatter } from "./options.js";

export const CSV_COLUMNS = [
  "notice", "notice_date", "id", "section", "section_title", "lead", "collaborators", "action",
  "deadline_kind", "deadline_date", "deadline_time", "deadline_text", "urgent", "text", "line",
] as const;

const names = (list: { name: string }[]) => list.map((e) => e.name).join("; ");

function row(it: Item): string[] {
  const t = it.task;
  return [
    noticeNumber(it.result) ?? "",
    it.result.notice.date ?? "",
    t.id,
    t.section.path.join("."),
    t.section.title ?? "",
    names(t.lead),
    names(t.collaborators),
    t.action,
    t.deadline?.kind ?? "",
    t.deadline?.date ?? "",
    t.deadline?.time ?? "",
    t.deadline?.text ?? "",
    t.urgent ? "true" : "false",
    t.text,
    String(t.position.start.line),
  ];
}

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection). */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? "'" + cell : cell;
}

/** RFC 4180: quote when the cell holds the delimiter, a quote, CR or LF; double inner quotes. */
export function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The delimiter from --delimiter: one character, not a quote or line break; "\t"/"tab" is a tab. */
export function parseDelimiter(d: string | undefined): string {
  if (d === undefined || d === "") return ",";
  const v = d === "\\t" || d.toLowerCase() === "tab" ? "\t" : d;
  if ([...v].length !== 1 || /["\r\n]/.test(v)) throw new UsageError(`--delimiter must be one character other than a quote or line break, got "${d}"`);
  return v;
}

export const toCsv: Formatter = (results, opts) => {
  const delimiter = parseDelimiter(opts.delimiter);
  const items = selectItems(results, { unit: opts.unit, order: opts.order });
  const ordered = opts.groupBy ? groupItems(items, opts.groupBy, results.length > 1).flatMap((g) => g.items) : items;
  const lines = [[...CSV_COLUMNS], ...ordered.map(row)].map((cells) => cells.map((c) => quote(neutralise(c), delimiter)).join(delimiter));
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
};
