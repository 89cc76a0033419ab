/**
 * The command line: a thin shell over the library. `run(argv, io)` returns the exit code, so
 * tests run the CLI in-process; bin/notice-parse.js only sets process.exitCode.
 *
 * Exit codes: 0 ok · 1 lint errors (check) or some inputs failed in a batch · 2 could not run
 * (bad usage, unreadable / empty / binary input, not a notice).
 */
import { Command, CommanderError } from "commander";
import { InputError, UsageError } from "../errors.js";
import type { Io } from "./io.js";
import { registerParse } from "./parse.js";
import { registerSchema } from "./schema.js";
import { registerExtraCommands } from "./commands.js";
import { formatHelp } from "../format/help.js";

export const EXAMPLES = `
Examples:
  notice-parse thong-bao-12.txt                  YAML task list on stdout
  notice-parse --format json tb.md | jq '.tasks[] | {lead: .lead[0].name, deadline: .deadline.date}'
  cat thong-bao-12.txt | notice-parse -          read standard input
  notice-parse thong-bao-12.txt -o tasks.yaml    write to a file
  notice-parse schema                            the JSON Schema of the output

Exit codes: 0 ok, 1 some inputs failed (batch) or lint errors (check), 2 could not run.`;

export function buildProgram(io: Io): Command {
  const program = new Command();
  program
    .name("notice-parse")
    .description("Turn Vietnamese official notices into structured tasks (who leads, who collaborates, what, by when).")
    .version("0.1.0", "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s),
    })
    .showHelpAfterError("(run notice-parse --help for usage)");
  program.addHelpText("after", EXAMPLES + "\n\nFormats (--format):\n" + Object.entries(formatHelp).map(([k, v]) => `  ${k.padEnd(8)} ${v}`).join("\n"));
  registerParse(program, io);
  registerSchema(program, io);
  return program;
}

const EXTRA_COMMANDS = new Set(["check", "units", "agenda"]);

export async function run(argv: string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  // Only the command being run is loaded (start-up time); help lists them all.
  const first = argv.find((a) => !a.startsWith("-"));
  const wantsHelp = argv.includes("--help") || argv.includes("-h") || first === "help";
  await registerExtraCommands(program, io, first && EXTRA_COMMANDS.has(first) && !(first === "help") ? [first] : wantsHelp ? [...EXTRA_COMMANDS] : []);
  try {
    await program.parseAsync(argv, { from: "user" });
    return (program as unknown as { _exitCode?: number })._exitCode ?? exitCodeOf(program);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof InputError || e instanceof UsageError) {
      io.stderr.write(`notice-parse: ${e.message}\n`);
      return e.exitCode;
    }
    io.stderr.write(`notice-parse: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    return 2;
  }
}

/** Commands store their exit code on the program they ran under. */
const codes = new WeakMap<Command, number>();
export function setExitCode(cmd: Command, code: number): void {
  let c: Command | null = cmd;
  while (c) { codes.set(c, Math.max(code, codes.get(c) ?? 0)); c = c.parent; }
}
function exitCodeOf(program: Command): number {
  return codes.get(program) ?? 0;
}
