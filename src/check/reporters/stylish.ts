/** Human report grouped by file, like ESLint's / markdownlint-cli2's default. */
import stringWidth from "string-width";
import type { Reporter } from "./types.js";

const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - stringWidth(s)));
const LABEL = { error: "lỗi", warning: "cảnh báo", info: "gợi ý" } as const;

export const stylish: Reporter = (results, { paint }) => {
  const out: string[] = [];
  let errors = 0, warnings = 0, infos = 0;
  for (const r of results) {
    if (r.fatal) { out.push(paint.underline(r.file), `  ${paint.red("không kiểm tra được")}  ${r.fatal}`, ""); continue; }
    if (!r.messages.length) continue;
    out.push(paint.underline(r.file));
    const posW = Math.max(...r.messages.map((m) => `${m.line}:${m.column}`.length));
    const sevW = Math.max(...r.messages.map((m) => m.severity.length));
    const msgW = Math.min(100, Math.max(...r.messages.map((m) => stringWidth(m.message))));
    for (const m of r.messages) {
      const sev = m.severity === "error" ? paint.red : m.severity === "warning" ? paint.yellow : paint.blue;
      if (m.severity === "error") errors++; else if (m.severity === "warning") warnings++; else infos++;
      out.push(`  ${paint.dim(pad(`${m.line}:${m.column}`, posW))}  ${sev(pad(m.severity, sevW))}  ${pad(m.message, msgW)}  ${paint.dim(m.ruleId)}`);
    }
    out.push("");
  }
  const total = errors + warnings + infos;
  if (total) {
    const line = `✖ ${total} vấn đề (${errors} ${LABEL.error}, ${warnings} ${LABEL.warning}, ${infos} ${LABEL.info})`;
    out.push(errors ? paint.bold(paint.red(line)) : paint.bold(paint.yellow(line)));
  }
  return out.length ? out.join("\n") + "\n" : "";
};
