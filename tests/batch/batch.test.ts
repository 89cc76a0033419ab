import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandInputs, processInputs } from "../../src/batch/index.js";
import { run } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";

function memIo(cwd: string, opts: { stderrTTY?: boolean; stdoutTTY?: boolean; env?: Record<string, string> } = {}): Io & { out: string; err: string } {
  const io = {
    out: "", err: "",
    stdout: { write(s: string) { io.out += s; return true; }, isTTY: opts.stdoutTTY ?? false },
    stderr: { write(s: string) { io.err += s; return true; }, isTTY: opts.stderrTTY ?? false },
    stdin: async () => Buffer.from(""),
    env: opts.env ?? {},
    cwd,
  };
  return io;
}

const notice = readFileSync("fixtures/inputs/notice.utf8.txt", "utf8");

/** A folder of notices: a/1.txt, a/b/2.md, a/b/3.docx, a/skip.json, a/.hidden.txt, a/bad.txt (binary). */
function tree(): string {
  const d = mkdtempSync(join(tmpdir(), "np-batch-"));
  mkdirSync(join(d, "a/b"), { recursive: true });
  writeFileSync(join(d, "a/1.txt"), notice);
  writeFileSync(join(d, "a/b/2.md"), notice);
  copyFileSync("fixtures/inputs/numbered.docx", join(d, "a/b/3.docx"));
  writeFileSync(join(d, "a/skip.json"), "{}");
  writeFileSync(join(d, "a/.hidden.txt"), notice);
  writeFileSync(join(d, "a/bad.txt"), Buffer.from(Array.from({ length: 600 }, (_, i) => i % 7)));
  return d;
}

describe("expandInputs", () => {
  it("walks directories (sorted, notice extensions only, no hidden files) and expands globs, keeping paths as given", async () => {
    const d = tree();
    expect(await expandInputs(["a"], { cwd: d })).toEqual(["a/1.txt", "a/b/2.md", "a/b/3.docx", "a/bad.txt"]);
    expect(await expandInputs(["a/**/*.md", "a/1.txt", "a/1.txt"], { cwd: d })).toEqual(["a/b/2.md", "a/1.txt"]);
    expect(await expandInputs(["a/*.nothing"], { cwd: d })).toEqual(["a/*.nothing"]);
    expect(await expandInputs([], { cwd: d })).toEqual(["-"]);
  });
});

describe("processInputs", () => {
  it("keeps input order, reports the bad file in its item and processes the rest", async () => {
    const d = tree();
    const items = await processInputs(["a"], { cwd: d });
    expect(items.map((i) => i.input)).toEqual(["a/1.txt", "a/b/2.md", "a/b/3.docx", "a/bad.txt"]);
    expect(items.map((i) => !!i.result)).toEqual([true, true, true, false]);
    expect(items[3]!.error!.message).toMatch(/^a\/bad\.txt: looks like a binary file/);
    expect(items[0]!.result!.source.path).toBe("a/1.txt");
    expect(items[2]!.result!.source.format).toBe("docx");
  });
});

describe("CLI batches", () => {
  it("jsonl over a directory: one line per notice, the bad file on stderr, a summary, exit 1", async () => {
    const d = tree();
    const io = memIo(d);
    const code = await run(["a", "--format", "jsonl"], io);
    expect(code).toBe(1);
    const lines = io.out.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => JSON.parse(l).source.path)).toEqual(["a/1.txt", "a/b/2.md", "a/b/3.docx"]);
    expect(io.err).toMatch(/^notice-parse: a\/bad\.txt: looks like a binary file/m);
    expect(io.err).toMatch(/^notice-parse: 4 files, \d+ tasks, 1 failed.*, \d+\.\d\d s$/m);
    expect(io.err).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it("--quiet drops the summary; a single file gets no summary", async () => {
    const d = tree();
    const q = memIo(d);
    await run(["a", "-f", "jsonl", "-q"], q);
    expect(q.err).not.toMatch(/files,/);
    const one = memIo(d);
    await run(["a/1.txt", "-f", "json"], one);
    expect(one.err).not.toMatch(/files,/);
    expect(JSON.parse(one.out).source.path).toBe("a/1.txt");
  });

  it("--out-dir writes one file per input named after it, and no temporary files", async () => {
    const d = tree();
    const io = memIo(d);
    await run(["a/1.txt", "a/b/2.md", "a/b/3.docx", "--out-dir", "out", "-f", "json"], io);
    expect(readdirSync(join(d, "out")).sort()).toEqual(["1.json", "2.json", "3.json"]);
    expect(JSON.parse(readFileSync(join(d, "out/3.json"), "utf8")).source.path).toBe("a/b/3.docx");
    const y = memIo(d);
    await run(["a/1.txt", "a/b/2.md", "--out-dir", "out2"], y);
    expect(readdirSync(join(d, "out2")).sort()).toEqual(["1.yaml", "2.yaml"]);
  });

  it("never overwrites an input: -o onto an input is refused, --out-dir beside the inputs renames", async () => {
    const d = tree();
    const io = memIo(d);
    expect(await run(["a/1.txt", "-o", "a/1.txt"], io)).toBe(2);
    expect(io.err).toMatch(/refusing to overwrite the input file a\/1\.txt/);
    expect(readFileSync(join(d, "a/1.txt"), "utf8")).toBe(notice);
    writeFileSync(join(d, "a/x.yaml"), notice);
    const o = memIo(d);
    await run(["a/x.yaml", "--input-format", "text", "--out-dir", "a"], o);
    expect(readFileSync(join(d, "a/x.yaml"), "utf8")).toBe(notice);
    expect(readdirSync(join(d, "a"))).toContain("x-2.yaml");
  });

  it("a progress bar only on a terminal, never in CI", async () => {
    const d = mkdtempSync(join(tmpdir(), "np-progress-"));
    for (let i = 0; i < 8; i++) writeFileSync(join(d, `n${i}.txt`), notice);
    const tty = memIo(d, { stderrTTY: true });
    await run([".", "-f", "jsonl"], tty);
    expect(tty.err).toMatch(/\r\[#+-*\] \d+\/8 files/);
    const ci = memIo(d, { stderrTTY: true, env: { CI: "true" } });
    await run([".", "-f", "jsonl"], ci);
    expect(ci.err).not.toMatch(/\r\[/);
    const pipe = memIo(d);
    await run([".", "-f", "jsonl"], pipe);
    expect(pipe.err).not.toMatch(/\r\[/);
  });

  it("bad single inputs: one line naming the file, exit 2", async () => {
    for (const [file, msg] of [
      ["fixtures/inputs/missing.txt", /missing\.txt: no such file/],
      ["fixtures/inputs/empty.txt", /empty\.txt: the file is empty/],
      ["fixtures/inputs/binary.txt", /binary\.txt: looks like a binary file/],
      ["fixtures/inputs/not-a-notice.txt", /not-a-notice\.txt: no tasks found/],
    ] as const) {
      const io = memIo(process.cwd());
      expect(await run([file], io)).toBe(2);
      expect(io.err).toMatch(msg);
      expect(io.err.trim().split("\n")).toHaveLength(1);
    }
  });

  it("the default format is yaml in a pipe and table on a terminal", async () => {
    const pipe = memIo(process.cwd());
    await run(["fixtures/inputs/notice.utf8.txt"], pipe);
    expect(pipe.out).toMatch(/^schemaVersion: 1/);
    const tty = memIo(process.cwd(), { stdoutTTY: true });
    await run(["fixtures/inputs/notice.utf8.txt", "--no-color"], tty);
    expect(tty.out).not.toMatch(/^schemaVersion: 1/);
  });
});

describe("worker threads (built bin)", () => {
  it.skipIf(!require_exists("dist/batch/worker.js"))("--jobs 2 gives the same output, in the same order, as --jobs 1", async () => {
    const bin = join(process.cwd(), "bin/notice-parse.js");
    const { spawnSync } = await import("node:child_process");
    const runBin = (jobs: string): string => spawnSync("node", [bin, d, "-f", "jsonl", "-q", "--jobs", jobs], { encoding: "utf8" }).stdout;
    const d = mkdtempSync(join(tmpdir(), "np-workers-"));
    const corpus = "../shared/corpus/dev/";
    const files = require_exists(corpus) ? readdirSync(corpus).filter((f) => f.endsWith(".txt")) : [];
    for (const f of files) copyFileSync(corpus + f, join(d, f));
    for (let i = 0; i < 12; i++) writeFileSync(join(d, `z${String(i).padStart(2, "0")}.txt`), notice);
    const one = runBin("1");
    const two = runBin("2");
    expect(two).toBe(one);
    expect(one.trim().split("\n")).toHaveLength(files.length + 12);
  }, 30_000);
});

function require_exists(p: string): boolean {
  try { readdirSync(p); return true; } catch { try { readFileSync(p); return true; } catch { return false; } }
}
