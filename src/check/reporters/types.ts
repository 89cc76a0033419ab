import type { FileResult, RuleMeta } from "../types.js";

/** Colour functions the CLI passes in (chalk lives in src/cli only); identity when colour is off. */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

export const NO_PAINT: Paint = { red: (s) => s, yellow: (s) => s, blue: (s) => s, dim: (s) => s, bold: (s) => s, underline: (s) => s };

export interface ReportOptions {
  paint: Paint;
  rules: readonly RuleMeta[];
  toolVersion: string;
  /** For the github reporter's "see the rest" line. */
  rerunHint: string;
}

export type Reporter = (results: readonly FileResult[], opts: ReportOptions) => string;
