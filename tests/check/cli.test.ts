/** `notice-parse check` end to end, in-process: exit codes, config, directives, ignore, stdin, reporters. */
import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import { run } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";
import { escapeData, escapeProperty, github } from "../../src/check/reporters/github.js";
import { NO_PAINT } from "../../src/check/reporters/types.js";
import { RULES } from "../../src/check/registry.js";
import type { FileResult, LintMessage } from "../../src/check/types.js";

const ROOT = join(import.meta.dirname, "../..");
const SEED = join(ROOT, "fixtures/notices/qn-skhcn-giaoban-q1-2025.txt");
const GOOD = join(ROOT, "fixtures/check/base.txt");

function fakeIo(cwd: string, opts: { stdin?: string; tty?: boolean; env?: Record<string, string> } = {}) {
  let out = "", err = "";
  const io: Io = {
    stdout: { write: (s: string) => { out += s; return true; }, isTTY: opts.tty },
    stderr: { write: (s: string) => { err += s; return true; } },
    stdin: async () => Buffer.from(opts.stdin ?? ""),
    env: opts.env ?? {},
    cwd,
  };
  return { io, out: () => out, err: () => err };
}

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), "np-check-"));
  copyFileSync(SEED, join(d, "seed.txt"));
  copyFileSync(GOOD, join(d, "good.txt"));
  return d;
}

describe("exit codes", () => {
  it("0 for a clean notice, 1 with errors, 2 for a missing file", async () => {
    const d = tmp();
    const a = fakeIo(d);
    expect(await run(["check", "good.txt"], a.io)).toBe(0);
    expect(a.out()).toBe("");
    const b = fakeIo(d);
    expect(await run(["check", "seed.txt"], b.io)).toBe(1);
    expect(b.out()).toMatch(/^seed\.txt\n/);
    expect(b.out()).toContain('Thiếu Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"');
    expect(b.out()).toMatch(/national-title/);
    const c = fakeIo(d);
    expect(await run(["check", "nope.txt"], c.io)).toBe(2);
    expect(c.err()).toMatch(/nope\.txt: no such file/);
  });
  it("--max-warnings: warnings alone pass, more than N fail", async () => {
    const d = tmp();
    writeFileSync(join(d, "w.txt"), readFileSync(GOOD, "utf8").replace("- Lưu: VT, VP.", "- Lưu: VT, VP"));
    expect(await run(["check", "w.txt"], fakeIo(d).io)).toBe(0);
    const x = fakeIo(d);
    expect(await run(["check", "--max-warnings", "0", "w.txt"], x.io)).toBe(1);
    expect(x.err()).toMatch(/more than --max-warnings 0/);
    expect(await run(["check", "--max-warnings", "1", "w.txt"], fakeIo(d).io)).toBe(0);
    expect(await run(["check", "--max-warnings", "x", "w.txt"], fakeIo(d).io)).toBe(2);
  });
  it("--draft allows the blank number", async () => {
    const d = tmp();
    writeFileSync(join(d, "draft.txt"), readFileSync(GOOD, "utf8").replace("Số: 05/TB-SKHCN", "Số:     /TB-SKHCN").replace("ngày 08 tháng", "ngày     tháng"));
    const a = fakeIo(d);
    expect(await run(["check", "--format", "json", "draft.txt"], a.io)).toBe(1);
    expect(JSON.parse(a.out())[0].messages.map((m: LintMessage) => m.ruleId)).toEqual(["number-symbol", "place-date"]);
    expect(await run(["check", "--draft", "draft.txt"], fakeIo(d).io)).toBe(0);
  });
});

describe("config", () => {
  it("is found upwards, turns rules off and changes severity", async () => {
    const d = tmp();
    mkdirSync(join(d, "sub/deeper"), { recursive: true });
    copyFileSync(SEED, join(d, "sub/deeper/seed.txt"));
    writeFileSync(join(d, "sub/.noticerc.yaml"), "rules:\n  national-title: off\n  motto: off\n  issuer: warning\n  number-symbol: off\n");
    const a = fakeIo(d);
    expect(await run(["check", "--format", "json", "sub/deeper/seed.txt"], a.io)).toBe(0);
    const ms = JSON.parse(a.out())[0].messages as LintMessage[];
    expect(ms.some((m) => m.ruleId === "national-title" || m.ruleId === "motto")).toBe(false);
    expect(ms.find((m) => m.ruleId === "issuer")?.severity).toBe("warning");
    // The file in the root is not under that config.
    expect(await run(["check", "seed.txt"], fakeIo(d).io)).toBe(1);
  });
  it("--config wins; an invalid config exits 2 naming the problem", async () => {
    const d = tmp();
    writeFileSync(join(d, "bad.yaml"), "rules:\n  no-such-rule: off\n");
    const a = fakeIo(d);
    expect(await run(["check", "--config", "bad.yaml", "seed.txt"], a.io)).toBe(2);
    expect(a.err()).toMatch(/bad\.yaml: invalid config at rules\.no-such-rule: unknown rule "no-such-rule"/);
    writeFileSync(join(d, "bad2.yaml"), "rules:\n  motto: loud\n");
    expect(await run(["check", "--config", "bad2.yaml", "seed.txt"], fakeIo(d).io)).toBe(2);
    writeFileSync(join(d, ".noticerc.yaml"), "rulez: {}\n");
    const c = fakeIo(d);
    expect(await run(["check", "seed.txt"], c.io)).toBe(2);
    expect(c.err()).toMatch(/\.noticerc\.yaml: invalid config/);
  });
});

describe("inline directives", () => {
  it("Markdown comments and plain-text # lines silence rules; positions do not move", async () => {
    const d = tmp();
    const seed = readFileSync(SEED, "utf8");
    const plain = "# notice-parse-disable-file national-title motto issuer\n" + seed.replace("Số: /TB-SKHCCN", "# notice-parse-disable-next-line number-symbol\nSố: /TB-SKHCCN");
    writeFileSync(join(d, "p.txt"), plain);
    const a = fakeIo(d);
    await run(["check", "--format", "json", "p.txt"], a.io);
    const ids = (JSON.parse(a.out())[0].messages as LintMessage[]).map((m) => m.ruleId);
    for (const id of ["national-title", "motto", "issuer", "number-symbol"]) expect(ids).not.toContain(id);
    expect(ids).toContain("unit-spelling");
    const md = "<!-- notice-parse-disable unit-spelling -->\n" + seed;
    writeFileSync(join(d, "m.md"), md);
    const b = fakeIo(d);
    await run(["check", "--format", "json", "m.md"], b.io);
    const ms = JSON.parse(b.out())[0].messages as LintMessage[];
    expect(ms.map((m) => m.ruleId)).not.toContain("unit-spelling");
    // One line added on top: the blank number moves from line 3 to line 4.
    expect(ms.find((m) => m.ruleId === "number-symbol")?.line).toBe(4);
  });
});

describe("inputs", () => {
  it("directories, globs and .noticeignore", async () => {
    const d = tmp();
    mkdirSync(join(d, "drafts/old"), { recursive: true });
    copyFileSync(SEED, join(d, "drafts/a.txt"));
    copyFileSync(GOOD, join(d, "drafts/b.txt"));
    copyFileSync(SEED, join(d, "drafts/old/c.txt"));
    const a = fakeIo(d);
    await run(["check", "--format", "json", "drafts"], a.io);
    expect(JSON.parse(a.out()).map((r: FileResult) => r.file)).toEqual(["drafts/a.txt", "drafts/b.txt", "drafts/old/c.txt"]);
    writeFileSync(join(d, ".noticeignore"), "# old drafts\nold/\n");
    const b = fakeIo(d);
    await run(["check", "--format", "json", "drafts/**/*.txt"], b.io);
    expect(JSON.parse(b.out()).map((r: FileResult) => r.file)).toEqual(["drafts/a.txt", "drafts/b.txt"]);
    const c = fakeIo(d);
    await run(["check", "--no-ignore", "--format", "json", "drafts"], c.io);
    expect(JSON.parse(c.out())).toHaveLength(3);
  });
  it("- reads standard input, reported under --stdin-filename", async () => {
    const d = tmp();
    const a = fakeIo(d, { stdin: readFileSync(SEED, "utf8") });
    expect(await run(["check", "--format", "json", "--stdin-filename", "tb/seed.txt", "-"], a.io)).toBe(1);
    expect(JSON.parse(a.out())[0].file).toBe("tb/seed.txt");
    const b = fakeIo(d, { stdin: readFileSync(GOOD, "utf8") });
    expect(await run(["check", "-"], b.io)).toBe(0);
  });
  it("-o writes the report to a file", async () => {
    const d = tmp();
    const a = fakeIo(d);
    expect(await run(["check", "--format", "sarif", "-o", "out.sarif", "seed.txt"], a.io)).toBe(1);
    expect(a.out()).toBe("");
    expect(JSON.parse(readFileSync(join(d, "out.sarif"), "utf8")).version).toBe("2.1.0");
  });
});

describe("stylish colour", () => {
  it("colour on a TTY only, never with NO_COLOR or --no-color", async () => {
    const d = tmp();
    const esc = /\u001b\[/;
    const tty = fakeIo(d, { tty: true });
    await run(["check", "seed.txt"], tty.io);
    expect(tty.out()).toMatch(esc);
    const pipe = fakeIo(d);
    await run(["check", "seed.txt"], pipe.io);
    expect(pipe.out()).not.toMatch(esc);
    const nc = fakeIo(d, { tty: true, env: { NO_COLOR: "1" } });
    await run(["check", "seed.txt"], nc.io);
    expect(nc.out()).not.toMatch(esc);
    const flag = fakeIo(d, { tty: true });
    await run(["check", "--no-color", "seed.txt"], flag.io);
    expect(flag.out()).not.toMatch(esc);
  });
});

describe("sarif", () => {
  it("validates against the SARIF 2.1.0 JSON Schema, with rule metadata and 1-based regions", async () => {
    const d = tmp();
    const a = fakeIo(d);
    await run(["check", "--format", "sarif", "seed.txt", "good.txt"], a.io);
    const log = JSON.parse(a.out());
    // The schema shipped by @microsoft/jest-sarif (draft-04 syntax; ajv 8 reads it once "id" is "$id").
    const schema = JSON.parse(readFileSync(join(ROOT, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
    delete schema.$schema;
    schema.$id = schema.id;
    delete schema.id;
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }); // the schema's "language" pattern is not valid with the u flag
    ajv.addFormat("uri", /^[a-z][a-z0-9+.-]*:/i);
    ajv.addFormat("uri-reference", /^\S*$/);
    ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T/);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run0 = log.runs[0];
    expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const r of run0.tool.driver.rules) expect(r.helpUri).toMatch(new RegExp(`README\\.md#${r.id}$`));
    const nt = run0.results.find((r: { ruleId: string }) => r.ruleId === "national-title");
    expect(nt.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "seed.txt", index: 0 }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } });
    expect(nt.level).toBe("error");
    // A bad SARIF is rejected by the same validator (the test can fail).
    expect(validate({ version: "2.1.0", runs: [{ results: [] }] })).toBe(false);
  });
});

describe("github", () => {
  it("escapes data and properties as GitHub requires", () => {
    expect(escapeData("50% done\r\nnext")).toBe("50%25 done%0D%0Anext");
    expect(escapeProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
  });
  it("prints one workflow command per message, line by line", async () => {
    const d = tmp();
    writeFileSync(join(d, "t, x:1.txt"), readFileSync(GOOD, "utf8").replace("- Lưu: VT, VP.", "- Lưu: VT, VP"));
    const a = fakeIo(d);
    expect(await run(["check", "--format", "github", "t, x:1.txt"], a.io)).toBe(0);
    expect(a.out().split("\n")).toEqual([
      '::warning file=t%2C x%3A1.txt,line=37,col=1,endLine=37,endColumn=14,title=notice-parse recipients::Dòng lưu "- Lưu: VT, VP" cần kết thúc bằng dấu chấm "." (recipients)',
      "",
    ]);
  });
  it("shows at most 10 annotations per level, then says how many more and where", () => {
    const msg = (i: number, severity: LintMessage["severity"]): LintMessage => ({ ruleId: "motto", severity, message: `m${i}`, line: i + 1, column: 1, endLine: i + 1, endColumn: 2 });
    const results: FileResult[] = [{ file: "a.txt", messages: [...Array.from({ length: 13 }, (_, i) => msg(i, "error")), ...Array.from({ length: 11 }, (_, i) => msg(i, "warning")), msg(0, "info")] }];
    const lines = github(results, { paint: NO_PAINT, rules: [], toolVersion: "0", rerunHint: '"notice-parse check --format stylish a.txt"' }).trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("::error "))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith("::warning "))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith("::notice "))).toHaveLength(1);
    expect(lines[0]).toBe("::error file=a.txt,line=1,col=1,endLine=1,endColumn=2,title=notice-parse motto::m0 (motto)");
    expect(lines.at(-1)).toBe('notice-parse: 3 errors, 1 warning more not shown as annotations (GitHub shows at most 10 per level); run "notice-parse check --format stylish a.txt" to see them all');
  });
});
