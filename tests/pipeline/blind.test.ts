/**
 * The blind sets: notices written and hand-labelled by people who had not seen the parser's output
 * (their gold was committed before the parser first ran on them). Kept as a regression bar; the
 * figures of their first run are in the README.
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseNotice } from "../../src/pipeline.js";

const SCORER = join(__dirname, "../../../shared/eval/score.mjs");
const SETS = ["blind", "blind2", "blind3", "blind4", "blind5"].map((d) => join(__dirname, "..", d)).filter(existsSync);

describe.skipIf(!existsSync(SCORER))("blind test sets", () => {
  it.each(SETS)("%s scores strict-F1 ≥ 0.85", (dir) => {
    const pred = mkdtempSync(join(tmpdir(), "np-blind-"));
    for (const f of readdirSync(dir).filter((x) => /\.(txt|md)$/.test(x))) {
      const r = parseNotice(readFileSync(join(dir, f), "utf8"), { path: f, format: f.endsWith(".md") ? "markdown" : "text" });
      writeFileSync(join(pred, f.replace(/\.(txt|md)$/, ".json")), JSON.stringify(r));
    }
    const out = JSON.parse(execFileSync(process.execPath, [SCORER, "--pred", pred, "--json", dir], { encoding: "utf8" }));
    expect(out.summary.strictF1).toBeGreaterThanOrEqual(0.85);
  });
});
