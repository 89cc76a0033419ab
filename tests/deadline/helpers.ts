import { findDeadlines } from "../../src/deadline/index.js";
import type { Row } from "./phrases.table.js";

/** Run the engine on one row of the phrase table; `first` is the first deadline found. */
export function actual(row: Row) {
  const scan = row.cell
    ? findDeadlines(row.phrase, { noticeDate: row.noticeDate }, { start: 0, end: row.phrase.length, cell: true })
    : findDeadlines(row.phrase, { noticeDate: row.noticeDate });
  return { scan, first: scan.deadlines[0] ?? null };
}
