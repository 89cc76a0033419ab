/**
 * Over the dev corpus (../shared/corpus/dev, beside the repository as in CI):
 * - the scorer's strict-F1 and header accuracy stay above the bars of issue 2;
 * - nothing is lost: every character of every body sentence lies in a task's text or in an
 *   `unassigned` entry, and every position points inside the input.
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyseNotice } from "../../src/pipeline.js";
import { splitSentences } from "../../src/extract/sentences.js";
import { NoticeResultSchema } from "../../src/schema.js";

const DEV = join(__dirname, "../../../shared/corpus/dev");
const SCORER = join(__dirname, "../../../shared/eval/score.mjs");
const have = existsSync(DEV) && existsSync(SCORER);
const names = have ? readdirSync(DEV).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort() : [];

describe.skipIf(!have)("dev corpus", () => {
  it("scores strict-F1 ≥ 0.85 and header ≥ 0.90 (score.mjs)", () => {
    const dir = mkdtempSync(join(tmpdir(), "np-pred-"));
    for (const n of names) {
      const r = analyseNotice(readFileSync(join(DEV, `${n}.txt`), "utf8"), { path: `${n}.txt` }).result;
      writeFileSync(join(dir, `${n}.json`), JSON.stringify(r));
    }
    const out = JSON.parse(execFileSync(process.execPath, [SCORER, "--pred", dir, "--json", DEV], { encoding: "utf8" }));
    expect(out.summary.strictF1).toBeGreaterThanOrEqual(0.85);
    expect(out.summary.headerAcc).toBeGreaterThanOrEqual(0.9);
    const seed = out.documents.find((d: { name: string }) => d.name === "qn-skhcn-giaoban-q1-2025");
    expect(seed.strict).toBe(seed.gold);
  });

  it.each(names)("%s: every body sentence is in a task or unassigned", (n) => {
    const input = readFileSync(join(DEV, `${n}.txt`), "utf8");
    const a = analyseNotice(input);
    NoticeResultSchema.parse(a.result);
    const spans = [...a.result.tasks.map((t) => t.position), ...a.result.unassigned.map((u) => u.position)].map((p) => [p.start.offset, p.end.offset] as const);
    for (const p of spans) { expect(p[0]).toBeGreaterThanOrEqual(0); expect(p[1]).toBeLessThanOrEqual(input.length); }
    const covered = new Uint8Array(input.length + 1);
    for (const [s, e] of spans) covered.fill(1, s, e);
    const src = a.source;
    for (const b of a.blocks) {
      for (const s of splitSentences(src.text, b.content.start, b.content.end)) {
        for (let i = s.start; i < s.end; i++) {
          if (!/[\p{L}\p{N}]/u.test(src.text[i]!)) continue;
          const o = src.map[i]!;
          if (!covered[o]) throw new Error(`${n}: lost text at offset ${o}: "${src.text.slice(s.start, s.end).slice(0, 80)}"`);
        }
      }
    }
  });
});
