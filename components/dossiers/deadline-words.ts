// The deadline of a dossier as the officer or the citizen reads it: the date, and the time left or late in
// working days (in words, so that overdue is never told by colour alone).
import type { BadgeTone } from "@/components/ui/Badge";
import { formatDate } from "@/lib/domain/format";
import type { DeadlineState } from "@/lib/domain/timeline";
import type { DossierStatus } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n";

export const STATUS_TONE: Record<DossierStatus, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  RECEIVED: "info",
  PROCESSING: "info",
  SUPPLEMENT_REQUESTED: "warning",
  APPROVED: "success",
  RETURNED: "success",
  DENIED: "danger",
  REJECTED: "danger",
  WITHDRAWN: "neutral",
};

/** The texts a deadline is told with: the citizen's (t.dossier.deadline) or the officer's (t.inbox.deadline). */
export type DeadlineTexts = Messages["dossier"]["deadline"];

export function deadlineWords(d: DeadlineTexts, state: DeadlineState): { date: string | null; note: string; late: boolean } {
  switch (state.kind) {
    case "none":
      return { date: null, note: d.none, late: false };
    case "closed":
      return { date: null, note: d.closed, late: false };
    case "provisional":
      return { date: formatDate(state.dueAt), note: d.provisional, late: false };
    case "paused":
      return { date: state.dueAt ? formatDate(state.dueAt) : null, note: d.paused, late: false };
    case "running":
      return { date: formatDate(state.dueAt), note: state.workingDaysLeft === 0 ? d.dueToday : d.daysLeft(state.workingDaysLeft), late: false };
    case "overdue":
      return { date: formatDate(state.dueAt), note: state.workingDaysLate > 0 ? d.overdueDays(state.workingDaysLate) : d.overdue, late: true };
    case "finished": {
      const note = state.timing === "EARLY" ? d.early : state.timing === "LATE" ? d.late : state.timing === "ON_TIME" ? d.onTime : "";
      return { date: state.dueAt ? formatDate(state.dueAt) : null, note, late: state.timing === "LATE" };
    }
  }
}
