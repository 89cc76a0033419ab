/**
 * The rule harness (remark-lint style): every file in src/check/rules is a rule with an ok and a
 * not-ok fixture, a reviewed expected-messages file and a README row. Rules are discovered by
 * listing the folder, so a new rule without fixtures fails here.
 *
 * UPDATE_CHECK_FIXTURES=1 npx vitest run tests/check/rules.test.ts rewrites the expected files
 * (review the diff before committing).
 */
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkText } from "../../src/check/runner.js";
import { RULES, ruleById } from "../../src/check/registry.js";
import { analyseNotice } from "../../src/pipeline.js";

const ROOT = join(import.meta.dirname, "../..");
const RULE_DIR = join(ROOT, "src/check/rules");
const FIX = join(ROOT, "fixtures/check");
const ruleFiles = readdirSync(RULE_DIR).filter((f) => f.endsWith(".ts")).map((f) => f.replace(/\.ts$/, "")).sort();

interface Expected {
  /** Why some fields are not compared (messages placed at task positions, which the extractor sets). */
  compare?: Array<"line" | "column" | "endLine" | "endColumn" | "severity" | "message">;
  /** The analysis this fixture needs before its messages can appear ("tasks"). */
  needs?: "tasks";
  messages: Array<{ line: number; column: number; endLine: number; endColumn: number; severity: string; message: string }>;
}

const ALL = ["line", "column", "endLine", "endColumn", "severity", "message"] as const;

function run(id: string, file: string, draft = false) {
  const text = readFileSync(join(FIX, id, file), "utf8");
  return checkText(text, { path: `${id}/${file}`, rules: [ruleById(id)!], draft });
}

describe("rule registry", () => {
  it("lists exactly the files of src/check/rules, each once", () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual(ruleFiles);
  });
  it("every rule documents a default severity, a description and its basis", () => {
    for (const r of RULES) {
      expect(["error", "warning", "info"]).toContain(r.meta.severity);
      expect(r.meta.description.length).toBeGreaterThan(10);
      expect(r.meta.basis).toMatch(/Nghị định 30\/2020\/NĐ-CP|practice/);
    }
  });
  it("every rule has a row in the README rules table", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = /<!-- section:check -->([\s\S]*?)<!-- \/section:check -->/.exec(readme)?.[1] ?? "";
    const rows = [...section.matchAll(/^\|\s*<a id="([\w-]+)"><\/a>`([\w-]+)`\s*\|\s*(\w+)\s*\|/gm)].map((m) => ({ id: m[2], sev: m[3] }));
    expect(rows.map((r) => r.id).sort()).toEqual(ruleFiles);
    for (const r of rows) expect(r.sev).toBe(ruleById(r.id!)!.meta.severity);
  });
});

for (const id of ruleFiles) {
  describe(`rule ${id}`, () => {
    it("has ok.txt, not-ok.txt and not-ok.expected.json", () => {
      for (const f of ["ok.txt", "not-ok.txt", "not-ok.expected.json"]) expect(existsSync(join(FIX, id, f)), `${id}/${f}`).toBe(true);
    });
    if (!existsSync(join(FIX, id, "not-ok.expected.json"))) return;
    const expected = JSON.parse(readFileSync(join(FIX, id, "not-ok.expected.json"), "utf8")) as Expected;
    const analysed = analyseNotice(readFileSync(join(FIX, id, "not-ok.txt"), "utf8"));
    const pending = expected.needs === "tasks" && analysed.result.tasks.length === 0;
    it("ok.txt gives no message", () => {
      expect(run(id, "ok.txt").map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
    });
    // Skipped only while the task extractor finds no task in the fixture (src/extract/tasks.ts stub).
    it.skipIf(pending)("not-ok.txt gives exactly the expected messages", () => {
      const got = run(id, "not-ok.txt");
      if (process.env.UPDATE_CHECK_FIXTURES) {
        const out: Expected = { ...expected, messages: got.map(({ line, column, endLine, endColumn, severity, message }) => ({ line, column, endLine, endColumn, severity, message })) };
        writeFileSync(join(FIX, id, "not-ok.expected.json"), JSON.stringify(out, null, 2) + "\n");
        return;
      }
      const keys = expected.compare ?? ALL;
      const pick = (m: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, m[k]]));
      expect(got.map(pick)).toEqual(expected.messages.map(pick));
      expect(got.length).toBeGreaterThan(0);
      for (const m of got) expect(m.ruleId).toBe(id);
    });
  });
}
