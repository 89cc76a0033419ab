/** One line of --help per format (no imports: the CLI lists formats without loading them). */
export const formatHelp: Record<string, string> = {
  yaml: "the task list as YAML (default in pipes)",
  json: "the task list as JSON (one object; one per line for several files)",
  jsonl: "one JSON object per line: per notice, or per task with --per task",
  table: "tasks for the terminal, grouped by lead unit, days left, overdue in red",
  csv: "one row per task for spreadsheets (UTF-8 with BOM, --delimiter)",
  ics: "calendar events for the tasks with a date (Asia/Ho_Chi_Minh)",
  md: "a Markdown checklist grouped by unit, to paste into a tracker or a chat",
  html: "one self-contained page: notice header, board per unit, timeline (printable)",
};
