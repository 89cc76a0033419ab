import type { Block, Line, Range } from "../model.js";
export function findBlocks(_text: string, _lines: Line[], _body: Range): Block[] { return []; }
