import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { toHtml } from "../../src/format/html.js";
import { loadResult, opts } from "./helpers.js";

const seed = loadResult("hand-seed");
const cv = loadResult("hand-cv846");
const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);

describe("html", () => {
  const page = toHtml([seed, cv], opts());

  it("is one self-contained file: no script, no external asset, network forbidden by CSP", () => {
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(page).not.toMatch(/\b(?:src|href)=/i);
    expect(page).toContain("@media print");
  });

  it("escapes the text of the notice", () => {
    expect(page).not.toContain("<script>alert(1)</script>");
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; gửi Sở KH&amp;CN");
    expect(page).toContain("&quot;=HYPERLINK(&quot;http://x&quot;)&quot;");
  });

  it("has the header, a card per task on the board and a timeline of the dated ones", () => {
    const one = toHtml([seed], opts());
    expect(one).toContain("<h1>THÔNG BÁO: Kết luận của Giám đốc Sở Khoa học và Công nghệ tại cuộc họp giao ban Quý I/2025</h1>");
    expect(one).toContain("Số: TB-SKHCCN · Quảng Ngãi, ngày 1/4/2025 · Ký: TL. GIÁM ĐỐC Trần Văn Quang");
    expect(one.match(/data-task=/g)).toHaveLength(seed.tasks.length);
    expect(one.match(/data-timeline-item=/g)).toHaveLength(seed.tasks.filter((t) => t.deadline?.date).length);
    // The "today" mark sits between the past and the coming deadlines.
    const order = [...one.matchAll(/data-date="([\d-]+)"|class="now"/g)].map((m) => m[1] ?? "now");
    expect(order).toEqual(["2025-04-03", "2025-04-04", "now", "2025-04-15", "2025-04-20"]);
    expect(one).toContain('data-task="8.2" data-status="overdue"');
    expect(one).toContain('data-task="1.1" data-status="soon"');
  });

  it("filters with --unit", () => {
    const only = toHtml([seed], opts({ unit: "Văn phòng Sở" }));
    expect(only.match(/data-task=/g)).toHaveLength(2);
  });

  describe.skipIf(!hasChromium)("rendered in headless Chromium", () => {
    const dir = mkdtempSync(join(tmpdir(), "notice-parse-html-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const chromium = (file: string, ...args: string[]) => {
      const profile = mkdtempSync(join(dir, "profile-"));
      const r = spawnSync(CHROMIUM, [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", `--user-data-dir=${profile}`, "--enable-logging=stderr", "--v=0",
        "--window-size=1200,1600", ...args, pathToFileURL(file).href,
      ], { encoding: "utf8", timeout: 60_000 });
      return { dom: r.stdout, log: r.stderr, status: r.status };
    };
    const consoleErrors = (log: string) => log.split("\n").filter((l) => /CONSOLE|Uncaught|Refused to/.test(l));

    it("renders every task, with no console error", () => {
      const file = join(dir, "page.html");
      writeFileSync(file, page);
      const { dom, log, status } = chromium(file, "--dump-dom");
      expect(status).toBe(0);
      expect(dom.match(/<li class="task" data-task=/g)).toHaveLength(seed.tasks.length + cv.tasks.length);
      expect(dom.match(/data-timeline-item=/g)).toHaveLength([...seed.tasks, ...cv.tasks].filter((t) => t.deadline?.date).length);
      expect(dom).not.toContain("<script>alert(1)");
      expect(consoleErrors(log)).toEqual([]);
    });

    it("the console check does catch errors (control page)", () => {
      const file = join(dir, "bad.html");
      writeFileSync(file, "<!DOCTYPE html><p>x</p><script>undefinedFn()</script>");
      expect(consoleErrors(chromium(file, "--dump-dom").log).join("\n")).toMatch(/Uncaught ReferenceError/);
    });

    it("produces a screenshot", () => {
      const file = join(dir, "page.html");
      writeFileSync(file, page);
      const png = join(dir, "page.png");
      const { status, log } = chromium(file, `--screenshot=${png}`);
      expect(status).toBe(0);
      expect(consoleErrors(log)).toEqual([]);
      const bytes = readFileSync(png);
      expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(bytes.readUInt32BE(16)).toBe(1200); // IHDR width
      expect(bytes.length).toBeGreaterThan(20_000); // a page with content, not a blank image
    });
  });
  it.skipIf(hasChromium)("headless Chromium test skipped: /usr/bin/chromium not found (apt-get install -y --no-install-recommends chromium)", () => {});
});
