// Build step: grammars/*.yaml → dist/grammars-json/*.json, so that start-up reads JSON instead of
// parsing YAML. The loader still validates the data with zod; from src/ (tests) it reads the YAML.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { parse } from "yaml";

const out = "dist/grammars-json";
mkdirSync(out, { recursive: true });
for (const f of readdirSync("grammars").filter((n) => n.endsWith(".yaml")))
  writeFileSync(`${out}/${f.replace(/\.yaml$/, ".json")}`, JSON.stringify(parse(readFileSync(`grammars/${f}`, "utf8"))));
