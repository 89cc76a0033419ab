/**
 * The output contract of notice-parse (../shared/spec/OUTPUT.md), defined once in zod.
 * Every type of the result is inferred from here; `notice-parse schema` prints the JSON Schema
 * generated from `NoticeResultSchema`. Key order here is the key order of the output.
 */
import { z } from "zod";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("ISO 8601 date YYYY-MM-DD");

export const PointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});
export const PositionSchema = z.object({ start: PointSchema, end: PointSchema });

export const EntityKindSchema = z.enum(["unit", "person", "group"]);
export const EntitySchema = z.object({
  name: z.string().describe("canonical name from the unit registry, else the mention cleaned of role words"),
  mention: z.string().describe("the words as written in the notice"),
  kind: EntityKindSchema,
  id: z.string().nullable().describe("unit registry id, or null when unknown"),
  title: z.string().nullable().describe("a person's title (Phó Giám đốc Sở), else null"),
});

export const DeadlineKindSchema = z.enum(["before", "by", "on", "within", "ongoing", "recurring"]);
export const DeadlineSchema = z.object({
  kind: DeadlineKindSchema,
  date: IsoDate.nullable().describe("the last allowed day; null when it cannot be computed"),
  start: IsoDate.nullable().describe("first day of a period (within)"),
  time: z.string().regex(/^\d{2}:\d{2}$/).nullable().describe("HH:MM when a time of day is given"),
  partOfDay: z.enum(["morning", "noon", "afternoon", "evening"]).nullable(),
  recurrence: z.enum(["daily", "weekly", "monthly", "quarterly", "yearly"]).nullable(),
  event: z.string().nullable().describe("the event a dateless deadline is relative to"),
  text: z.string().describe("the deadline phrase, verbatim"),
});

export const ReferenceSchema = z.object({
  type: z.string().nullable().describe("Quyết định, Kế hoạch, Công văn …"),
  number: z.string().nullable().describe("number/symbol, e.g. 25/2018/QĐ-UBND"),
  date: IsoDate.nullable(),
  issuer: z.string().nullable(),
  text: z.string(),
});

export const SignerSchema = z.object({
  authority: z.string().nullable().describe("TM., KT., TL., TUQ., Q."),
  title: z.string().nullable(),
  position: z.string().nullable(),
  name: z.string().nullable(),
});

export const NoticeSchema = z.object({
  issuer: z.string().nullable(),
  parentIssuer: z.string().nullable(),
  number: z.string().nullable().describe("null when blank (Số: /TB-…)"),
  symbol: z.string().nullable(),
  type: z.string().nullable().describe("document type as written (THÔNG BÁO, BIÊN BẢN …); null for a công văn"),
  typeCode: z.string().nullable(),
  place: z.string().nullable(),
  date: IsoDate.nullable(),
  subject: z.string().nullable(),
  signer: SignerSchema.nullable(),
  recipients: z.array(z.string()),
});

export const SectionSchema = z.object({
  path: z.array(z.string()),
  title: z.string().nullable(),
});

export const TaskSchema = z.object({
  id: z.string(),
  section: SectionSchema,
  subject: z.string().nullable(),
  text: z.string(),
  action: z.string(),
  lead: z.array(EntitySchema),
  collaborators: z.array(EntitySchema),
  deadline: DeadlineSchema.nullable(),
  urgent: z.boolean(),
  references: z.array(ReferenceSchema),
  position: PositionSchema,
});

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export const DiagnosticSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  position: PositionSchema,
});

export const UnassignedSchema = z.object({
  text: z.string(),
  reason: z.string().describe("why this sentence of the body is not a task"),
  position: PositionSchema,
});

export const SourceSchema = z.object({
  path: z.string().nullable().describe("the input path, or null for stdin"),
  format: z.enum(["text", "markdown", "docx", "pdf"]),
  encoding: z.string().describe("the encoding the input was decoded from"),
});

export const NoticeResultSchema = z.object({
  schemaVersion: z.literal(1),
  source: SourceSchema,
  notice: NoticeSchema,
  tasks: z.array(TaskSchema),
  references: z.array(ReferenceSchema),
  unassigned: z.array(UnassignedSchema),
  diagnostics: z.array(DiagnosticSchema),
});

export type Point = z.infer<typeof PointSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type EntityKind = z.infer<typeof EntityKindSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Signer = z.infer<typeof SignerSchema>;
export type Notice = z.infer<typeof NoticeSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type Unassigned = z.infer<typeof UnassignedSchema>;
export type NoticeResult = z.infer<typeof NoticeResultSchema>;

/** The JSON Schema of the output, generated from the zod schema. */
export function toJsonSchema(): unknown {
  return z.toJSONSchema(NoticeResultSchema, { target: "draft-2020-12" });
}
