/**
 * The lint kernel's types. A rule is a small function that reports ranges of the normalised text
 * (`Analysis.source.text`); the runner stamps rule id, severity and help URL onto its reports and
 * turns ranges into 1-based line/column of the input (like remark-lint / vfile-message).
 */
import type { Analysis, Range } from "../model.js";
import type { Position } from "../schema.js";
import type { Registry } from "../units/registry.js";

export type Severity = "error" | "warning" | "info";

export interface RuleMeta {
  /** Rule id = file name in src/check/rules = fixture folder. */
  id: string;
  /** Default severity. */
  severity: Severity;
  /** What it enforces, in Vietnamese (shown in docs and SARIF). */
  description: string;
  /** The part of Decree 30/2020/NĐ-CP behind it, or "practice". */
  basis: string;
}

export interface RuleOptions {
  /** A draft may have a blank number and a blank day. */
  draft: boolean;
  registry: Registry;
  /** What reading the input noticed (e.g. "decoded from TCVN3"). */
  inputNotes: string[];
}

export interface Report {
  /** [start, end) offsets into analysis.source.text; omitted → the start of the document. */
  range?: Range;
  /** What was found and what was expected, in Vietnamese. */
  message: string;
}

export interface RuleContext {
  analysis: Analysis;
  options: RuleOptions;
  /** Report at a range of the normalised text, at a position of the input, or (nothing) at 1:1. */
  report(message: string, at?: Range | Position): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FileResult {
  /** Path as given/shown (or the --stdin-filename, or "<stdin>"). */
  file: string;
  messages: LintMessage[];
  /** Set when the file could not be read/checked (exit 2). */
  fatal?: string;
}

/** Rules are documented in the README's check section, one anchor per rule id. */
export const RULE_DOCS_BASE = "https://github.com/notice-parse/notice-parse/blob/main/README.md";
export function ruleUrl(id: string): string {
  return `${RULE_DOCS_BASE}#${id}`;
}

export function defineRule(meta: RuleMeta, check: (ctx: RuleContext) => void): Rule {
  return { meta, check };
}
