/**
 * .pdf → text through unpdf (pdf.js). Refuses, with one clear line, a PDF without a text layer
 * (scanned: needs OCR) and a text layer that does not read as Vietnamese (a broken font mapping)
 * unless a known repair (src/read/pdf-repair.ts) makes it read as Vietnamese.
 */
import { InputError } from "../errors.js";
import { vietnameseScore } from "./encoding.js";
import { repairFonts, type TextItem } from "./pdf-repair.js";

interface PdfItem { str?: string; fontName?: string; hasEOL?: boolean; transform?: number[] }
interface PdfPage { getTextContent(): Promise<{ items: PdfItem[] }> }
interface PdfDoc { numPages: number; getPage(n: number): Promise<PdfPage>; destroy?(): Promise<void> }

/** Below this, a text layer is not taken as Vietnamese. */
export const MIN_SCORE = 0.3;

export async function pdfToText(bytes: Buffer, shown: string): Promise<{ text: string; notes: string[] }> {
  if (bytes.subarray(0, 1024).indexOf("%PDF-") < 0) throw new InputError(`${shown}: is not a PDF file (no %PDF- header)`, shown);
  const { getDocumentProxy } = (await import("unpdf")) as unknown as { getDocumentProxy(d: Uint8Array): Promise<PdfDoc> };
  let doc: PdfDoc;
  const pages: TextItem[][] = [];
  try {
    doc = await getDocumentProxy(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const tc = await page.getTextContent();
      pages.push(tc.items.filter((it) => typeof it.str === "string").map((it) => ({ str: it.str!, font: it.fontName ?? "", eol: !!it.hasEOL })));
    }
    await doc.destroy?.();
  } catch (e) {
    throw new InputError(`${shown}: cannot be read as a PDF (${(e as Error).message.split("\n")[0]})`, shown);
  }
  const raw = pages.map(joinItems).join("\n");
  if (!raw.replace(/\s+/g, "")) {
    throw new InputError(
      `${shown}: the PDF has no text layer (a scanned document, ${pages.length} page${pages.length === 1 ? "" : "s"}): run OCR on it first, or give the .docx or text`,
      shown,
    );
  }
  if (vietnameseScore(raw) >= MIN_SCORE) return { text: tidy(raw), notes: [] };
  const repaired = repairFonts(pages);
  if (repaired && vietnameseScore(repaired.text) >= MIN_SCORE)
    return { text: tidy(repaired.text), notes: [`converted from PDF with a broken Vietnamese font mapping, repaired (${repaired.how}): check names and numbers against the original`] };
  throw new InputError(
    `${shown}: the PDF's text layer is not readable Vietnamese (a broken font mapping, e.g. "${sampleOf(raw)}"): give the .docx or text, or run OCR`,
    shown,
  );
}

function joinItems(items: TextItem[]): string {
  let s = "";
  for (const it of items) { s += it.str; if (it.eol) s += "\n"; }
  return s;
}

function tidy(text: string): string {
  return text.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").replace(/^\s+|\s+$/g, "") + "\n";
}

function sampleOf(raw: string): string {
  const line = raw.split("\n").find((l) => l.trim().length > 8) ?? raw;
  return line.trim().slice(0, 30).replace(/[\u0000-\u001F]/g, "?");
}
