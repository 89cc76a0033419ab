/**
 * `notice-parse check [files|dirs|globs|-]`: lint notices against Decree 30/2020/NĐ-CP and the
 * practice a clerk needs. Exit 0: no errors (warnings allowed) · 1: errors, or more warnings than
 * --max-warnings · 2: could not run (bad usage, unreadable file, invalid config).
 * The file system is touched here only: config (.noticerc.yaml, found upwards), .noticeignore,
 * unit files, the inputs and -o.
 */
import { Command, Option } from "commander";
import { Chalk } from "chalk";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { expandInputs } from "../batch/index.js";
import { readInput } from "../read/index.js";
import { InputError, UsageError } from "../errors.js";
import { loadRegistry, type Registry } from "../units/registry.js";
import { checkText, summarise } from "../check/runner.js";
import { CONFIG_FILE_NAMES, ConfigError, EMPTY_CONFIG, parseConfig, type CheckConfig } from "../check/config.js";
import { isIgnored, parseIgnore, type IgnoreRule } from "../check/ignore.js";
import { RULES, RULE_IDS } from "../check/registry.js";
import { REPORTERS, NO_PAINT, type Paint } from "../check/reporters/index.js";
import type { FileResult } from "../check/types.js";
import type { InputFormat } from "../model.js";
import { colorAllowed, type Io } from "./io.js";
import { setExitCode } from "./main.js";
import { writeAtomic } from "./parse.js";

interface CheckFlags {
  format: string;
  output?: string;
  config?: string;
  draft?: boolean;
  maxWarnings?: string;
  stdinFilename?: string;
  ignorePath?: string;
  ignore?: boolean;
  units?: string[];
  encoding?: string;
  inputFormat?: InputFormat;
  color?: boolean;
}

const VERSION = "0.1.0";

export const CHECK_HELP = `
Examples:
  notice-parse check drafts/*.md                        stylish report, exit 1 on errors
  notice-parse check --format github drafts/            GitHub annotations
  notice-parse check --format sarif -o notices.sarif .  code scanning
  notice-parse check --format json - < tb.txt           standard input
  notice-parse check --max-warnings 0 --draft tb.md     a draft may have no number yet

Config: .noticerc.yaml (found upwards from each file, or --config):
  rules: { abbreviation: off, body-numbering: error }   off | error | warning | info
  units: [units/so-khcn.yaml]                           unit files (relative to the config)
  draft: false
Inline: <!-- notice-parse-disable rule-id --> … <!-- notice-parse-enable rule-id -->,
  <!-- notice-parse-disable-next-line rule-id -->, <!-- notice-parse-disable-file rule-id -->;
  in plain text also a line "# notice-parse-disable rule-id".
Ignore file: .noticeignore in the current folder (gitignore-like), or --ignore-path.
Exit codes: 0 no errors, 1 errors or too many warnings, 2 could not run.`;

function makePaint(enabled: boolean): Paint {
  if (!enabled) return NO_PAINT;
  const c = new Chalk({ level: 1 });
  return { red: c.red, yellow: c.yellow, blue: c.blue, dim: c.dim, bold: c.bold, underline: c.underline };
}

/** The nearest config file at or above `dir`, or null. */
export function findConfigFile(dir: string): string | null {
  for (let d = resolve(dir); ; d = dirname(d)) {
    for (const n of CONFIG_FILE_NAMES) if (existsSync(join(d, n))) return join(d, n);
    if (dirname(d) === d) return null;
  }
}

function readConfig(file: string, cwd: string): CheckConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new ConfigError(`${relative(cwd, file) || file}: config file cannot be read`);
  }
  const cfg = parseConfig(text, RULE_IDS, relative(cwd, file) || file);
  return { ...cfg, units: cfg.units.map((u) => resolve(dirname(file), u)) };
}

export function registerCheck(program: Command, io: Io): void {
  program
    .command("check")
    .description("lint notices for format (Decree 30/2020/NĐ-CP) and for what a clerk needs to assign tasks")
    .argument("[inputs...]", "notice files, folders, globs; - for standard input")
    .addOption(new Option("-f, --format <name>", "report format").choices(Object.keys(REPORTERS)).default("stylish"))
    .option("-o, --output <file>", "write the report to a file instead of stdout")
    .option("-c, --config <file>", "config file (default: .noticerc.yaml found upwards from each file)")
    .option("--draft", "a draft: a blank number and a blank day are allowed")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this")
    .option("--stdin-filename <name>", "the name to report standard input under (and to find its config)")
    .option("--ignore-path <file>", "ignore file (default: .noticeignore in the current folder)")
    .option("--no-ignore", "do not use an ignore file")
    .option("--units <file...>", "extra unit files (besides the config's)")
    .option("--encoding <name>", "input encoding (default: detected)")
    .addOption(new Option("--input-format <format>", "input format (default: from the extension)").choices(["text", "markdown", "docx", "pdf"]))
    .option("--no-color", "no colours")
    .addHelpText("after", CHECK_HELP)
    .action(async (inputs: string[], flags: CheckFlags, cmd: Command) => {
      setExitCode(cmd, await runCheck(inputs, flags, io));
    });
}

export async function runCheck(inputs: string[], flags: CheckFlags, io: Io): Promise<number> {
  const reporter = REPORTERS[flags.format]!;
  let maxWarnings = -1;
  if (flags.maxWarnings !== undefined) {
    if (!/^\d+$/.test(flags.maxWarnings)) throw new UsageError(`--max-warnings must be a whole number ≥ 0, got "${flags.maxWarnings}"`);
    maxWarnings = Number(flags.maxWarnings);
  }
  const cwd = io.cwd;
  // Config: one given, or found per folder.
  let fixed: CheckConfig | null = null;
  try {
    if (flags.config) {
      if (!existsSync(resolve(cwd, flags.config))) throw new ConfigError(`${flags.config}: no such config file`);
      fixed = readConfig(resolve(cwd, flags.config), cwd);
    }
  } catch (e) {
    if (e instanceof ConfigError) { io.stderr.write(`notice-parse: ${e.message}\n`); return 2; }
    throw e;
  }
  const configs = new Map<string, CheckConfig>();
  const configFor = (dir: string): CheckConfig => {
    if (fixed) return fixed;
    const file = findConfigFile(dir);
    if (!file) return EMPTY_CONFIG;
    if (!configs.has(file)) configs.set(file, readConfig(file, cwd));
    return configs.get(file)!;
  };
  const registries = new Map<string, Registry>();
  const registryFor = (cfg: CheckConfig): Registry => {
    const files = [...cfg.units, ...(flags.units ?? []).map((u) => resolve(cwd, u))];
    const key = files.join("\n");
    if (!registries.has(key)) registries.set(key, loadRegistry({ files }));
    return registries.get(key)!;
  };
  // Ignore file.
  let ignore: IgnoreRule[] = [];
  let ignoreBase = cwd;
  if (flags.ignore !== false) {
    const p = resolve(cwd, flags.ignorePath ?? ".noticeignore");
    if (existsSync(p)) { ignore = parseIgnore(readFileSync(p, "utf8")); ignoreBase = dirname(p); }
    else if (flags.ignorePath) throw new UsageError(`${flags.ignorePath}: no such ignore file`);
  }
  const files = (await expandInputs(inputs.length ? inputs : ["-"], { cwd })).filter(
    (f) => f === "-" || !ignore.length || !isIgnored(ignore, relative(ignoreBase, resolve(cwd, f))),
  );
  if (flags.stdinFilename && !files.includes("-")) throw new UsageError("--stdin-filename is only for standard input (-)");

  const results: FileResult[] = [];
  for (const f of files) {
    const shown = f === "-" ? flags.stdinFilename ?? "<stdin>" : f;
    try {
      const dir = f === "-" ? dirname(resolve(cwd, flags.stdinFilename ?? "x")) : dirname(resolve(cwd, f));
      const cfg = configFor(dir);
      let registry: Registry;
      try {
        registry = registryFor(cfg);
      } catch (e) {
        throw new ConfigError(`unit file: ${(e as Error)?.message ?? String(e)}`);
      }
      const read = await readInput(f, { encoding: flags.encoding, inputFormat: flags.inputFormat, stdin: io.stdin, resolveFrom: cwd });
      const fmt: InputFormat | undefined = read.format === "text" && /\.(md|markdown)$/i.test(shown) ? "markdown" : read.format;
      const messages = checkText(read.text, {
        path: shown, format: fmt, encoding: read.encoding, config: cfg, draft: flags.draft || cfg.draft,
        registry, inputNotes: read.notes,
      });
      results.push({ file: shown, messages });
    } catch (e) {
      if (e instanceof ConfigError) { io.stderr.write(`notice-parse: ${e.message}\n`); return 2; }
      if (e instanceof InputError) { results.push({ file: shown, messages: [], fatal: e.message }); continue; }
      results.push({ file: shown, messages: [], fatal: `internal error while checking (${(e as Error)?.message ?? String(e)}); please report it with the file` });
    }
  }

  const toFile = !!flags.output;
  const color = !toFile && (flags.format === "stylish") && colorAllowed(io, io.stdout, flags.color);
  const rerun = `"notice-parse check --format stylish ${inputs.length ? inputs.join(" ") : "-"}" (or open the SARIF/JSON report)`;
  const report = reporter(results, { paint: makePaint(color), rules: RULES.map((r) => r.meta), toolVersion: VERSION, rerunHint: rerun });
  if (flags.output) await writeAtomic(resolve(cwd, flags.output), report);
  else io.stdout.write(report);

  for (const r of results) if (r.fatal) io.stderr.write(`notice-parse: ${r.fatal}\n`);
  if (results.some((r) => r.fatal)) return 2;
  const all = results.flatMap((r) => r.messages);
  const s = summarise(all);
  if (s.errors) return 1;
  if (maxWarnings >= 0 && s.warnings > maxWarnings) {
    io.stderr.write(`notice-parse: ${s.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
