import { Badge } from "@/components/ui/Badge";
import { isFeedbackOverdue, type FeedbackStatusValue } from "@/lib/domain/feedback";
import type { Messages } from "@/lib/i18n";

const TONE = { OPEN: "info", ANSWERED: "success", CLOSED: "neutral" } as const;

export function FeedbackStatusBadge({ t, status, dueAt, now }: { t: Messages; status: FeedbackStatusValue; dueAt: Date; now: Date }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={TONE[status]}>{t.feedback.statuses[status]}</Badge>
      {isFeedbackOverdue({ status, dueAt }, now) ? <Badge tone="danger">{t.feedback.overdue}</Badge> : null}
    </span>
  );
}
