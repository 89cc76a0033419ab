/**
 * Loads a grammar file (grammars/NAME.yaml), validates it with zod and caches the result.
 * Grammar files are data: domain knowledge lives there, the code that uses it holds none.
 * A broken grammar file fails loudly, naming the file and the bad entry.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { z } from "zod";

/** grammars/ beside src/ and dist/ (this file is src/grammar/load.ts or dist/grammar/load.js). */
export const GRAMMAR_DIR = fileURLToPath(new URL("../../grammars/", import.meta.url));
/** The same grammars as JSON, written by the build (scripts/compile-grammars.mjs) beside dist/. */
const JSON_DIR = fileURLToPath(new URL("../grammars-json/", import.meta.url));

const cache = new Map<string, unknown>();

export function loadGrammar<T extends z.ZodType>(name: string, schema: T): z.infer<T> {
  const hit = cache.get(name);
  if (hit) return hit as z.infer<T>;
  let data: z.infer<T>;
  const json = `${JSON_DIR}${name}.json`;
  const yamlFile = `${GRAMMAR_DIR}${name}.yaml`;
  if (existsSync(json) && statSync(json).mtimeMs >= statSync(yamlFile).mtimeMs) data = validate(JSON.parse(readFileSync(json, "utf8")), schema, `grammars/${name}.yaml`);
  else data = parseGrammarText(readFileSync(yamlFile, "utf8"), schema, `grammars/${name}.yaml`);
  cache.set(name, data);
  return data;
}

export function parseGrammarText<T extends z.ZodType>(text: string, schema: T, label: string): z.infer<T> {
  return validate(parse(text), schema, label);
}

function validate<T extends z.ZodType>(raw: unknown, schema: T, label: string): z.infer<T> {
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`${label}: invalid at ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return r.data;
}
