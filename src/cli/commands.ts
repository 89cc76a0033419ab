/**
 * Commands other than parse and schema register here: check (lint), units (registry look-up),
 * agenda (tasks due across notices). Each lives in its own module.
 */
import type { Command } from "commander";
import type { Io } from "./io.js";

export function registerExtraCommands(_program: Command, _io: Io): void {}
