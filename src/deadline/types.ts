/** Shared types of the deadline scan. */
import type { Deadline } from "../schema.js";

export interface DeadlineIssue {
  start: number;
  end: number;
  rule: string;
  severity: "error" | "warning" | "info";
  message: string;
}
export interface DeadlineFinding {
  start: number;
  end: number;
  deadline: Deadline;
}
export interface Ignored {
  start: number;
  end: number;
  text: string;
  reason: string;
}
/** What a family finder proposes: a deadline over [start, end) of the text, before overlap removal. */
export interface Candidate {
  start: number;
  end: number;
  deadline: Omit<Deadline, "text">;
  issues: DeadlineIssue[];
}
export const emptyDeadline = (): Omit<Deadline, "text"> => ({
  kind: "on",
  date: null,
  start: null,
  time: null,
  partOfDay: null,
  recurrence: null,
  event: null,
});
export const NUMBER_WORDS: Record<string, number> = {
  một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
  "mười lăm": 15, "hai mươi": 20, "ba mươi": 30,
};
export const NUMBER_PATTERN = "\\d{1,3}|mười\\s*lăm|hai\\s*mươi|ba\\s*mươi|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười";
export function toNumber(s: string): number {
  const k = s.toLowerCase().replace(/\s+/g, " ");
  return NUMBER_WORDS[k] ?? parseInt(k, 10);
}
