// Bundles the CLI with esbuild into dist/bundle/ (code-split, so lazily imported commands stay
// lazy). Start-up is dominated by resolving and loading hundreds of small modules; one bundle
// loads in a fraction of the time. bin/notice-parse.js uses the bundle when it exists.
// dist/bundle/ sits at the same depth as dist/<dir>/, so paths to ../../grammars/ still hold.
import { build } from "esbuild";

await build({
  entryPoints: { cli: "src/cli/entry.ts", worker: "src/batch/worker.ts" },
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "bundle",
  // Loaded on demand through createRequire (CommonJS) or too large to be worth inlining.
  external: ["mammoth", "iconv-lite", "unpdf", "fuse.js", "ical-generator", "chromium-bidi"],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  chunkNames: "[name]-[hash]",
  legalComments: "none",
  logLevel: "warning",
});
