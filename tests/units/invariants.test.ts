import { describe, expect, it } from "vitest";
import { defaultRegistry, loadRegistry } from "../../src/units/registry.js";
import { aliasKey, keyTokens } from "../../src/units/keys.js";
import { loadBuiltin, snapshotIsCurrent } from "../../src/units/load.js";

const reg = defaultRegistry();
const data = loadBuiltin();

describe("unit registry data", () => {
  it("has entries of every level and kind", () => {
    expect(reg.entries.length).toBeGreaterThan(250);
    for (const level of ["central", "province", "district", "commune", "party", "mass", "agency", "other"])
      expect(reg.entries.some((e) => e.level === level), level).toBe(true);
    for (const kind of ["unit", "person", "group"]) expect(reg.entries.some((e) => e.kind === kind), kind).toBe(true);
  });

  it("ids are unique", () => {
    const ids = reg.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("no alias key maps to two entries", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of reg.entries) for (const a of [e.name, ...e.aliases, ...e.misspellings]) {
      const k = aliasKey(a, data.expansions);
      const o = owner.get(k);
      if (o && o !== e.id) clashes.push(`${a} (${e.id}) = ${o}`);
      owner.set(k, e.id);
    }
    expect(clashes).toEqual([]);
  });

  it("every successor and parent exists, and a successor comes with validTo", () => {
    for (const e of reg.entries) {
      if (e.successor) { expect(reg.get(e.successor), `${e.id} → ${e.successor}`).toBeDefined(); expect(e.validTo, e.id).toBeDefined(); }
      if (e.parent) expect(reg.get(e.parent), `${e.id} parent ${e.parent}`).toBeDefined();
    }
  });

  it("every entry has examples and each example resolves to it", () => {
    const wrong: string[] = [];
    for (const e of reg.entries) {
      expect(e.examples.length, e.id).toBeGreaterThan(0);
      for (const x of e.examples) {
        const r = reg.resolve(x);
        if (r?.entry.id !== e.id) wrong.push(`${x} → ${r?.entry.id ?? null} (want ${e.id})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("former names keep their own entry and canonical name", () => {
    const khdt = reg.resolve("Sở KH&ĐT")!;
    expect(khdt.entry.name).toBe("Sở Kế hoạch và Đầu tư");
    expect(khdt.entry.validTo).toBe("2025-02-28");
    expect(reg.get(khdt.entry.successor!)!.name).toBe("Sở Tài chính");
    for (const [former, successor] of [["so-tttt", "so-khcn"], ["so-tnmt", "so-nn-mt"], ["so-nnptnt", "so-nn-mt"], ["so-ldtbxh", "so-noi-vu"], ["so-gtvt", "so-xay-dung"],
      ["bo-khdt", "bo-tai-chinh"], ["bo-tttt", "bo-khcn"], ["bo-ldtbxh", "bo-noi-vu"], ["bo-gtvt", "bo-xay-dung"], ["bo-tnmt", "bo-nn-mt"], ["bo-nnptnt", "bo-nn-mt"], ["uy-ban-dan-toc", "bo-dan-toc-ton-giao"]])
      expect(reg.get(former!)!.successor, former).toBe(successor);
  });

  it("a former name used after its end is flagged with its successor", () => {
    const r = reg.resolve("Sở Kế hoạch và Đầu tư", { date: "2025-04-01" })!;
    expect(r.expired).toBe(true);
    expect(r.successor?.id).toBe("so-tai-chinh");
    expect(reg.resolve("Sở Kế hoạch và Đầu tư", { date: "2024-12-31" })!.expired).toBe(false);
    expect(reg.resolve("Sở Tài chính", { date: "2025-04-01" })!.expired).toBe(false);
  });

  it("the province list has the 63 provinces of before July 2025 and their 34 successors", () => {
    expect(data.provinces).toHaveLength(63);
    const merged = data.provinces.filter((p) => p.mergedInto);
    const names = new Set(data.provinces.map((p) => p.name));
    for (const p of merged) expect(names.has(p.mergedInto!), p.name).toBe(true);
    expect(data.provinces.length - merged.length).toBe(34);
  });

  it("the parsed snapshot matches the YAML (run `node dist/units/precompile.js` after editing grammars/units)", () => {
    expect(snapshotIsCurrent()).toBe(true);
  });

  it("loads once and fast", () => {
    const t = performance.now();
    defaultRegistry();
    expect(performance.now() - t).toBeLessThan(5);
    expect(loadRegistry()).toBe(reg);
  });
});

describe("matching keys", () => {
  const keys = (s: string) => keyTokens(s, data.expansions).map((t) => t.k).join(" ");
  it.each([
    ["Sở TN&MT", "Sở TNMT"], ["Đài PT-TH", "Đài PT&TH"], ["Sở VH,TT&DL", "Sở VHTTDL"], ["UBND tỉnh", "Ủy ban nhân dân tỉnh"],
    ["Uỷ ban nhân dân", "Ủy ban nhân dân"], ["HĐND TP", "Hội đồng nhân dân Thành phố"], ["TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"],
    ["TP.HCM", "thành phố Hồ Chí Minh"], ["Sở Tài nguyên & Môi trường", "Sở Tài nguyên và Môi trường"], ["Ban Kinh tế – Ngân sách", "Ban Kinh tế - Ngân sách"],
    ["Sở Y tế", "SO Y TE"], ["Ðài", "Đài"], ["Sở Văn hoá", "Sở Văn hóa"], ["BQL KKT", "Ban Quản lý Khu kinh tế"],
  ])("%s = %s", (a, b) => expect(keys(a)).toBe(keys(b)));
  it("keeps apart what differs", () => {
    expect(keys("Sở KH&CN")).not.toBe(keys("Sở KH&ĐT"));
    expect(keys("UBND và HĐND")).toBe("uy ban nhan dan hoi dong nhan dan");
    expect(keys("Sở KH&CN và VNPT")).toBe("so khcn vnpt");
  });
  it("offsets point at the words", () => {
    const t = keyTokens("Giao UBND tỉnh: báo cáo", data.expansions);
    expect(t.map((x) => [x.k, x.start, x.end])).toContainEqual(["uy", 5, 9]);
    expect(t.find((x) => x.k === "bao")!.sep).toBe("hard");
  });
});
