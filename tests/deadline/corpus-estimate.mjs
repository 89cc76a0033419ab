// Estimate of the deadline score on the dev corpus without the pipeline: for each scored gold task,
// the task text is approximated as its anchor up to the end of the sentence, plus a following
// sentence that only carries a deadline; the first dated deadline there (else the first) is compared
// with gold as score.mjs does (kind + date; kind only for ongoing/recurring; dateless = null).
// Usage: npx tsc -p . && node tests/deadline/corpus-estimate.mjs [../shared/corpus/dev]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { findDeadlines } from "../../dist/deadline/index.js";

const dir = process.argv[2] ?? new URL("../../../shared/corpus/dev", import.meta.url).pathname;
const fold = (s) => s.toLowerCase().replace(/[*_]/g, "").replace(/\s+/g, " ");
let total = 0, right = 0;
const wrong = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, f), "utf8"));
  const text = readFileSync(join(dir, f.replace(".gold.json", ".txt")), "utf8").normalize("NFC").replace(/\r\n?/g, "\n").replace(/\*\*|__/g, "");
  const noticeDate = gold.notice?.date ?? null;
  for (const t of gold.tasks) {
    if (t.optional) continue;
    const at = fold(text).indexOf(fold(t.anchor));
    if (at < 0) continue;
    // sentence end after the anchor: ". " / ";" with an uppercase next / newline
    const rest = text.slice(at);
    const m = /(?:[.;]\s+(?=[A-ZĐÂĂÊÔƠƯ-])|\n)/u.exec(rest.slice(t.anchor.length));
    const end = m ? at + t.anchor.length + m.index + 1 : text.length;
    const lineStart = text.lastIndexOf("\n", at) + 1;
    const lineEnd = text.indexOf("\n", at) < 0 ? text.length : text.indexOf("\n", at);
    let found;
    if (text.slice(lineStart, lineEnd).includes("|")) {
      // a task table row: scan each cell as a time cell
      found = [];
      let p = lineStart;
      for (const cell of text.slice(lineStart, lineEnd).split("|")) {
        found.push(...findDeadlines(text, { noticeDate }, { start: p, end: p + cell.length, cell: true }).deadlines);
        p += cell.length + 1;
      }
    } else {
      // a clause starts at the anchor, or a little before it (the actor)
      const clauseStart = Math.max(lineStart, text.lastIndexOf(";", at) + 1, text.lastIndexOf(". ", at) + 1);
      found = findDeadlines(text, { noticeDate }, { start: clauseStart, end }).deadlines;
    }
    const pick = found.find((d) => d.deadline.date) ?? found[0] ?? null;
    const g = t.deadline ?? null;
    let ok;
    if (!g) ok = !pick || (!pick.deadline.date && !["ongoing", "recurring"].includes(pick.deadline.kind));
    else if (g.kind === "ongoing" || g.kind === "recurring") ok = pick?.deadline.kind === g.kind;
    else if (g.date === null) ok = !pick || !pick.deadline.date;
    else ok = pick?.deadline.kind === g.kind && pick?.deadline.date === g.date;
    total++;
    if (ok) right++;
    else wrong.push(`${f}: "${t.anchor}" gold ${JSON.stringify(g)} got ${pick ? JSON.stringify({ kind: pick.deadline.kind, date: pick.deadline.date, text: pick.deadline.text }) : null}`);
  }
}
console.log(`deadline (estimate over ${total} scored gold tasks): ${(right / total).toFixed(3)} (${right}/${total})`);
for (const w of wrong) console.log("  ✗ " + w);
