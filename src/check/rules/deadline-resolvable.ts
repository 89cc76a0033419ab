/**
 * A deadline phrase resolves to a date: "trước ngày 15/4/2025" does, "trong thời gian sớm nhất"
 * or "trước ngày 31/4/2025" does not. Ongoing and recurring deadlines and deadlines relative to a
 * named event are fine.
 */
import { defineRule } from "../types.js";

export default defineRule(
  {
    id: "deadline-resolvable",
    severity: "warning",
    description: "Thời hạn của nhiệm vụ xác định được ngày cụ thể",
    basis: "practice (ý nghĩa văn bản: thời hạn phải tính được)",
  },
  ({ analysis: a, report }) => {
    for (const t of a.result.tasks) {
      const d = t.deadline;
      if (!d || d.date || d.kind === "ongoing" || d.kind === "recurring" || d.event) continue;
      report(`Thời hạn "${d.text}" của nhiệm vụ ${t.id} không xác định được ngày cụ thể; cần ghi ngày (vd. "trước ngày 15/4/2025")`, t.position);
    }
  },
);
