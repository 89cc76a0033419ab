import type { Block, HeaderInfo, Line, Range } from "../model.js";
import type { Notice, Task, Unassigned } from "../schema.js";
import type { SourceText } from "../text/source.js";
import type { Registry } from "../units/registry.js";
import type { DiagnosticBag } from "../diagnostics.js";

export interface TaskContext {
  source: SourceText; lines: Line[]; blocks: Block[]; header: HeaderInfo; notice: Notice;
  registry: Registry; diagnostics: DiagnosticBag; body: Range;
}
export function findTasks(_ctx: TaskContext): { tasks: Task[]; unassigned: Unassigned[] } {
  return { tasks: [], unassigned: [] };
}
