/**
 * A unit is named as it is called on the notice's date: a former name (Sở Kế hoạch và Đầu tư after
 * the 2025 reorganisation) sends the task to a body that no longer exists under that name.
 */
import { defineRule } from "../types.js";

export default defineRule(
  {
    id: "former-unit-name",
    severity: "warning",
    description: "Tên đơn vị là tên đang dùng vào ngày ban hành (không dùng tên cũ đã được sắp xếp lại)",
    basis: "practice (ý nghĩa văn bản; Nghị quyết 190/2025/QH15 về sắp xếp bộ máy)",
  },
  ({ analysis: a, report }) => {
    for (const d of a.result.diagnostics) if (d.rule === "former-unit-name") report(d.message, d.position);
  },
);
