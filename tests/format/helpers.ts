import { readFileSync } from "node:fs";
import { NoticeResultSchema, type NoticeResult } from "../../src/schema.js";
import type { FormatOptions } from "../../src/format/index.js";

export const FIXTURES = new URL("../../fixtures/format/", import.meta.url);

/** A hand-written result from fixtures/format, validated against the output contract. */
export function loadResult(name: "hand-seed" | "hand-cv846"): NoticeResult {
  return NoticeResultSchema.parse(JSON.parse(readFileSync(new URL(`${name}.result.json`, FIXTURES), "utf8")));
}

export const TODAY = "2025-04-08";
export const opts = (o: Partial<FormatOptions> = {}): FormatOptions => ({ color: false, width: 100, today: TODAY, ...o });
export const ESC = "\u001b[";
