/**
 * Writes grammars/units/compiled.json, the parsed form of grammars/units/*.yaml that start-up
 * reads instead of parsing YAML (about 5× faster). The loader uses it only when its hash matches
 * the YAML files, so a stale snapshot is never wrong, only slow; tests/units keep it current.
 *
 *   npx tsc -p . && node dist/units/precompile.js
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SNAPSHOT, UNITS_DIR, makeSnapshot } from "./load.js";

export function writeSnapshot(dir: string = UNITS_DIR): string {
  const path = dir + SNAPSHOT;
  writeFileSync(path, makeSnapshot(dir));
  return path;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`wrote ${writeSnapshot()}\n`);
}
