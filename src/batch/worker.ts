/** A batch worker thread: reads and parses the files the main thread sends, one message each. */
import { parentPort, workerData } from "node:worker_threads";
import { processOne } from "./index.js";
import type { BatchOptions } from "./index.js";

const opts = workerData as BatchOptions;
parentPort!.on("message", async (m: { i: number; input: string }) => {
  const item = await processOne(m.input, opts);
  parentPort!.postMessage({
    i: m.i,
    input: item.input,
    result: item.result,
    notes: item.notes,
    error: item.error && { message: item.error.message, file: item.error.file, exitCode: item.error.exitCode },
  });
});
