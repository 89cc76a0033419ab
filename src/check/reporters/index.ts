import type { Reporter } from "./types.js";
import { stylish } from "./stylish.js";
import { json } from "./json.js";
import { sarif } from "./sarif.js";
import { github } from "./github.js";

export const REPORTERS: Record<string, Reporter> = { stylish, json, sarif, github };
export type { Reporter, ReportOptions, Paint } from "./types.js";
export { NO_PAINT } from "./types.js";
