/**
 * Runs the parser over the inputs of one call, in input order. Reading errors of one file are
 * reported and the rest still processed.
 */
import { readInput, type ReadOptions } from "../read/index.js";
import { parseNotice } from "../pipeline.js";
import { InputError } from "../errors.js";
import type { NoticeResult } from "../schema.js";
import type { Registry } from "../units/registry.js";

export interface BatchItem {
  input: string;
  result?: NoticeResult;
  error?: InputError;
}

export interface BatchOptions extends ReadOptions {
  registry?: Registry;
}

/** Expand the command-line inputs into files (a plain list for now). */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  return inputs.length ? inputs : ["-"];
}

export async function processInputs(inputs: string[], opts: BatchOptions = {}): Promise<BatchItem[]> {
  const files = await expandInputs(inputs);
  const out: BatchItem[] = [];
  for (const input of files) {
    try {
      const read = await readInput(input, opts);
      const result = parseNotice(read.text, { path: read.path, format: read.format, encoding: read.encoding, registry: opts.registry });
      out.push({ input, result });
    } catch (e) {
      if (e instanceof InputError) out.push({ input, error: e });
      else throw e;
    }
  }
  return out;
}
