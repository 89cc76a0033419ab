/** The library: parse a notice, analyse it, read inputs, the output contract. */
export { parseNotice, analyseNotice, type ParseOptions } from "./pipeline.js";
export { readInput, type ReadOptions, type ReadResult } from "./read/index.js";
export * from "./schema.js";
export type { Analysis, Block, HeaderInfo, Line, Range, InputFormat } from "./model.js";
export { InputError, UsageError } from "./errors.js";
export { run } from "./cli/main.js";
