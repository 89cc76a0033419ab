import type { HeaderInfo, Line, Range } from "../model.js";
import type { Notice } from "../schema.js";
import type { DiagnosticBag } from "../diagnostics.js";

export function findHeader(_lines: Line[], _text: string): HeaderInfo {
  return { nationalTitle: null, motto: null, issuer: null, parentIssuer: null, numberLine: null, placeDate: null, type: null, subject: null, addressees: null, recipients: null, signer: null };
}
export function findBody(lines: Line[], _h: HeaderInfo, text: string): Range {
  return { start: 0, end: text.length };
}
export function headerToNotice(_h: HeaderInfo, _text: string, _d: DiagnosticBag): Notice {
  return { issuer: null, parentIssuer: null, number: null, symbol: null, type: null, typeCode: null, place: null, date: null, subject: null, signer: null, recipients: [] };
}
