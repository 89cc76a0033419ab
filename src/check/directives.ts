/**
 * Inline disabling. Markdown (and any text) may use HTML comments; a plain-text notice may use a
 * line starting with "#":
 *
 *   <!-- notice-parse-disable rule-id other-id -->   # notice-parse-disable rule-id
 *   <!-- notice-parse-enable rule-id -->             # notice-parse-enable
 *   <!-- notice-parse-disable-next-line rule-id -->  # notice-parse-disable-next-line rule-id
 *   <!-- notice-parse-disable-line rule-id -->       (on the line it silences, after the text)
 *   <!-- notice-parse-disable-file rule-id -->       # notice-parse-disable-file rule-id
 *
 * No rule id means every rule. disable/enable act from their line on; messages about the whole
 * document (a missing Quốc hiệu, at 1:1) are silenced by a disable on line 1 or a disable-file.
 * Directive lines are blanked (same length) before the notice is analysed, so they never read as
 * part of the notice and offsets stay the same.
 */
export type DirectiveKind = "disable" | "enable" | "disable-next-line" | "disable-line" | "disable-file";

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty = all rules. */
  rules: string[];
  /** 1-based line of the directive in the input. */
  line: number;
}

const COMMENT_RE = /<!--\s*notice-parse-(disable-next-line|disable-line|disable-file|disable|enable)((?:\s+[\w-]+)*)\s*-->/g;
const HASH_RE = /^\s*#\s*notice-parse-(disable-next-line|disable-file|disable|enable)((?:[\s,]+[\w-]+)*)\s*$/;

export function findDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((l, i) => {
    const h = HASH_RE.exec(l);
    if (h) { out.push({ kind: h[1] as DirectiveKind, rules: ids(h[2]!), line: i + 1 }); return; }
    for (const m of l.matchAll(COMMENT_RE)) out.push({ kind: m[1] as DirectiveKind, rules: ids(m[2]!), line: i + 1 });
  });
  return out;
}

function ids(s: string): string[] {
  return s.split(/[\s,]+/).filter(Boolean);
}

/**
 * The text with directive comments and "#" directive lines replaced by spaces (same length, line
 * breaks kept), so the analysis never sees them and every offset is unchanged.
 */
export function blankDirectives(text: string): string {
  let out = text.replace(COMMENT_RE, (m) => " ".repeat(m.length));
  out = out.replace(/^[^\S\r\n]*#[^\S\r\n]*notice-parse-(?:disable-next-line|disable-file|disable|enable)[^\r\n]*$/gm, (m) =>
    HASH_RE.test(m) ? " ".repeat(m.length) : m,
  );
  return out;
}

/** A predicate: is a message of `rule` on `line` silenced? */
export function disabledAt(directives: Directive[]): (rule: string, line: number) => boolean {
  const applies = (d: Directive, rule: string) => d.rules.length === 0 || d.rules.includes(rule);
  return (rule, line) => {
    let off = false;
    for (const d of directives) {
      if (!applies(d, rule)) continue;
      if (d.kind === "disable-file") return true;
      if (d.kind === "disable-next-line" && d.line + 1 === line) return true;
      if (d.kind === "disable-line" && d.line === line) return true;
      if (d.line <= line || (line === 1 && d.line === 1)) {
        if (d.kind === "disable") off = true;
        else if (d.kind === "enable") off = false;
      }
    }
    return off;
  };
}
