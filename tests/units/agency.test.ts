/** Agency files merged over the built-in registry, and loud failures on bad files. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { defaultRegistry, loadRegistry } from "../../src/units/registry.js";

const FIXTURE = new URL("../../fixtures/units/skhcn-quang-ngai.yaml", import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), "units-"));
const file = (name: string, text: string) => { const p = join(tmp, name); writeFileSync(p, text); return p; };

describe("agency files", () => {
  const reg = loadRegistry({ files: [FIXTURE] });

  it("adds the agency's own units and keeps the built-in ones", () => {
    expect(reg.resolve("Chi cục TĐC")?.entry.id).toBe("skhcn-qn/tdc");
    expect(reg.resolve("Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi")?.entry.id).toBe("skhcn-qn/bql-kkt-dung-quat");
    expect(reg.resolve("Sở Tài chính")?.entry.id).toBe("so-tai-chinh");
    expect(reg.entries.length).toBe(defaultRegistry().entries.length + 3);
    expect(defaultRegistry().resolve("Chi cục TĐC")).toBeNull();
  });

  it("merges an entry with a built-in id: new aliases added, old ones kept", () => {
    expect(reg.resolve("Phòng QLKH")?.entry.id).toBe("qlkhcn");
    expect(reg.resolve("Phòng QLKH&CCN")?.via).toBe("misspelling");
    expect(reg.resolve("Phòng Quản lý khoa học và công nghệ")?.entry.id).toBe("qlkhcn");
    expect(reg.get("qlkhcn")!.source).toBe(FIXTURE);
    expect(reg.get("van-phong-so")!.parent).toBe("so-khcn");
  });

  it("runs the agency's examples", () => {
    for (const e of reg.entries) for (const x of e.examples) expect(reg.resolve(x)?.entry.id, x).toBe(e.id);
  });

  it("lets an agency alias win over a built-in one", () => {
    const r = loadRegistry({ files: [file("a.yaml", "entries:\n  - { id: phong-tham-dinh, name: Phòng Thẩm định, aliases: [Phòng Pháp chế] }\n")] });
    expect(r.resolve("Phòng Pháp chế")?.entry.id).toBe("phong-tham-dinh");
    expect(defaultRegistry().resolve("Phòng Pháp chế")?.entry.id).toBe("phong-phap-che");
  });

  it.each([
    ["bad-yaml.yaml", "entries: [ {", /not valid YAML/],
    ["no-name.yaml", "entries:\n  - { id: x }\n", /entry 1 \(x\): name/],
    ["bad-id.yaml", "entries:\n  - { id: Phòng A, name: Phòng A }\n", /entry 1 \(Phòng A\): id/],
    ["unknown-key.yaml", "entries:\n  - { id: a, name: Phòng A, alias: [PA] }\n", /Unrecognized key.*alias/],
    ["twice.yaml", "entries:\n  - { id: a, name: Phòng A }\n  - { id: b, name: Phòng A }\n", /alias "Phòng A" is already/],
    ["successor.yaml", "entries:\n  - { id: a, name: Phòng A, validTo: 2025-01-01, successor: nowhere }\n", /successor nowhere/],
    ["no-entries.yaml", "agency: X\n", /entries/],
  ])("fails loudly on %s, naming the file and the entry", (name, text, why) => {
    const p = file(name, text);
    let err: unknown;
    try { loadRegistry({ files: [p] }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain(p);
    expect((err as Error).message).toMatch(why);
    expect(err).toBeInstanceOf(InputError);
  });

  it("a missing file is one clear InputError", () => {
    expect(() => loadRegistry({ files: [join(tmp, "nope.yaml")] })).toThrow(/cannot read the units file \(ENOENT\)/);
  });
});
