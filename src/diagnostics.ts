import type { Diagnostic, Severity } from "./schema.js";
import { toPosition, type SourceText } from "./text/source.js";

/** Collects diagnostics with normalised offsets and turns them into positions of the input. */
export class DiagnosticBag {
  private items: Diagnostic[] = [];
  private seen = new Set<string>();
  constructor(private readonly source: SourceText) {}

  add(rule: string, severity: Severity, message: string, start: number, end: number = start): void {
    const key = `${rule}|${start}|${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push({ rule, severity, message, position: toPosition(this.source, start, end) });
  }

  list(): Diagnostic[] {
    return [...this.items].sort((a, b) => a.position.start.offset - b.position.start.offset || a.rule.localeCompare(b.rule));
  }
}
