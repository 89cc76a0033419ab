import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { noticeKey, toIcs } from "../../src/format/ics.js";
import type { NoticeResult } from "../../src/schema.js";
import { loadResult, opts } from "./helpers.js";

interface Prop { name: string; params: Record<string, string>; value: string }
/** Unfold (CRLF + space), split into VEVENTs, read properties with their parameters. */
export function parseIcs(text: string): { calendar: Prop[]; events: Prop[][] } {
  expect(text).not.toMatch(/(?<!\r)\n/); // CRLF only
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
  const calendar: Prop[] = [], events: Prop[][] = [];
  let cur: Prop[] | null = null;
  for (const line of lines) {
    const m = /^([A-Z-]+)((?:;[^:;]+)*):(.*)$/.exec(line);
    if (!m) throw new Error("bad line " + line);
    const params = Object.fromEntries(m[2]!.split(";").filter(Boolean).map((p) => p.split("=") as [string, string]));
    const prop = { name: m[1]!, params, value: m[3]! };
    if (line === "BEGIN:VEVENT") cur = [];
    else if (line === "END:VEVENT") { events.push(cur!); cur = null; }
    else (cur ?? calendar).push(prop);
  }
  return { calendar, events };
}
const get = (ev: Prop[], name: string) => ev.find((p) => p.name === name);
const unescape = (s: string) => s.replace(/\\n/g, "\n").replace(/\\([,;\\])/g, "$1");

describe("ics", () => {
  const seed = loadResult("hand-seed");
  const cv = loadResult("hand-cv846");
  const out = toIcs([seed, cv], opts());
  const { calendar, events } = parseIcs(out);
  const byUid = new Map(events.map((ev) => [get(ev, "UID")!.value, ev]));

  it("has one event per dated task with a stable, unique UID", () => {
    const dated = [seed, cv].flatMap((r) => r.tasks.filter((t) => t.deadline?.date).map((t) => ({ r, t })));
    expect(events).toHaveLength(dated.length);
    expect(byUid.size).toBe(dated.length);
    expect([...byUid.keys()]).toContain("tb-skhccn-2025-04-01-" + noticeKey(seed).split("-").pop() + "_1.1@notice-parse");
    expect([...byUid.keys()]).toContain("846-ubnd-kgvx-2025-04-03_1.1@notice-parse");
    expect(toIcs([seed, cv], opts({ today: "2030-01-01" }))).toBe(out); // nothing depends on today or the clock
  });

  it("places each event on its date: all-day, timed, or the office slot of the part of day", () => {
    const uid = (r: NoticeResult, id: string) => `${noticeKey(r)}_${id}@notice-parse`;
    const allDay = byUid.get(uid(seed, "1.1"))!;
    expect(get(allDay, "DTSTART")).toEqual({ name: "DTSTART", params: { VALUE: "DATE" }, value: "20250415" });
    expect(get(allDay, "DTEND")!.value).toBe("20250416");
    expect(get(allDay, "TRANSP")!.value).toBe("TRANSPARENT");
    const timed = byUid.get(uid(cv, "1.1"))!;
    expect(get(timed, "DTSTART")).toEqual({ name: "DTSTART", params: { TZID: "Asia/Ho_Chi_Minh" }, value: "20250410T170000" });
    expect(get(timed, "DTEND")!.value).toBe("20250410T173000");
    const morning = byUid.get(uid(seed, "8.1"))!;
    expect(get(morning, "DTSTART")!.value).toBe("20250403T073000");
    expect(get(morning, "DTEND")!.value).toBe("20250403T113000");
    const afternoon = byUid.get(uid(cv, "2.2"))!;
    expect(get(afternoon, "DTSTART")!.value).toBe("20250425T133000");
    const monthly = byUid.get(uid(cv, "2.1"))!;
    expect(get(monthly, "RRULE")!.value).toBe("FREQ=MONTHLY");
    expect(get(monthly, "DTSTART")!.value).toBe("20250420");
    const within = byUid.get(uid(cv, "1.2"))!;
    expect(get(within, "DTSTART")!.value).toBe("20250531");
    expect(calendar.some((p) => p.name === "TZID" && p.value === "Asia/Ho_Chi_Minh")).toBe(true);
  });

  it("stamps events with the notice date, not the clock", () => {
    expect(get(byUid.get(`${noticeKey(seed)}_1.1@notice-parse`)!, "DTSTAMP")!.value).toBe("20250331T170000Z");
    expect(get(byUid.get(`${noticeKey(cv)}_1.1@notice-parse`)!, "DTSTAMP")!.value).toBe("20250402T170000Z");
  });

  it("writes a readable summary and description", () => {
    const ev = byUid.get(`${noticeKey(seed)}_4.1@notice-parse`)!;
    expect(unescape(get(ev, "SUMMARY")!.value)).toBe("Phòng BCVT&CNTT: xây dựng nội dung kế hoạch cụ thể, chi tiết, hoàn thành báo cáo Giám đốc Sở");
    const desc = unescape(get(ev, "DESCRIPTION")!.value);
    expect(desc).toContain("Chủ trì: Phòng Bưu chính, Viễn thông và Công nghệ thông tin");
    expect(desc).toContain("Hạn: trước 20/4/2025");
    expect(desc).toContain("Nguồn: TB-SKHCCN ngày 1/4/2025, mục 4.1");
    expect(unescape(get(byUid.get(`${noticeKey(cv)}_1.3@notice-parse`)!, "SUMMARY")!.value)).toMatch(/^\[Khẩn\] UBND các huyện/);
  });

  it("keeps the UID of a task when the notice is re-issued with other tasks", () => {
    const updated: NoticeResult = { ...seed, tasks: seed.tasks.filter((t) => t.id !== "1.1") };
    const again = parseIcs(toIcs([updated], opts())).events.map((ev) => get(ev, "UID")!.value);
    expect(again).toContain(`${noticeKey(seed)}_4.1@notice-parse`);
    expect(again.every((u) => byUid.has(u))).toBe(true);
  });

  describe("under other time zones", () => {
    const dir = fileURLToPath(new URL("../../node_modules/.cache/notice-parse-tests/", import.meta.url));
    const bundle = dir + "ics-tz.mjs";
    beforeAll(async () => {
      mkdirSync(dir, { recursive: true });
      // The current source, bundled, run by a fresh node whose TZ really differs.
      await build({
        stdin: {
          contents: `import { readFileSync } from "node:fs"; import { toIcs } from ${JSON.stringify(fileURLToPath(new URL("../../src/format/ics.ts", import.meta.url)))};
            const rs = process.argv.slice(2).map((f) => JSON.parse(readFileSync(f, "utf8")));
            process.stdout.write(toIcs(rs, { color: false, width: 80, today: "2025-04-08" }));`,
          resolveDir: dir, loader: "ts",
        },
        bundle: true, platform: "node", format: "esm", outfile: bundle, packages: "external", logLevel: "silent",
      });
    });
    it("gives the same bytes in every zone", () => {
      const files = ["hand-seed", "hand-cv846"].map((n) => fileURLToPath(new URL(`../../fixtures/format/${n}.result.json`, import.meta.url)));
      const run = (tz: string) => execFileSync(process.execPath, [bundle, ...files], { env: { ...process.env, TZ: tz }, encoding: "utf8" });
      const check = (tz: string) => execFileSync(process.execPath, ["-e", "console.log(new Date(2025,3,10,17).getTimezoneOffset())"], { env: { ...process.env, TZ: tz }, encoding: "utf8" }).trim();
      expect(check("America/Los_Angeles")).toBe("420"); // the zone really changed
      expect(check("Pacific/Kiritimati")).toBe("-840");
      const a = run("America/Los_Angeles"), b = run("Pacific/Kiritimati"), c = run("Asia/Ho_Chi_Minh");
      expect(a).toBe(out);
      expect(b).toBe(out);
      expect(c).toBe(out);
    });
  });
});
