/**
 * The lint kernel: analyse a notice once, run the rules over the analysis, stamp id and severity
 * on their reports, turn ranges into 1-based line/column of the input, drop what inline
 * directives silence, sort. Pure: the caller reads files and configs.
 */
import { analyseNotice } from "../pipeline.js";
import type { Analysis, InputFormat, Range } from "../model.js";
import type { Position } from "../schema.js";
import { toPosition } from "../text/source.js";
import { defaultRegistry, type Registry } from "../units/registry.js";
import { blankDirectives, disabledAt, findDirectives } from "./directives.js";
import { RULES } from "./registry.js";
import type { CheckConfig } from "./config.js";
import type { LintMessage, Rule, Severity } from "./types.js";

export interface CheckOptions {
  path?: string | null;
  format?: InputFormat;
  encoding?: string;
  config?: CheckConfig;
  /** --draft (or `draft: true` in the config). */
  draft?: boolean;
  registry?: Registry;
  /** Notes of readInput (e.g. "decoded from TCVN3"), for the text-encoding rule. */
  inputNotes?: string[];
  /** The rules to run (default: all). */
  rules?: readonly Rule[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function isPosition(x: Range | Position): x is Position {
  return typeof (x as Position).start === "object";
}

/** Run the rules over an analysis (directive lines already blanked). */
export function runRules(analysis: Analysis, opts: CheckOptions = {}): LintMessage[] {
  const registry = opts.registry ?? defaultRegistry();
  const draft = opts.draft ?? opts.config?.draft ?? false;
  const out: LintMessage[] = [];
  for (const rule of opts.rules ?? RULES) {
    const configured = opts.config?.rules[rule.meta.id];
    if (configured === "off") continue;
    const severity: Severity = configured ?? rule.meta.severity;
    rule.check({
      analysis,
      options: { draft, registry, inputNotes: opts.inputNotes ?? [] },
      report(message, at) {
        const pos: Position = !at
          ? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
          : isPosition(at)
            ? at
            : toPosition(analysis.source, at.start, at.end);
        out.push({
          ruleId: rule.meta.id, severity, message,
          line: pos.start.line, column: pos.start.column, endLine: pos.end.line, endColumn: pos.end.column,
        });
      },
    });
  }
  return sortMessages(out);
}

export function sortMessages(ms: LintMessage[]): LintMessage[] {
  return [...ms].sort((a, b) => a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
}

/** Check one notice's text: directives, analysis, rules. */
export function checkText(text: string, opts: CheckOptions = {}): LintMessage[] {
  const directives = findDirectives(text);
  const analysis = analyseNotice(directives.length ? blankDirectives(text) : text, {
    path: opts.path ?? null, format: opts.format, encoding: opts.encoding, registry: opts.registry,
  });
  const messages = runRules(analysis, opts);
  if (!directives.length) return messages;
  const off = disabledAt(directives);
  return messages.filter((m) => !off(m.ruleId, m.line));
}

export interface Summary { errors: number; warnings: number; infos: number }
export function summarise(ms: readonly LintMessage[]): Summary {
  return {
    errors: ms.filter((m) => m.severity === "error").length,
    warnings: ms.filter((m) => m.severity === "warning").length,
    infos: ms.filter((m) => m.severity === "info").length,
  };
}
