/** `notice-parse units` run in-process. */
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { memIo } from "../cli/smoke.test.js";

const FIXTURE = "fixtures/units/skhcn-quang-ngai.yaml";

describe("notice-parse units", () => {
  it("lists every entry, one line each", async () => {
    const io = memIo();
    expect(await run(["units"], io)).toBe(0);
    const lines = io.out.trim().split("\n");
    expect(lines.length).toBeGreaterThan(250);
    expect(lines.find((l) => l.startsWith("so-khdt"))).toMatch(/Sở Kế hoạch và Đầu tư.*until 2025-02-28 → so-tai-chinh/);
  });

  it("looks up a mention: id, canonical name, kind, aliases, validity, successor", async () => {
    const io = memIo();
    expect(await run(["units", "Sở KH&ĐT"], io)).toBe(0);
    expect(io.out).toMatch(/^so-khdt {2}unit {2}Sở Kế hoạch và Đầu tư/);
    expect(io.out).toMatch(/abbreviations: +Sở KH&ĐT, Sở KHĐT/);
    expect(io.out).toMatch(/valid: +… – 2025-02-28/);
    expect(io.out).toMatch(/successor: +so-tai-chinh \(Sở Tài chính\)/);
    expect(io.out).not.toMatch(/\x1b\[/);
  });

  it("warns about a former name after its end with --date", async () => {
    const io = memIo();
    expect(await run(["units", "Sở Thông tin và Truyền thông", "--date", "2025-04-01"], io)).toBe(0);
    expect(io.out).toMatch(/warning: "Sở Thông tin và Truyền thông" ended on 2025-02-28; its successor is Sở Khoa học và Công nghệ/);
  });

  it("merges --units files", async () => {
    const io = memIo();
    expect(await run(["units", "Chi cục TĐC", "--units", FIXTURE], io)).toBe(0);
    expect(io.out).toMatch(/^skhcn-qn\/tdc/);
    const plain = memIo();
    expect(await run(["units", "Chi cục TĐC"], plain)).toBe(1);
  });

  it("shows a misspelling and a place for what they are", async () => {
    const io = memIo();
    await run(["units", "Phòng QLKHCCN"], io);
    expect(io.out).toMatch(/matched: +misspelling/);
    const p = memIo();
    await run(["units", "UBND tỉnh Lai Châu"], p);
    expect(p.out).toMatch(/as written: +Ủy ban nhân dân tỉnh Lai Châu/);
  });

  it("searches by a word and filters by kind, as JSON", async () => {
    const io = memIo();
    expect(await run(["units", "ngành", "--kind", "group", "--json"], io)).toBe(0);
    const list = JSON.parse(io.out) as { id: string; kind: string }[];
    expect(list.map((e) => e.id)).toContain("cac-so-ban-nganh");
    expect(list.every((e) => e.kind === "group")).toBe(true);
  });

  it("says 'did you mean' for an unknown unit and exits 1", async () => {
    const io = memIo();
    expect(await run(["units", "Sở Tài chánh tỉnh"], io)).toBe(1);
    expect(io.err).toMatch(/unknown unit "Sở Tài chánh tỉnh"/);
    expect(io.err).toMatch(/did you mean:\n.*so-tai-chinh/);
  });

  it("a bad units file is one line on stderr and exit 2", async () => {
    const io = memIo();
    expect(await run(["units", "--units", "no/such/units.yaml"], io)).toBe(2);
    expect(io.err.trim().split("\n")).toHaveLength(1);
    expect(io.err).toMatch(/no\/such\/units.yaml: cannot read the units file/);
  });
});
