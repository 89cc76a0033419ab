/**
 * GitHub Actions workflow commands: "::error file=F,line=L,col=C,endLine=…,endColumn=…,title=T::M".
 * GitHub shows at most 10 annotations of each level per step, so after 10 of a level the rest are
 * counted and one plain line says how many and how to see them.
 */
import type { Reporter } from "./types.js";

const LEVEL = { error: "error", warning: "warning", info: "notice" } as const;
export const ANNOTATION_LIMIT = 10;

/** Escaping of a command's message (data). */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** Escaping of a command's property value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export const github: Reporter = (results, { rerunHint }) => {
  const out: string[] = [];
  const shown = { error: 0, warning: 0, notice: 0 };
  const hidden = { error: 0, warning: 0, notice: 0 };
  for (const r of results) {
    if (r.fatal) { out.push(`::error file=${escapeProperty(r.file)},title=${escapeProperty("notice-parse")}::${escapeData(r.fatal)}`); continue; }
    for (const m of r.messages) {
      const level = LEVEL[m.severity];
      if (shown[level] >= ANNOTATION_LIMIT) { hidden[level]++; continue; }
      shown[level]++;
      const props = [
        `file=${escapeProperty(r.file)}`, `line=${m.line}`, `col=${m.column}`, `endLine=${m.endLine}`, `endColumn=${m.endColumn}`,
        `title=${escapeProperty(`notice-parse ${m.ruleId}`)}`,
      ].join(",");
      out.push(`::${level} ${props}::${escapeData(`${m.message} (${m.ruleId})`)}`);
    }
  }
  const rest = (Object.entries(hidden) as Array<[keyof typeof hidden, number]>).filter(([, n]) => n > 0);
  if (rest.length) {
    const what = rest.map(([l, n]) => `${n} ${l}${n > 1 ? "s" : ""}`).join(", ");
    out.push(`notice-parse: ${what} more not shown as annotations (GitHub shows at most ${ANNOTATION_LIMIT} per level); run ${rerunHint} to see them all`);
  }
  return out.length ? out.join("\n") + "\n" : "";
};
