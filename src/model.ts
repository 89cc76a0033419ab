/**
 * The typed tree the stages build. Offsets are [start, end) into `SourceText.text`; turn them
 * into line/column only at the edge (`toPosition`).
 */
import type { Diagnostic, NoticeResult } from "./schema.js";
import type { SourceText } from "./text/source.js";

export interface Range {
  start: number;
  end: number;
}

export type InputFormat = "text" | "markdown" | "docx" | "pdf";

export interface Line extends Range {
  /** 0-based index of the line in the normalised text. */
  index: number;
  /** The line's text without its line break (normalised). */
  text: string;
}

/** A value found in the header, with where it was found. */
export interface Found<T> {
  value: T;
  range: Range;
}

export interface HeaderInfo {
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" as found (either tone placement), or null. */
  nationalTitle: Found<string> | null;
  /** "Độc lập - Tự do - Hạnh phúc" as found, or null. */
  motto: Found<string> | null;
  issuer: Found<string> | null;
  parentIssuer: Found<string> | null;
  /** The whole "Số: 12/TB-UBND" text after "Số:" (raw), with number and symbol split. */
  numberLine: Found<{ raw: string; number: string | null; symbol: string | null }> | null;
  /** "Quảng Ngãi, ngày 01 tháng 4 năm 2025" with its parts; day/month/year null when blank. */
  placeDate: Found<{ raw: string; place: string | null; day: string | null; month: string | null; year: string | null }> | null;
  /** "THÔNG BÁO", "BIÊN BẢN LÀM VIỆC" … (null for a công văn). */
  type: Found<string> | null;
  /** Trích yếu: the line(s) after the type, or the "V/v …" line of a công văn. */
  subject: Found<string> | null;
  /** "Kính gửi:" block. */
  addressees: Found<string[]> | null;
  /** "Nơi nhận:" block: the whole block, and one entry per recipient line. */
  recipients: Found<Array<Found<string>>> | null;
  signer: Found<{ authority: string | null; title: string | null; position: string | null; name: string | null }> | null;
}

export type BlockKind = "section" | "item" | "point" | "bullet" | "paragraph" | "table-row";

/** One numbered item, bullet or paragraph of the body. */
export interface Block extends Range {
  kind: BlockKind;
  /** The marker as written: "I.", "1.", "1.1.", "a)", "-", "+", "•", "Một là," … or null. */
  marker: string | null;
  /** Nesting depth in the body (0 = top). */
  depth: number;
  /** Marker path from the top, e.g. ["II", "3", "a"]. */
  path: string[];
  /** Where the block's own text (after the marker) starts and ends. */
  content: Range;
  /** For a table row, the cells (ranges into the text). */
  cells?: Range[];
}

export interface Analysis {
  source: SourceText;
  format: InputFormat;
  lines: Line[];
  header: HeaderInfo;
  /** The body: between the header and "Nơi nhận"/signature. */
  body: Range;
  blocks: Block[];
  /** Cited documents of the body with their ranges (result.references without ranges). */
  citations: Array<{ start: number; end: number; reference: NoticeResult["references"][number] }>;
  result: NoticeResult;
}

export type { Diagnostic };
