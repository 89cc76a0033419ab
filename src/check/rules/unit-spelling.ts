/**
 * One unit is written one way in one notice: not "QLKHCCN" here and "QLKH&CN" there. Two
 * abbreviations name the same unit when the registry resolves both to one entry, or when they
 * differ by one character and one of them has "&" there (the usual slip: "&" typed as "C").
 */
import { defineRule } from "../types.js";
import { findAbbreviations, type Abbrev } from "../view.js";
import { toPoint } from "../../text/source.js";

function oneAmpersandSlip(x: string, y: string): boolean {
  if (x.length !== y.length || x === y) return x.replace(/&/g, "") === y.replace(/&/g, "") && x !== y;
  let diff = -1;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) { if (diff >= 0) return false; diff = i; }
  return diff >= 0 && (x[diff] === "&" || y[diff] === "&");
}

export default defineRule(
  {
    id: "unit-spelling",
    severity: "warning",
    description: "Một đơn vị chỉ viết một cách trong cùng văn bản",
    basis: "practice (ý nghĩa văn bản: tên đơn vị thống nhất để xác định người chủ trì)",
  },
  ({ analysis: a, options, report }) => {
    const firsts = new Map<string, Abbrev>();
    for (const ab of findAbbreviations(a)) if (!firsts.has(ab.text)) firsts.set(ab.text, ab);
    const forms = [...firsts.values()];
    const done = new Set<string>();
    for (let i = 0; i < forms.length; i++)
      for (let j = i + 1; j < forms.length; j++) {
        const x = forms[i]!, y = forms[j]!;
        const rx = options.registry.resolve(x.text), ry = options.registry.resolve(y.text);
        const same = (rx && ry && rx.entry.id === ry.entry.id) || oneAmpersandSlip(x.text, y.text);
        if (!same || done.has(y.text)) continue;
        // Report the misspelt form when the registry knows which it is, else the later one.
        const [bad, good] = rx?.via === "misspelling" && ry?.via !== "misspelling" ? [x, y] : [y, x];
        done.add(bad.text);
        const line = toPoint(a.source, good.start).line;
        report(`Một đơn vị viết hai cách: "${bad.text}" và "${good.text}" (dòng ${line}); cần thống nhất một cách viết`, bad);
      }
  },
);
