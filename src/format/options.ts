/** The options every formatter receives (filled by the CLI from its flags). */
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
  /** Human formats: a heading instead of the notice's own (agenda). */
  title?: string;
  /** Human formats: show each task's source notice (default: when there are several notices). */
  origin?: boolean;
  /** Human formats: order of tasks inside a group; "document" (default) or "deadline" (agenda). */
  order?: "document" | "deadline";
}

export type Formatter = (results: NoticeResult[], opts: FormatOptions) => string;
