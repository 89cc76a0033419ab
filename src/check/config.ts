/**
 * `.noticerc.yaml`: which rules run and how severe they are, and extra unit files.
 *
 *   rules:
 *     national-title: off          # off | error | warning | info
 *     abbreviation: warning
 *   units: [units/so-khcn.yaml]    # relative to the config file
 *   draft: false
 *
 * Validated with zod; an unknown rule id or severity is an error (the CLI exits 2).
 */
import { z } from "zod";
import { parse } from "yaml";
import type { Severity } from "./types.js";

export const CONFIG_FILE_NAMES = [".noticerc.yaml", ".noticerc.yml"] as const;

const SeverityOrOff = z.enum(["off", "error", "warning", "info"]);

export function configSchema(ruleIds: readonly string[]) {
  const known = new Set(ruleIds);
  return z
    .object({
      rules: z
        .record(z.string(), z.union([SeverityOrOff, z.boolean()]))
        .superRefine((rules, ctx) => {
          for (const k of Object.keys(rules))
            if (!known.has(k)) ctx.addIssue({ code: "custom", message: `unknown rule "${k}" (known: ${[...known].join(", ")})`, path: [k] });
        })
        .default({}),
      units: z.array(z.string().min(1)).default([]),
      draft: z.boolean().default(false),
    })
    .strict();
}

export interface CheckConfig {
  /** Rule id → severity, or "off". Missing = the rule's default. */
  rules: Record<string, Severity | "off">;
  /** Unit files, resolved against the config file's folder by the caller. */
  units: string[];
  draft: boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Parse and validate the text of a config file; `label` names it in errors. */
export function parseConfig(text: string, ruleIds: readonly string[], label: string): CheckConfig {
  let raw: unknown;
  try {
    raw = parse(text) ?? {};
  } catch (e) {
    throw new ConfigError(`${label}: not valid YAML (${(e as Error).message.split("\n")[0]})`);
  }
  const r = configSchema(ruleIds).safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const where = issue.path.length ? issue.path.join(".") : "(top level)";
    throw new ConfigError(`${label}: invalid config at ${where}: ${issue.message}`);
  }
  const rules: CheckConfig["rules"] = {};
  for (const [k, v] of Object.entries(r.data.rules)) if (v !== true) rules[k] = v === false ? "off" : v; // true = the default
  return { rules, units: r.data.units, draft: r.data.draft };
}

export const EMPTY_CONFIG: CheckConfig = { rules: {}, units: [], draft: false };
