import { describe, expect, it } from "vitest";
import { loadCalendar } from "../../src/deadline/index.js";
import { lunarToSolar, solarToLunar, tetOf, yearOfCanChi } from "../../src/deadline/lunar.js";
import { addMonths, weekday } from "../../src/deadline/iso.js";

describe("Vietnamese lunar calendar (UTC+7)", () => {
  it.each([
    [1985, "1985-01-21"], // China: 1985-02-20
    [2007, "2007-02-17"], // China: 2007-02-18
    [2008, "2008-02-07"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
  ])("Tết %i is %s", (y, iso) => expect(tetOf(y)).toBe(iso));
  it("converts Hùng Kings' day (10/3) and back", () => {
    expect(lunarToSolar(10, 3, 2025)).toBe("2025-04-07");
    expect(lunarToSolar(10, 3, 2026)).toBe("2026-04-26");
    expect(solarToLunar(26, 4, 2026)).toEqual({ day: 10, month: 3, year: 2026, leap: false });
  });
  it("names years by can-chi", () => {
    expect(yearOfCanChi("Mậu Tý", 2010)).toBe(2008);
    expect(yearOfCanChi("Bính Ngọ", 2025)).toBe(2026);
    expect(lunarToSolar(6, 1, 2008)).toBe("2008-02-12");
  });
});

describe("working days", () => {
  const cal = loadCalendar();
  it("skips weekends", () => {
    expect(cal.addWorkingDays("2026-05-26", 3)).toBe("2026-05-29");
    expect(cal.addWorkingDays("2026-05-29", 1)).toBe("2026-06-01");
  });
  it("skips Tết, Hùng Kings' day, 30/4–1/5 and swapped days, counts make-up Saturdays", () => {
    expect(cal.isWorkingDay("2025-01-29")).toBe(false);
    expect(cal.isWorkingDay("2025-04-07")).toBe(false);
    expect(cal.isWorkingDay("2025-04-26")).toBe(true); // Saturday, make-up day for 2/5
    expect(cal.isWorkingDay("2025-05-02")).toBe(false);
    expect(cal.addWorkingDays("2026-02-12", 5)).toBe("2026-02-26");
  });
  it("computes the holidays of a year the data does not list, with compensatory days", () => {
    // 2028: 1/1 is a Saturday → Monday 3/1 off
    expect(cal.isWorkingDay("2028-01-03")).toBe(false);
    expect(cal.isWorkingDay("2028-01-04")).toBe(true);
  });
  it("merges a user calendar", () => {
    const mine = loadCalendar("years:\n  2026:\n    holidays:\n      - { date: \"2026-06-01\", name: \"nghỉ riêng\" }\n");
    expect(mine.isWorkingDay("2026-06-01")).toBe(false);
    expect(mine.addWorkingDays("2026-05-29", 1)).toBe("2026-06-02");
    expect(() => loadCalendar("years:\n  2026:\n    holidays:\n      - { date: \"2026-02-30\", name: x }\n")).toThrow(/không hợp lệ/);
  });
  it("date arithmetic is component based", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(weekday("2026-05-26")).toBe(2);
  });
});
