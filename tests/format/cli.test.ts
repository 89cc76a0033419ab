import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { formatters, formatHelp } from "../../src/format/index.js";
import { memIo } from "../cli/smoke.test.js";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const section = README.slice(README.indexOf("<!-- section:formats -->"), README.indexOf("<!-- /section:formats -->"));

describe("every format is documented", () => {
  it("has a --help line for every format", async () => {
    // The format list is the help of the parse command (the default command).
    const io = memIo();
    expect(await run(["parse", "--help"], io)).toBe(0);
    const help = io.out;
    const names = Object.keys(formatters);
    expect(names).toEqual(expect.arrayContaining(["yaml", "json", "jsonl", "table", "csv", "ics", "md", "html"]));
    expect(Object.keys(formatHelp).sort()).toEqual([...names].sort());
    for (const name of names) expect(help, name).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
  });
  it("has a README row for every format", () => {
    for (const name of Object.keys(formatters)) expect(section, name).toContain(`| \`${name}\` |`);
  });
});

describe("agenda command", () => {
  it("refuses a bad --due-within or --today with exit 2", async () => {
    const io = memIo();
    expect(await run(["agenda", "x.txt", "--due-within", "a week"], io)).toBe(2);
    expect(io.err).toMatch(/--due-within must be a whole number/);
    const io2 = memIo();
    expect(await run(["agenda", "x.txt", "--today", "8/4/2025"], io2)).toBe(2);
    expect(io2.err).toMatch(/--today must be YYYY-MM-DD/);
  });
  it("reports an unreadable file and still prints the agenda", async () => {
    const io = memIo();
    const code = await run(["agenda", "no/such/file.txt", "fixtures/notices/qn-skhcn-giaoban-q1-2025.txt", "--today", "2025-04-08", "--format", "md"], io);
    expect(code).toBe(1);
    expect(io.err).toMatch(/no such file/);
    expect(io.out).toContain("**Việc đến hạn từ 8/4/2025 đến 15/4/2025 (7 ngày tới) và việc quá hạn · 1 văn bản**");
  });
  it("lists the tasks of the seed notice due that week, once the parser finds them", async () => {
    const io = memIo();
    expect(await run(["agenda", "fixtures/notices/qn-skhcn-giaoban-q1-2025.txt", "--today", "2025-04-08", "--format", "json"], io)).toBe(0);
    const j = JSON.parse(io.out);
    expect(j.until).toBe("2025-04-15");
    for (const t of j.tasks) expect(t.deadline.date <= "2025-04-15").toBe(true);
  });
});
