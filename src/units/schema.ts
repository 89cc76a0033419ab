/** zod schemas of the unit registry files (grammars/units/*.yaml and agency files). See grammars/README.md. */
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD");
const text = z.string().trim().min(1, "an empty string");
const texts = z.array(text).default([]);

export const LEVELS = ["central", "province", "district", "commune", "party", "mass", "agency", "other"] as const;
/** What may follow an alias as a place: nothing, a province (`tỉnh Lào Cai`, `TP.HCM`, `Thanh Hóa`), or a proper name (`huyện` + `Khánh Sơn`). */
export const PLACES = ["none", "province", "name"] as const;

export const entrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/, "lower-case letters, digits and hyphens (optionally one `/`)"),
  name: text,
  kind: z.enum(["unit", "person", "group"]).default("unit"),
  /** Usual abbreviations (`Sở TN&MT`); they match like aliases and are shown apart. */
  abbr: texts,
  aliases: texts,
  /** Known misspellings: they resolve, with via "misspelling", so the caller can say so. */
  misspellings: texts,
  /** Aliases that count only when something attaches: a province for units (`UBND` + `Hà Nội`, `Báo` + `Thanh Hóa`), a unit or a name for titles (`Trưởng` + `Ban Tổ chức`). */
  attachedOnly: texts,
  level: z.enum(LEVELS).optional(),
  place: z.enum(PLACES).optional(),
  parent: z.string().optional(),
  /** First and last day under this name (ISO); `successor` is the id that took over. */
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  successor: z.string().optional(),
  /** A title (kind person): may be followed by the unit it belongs to (`Giám đốc` + `Sở Y tế`). */
  takesUnit: z.boolean().optional(),
  /** A title (kind person): may be followed by a person's name (`Phó Giám đốc Sở` + `Phan Văn Hiếu`). */
  takesName: z.boolean().optional(),
  note: z.string().optional(),
  /** Mentions that must resolve to this entry (run by the tests). */
  examples: texts,
});
export type EntryInput = z.input<typeof entrySchema>;
export type EntryData = z.output<typeof entrySchema>;

export const unitFileSchema = z.strictObject({
  /** Defaults for the entries of this file. */
  level: z.enum(LEVELS).optional(),
  place: z.enum(PLACES).optional(),
  kind: z.enum(["unit", "person", "group"]).optional(),
  /** Agency files: who the file describes (free text, shown by `units`). */
  agency: z.string().optional(),
  /** Agency files: the built-in entry the agency is (its units get it as parent by default). */
  parent: z.string().optional(),
  entries: z.array(z.unknown()),
});

export const keysFileSchema = z.strictObject({
  /** Abbreviation → long form: `UBND: Ủy ban nhân dân`. Applied to words written with a capital. */
  expansions: z.record(z.string(), text),
  /** Family names that start a person's name after a title. */
  surnames: z.array(text),
});

export const provinceSchema = z.strictObject({
  name: text,
  type: z.enum(["tỉnh", "thành phố"]),
  aliases: texts,
  /** Since 1 July 2025 (Resolution 202/2025/QH15) part of this province. */
  mergedInto: z.string().optional(),
  validTo: isoDate.optional(),
  note: z.string().optional(),
});
export const placesFileSchema = z.strictObject({ provinces: z.array(provinceSchema) });
export type Province = z.output<typeof provinceSchema>;
