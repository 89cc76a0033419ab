/**
 * The only file I/O of the library: a path (or "-" for stdin) → decoded text and its format.
 * Text formats are decoded here; .docx and .pdf are converted to text here too.
 */
import { readFile, stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { InputError } from "../errors.js";
import type { InputFormat } from "../model.js";
import { detectAndDecode } from "./encoding.js";

export interface ReadOptions {
  /** Force the input format instead of taking it from the extension or sniffing. */
  inputFormat?: InputFormat;
  /** Force the text encoding (utf-8, utf-16le, windows-1258, tcvn3, vni). */
  encoding?: string;
  /** Bytes of stdin, when the path is "-" (tests pass them in). */
  stdin?: () => Promise<Buffer>;
  /** Directory relative paths are read from (the path itself is reported as given). */
  resolveFrom?: string;
}

export interface ReadResult {
  path: string | null;
  text: string;
  format: InputFormat;
  /** "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni"; "docx" / "pdf" for converted documents. */
  encoding: string;
  /** Messages about the input itself (e.g. "decoded from TCVN3"). */
  notes: string[];
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Input format from the file name, or null when it does not say. */
export function formatFromExtension(path: string): InputFormat | null {
  const ext = extname(path).toLowerCase();
  if (ext === ".md" || ext === ".markdown") return "markdown";
  if (ext === ".docx") return "docx";
  if (ext === ".pdf") return "pdf";
  if (ext === ".txt" || ext === ".text") return "text";
  return null;
}

/** Input format from the first bytes: %PDF-, a ZIP holding word/document.xml, else text. */
export function sniffFormat(bytes: Buffer): InputFormat {
  if (bytes.subarray(0, 1024).indexOf("%PDF-") >= 0) return "pdf";
  if (bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50 && bytes.indexOf("word/") >= 0) return "docx";
  return "text";
}

export async function readInput(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  let bytes: Buffer;
  const shown = path === "-" ? "<stdin>" : path;
  const where = opts.resolveFrom && path !== "-" ? resolve(opts.resolveFrom, path) : path;
  if (path === "-") {
    bytes = await (opts.stdin ?? readStdin)();
  } else {
    let st;
    try {
      st = await stat(where);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(code === "EACCES" ? `${shown}: permission denied` : `${shown}: no such file`, path);
    }
    if (st.isDirectory()) throw new InputError(`${shown}: is a directory (give the files in it, or use a glob)`, path);
    if (!st.isFile()) throw new InputError(`${shown}: is not a regular file`, path);
    try {
      bytes = await readFile(where);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(`${shown}: cannot be read (${code === "EACCES" ? "permission denied" : code ?? "error"})`, path);
    }
  }
  if (bytes.length === 0) throw new InputError(`${shown}: the file is empty`, path);
  const fromName = path === "-" ? null : formatFromExtension(path);
  const sniffed = sniffFormat(bytes);
  // the bytes win over a misleading extension (a .txt that is a PDF), --input-format over both
  const misnamed = !opts.inputFormat && sniffed === "text" && (fromName === "docx" || fromName === "pdf");
  const format: InputFormat = opts.inputFormat ?? (sniffed !== "text" ? sniffed : misnamed ? "text" : fromName ?? "text");
  const result = (text: string, encoding: string, notes: string[]): ReadResult => {
    if (!text.trim()) throw new InputError(`${shown}: the file has no text (only white space)`, path);
    return { path: path === "-" ? null : path, text, format, encoding, notes };
  };
  if (format === "docx") {
    const { docxToText } = await import("./docx.js");
    const { text, notes } = await docxToText(bytes, shown);
    return result(text, "docx", notes);
  }
  if (format === "pdf") {
    const { pdfToText } = await import("./pdf.js");
    const { text, notes } = await pdfToText(bytes, shown);
    return result(text, "pdf", notes);
  }
  const { text, encoding, notes } = decodeText(bytes, shown, opts.encoding);
  if (misnamed) notes.unshift(`named .${fromName} but its content is text: read as text`);
  return result(text, encoding, notes);
}

/**
 * Bytes of a text file → text: BOM (UTF-8, UTF-16 LE/BE), strict UTF-8, else Windows-1258, TCVN3
 * or VNI by detection (with a note naming it); `encoding` forces one. Binary data is refused.
 */
export function decodeText(bytes: Buffer, shown: string, encoding?: string): { text: string; encoding: string; notes: string[] } {
  return detectAndDecode(bytes, shown, encoding);
}
