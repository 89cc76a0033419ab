import { describe, expect, it } from "vitest";
import { agendaJson, agendaTitle, selectAgenda } from "../../src/format/agenda.js";
import { formatters } from "../../src/format/index.js";
import { loadResult, opts } from "./helpers.js";

const seed = loadResult("hand-seed");
const cv = loadResult("hand-cv846");
const ids = (rs: ReturnType<typeof selectAgenda>) => rs.flatMap((r) => r.tasks.map((t) => `${r.notice.symbol}:${t.id}`));

describe("agenda", () => {
  const ao = { today: "2025-04-08", dueWithin: 7 };
  it("keeps tasks due in the next N days and overdue ones, across notices", () => {
    expect(ids(selectAgenda([seed, cv], ao))).toEqual([
      "TB-SKHCCN:1.1", "TB-SKHCCN:8.1", "TB-SKHCCN:8.2", "UBND-KGVX:1.1", "UBND-KGVX:1.3",
    ]);
    expect(ids(selectAgenda([seed, cv], { ...ao, overdue: false }))).toEqual(["TB-SKHCCN:1.1", "UBND-KGVX:1.1", "UBND-KGVX:1.3"]);
    expect(ids(selectAgenda([seed, cv], { ...ao, dueWithin: 0, overdue: false }))).toEqual(["UBND-KGVX:1.3"]);
    expect(ids(selectAgenda([seed, cv], { today: "2025-04-16", dueWithin: 4, overdue: false }))).toEqual(["TB-SKHCCN:4.1", "UBND-KGVX:2.1"]);
    expect(agendaTitle(ao)).toBe("Việc đến hạn từ 8/4/2025 đến 15/4/2025 (7 ngày tới) và việc quá hạn");
  });
  it("prints a chat-sized Markdown list by unit, by date, with the source of each task", () => {
    const md = formatters.md!(selectAgenda([seed, cv], ao), opts({ title: agendaTitle(ao), origin: true, order: "deadline" }));
    expect(md.split("\n").filter((l) => l.startsWith("- [ ]"))).toHaveLength(5);
    expect(md.length).toBeLessThan(2000);
    expect(md).toContain("**Việc đến hạn từ 8/4/2025 đến 15/4/2025 (7 ngày tới) và việc quá hạn**");
    expect(md).toContain("(sáng ngày 3/4/2025 · **quá hạn 5 ngày**) — TB-SKHCCN ngày 1/4/2025, mục 8.1");
    // Groups come in order of their earliest deadline.
    expect(md.indexOf("**Các phòng, đơn vị thuộc Sở**")).toBeLessThan(md.indexOf("**Văn phòng Sở**"));
    expect(md.indexOf("**Văn phòng Sở**")).toBeLessThan(md.indexOf("**UBND các huyện, thị xã, thành phố**"));
  });
  it("gives JSON with days left and the notice of each task", () => {
    const j = JSON.parse(agendaJson(selectAgenda([seed, cv], ao), ao));
    expect(j.until).toBe("2025-04-15");
    expect(j.tasks.map((t: { id: string; daysLeft: number }) => [t.id, t.daysLeft])).toEqual([["8.1", -5], ["8.2", -4], ["1.3", 0], ["1.1", 2], ["1.1", 7]]);
    expect(j.tasks[2].notice).toMatchObject({ number: "846", symbol: "UBND-KGVX", ref: "846/UBND-KGVX", date: "2025-04-03" });
  });
});
