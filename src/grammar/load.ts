/**
 * Loads a grammar file (grammars/NAME.yaml), validates it with zod and caches the result.
 * Grammar files are data: domain knowledge lives there, the code that uses it holds none.
 * A broken grammar file fails loudly, naming the file and the bad entry.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { z } from "zod";

/** grammars/ beside src/ and dist/ (this file is src/grammar/load.ts or dist/grammar/load.js). */
export const GRAMMAR_DIR = fileURLToPath(new URL("../../grammars/", import.meta.url));

const cache = new Map<string, unknown>();

export function loadGrammar<T extends z.ZodType>(name: string, schema: T): z.infer<T> {
  const hit = cache.get(name);
  if (hit) return hit as z.infer<T>;
  const file = `${GRAMMAR_DIR}${name}.yaml`;
  const data = parseGrammarText(readFileSync(file, "utf8"), schema, `grammars/${name}.yaml`);
  cache.set(name, data);
  return data;
}

export function parseGrammarText<T extends z.ZodType>(text: string, schema: T, label: string): z.infer<T> {
  const raw = parse(text);
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`${label}: invalid at ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return r.data;
}
