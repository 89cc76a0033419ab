/**
 * Every lead unit is among the recipients ("Nơi nhận", or "Kính gửi" by "- Như trên;"), by itself or through a group such as
 * "Các phòng, đơn vị thuộc Sở" or "Các sở, ban, ngành": a unit that is given a task must receive
 * the notice.
 */
import { defineRule } from "../types.js";
import { recipients } from "../view.js";
import { fold, nameKey } from "../../text/fold.js";
import type { Entity } from "../../schema.js";

/** Group recipients and the unit names they cover (folded prefixes). */
const GROUPS: Array<{ re: RegExp; covers: RegExp }> = [
  { re: /cac phong|cac don vi|phong, don vi|cac phong ban/, covers: /^(phong|van phong|trung tam|chi cuc|ban quan ly|doi)\b/ },
  { re: /cac ban\b/, covers: /^ban\b/ },
  { re: /cac so|so, ban, nganh|cac co quan/, covers: /^(so|ban|van phong|thanh tra|cong an|bo chi huy)\b/ },
  { re: /ubnd cac (huyen|xa|phuong)|uy ban nhan dan cac (huyen|xa|phuong)/, covers: /^(ubnd|uy ban nhan dan) (huyen|xa|phuong|thi xa|thanh pho)/ },
];

export default defineRule(
  {
    id: "lead-recipient",
    severity: "warning",
    description: "Đơn vị chủ trì có trong Nơi nhận (trực tiếp hoặc qua nhóm như \"Các phòng, đơn vị thuộc Sở\")",
    basis: "practice (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9: nơi nhận gồm các cơ quan thực hiện)",
  },
  ({ analysis: a, options, report }) => {
    const rec = recipients(a);
    if (!rec) return; // the recipients rule reports a missing "Nơi nhận"
    // "- Như trên;" sends it to the addressees (Kính gửi) too.
    const lines = [...rec.value.map((r) => r.value), ...(a.header.addressees?.value ?? [])];
    const keys = lines.map(nameKey);
    const folded = lines.map((l) => fold(l));
    const ids = new Set(lines.flatMap((l) => l.replace(/^-\s*/, "").split(/[,;]\s*/).map((p) => options.registry.resolve(p)?.entry.id).filter(Boolean)));
    const covered = (e: Entity): boolean => {
      if (e.id && ids.has(e.id)) return true;
      const k = [nameKey(e.mention), nameKey(e.name)].filter((x) => x.length >= 3);
      if (keys.some((r) => k.some((x) => r.includes(x)))) return true;
      const f = fold(e.name).replace(/^(giao|cac)\s+/, "");
      const fm = fold(e.mention);
      return GROUPS.some((g) => folded.some((r) => g.re.test(r)) && (g.covers.test(f) || g.covers.test(fm)));
    };
    const done = new Set<string>();
    for (const t of a.result.tasks)
      for (const e of t.lead) {
        if (e.kind !== "unit" || done.has(e.name) || covered(e)) continue;
        done.add(e.name);
        report(`Đơn vị chủ trì "${e.mention}" không có trong Nơi nhận; cần thêm "- ${e.name};" vào Nơi nhận`, t.position);
      }
  },
);
