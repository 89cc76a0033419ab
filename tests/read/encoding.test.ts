import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readInput, decodeText, sniffFormat } from "../../src/read/index.js";
import { InputError } from "../../src/errors.js";
import { vietnameseScore } from "../../src/read/encoding.js";
import { decodeVni, encodeVni } from "../../src/read/vni.js";

const dir = "fixtures/inputs/";
const original = readFileSync(dir + "notice.utf8.txt", "utf8");

describe("encodings", () => {
  it.each([
    ["notice.utf8.txt", "utf-8", null],
    ["notice.utf8-bom.txt", "utf-8-bom", null],
    ["notice.utf16le.txt", "utf-16le", /UTF-16 LE/],
    ["notice.utf16be.txt", "utf-16be", /UTF-16 BE/],
    ["notice.cp1258.txt", "windows-1258", /Windows-1258 \(detected/],
    ["notice.tcvn3.txt", "tcvn3", /TCVN3 \(ABC\) \(detected/],
    ["notice.vni.txt", "vni", /VNI \(detected/],
    ["notice.vni-unicode.txt", "vni", /VNI text stored as Unicode/],
  ])("%s decodes to the original text as %s, with a note naming it", async (file, enc, note) => {
    const r = await readInput(dir + file);
    expect(r.encoding).toBe(enc);
    expect(r.text.normalize("NFC")).toBe(original);
    if (note) expect(r.notes.join("\n")).toMatch(note);
    else expect(r.notes).toEqual([]);
    expect(r.path).toBe(dir + file);
  });

  it("keeps CRLF for the normaliser (positions point at the input as given)", async () => {
    const r = await readInput(dir + "notice.crlf.txt");
    expect(r.text).toBe(original.replace(/\n/g, "\r\n"));
  });

  it("--encoding overrides detection", async () => {
    const bytes = readFileSync(dir + "notice.tcvn3.txt");
    const forced = decodeText(bytes, "x", "vni");
    expect(forced.encoding).toBe("vni");
    expect(forced.text).not.toBe(original);
    expect(decodeText(bytes, "x", "TCVN").text).toBe(original);
    expect(decodeText(readFileSync(dir + "notice.vni-unicode.txt"), "x", "utf-8").text).toContain("THOÂNG BAÙO");
    expect(() => decodeText(bytes, "x", "klingon")).toThrow(/unknown encoding "klingon"/);
  });

  it("scores Vietnamese above its mis-decodings", () => {
    expect(vietnameseScore(original)).toBeGreaterThan(0.5);
    expect(vietnameseScore(encodeVni(original))).toBeLessThan(0);
    expect(vietnameseScore("Th«ng b¸o kÕt luËn cña")).toBeLessThan(0);
    expect(vietnameseScore("cÙng nghiệp trÍn địa b‡n")).toBeLessThan(0.3);
  });

  it("VNI round-trips every Vietnamese letter", () => {
    const all = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
    const both = all + " " + all.toUpperCase();
    expect(decodeVni(encodeVni(both))).toBe(both);
  });

  it("sniffs the format from the bytes", () => {
    expect(sniffFormat(Buffer.from("%PDF-1.7\n"))).toBe("pdf");
    expect(sniffFormat(readFileSync(dir + "numbered.docx"))).toBe("docx");
    expect(sniffFormat(Buffer.from(original))).toBe("text");
  });
});

describe("bad input: one clear InputError naming the file", () => {
  it.each([
    ["fixtures/inputs/nope.txt", /nope\.txt: no such file/],
    ["fixtures/inputs", /inputs: is a directory/],
    ["fixtures/inputs/empty.txt", /empty\.txt: the file is empty/],
    ["fixtures/inputs/binary.txt", /binary\.txt: looks like a binary file/],
    ["fixtures/inputs/fake.docx", /fake\.docx: looks like a binary file/],
  ])("%s", async (path, msg) => {
    const e = await readInput(path).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(msg);
    expect((e as InputError).message).not.toMatch(/\n/);
  });

  it("a text file named .pdf is read as text, with a note", async () => {
    const r = await readInput(dir + "text-named.pdf");
    expect(r.format).toBe("text");
    expect(r.notes[0]).toMatch(/named \.pdf but its content is text/);
  });

  it("standard input", async () => {
    const r = await readInput("-", { stdin: async () => readFileSync(dir + "notice.tcvn3.txt") });
    expect(r.path).toBeNull();
    expect(r.text).toBe(original);
  });
});
