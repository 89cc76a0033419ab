/**
 * Golden outputs: every notice in fixtures/notices/ has a reviewed `<name>.expected.yaml`.
 * Regenerate with UPDATE_GOLDEN=1 and review the diff like code. The hand-labelled
 * `<name>.gold.json` beside them (written before the parser ran on them) is scored too.
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { parseNotice } from "../../src/pipeline.js";

const DIR = join(__dirname, "../../fixtures/notices");
const SCORER = join(__dirname, "../../../shared/eval/score.mjs");
const inputs = readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f)).sort();

function resultOf(file: string) {
  const format = file.endsWith(".md") ? "markdown" : "text";
  return parseNotice(readFileSync(join(DIR, file), "utf8"), { path: `fixtures/notices/${file}`, format });
}

describe("golden outputs of fixtures/notices", () => {
  it.each(inputs)("%s", (file) => {
    const yaml = stringify(resultOf(file), { lineWidth: 0, aliasDuplicateObjects: false });
    const golden = join(DIR, file.replace(/\.(txt|md)$/, ".expected.yaml"));
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, yaml);
    expect(yaml).toBe(readFileSync(golden, "utf8"));
  });

  it.skipIf(!existsSync(SCORER))("scores strict-F1 ≥ 0.9 against the hand-labelled gold", () => {
    const pred = mkdtempSync(join(tmpdir(), "np-fix-"));
    for (const f of inputs) writeFileSync(join(pred, f.replace(/\.(txt|md)$/, ".json")), JSON.stringify(resultOf(f)));
    const out = JSON.parse(execFileSync(process.execPath, [SCORER, "--pred", pred, "--json", DIR], { encoding: "utf8" }));
    expect(out.summary.strictF1).toBeGreaterThanOrEqual(0.9);
  });
});
