/**
 * The only file I/O of the library: a path (or "-" for stdin) → decoded text and its format.
 * Text formats are decoded here; .docx and .pdf are converted to text here too.
 */
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { InputError } from "../errors.js";
import type { InputFormat } from "../model.js";

export interface ReadOptions {
  /** Force the input format instead of taking it from the extension or sniffing. */
  inputFormat?: InputFormat;
  /** Force the text encoding (utf-8, utf-16le, windows-1258, tcvn3, vni). */
  encoding?: string;
  /** Bytes of stdin, when the path is "-" (tests pass them in). */
  stdin?: () => Promise<Buffer>;
}

export interface ReadResult {
  path: string | null;
  text: string;
  format: InputFormat;
  encoding: string;
  /** Messages about the input itself (e.g. "decoded from TCVN3"). */
  notes: string[];
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function readInput(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  let bytes: Buffer;
  const shown = path === "-" ? "<stdin>" : path;
  if (path === "-") {
    bytes = await (opts.stdin ?? readStdin)();
  } else {
    let st;
    try {
      st = await stat(path);
    } catch {
      throw new InputError(`${shown}: no such file`, path);
    }
    if (st.isDirectory()) throw new InputError(`${shown}: is a directory (give the files in it, or use a glob)`, path);
    try {
      bytes = await readFile(path);
    } catch (e) {
      throw new InputError(`${shown}: cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"})`, path);
    }
  }
  const ext = path === "-" ? "" : extname(path).toLowerCase();
  const format: InputFormat = opts.inputFormat ?? (ext === ".md" || ext === ".markdown" ? "markdown" : ext === ".docx" ? "docx" : ext === ".pdf" ? "pdf" : "text");
  if (format === "docx" || format === "pdf") throw new InputError(`${shown}: ${format} input is not supported yet`, path);
  if (bytes.length === 0) throw new InputError(`${shown}: the file is empty`, path);
  const { text, encoding } = decodeText(bytes, shown, opts.encoding);
  return { path: path === "-" ? null : path, text, format, encoding, notes: [] };
}

/** UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is refused as binary or wrong encoding. */
export function decodeText(bytes: Buffer, shown: string, encoding?: string): { text: string; encoding: string } {
  if (encoding && !/^utf-?8$/i.test(encoding)) throw new InputError(`${shown}: encoding ${encoding} is not supported yet`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new InputError(`${shown}: looks like a binary file, not a text notice`);
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ""), encoding: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? "utf-8-bom" : "utf-8" };
  } catch {
    throw new InputError(`${shown}: is not valid UTF-8 (give --encoding, or convert the file to UTF-8)`);
  }
}
