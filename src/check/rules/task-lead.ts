/** Every task names who leads it (chủ trì): a clerk cannot assign a task without a lead. */
import { defineRule } from "../types.js";

export default defineRule(
  {
    id: "task-lead",
    severity: "warning",
    description: "Mỗi nhiệm vụ có đơn vị (người) chủ trì",
    basis: "practice (ý nghĩa văn bản: giao việc phải rõ người chủ trì)",
  },
  ({ analysis: a, report }) => {
    // Directive sentences without an actor, as the task extractor reports them.
    for (const d of a.result.diagnostics)
      if (d.rule === "missing-actor") report(`${d.message}; cần ghi rõ "Giao <đơn vị> chủ trì …"`, d.position);
    for (const t of a.result.tasks) {
      if (t.lead.length) continue;
      const short = t.text.length > 80 ? `${t.text.slice(0, 77)}…` : t.text;
      report(`Nhiệm vụ ${t.id} chưa có đơn vị chủ trì: "${short}"; cần ghi rõ "Giao <đơn vị> chủ trì …"`, t.position);
    }
  },
);
