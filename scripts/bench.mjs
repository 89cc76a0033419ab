#!/usr/bin/env node
/**
 * npm run bench — start-up, batch and scale figures, measured in one run on this machine.
 * Builds nothing: run `npx tsc -p .` first. Prints a Markdown table (for the README) and JSON.
 *   node scripts/bench.mjs [--quick]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { availableParallelism, tmpdir, cpus } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin/notice-parse.js");
const quick = process.argv.includes("--quick");
const seed = join(root, "fixtures/notices/qn-skhcn-giaoban-q1-2025.txt");
const corpusDir = join(root, "../shared/corpus/dev");
const hasTime = existsSync("/usr/bin/time");

/** Wall time (ms) and peak RSS (MB, when /usr/bin/time exists) of one command. */
function timed(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = hasTime
    ? spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...args], { encoding: "utf8", maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = hasTime ? Number(r.stderr.trim().split("\n").pop()) / 1024 : NaN;
  return { ms, rss, status: r.status, stderr: r.stderr };
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
function med(cmd, args, n) {
  timed(cmd, args); // warm the file cache
  const runs = Array.from({ length: n }, () => timed(cmd, args));
  return { ms: median(runs.map((r) => r.ms)), rss: median(runs.map((r) => r.rss)), status: runs[0].status };
}
const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : "n/a");

const rows = [];
const out = { node: process.version, cpus: availableParallelism(), cpu: cpus()[0]?.model ?? "", results: {} };

// 1. cold start
const N = quick ? 5 : 15;
const base = med(process.execPath, ["-e", "0"], N);
const cold = med(process.execPath, [bin, seed, "--format", "json"], N);
const help = med(process.execPath, [bin, "--version"], N);
out.results.coldStart = { nodeMs: base.ms, parseMs: cold.ms, versionMs: help.ms, ratio: cold.ms / base.ms };
rows.push(["cold start: `node -e 0`", `${fmt(base.ms)} ms`, ""]);
rows.push(["cold start: `notice-parse --version`", `${fmt(help.ms)} ms`, `${fmt(help.ms / base.ms, 2)}×`]);
rows.push(["cold start: `notice-parse seed.txt --format json`", `${fmt(cold.ms)} ms`, `**${fmt(cold.ms / base.ms, 2)}×** (target ≤ 2.0×)`]);

// import costs of the modules the parse command loads (each in a fresh process)
const mods = ["dist/cli/main.js", "dist/pipeline.js", "dist/format/index.js", "dist/units/registry.js", "dist/batch/index.js", "commander", "yaml", "zod", "chrono-node"];
const imports = {};
for (const m of mods) {
  const spec = m.startsWith("dist/") ? join(root, m) : m;
  if (m.startsWith("dist/") && !existsSync(spec)) continue;
  const r = med(process.execPath, ["--input-type=module", "-e", `await import(${JSON.stringify(spec.startsWith("/") ? "file://" + spec : spec)})`], quick ? 3 : 7);
  imports[m] = r.ms - base.ms;
}
out.results.importMs = imports;

// 2. batch: 1,000 real-sized notices in one call
const work = mkdtempSync(join(tmpdir(), "np-bench-"));
const real = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(corpusDir, f), "utf8")) : [readFileSync(seed, "utf8")];
const COUNT = quick ? 200 : 1000;
const batchDir = join(work, "batch");
const smallDir = join(work, "small");
spawnSync("mkdir", ["-p", batchDir, smallDir]);
for (let i = 0; i < COUNT; i++) writeFileSync(join(batchDir, `n${String(i).padStart(4, "0")}.txt`), real[i % real.length]);
for (let i = 0; i < 10; i++) writeFileSync(join(smallDir, `n${i}.txt`), real[i % real.length]);
const avgKb = real.reduce((a, t) => a + Buffer.byteLength(t), 0) / real.length / 1024;
const B = quick ? 1 : 3;
const small1 = med(process.execPath, [bin, smallDir, "-f", "jsonl", "-q", "--jobs", "1"], B);
const j1 = med(process.execPath, [bin, batchDir, "-f", "jsonl", "-q", "--jobs", "1"], B);
const j2 = med(process.execPath, [bin, batchDir, "-f", "jsonl", "-q", "--jobs", "2"], B);
const auto = med(process.execPath, [bin, batchDir, "-f", "jsonl", "-q"], B);
const marginal1 = (j1.ms - small1.ms) / (COUNT - 10);
const marginal2 = (j2.ms - small1.ms) / (COUNT - 10);
out.results.batch = { notices: COUNT, avgKb, jobs1Ms: j1.ms, jobs2Ms: j2.ms, autoMs: auto.ms, marginalMsJobs1: marginal1, marginalMsJobs2: marginal2, speedup: j1.ms / j2.ms };
rows.push([`batch: ${COUNT} real notices (avg ${fmt(avgKb, 1)} KB), 1 thread`, `${fmt(j1.ms)} ms`, `${fmt(marginal1, 2)} ms / notice marginal`]);
rows.push([`batch: ${COUNT} notices, 2 workers (\`--jobs 2\`)`, `${fmt(j2.ms)} ms`, `${fmt(marginal2, 2)} ms / notice; speed-up **${fmt(j1.ms / j2.ms, 2)}×**`]);
rows.push([`batch: ${COUNT} notices, default (${availableParallelism()} cores)`, `${fmt(auto.ms)} ms`, ""]);

// 3. scale: 1 MB and 10 MB notices (the seed's body repeated), time and peak memory
const seedText = readFileSync(seed, "utf8");
const cut = seedText.indexOf("Nơi nhận");
const head = seedText.slice(0, Math.max(0, seedText.indexOf("\n", seedText.length / 6)));
const bodyPart = seedText.slice(head.length, cut > 0 ? cut : undefined);
const tail = cut > 0 ? seedText.slice(cut) : "";
function sized(bytes) {
  let s = head;
  while (Buffer.byteLength(s) < bytes) s += bodyPart;
  return s + tail;
}
const scale = {};
for (const [label, bytes] of quick ? [["1 MB", 1 << 20]] : [["1 MB", 1 << 20], ["10 MB", 10 << 20]]) {
  const f = join(work, `big-${bytes}.txt`);
  writeFileSync(f, sized(bytes));
  const r = timed(process.execPath, [bin, f, "-f", "json", "-q", "-o", join(work, "big.json")]);
  scale[label] = { ms: r.ms, rssMb: r.rss, status: r.status };
  rows.push([`scale: ${label} notice`, `${fmt(r.ms)} ms`, `peak ${fmt(r.rss)} MB${r.status > 1 ? ` (exit ${r.status})` : ""}`]);
}
out.results.scale = scale;

// 4. pathological inputs, at two sizes each: time must grow linearly (ratio ≈ 2)
const patho = {
  "'-' × N (N = 50,000 / 100,000)": (k) => "-".repeat(50_000 * k),
  "'trước ngày ' × N (N = 25,000 / 50,000)": (k) => "trước ngày ".repeat(25_000 * k),
  "one line without spaces (0.5 MB / 1 MB)": (k) => "a".repeat(262_144 * k) + "đ".repeat(131_072 * k),
};
const pres = {};
for (const [label, make] of Object.entries(patho)) {
  const times = [];
  for (const k of [1, 2]) {
    const f = join(work, `patho-${k}.txt`);
    writeFileSync(f, make(k));
    times.push(timed(process.execPath, [bin, f, "-f", "json", "-q", "-o", join(work, "p.json")]).ms);
  }
  pres[label] = { halfMs: times[0], fullMs: times[1] };
  rows.push([`pathological: ${label}`, `${fmt(times[0])} / ${fmt(times[1])} ms`, `×${fmt((times[1] - base.ms) / Math.max(1, times[0] - base.ms), 2)} for ×2 input`]);
}
out.results.pathological = pres;
rmSync(work, { recursive: true, force: true });

console.log(`notice-parse benchmark — Node ${process.version}, ${availableParallelism()} cores (${out.cpu})\n`);
console.log("| measure | time | note |\n|---|---|---|");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
console.log("\nImport cost over `node -e 0` (ms, fresh process each):");
for (const [m, ms] of Object.entries(imports)) console.log(`  ${m.padEnd(24)} ${fmt(ms)}`);
console.log("\n" + JSON.stringify(out));
