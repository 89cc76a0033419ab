/** Machine report: one object per file with its messages and counts. */
import type { Reporter } from "./types.js";

export const json: Reporter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      file: r.file,
      ...(r.fatal ? { fatal: r.fatal } : {}),
      errorCount: r.messages.filter((m) => m.severity === "error").length,
      warningCount: r.messages.filter((m) => m.severity === "warning").length,
      infoCount: r.messages.filter((m) => m.severity === "info").length,
      messages: r.messages,
    })),
    null,
    2,
  ) + "\n";
