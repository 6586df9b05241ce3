// Feedback and complaints (phản ánh, kiến nghị): codes, the answer deadline and what a citizen
// may still do with one. Pure; the calendar and the clock are parameters.
import { parseDossierCode } from "./dossier-code";
import { addWorkingDays, vnDateKey, type WorkCalendar } from "./working-days";

export const FEEDBACK_CODE_PREFIX = "PAKN";
/** Working days the agency has to answer (counted like dossier deadlines). */
export const FEEDBACK_ANSWER_WORKING_DAYS = 15;

const CODE_PATTERN = /^PAKN-(\d{2})(\d{2})(\d{2})-(\d{4,})$/;
const PROCEDURE_CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z.-]{0,63}$/;

export type FeedbackStatusValue = "OPEN" | "ANSWERED" | "CLOSED";

/** "PAKN-261127-" for everything sent on 27/11/2026 (Vietnam date). */
export function feedbackCodeDayPrefix(date: Date): string {
  const key = vnDateKey(date);
  return `${FEEDBACK_CODE_PREFIX}-${key.slice(2, 4)}${key.slice(5, 7)}${key.slice(8, 10)}-`;
}

/** PAKN-261127-0007: the 7th feedback sent on 27/11/2026; grows past 4 digits when needed. */
export function formatFeedbackCode(input: { date: Date; sequence: number }): string {
  if (!Number.isSafeInteger(input.sequence) || input.sequence < 1) throw new RangeError(`Số thứ tự phải là số nguyên ≥ 1, nhận ${input.sequence}`);
  if (Number.isNaN(input.date.getTime())) throw new RangeError("Ngày không hợp lệ");
  return `${feedbackCodeDayPrefix(input.date)}${String(input.sequence).padStart(4, "0")}`;
}

/** The Vietnam date (yyyy-mm-dd) and sequence of a feedback code, or null (case and spaces ignored). */
export function parseFeedbackCode(code: string): { dateKey: string; sequence: number } | null {
  const m = CODE_PATTERN.exec(code.trim().toUpperCase());
  if (!m) return null;
  const dateKey = `20${m[1]}-${m[2]}-${m[3]}`;
  const check = new Date(`${dateKey}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== dateKey) return null;
  const sequence = Number(m[4]);
  if (!Number.isSafeInteger(sequence) || sequence < 1) return null;
  return { dateKey, sequence };
}

/** The sequence that follows the highest code issued that day (null: none yet). */
export function nextFeedbackSequence(lastCodeOfDay: string | null): number {
  if (!lastCodeOfDay) return 1;
  const parsed = parseFeedbackCode(lastCodeOfDay);
  if (!parsed) throw new RangeError(`Mã phản ánh không hợp lệ: "${lastCodeOfDay}"`);
  return parsed.sequence + 1;
}

/** The answer deadline of feedback sent at `sentAt`: 17:00 on the 15th working day after. */
export function feedbackDueAt(sentAt: Date, calendar: WorkCalendar): Date {
  return addWorkingDays(sentAt, FEEDBACK_ANSWER_WORKING_DAYS, calendar);
}

export type FeedbackTarget = { kind: "dossier"; code: string } | { kind: "procedure"; code: string };

/** What the feedback is about, from the form value "dossier:STP-261127-0042" or "procedure:1.001193". */
export function parseFeedbackTarget(value: string): FeedbackTarget | null {
  const trimmed = value.trim();
  const sep = trimmed.indexOf(":");
  if (sep < 0) return null;
  const kind = trimmed.slice(0, sep);
  const code = trimmed.slice(sep + 1).trim();
  if (kind === "dossier") return parseDossierCode(code) ? { kind, code: code.toUpperCase() } : null;
  if (kind === "procedure") return PROCEDURE_CODE_PATTERN.test(code) ? { kind, code } : null;
  return null;
}

export function feedbackTargetValue(target: FeedbackTarget): string {
  return `${target.kind}:${target.code}`;
}

/** The citizen says once whether the answer satisfied them, and only once there is an answer. */
export function canRateAnswer(feedback: { status: FeedbackStatusValue; citizenSatisfied: boolean | null }): boolean {
  return feedback.status === "ANSWERED" && feedback.citizenSatisfied === null;
}

/** An agency may answer only while the feedback is open. */
export function canAnswer(feedback: { status: FeedbackStatusValue }): boolean {
  return feedback.status === "OPEN";
}

/** Still waiting for an answer after its deadline. */
export function isFeedbackOverdue(feedback: { status: FeedbackStatusValue; dueAt: Date }, now: Date): boolean {
  return feedback.status === "OPEN" && now.getTime() > feedback.dueAt.getTime();
}
