import type { Reference } from "../schema.js";
export interface ReferenceFinding { start: number; end: number; reference: Reference }
export function findReferences(_text: string, _start: number, _end: number): ReferenceFinding[] { return []; }
