// The same output under any process time zone: run the scan in child processes with different TZ.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dist = fileURLToPath(new URL("../../dist/deadline/index.js", import.meta.url));
const script = `
import(${JSON.stringify("file://" + dist)}).then(({ findDeadlines }) => {
  const text = "Báo cáo trước 17h00 ngày 31/12/2025; trong 05 ngày làm việc kể từ ngày ký; trong Quý IV/2025; trước ngày 28-10; vào mùng 2 Tết; trước ngày 20 hằng tháng.";
  process.stdout.write(JSON.stringify(findDeadlines(text, { noticeDate: "2025-10-30" })));
});`;

describe.skipIf(!existsSync(dist))("time zones (against dist/)", () => {
  it("gives identical results under UTC, Asia/Ho_Chi_Minh and America/New_York", () => {
    const run = (tz: string) => execFileSync(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env, TZ: tz }, encoding: "utf8" });
    const utc = run("UTC");
    expect(JSON.parse(utc).deadlines.length).toBeGreaterThanOrEqual(5);
    expect(run("Asia/Ho_Chi_Minh")).toBe(utc);
    expect(run("America/New_York")).toBe(utc);
    expect(run("Pacific/Kiritimati")).toBe(utc);
  });
});
