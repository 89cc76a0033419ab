/** The bundled CLI's entry: run() with the process's I/O. */
import { run } from "./main.js";
import { processIo } from "./io.js";

export async function main(): Promise<number> {
  return run(process.argv.slice(2), processIo());
}
