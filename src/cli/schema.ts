import type { Command } from "commander";
import { toJsonSchema } from "../schema.js";
import type { Io } from "./io.js";

export function registerSchema(program: Command, io: Io): void {
  program
    .command("schema")
    .description("print the JSON Schema of the output (generated from the zod schema)")
    .action(() => {
      io.stdout.write(JSON.stringify(toJsonSchema(), null, 2) + "\n");
    });
}
