import { describe, expect, it } from "vitest";
import {
  addDays, daysBetween, daysLeftLabel, deadlineLabel, entityMatches, groupItems, selectItems, statusOf, viDate, viWeekday,
} from "../../src/format/common.js";
import type { Deadline, Entity } from "../../src/schema.js";
import { loadResult, TODAY } from "./helpers.js";

const dl = (o: Partial<Deadline>): Deadline => ({ kind: "before", date: null, start: null, time: null, partOfDay: null, recurrence: null, event: null, text: "", ...o });
const unit = (name: string, mention: string, id: string | null = null): Entity => ({ name, mention, kind: "unit", id, title: null });

describe("dates for people", () => {
  it("writes dates the Vietnamese way and counts days on the calendar", () => {
    expect(viDate("2025-04-03")).toBe("3/4/2025");
    expect(viWeekday("2025-04-15")).toBe("Thứ Ba");
    expect(viWeekday("2025-04-20")).toBe("Chủ nhật");
    expect(daysBetween("2025-04-08", "2025-04-15")).toBe(7);
    expect(daysBetween("2025-03-30", "2025-04-01")).toBe(2);
    expect(daysBetween("2024-12-31", "2025-03-01")).toBe(60);
    expect(addDays("2025-02-26", 7)).toBe("2025-03-05");
  });
  it("labels deadlines of every kind", () => {
    expect(deadlineLabel(dl({ kind: "before", date: "2025-04-15" }))).toBe("trước 15/4/2025");
    expect(deadlineLabel(dl({ kind: "before", date: "2025-04-10", time: "17:00" }))).toBe("trước 17h00 ngày 10/4/2025");
    expect(deadlineLabel(dl({ kind: "on", date: "2025-04-03", partOfDay: "morning" }))).toBe("sáng ngày 3/4/2025");
    expect(deadlineLabel(dl({ kind: "on", date: "2025-04-04" }))).toBe("ngày 4/4/2025");
    expect(deadlineLabel(dl({ kind: "by", date: "2025-06-30" }))).toBe("chậm nhất 30/6/2025");
    expect(deadlineLabel(dl({ kind: "within", date: "2025-05-31", start: "2025-05-01" }))).toBe("trong tháng 5/2025");
    expect(deadlineLabel(dl({ kind: "within", date: "2025-06-30", start: "2025-04-01" }))).toBe("trong quý II/2025");
    expect(deadlineLabel(dl({ kind: "within", date: "2025-12-31", start: "2025-01-01" }))).toBe("trong năm 2025");
    expect(deadlineLabel(dl({ kind: "within", date: "2025-04-20", start: "2025-04-10" }))).toBe("từ 10/4/2025 đến 20/4/2025");
    expect(deadlineLabel(dl({ kind: "ongoing", text: "thường xuyên" }))).toBe("thường xuyên");
    expect(deadlineLabel(dl({ kind: "recurring", recurrence: "monthly", date: "2025-04-20" }))).toBe("hằng tháng (lần đầu 20/4/2025)");
    // A dateless deadline keeps its words.
    expect(deadlineLabel(dl({ kind: "by", text: "sau khi Luật Khoa học và Công nghệ mới ban hành" }))).toBe("sau khi Luật Khoa học và Công nghệ mới ban hành");
    expect(deadlineLabel(null)).toBe("");
  });
  it("says how many days are left, relative to today", () => {
    const r = loadResult("hand-seed");
    const byId = (id: string) => r.tasks.find((t) => t.id === id)!;
    expect(daysLeftLabel(byId("1.1"), TODAY)).toBe("Còn 7 ngày");
    expect(statusOf(byId("1.1"), TODAY)).toBe("soon");
    expect(daysLeftLabel(byId("8.2"), TODAY)).toBe("Quá hạn 4 ngày");
    expect(statusOf(byId("8.2"), TODAY)).toBe("overdue");
    expect(daysLeftLabel(byId("1.1"), "2025-04-15")).toBe("Hạn hôm nay");
    expect(statusOf(byId("4.1"), TODAY)).toBe("later");
    expect(daysLeftLabel(byId("2.1"), TODAY)).toBe("");
    expect(statusOf(byId("2.1"), TODAY)).toBe("none");
  });
});

describe("--unit", () => {
  it("matches whole folded words of the name or the mention, or the registry id", () => {
    const qlkh = unit("Phòng Quản lý khoa học và công nghệ", "Phòng QLKH&CN", "qlkhcn");
    expect(entityMatches(qlkh, "QLKH&CN")).toBe(true);
    expect(entityMatches(qlkh, "qlkh và cn")).toBe(true);
    expect(entityMatches(qlkh, "quan ly khoa hoc")).toBe(true);
    expect(entityMatches(qlkh, "Quản lý KHOA HỌC")).toBe(true);
    expect(entityMatches(qlkh, "qlkhcn")).toBe(true);
    expect(entityMatches(qlkh, "QLCN")).toBe(false);
    expect(entityMatches(qlkh, "khoa")).toBe(true);
    expect(entityMatches(qlkh, "kho")).toBe(false);
    expect(entityMatches(qlkh, " ")).toBe(false);
  });
  it("finds a unit as lead or collaborator, and other spellings with the same id", () => {
    const r = loadResult("hand-seed");
    const ids = selectItems([r], { unit: "Phòng QLKH&CN" }).map((it) => it.task.id);
    // 2.1 writes "Phòng QLKHCCN" (same registry id), 5.1 has it as a collaborator.
    expect(ids).toEqual(["2.1", "3.2", "5.1", "5.2"]);
    expect(selectItems([r], { unit: "Văn phòng Sở" }).map((it) => it.task.id)).toEqual(["2.1", "8.2"]);
    expect(selectItems([r], { unit: "Sở Tài chính" })).toEqual([]);
  });
});

describe("groups", () => {
  const r = loadResult("hand-seed");
  it("groups by lead unit in order of appearance, one group per registry id", () => {
    const groups = groupItems(selectItems([r]), "unit");
    expect(groups.map((g) => g.label)).toEqual([
      "Các phòng, đơn vị thuộc Sở",
      "Phó Giám đốc Sở Phan Văn Hiếu",
      "Phòng Quản lý khoa học và công nghệ (Phòng QLKH&CN)",
      "Phòng Bưu chính, Viễn thông và Công nghệ thông tin (Phòng BCVT&CNTT)",
      "Phòng Quản lý công nghệ (Phòng QLCN)",
      "Văn phòng Sở",
    ]);
    expect(groups[2]!.items.map((it) => it.task.id)).toEqual(["2.1", "3.2", "5.2"]);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(r.tasks.length);
  });
  it("groups by deadline in date order, undated last", () => {
    const groups = groupItems(selectItems([r]), "deadline");
    expect(groups.map((g) => g.key)).toEqual(["2025-04-03", "2025-04-04", "2025-04-15", "2025-04-20", "~none"]);
    expect(groups[0]!.label).toBe("Thứ Năm 3/4/2025");
  });
  it("groups by section with its title", () => {
    const groups = groupItems(selectItems([r]), "section");
    expect(groups.map((g) => g.key)).toEqual(["1", "2", "3", "4", "5", "8"]);
    expect(groups[1]!.label).toBe("Mục 2. Đối với việc triển khai các nhiệm vụ KH&CN");
    expect(groups[5]!.label).toBe("Mục 8");
  });
  it("orders by deadline when asked (agenda)", () => {
    expect(selectItems([r], { order: "deadline" }).map((it) => it.task.id).slice(0, 4)).toEqual(["8.1", "8.2", "1.1", "4.1"]);
  });
});
