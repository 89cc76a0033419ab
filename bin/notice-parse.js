#!/usr/bin/env node
// Thin shell: run the CLI and set the exit code. Uses the bundled build (faster start-up) when it
// is at least as new as the compiled modules; on Node ≥ 22.1 V8's compile cache is on too.
import { existsSync, statSync } from "node:fs";
import module from "node:module";
module.enableCompileCache?.();
const bundled = new URL("../dist/bundle/cli.js", import.meta.url);
const modules = new URL("../dist/cli/entry.js", import.meta.url);
const useBundle = existsSync(bundled) && (!existsSync(modules) || statSync(bundled).mtimeMs >= statSync(modules).mtimeMs);
const { main } = await import(useBundle ? bundled.href : modules.href);
process.exitCode = await main();
