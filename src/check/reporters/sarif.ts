/** SARIF 2.1.0 for code scanning: rule metadata with help URIs, one result per message, 1-based regions. */
import type { Reporter } from "./types.js";
import { ruleUrl } from "../types.js";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

/** A relative URI for a shown path (forward slashes, percent-encoded segments). */
export function toUri(file: string): string {
  return file.replace(/\\/g, "/").split("/").map((s, i) => (i === 0 && /^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s))).join("/");
}

export const sarif: Reporter = (results, { rules, toolVersion }) => {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "notice-parse",
            version: toolVersion,
            informationUri: ruleUrl("").replace(/#$/, ""),
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              fullDescription: { text: `${r.description}. Căn cứ: ${r.basis}.` },
              helpUri: ruleUrl(r.id),
              help: { text: `${r.description}. Căn cứ: ${r.basis}. ${ruleUrl(r.id)}` },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { basis: r.basis, tags: [r.basis.startsWith("practice") ? "practice" : "decree-30-2020"] },
            })),
          },
        },
        artifacts: results.map((r) => ({ location: { uri: toUri(r.file) } })),
        results: results.flatMap((r, ai) =>
          r.messages.map((m) => ({
            ruleId: m.ruleId,
            ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId)! } : {}),
            level: LEVEL[m.severity],
            message: { text: `${m.message} (${m.ruleId})` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(r.file), index: ai },
                  region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: Math.max(m.endColumn, m.endLine === m.line ? m.column : 1) },
                },
              },
            ],
          })),
        ),
        invocations: [
          {
            executionSuccessful: results.every((r) => !r.fatal),
            toolExecutionNotifications: results
              .filter((r) => r.fatal)
              .map((r) => ({ level: "error", message: { text: `${r.file}: ${r.fatal}` } })),
          },
        ],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};
