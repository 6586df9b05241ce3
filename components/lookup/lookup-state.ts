// The state of the look-up form between the server action and the form: display-ready texts
// only (client components cannot receive the catalogue's functions).
import { formatDate } from "@/lib/domain/format";
import { retryAfterMinutes } from "@/lib/domain/rate-limit";
import type { Messages } from "@/lib/i18n";
import type { LookupOutcome } from "@/lib/server/lookup/lookup-dossier";
import type { TLookupField } from "@/lib/validation/lookup";

export type LookupResultView = {
  code: string;
  status: string;
  procedureName: string;
  agencyName: string;
  submittedAt: string;
  dueAt: string;
};

export type LookupFormState = {
  /** Increases with every answer, so the form knows when to move the focus. */
  seq: number;
  values: { code: string; phoneLast4: string };
  fieldErrors: Partial<Record<TLookupField, string>>;
  formError: string | null;
  result: LookupResultView | null;
};

export const INITIAL_LOOKUP_STATE: LookupFormState = { seq: 0, values: { code: "", phoneLast4: "" }, fieldErrors: {}, formError: null, result: null };

export function lookupStateFrom(input: {
  outcome: LookupOutcome;
  values: LookupFormState["values"];
  previousSeq: number;
  t: Messages;
  now?: Date;
}): LookupFormState {
  const { outcome, t } = input;
  const base: LookupFormState = { seq: input.previousSeq + 1, values: input.values, fieldErrors: {}, formError: null, result: null };
  switch (outcome.kind) {
    case "invalid": {
      const fieldErrors: LookupFormState["fieldErrors"] = {};
      for (const [field, key] of Object.entries(outcome.fieldErrors) as [TLookupField, keyof typeof t.lookup.errors][]) {
        fieldErrors[field] = t.lookup.errors[key];
      }
      return { ...base, fieldErrors };
    }
    case "not_found":
      return { ...base, formError: t.lookup.notFound };
    case "rate_limited":
      return { ...base, formError: t.lookup.rateLimited(retryAfterMinutes(outcome.resetAt, input.now ?? new Date())) };
    case "found": {
      const d = outcome.dossier;
      return {
        ...base,
        result: {
          code: d.code,
          status: t.dossierStatus[d.status],
          procedureName: d.procedureName,
          agencyName: d.agencyName,
          submittedAt: d.submittedAt ? formatDate(d.submittedAt) : "—",
          dueAt: d.dueAt ? formatDate(d.dueAt) : t.lookup.noDueYet,
        },
      };
    }
  }
}
