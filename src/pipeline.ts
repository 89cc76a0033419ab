/**
 * parseNotice(): the only place that knows the order of the stages.
 *   normalise → (markdown clean-up) → lines → header → body blocks → tasks → result
 */
import type { Analysis, InputFormat } from "./model.js";
import type { NoticeResult } from "./schema.js";
import { normalise } from "./text/source.js";
import { cleanMarkdown, looksLikeMarkdown } from "./parse/markdown.js";
import { splitLines } from "./parse/lines.js";
import { findHeader, headerToNotice, findBody, findAppendix } from "./parse/header.js";
import { findBlocks } from "./parse/structure.js";
import { findTasks } from "./extract/tasks.js";
import { DiagnosticBag } from "./diagnostics.js";
import { findReferences } from "./extract/references.js";
import { defaultRegistry, type Registry } from "./units/registry.js";
import type { WorkCalendar } from "./deadline/index.js";

export interface ParseOptions {
  /** The input path, for `source.path` (null for stdin). */
  path?: string | null;
  format?: InputFormat;
  encoding?: string;
  /** The unit registry (built-in plus agency files); the built-in one when absent. */
  registry?: Registry;
  /** Notes from reading the input ("decoded from TCVN3"), reported as diagnostics. */
  notes?: string[];
  /** Working days: the built-in calendar, or one merged with the user's (see loadCalendar). */
  calendar?: WorkCalendar;
}

export function analyseNotice(input: string, opts: ParseOptions = {}): Analysis {
  let source = normalise(input);
  let format: InputFormat = opts.format ?? "text";
  if (format === "markdown" || (format === "text" && looksLikeMarkdown(source.text))) {
    source = cleanMarkdown(source);
    if (format === "text") format = "markdown";
  }
  const diagnostics = new DiagnosticBag(source);
  for (const n of opts.notes ?? []) diagnostics.add("input", "info", n, 0, 0);
  for (const c of source.changes) if (/not NFC/.test(c)) diagnostics.add("not-nfc", "info", "Văn bản không ở dạng Unicode dựng sẵn (NFC); đã chuẩn hoá trước khi đọc", 0, 0);
  const lines = splitLines(source.text);
  const header = findHeader(lines, source.text);
  const body = findBody(lines, header, source.text);
  // A phụ lục after the signature (task tables) is read as body too.
  const appendix = findAppendix(lines, header, source.text);
  const blocks = [...findBlocks(source.text, lines, body), ...(appendix ? findBlocks(source.text, lines, appendix) : [])];
  const scanned = appendix ? { start: body.start, end: appendix.end } : body;
  const notice = headerToNotice(header, lines, body, diagnostics);
  const registry = opts.registry ?? defaultRegistry();
  const tasks = findTasks({ source, lines, blocks, header, notice, registry, diagnostics, body: scanned, calendar: opts.calendar });
  const citations = findReferences(source.text, body.start, body.end);
  const references = citations.map((r) => r.reference);
  const result: NoticeResult = {
    schemaVersion: 1,
    source: { path: opts.path ?? null, format, encoding: opts.encoding ?? "utf-8" },
    notice,
    tasks: tasks.tasks,
    references,
    unassigned: tasks.unassigned,
    diagnostics: diagnostics.list(),
  };
  return { source, format, lines, header, body, blocks, citations, result };
}

export function parseNotice(input: string, opts: ParseOptions = {}): NoticeResult {
  return analyseNotice(input, opts).result;
}
