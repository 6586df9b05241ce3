// Filters of the audit-log viewer, read from the query string (shared by the page and the CSV
// export). Pure: dates are typed dd/mm/yyyy and name Vietnam calendar days.
import { parseVnDateInput } from "./vn-date-input";
import { vnInstant } from "./working-days";

export type AuditFilterInput = { actor: string; targetType: string; targetId: string; action: string; from: string; to: string };

export type AuditFilter = {
  /** Name or e-mail fragment of the actor. */
  actor: string | null;
  targetType: string | null;
  targetId: string | null;
  /** Exact action, or every action under a prefix ending with "." (e.g. "user."). */
  action: string | null;
  /** Inclusive start (00:00 Vietnam time of the from-day). */
  since: Date | null;
  /** Exclusive end (00:00 Vietnam time of the day after the to-day). */
  until: Date | null;
  /** Keyset cursor: only ids below this one. */
  before: bigint | null;
};

export type AuditFilterError = "from.invalid" | "to.invalid" | "range.invalid";

const one = (v: string | string[] | undefined, max: number) => (typeof v === "string" ? v.trim().slice(0, max) : "");

export function parseAuditFilter(params: Record<string, string | string[] | undefined>): { input: AuditFilterInput; filter: AuditFilter; errors: AuditFilterError[] } {
  const input: AuditFilterInput = {
    actor: one(params.actor, 120),
    targetType: one(params.targetType, 60),
    targetId: one(params.targetId, 60),
    action: one(params.action, 80),
    from: one(params.from, 20),
    to: one(params.to, 20),
  };
  const errors: AuditFilterError[] = [];
  const fromKey = input.from ? parseVnDateInput(input.from) : null;
  const toKey = input.to ? parseVnDateInput(input.to) : null;
  if (input.from && !fromKey) errors.push("from.invalid");
  if (input.to && !toKey) errors.push("to.invalid");
  if (fromKey && toKey && toKey < fromKey) errors.push("range.invalid");
  const beforeRaw = one(params.before, 20);
  const before = /^[1-9]\d{0,18}$/.test(beforeRaw) ? BigInt(beforeRaw) : null;
  const filter: AuditFilter = {
    actor: input.actor || null,
    targetType: input.targetType || null,
    targetId: input.targetId || null,
    action: input.action || null,
    since: fromKey ? vnInstant(fromKey) : null,
    until: toKey ? new Date(vnInstant(toKey).getTime() + 24 * 60 * 60 * 1000) : null,
    before,
  };
  return { input, filter, errors };
}

/** The query string of a filter (without the cursor), to build page and export links. */
export function auditFilterQuery(input: AuditFilterInput, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...input, ...extra })) if (v) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Before/after JSON, indented for reading; "—" when absent. */
export function readableJson(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return JSON.stringify(value, null, 2);
}
