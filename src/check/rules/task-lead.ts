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
    for (const t of a.result.tasks) {
      if (t.lead.length) continue;
      const short = t.text.length > 80 ? `${t.text.slice(0, 77)}…` : t.text;
      report(`Nhiệm vụ ${t.id} chưa có đơn vị chủ trì: "${short}"; cần ghi rõ "Giao <đơn vị> chủ trì …"`, t.position);
    }
  },
);
