import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { run } from "../../src/cli/main.js";
import { memIo } from "./smoke.test.js";

const SEED = join(__dirname, "../../fixtures/notices/qn-skhcn-giaoban-q1-2025.txt");
const BIN = join(__dirname, "../../bin/notice-parse.js");

describe("parse command, in-process", () => {
  it("prints YAML by default in a pipe, with the tasks of the seed notice", async () => {
    const io = memIo();
    expect(await run([SEED], io)).toBe(0);
    const r = parseYaml(io.out);
    expect(r.schemaVersion).toBe(1);
    expect(r.tasks.length).toBeGreaterThanOrEqual(20);
    expect(r.tasks[0].deadline).toMatchObject({ kind: "before", date: "2025-04-15" });
  });

  it("reads standard input with -", async () => {
    const io = memIo(readFileSync(SEED, "utf8"));
    expect(await run(["-", "--format", "json"], io)).toBe(0);
    const r = JSON.parse(io.out);
    expect(r.source.path).toBeNull();
    expect(r.tasks.length).toBeGreaterThan(0);
  });

  it("writes -o atomically and refuses to overwrite an input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "np-cli-"));
    const out = join(dir, "tasks.json");
    const io = memIo();
    expect(await run([SEED, "--format", "json", "-o", out], io)).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).tasks.length).toBeGreaterThan(0);
    expect(io.out).toBe("");
    const copy = join(dir, "tb.txt");
    writeFileSync(copy, readFileSync(SEED));
    const io2 = memIo();
    expect(await run([copy, "-o", copy], io2)).toBe(2);
    expect(io2.err).toMatch(/refusing to overwrite/);
    expect(readFileSync(copy, "utf8")).toBe(readFileSync(SEED, "utf8"));
  });

  it.each([
    ["an empty file", "", /empty/],
    ["a binary file", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]), /binary/],
    ["a text that is not a notice", "Xin chào, hôm nay trời đẹp.\n", /no tasks found/],
  ])("%s: one line on stderr, exit 2", async (_what, content, re) => {
    const dir = mkdtempSync(join(tmpdir(), "np-bad-"));
    const f = join(dir, "x.txt");
    writeFileSync(f, content);
    const io = memIo();
    expect(await run([f], io)).toBe(2);
    expect(io.err.trim().split("\n")).toHaveLength(1);
    expect(io.err).toMatch(re);
    expect(io.err).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it("a directory given as a file is expanded; an empty one is an error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "np-dir-"));
    mkdirSync(join(dir, "empty"));
    const io = memIo();
    expect(await run([join(dir, "empty")], io)).toBe(2);
    expect(io.err).toMatch(/directory/);
  });

  it("--units merges an agency file; a broken one stops with exit 2", async () => {
    const io = memIo();
    expect(await run([SEED, "--format", "json", "--units", join(__dirname, "../../fixtures/units/skhcn-quang-ngai.yaml")], io)).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), "np-units-"));
    writeFileSync(join(dir, "bad.yaml"), "units: [");
    const io2 = memIo();
    expect(await run([SEED, "--units", join(dir, "bad.yaml")], io2)).toBe(2);
    expect(io2.err.trim().split("\n")).toHaveLength(1);
  });

  it("same input, same bytes out", async () => {
    const a = memIo(), b = memIo();
    await run([SEED, "--format", "json"], a);
    await run([SEED, "--format", "json"], b);
    expect(a.out).toBe(b.out);
  });
});

describe.skipIf(!existsSync(join(__dirname, "../../dist/cli/entry.js")))("the built bin (spawned)", () => {
  it("runs, exits 0 and prints JSON", () => {
    const out = execFileSync(process.execPath, [BIN, "--format", "json", SEED], { encoding: "utf8" });
    expect(JSON.parse(out).notice.symbol).toBe("TB-SKHCCN");
  });
  it("a missing file: exit 2, one line, no stack trace", () => {
    const r = spawnSync(process.execPath, [BIN, "no/such.txt"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("--calendar", () => {
  it("a user's holiday moves a deadline counted in working days", async () => {
    const dir = mkdtempSync(join(tmpdir(), "np-cal-"));
    writeFileSync(join(dir, "n.txt"), "Lào Cai, ngày 26 tháng 5 năm 2026\n\nGiao Sở Tài chính có ý kiến bằng văn bản trong thời hạn 03 ngày làm việc kể từ ngày ký.\n");
    writeFileSync(join(dir, "c.yaml"), 'years:\n  2026:\n    holidays:\n      - { date: "2026-05-28", name: "Nghỉ bù" }\n');
    const plain = memIo(), cal = memIo();
    expect(await run([join(dir, "n.txt"), "--format", "json"], plain)).toBe(0);
    expect(await run([join(dir, "n.txt"), "--format", "json", "--calendar", join(dir, "c.yaml")], cal)).toBe(0);
    expect(JSON.parse(plain.out).tasks[0].deadline).toMatchObject({ kind: "by", date: "2026-05-29" });
    expect(JSON.parse(cal.out).tasks[0].deadline).toMatchObject({ kind: "by", date: "2026-06-01" });
  });
});

describe("YAML for every reader", () => {
  it("quotes what YAML 1.1 readers would turn into booleans or dates (kind: on, ISO dates)", async () => {
    const io = memIo();
    await run([SEED], io);
    expect(io.out).toContain('kind: "on"');
    expect(io.out).toMatch(/date: "2025-04-01"/);
    expect(parseYaml(io.out).tasks.find((t: { deadline: { kind: string } | null }) => t.deadline?.kind === "on")).toBeTruthy();
  });
});
