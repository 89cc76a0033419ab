/** The `check` command. STUB: being written; registers nothing yet. */
import type { Command } from "commander";
import type { Io } from "./io.js";

export function registerCheck(_program: Command, _io: Io): void {}
