/** Every rule, in report order. One file per rule in ./rules (a test keeps this list in step with the folder). */
import type { Rule } from "./types.js";
import nationalTitle from "./rules/national-title.js";
import motto from "./rules/motto.js";
import issuer from "./rules/issuer.js";
import numberSymbol from "./rules/number-symbol.js";
import placeDate from "./rules/place-date.js";
import typeSubject from "./rules/type-subject.js";
import bodyNumbering from "./rules/body-numbering.js";
import signature from "./rules/signature.js";
import recipients from "./rules/recipients.js";
import textEncoding from "./rules/text-encoding.js";
import taskLead from "./rules/task-lead.js";
import deadlineResolvable from "./rules/deadline-resolvable.js";
import deadlineDate from "./rules/deadline-date.js";
import unitSpelling from "./rules/unit-spelling.js";
import abbreviation from "./rules/abbreviation.js";
import citationFull from "./rules/citation-full.js";
import leadRecipient from "./rules/lead-recipient.js";
import formerUnitName from "./rules/former-unit-name.js";

export const RULES: readonly Rule[] = [
  nationalTitle, motto, issuer, numberSymbol, placeDate, typeSubject, bodyNumbering, signature, recipients, textEncoding,
  taskLead, deadlineResolvable, deadlineDate, unitSpelling, abbreviation, citationFull, leadRecipient, formerUnitName,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
