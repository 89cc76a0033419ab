/**
 * Commands other than parse and schema: check (lint), units (registry look-up), agenda (tasks due
 * across notices). Each lives in its own module, imported only when that command runs (or for --help).
 */
import type { Command } from "commander";
import type { Io } from "./io.js";

export async function registerExtraCommands(program: Command, io: Io, which: readonly string[]): Promise<void> {
  for (const name of ["check", "units", "agenda"]) {
    if (!which.includes(name)) continue;
    if (name === "check") (await import("./check.js")).registerCheck(program, io);
    if (name === "units") (await import("./units.js")).registerUnits(program, io);
    if (name === "agenda") (await import("./agenda.js")).registerAgenda(program, io);
  }
}
