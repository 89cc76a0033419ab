/**
 * Commands other than parse and schema: check (lint), units (registry look-up), agenda (tasks due
 * across notices). Each lives in its own module and registers itself here.
 */
import type { Command } from "commander";
import type { Io } from "./io.js";
import { registerCheck } from "./check.js";
import { registerUnits } from "./units.js";
import { registerAgenda } from "./agenda.js";

export function registerExtraCommands(program: Command, io: Io): void {
  registerCheck(program, io);
  registerUnits(program, io);
  registerAgenda(program, io);
}
