import Link from "next/link";
import type { DossierFormAction } from "@/components/dossiers/form-state";
import { Badge } from "@/components/ui/Badge";
import { canAnswer, isFeedbackOverdue } from "@/lib/domain/feedback";
import { formatDate } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { AgencyFeedbackDetail } from "@/lib/server/feedback/get-agency-feedback";
import { AnswerFeedbackForm } from "./AnswerFeedbackForm";

const TONE = { OPEN: "info", ANSWERED: "success", CLOSED: "neutral" } as const;

/** One feedback of the agency: what the citizen wrote, its deadline, and the answer (or the form). */
export function OfficerFeedbackDetailPage({
  t, feedback, now, justAnswered, answerAction,
}: { t: Messages; feedback: AgencyFeedbackDetail; now: Date; justAnswered: boolean; answerAction: DossierFormAction }) {
  const f = t.officerFeedback;
  const about = feedback.dossier?.code
    ? f.aboutDossier(feedback.dossier.code)
    : feedback.procedure
      ? f.aboutProcedure(feedback.procedure.code, feedback.procedure.name)
      : f.aboutGeneral;
  const overdue = isFeedbackOverdue(feedback, now);
  return (
    <div className="space-y-6">
      <p><Link href="/officer/feedback" className="text-brand-700 underline">{f.back}</Link></p>
      {justAnswered ? (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-4 font-medium text-green-900">{f.answeredNotice}</p>
      ) : null}
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{feedback.subject}</h1>
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2">
          <div><dt className="inline font-medium">{f.code}: </dt><dd className="inline font-mono">{feedback.code}</dd></div>
          <div>
            <dt className="inline font-medium">{f.status}: </dt>
            <dd className="inline-flex flex-wrap gap-1">
              <Badge tone={TONE[feedback.status]}>{f.statuses[feedback.status]}</Badge>
              {overdue ? <Badge tone="danger">{f.overdueBy}</Badge> : null}
            </dd>
          </div>
          <div><dt className="inline font-medium">{f.author}: </dt><dd className="inline">{feedback.author.fullName}</dd></div>
          <div><dt className="inline font-medium">{f.about}: </dt><dd className="inline">{about}</dd></div>
          <div><dt className="inline font-medium">{f.sentOn}: </dt><dd className="inline">{formatDate(feedback.createdAt)}</dd></div>
          <div><dt className="inline font-medium">{f.dueOn}: </dt><dd className="inline">{formatDate(feedback.dueAt)}</dd></div>
        </dl>
      </div>
      <section aria-labelledby="feedback-body-title" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="feedback-body-title" className="text-lg font-semibold">{f.bodyTitle}</h2>
        <p className="mt-2 whitespace-pre-line break-words">{feedback.body}</p>
      </section>
      <section aria-labelledby="feedback-answer-title" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="feedback-answer-title" className="text-lg font-semibold">{f.answerTitle}</h2>
        {feedback.answer ? (
          <>
            {feedback.answeredAt ? <p className="mt-1 text-sm text-slate-700">{f.answeredOnBy(formatDate(feedback.answeredAt), feedback.answeredBy?.fullName ?? "—")}</p> : null}
            <p className="mt-2 whitespace-pre-line break-words">{feedback.answer}</p>
            <p className="mt-3 text-sm">
              <span className="font-medium">{f.citizenVerdict}:</span>{" "}
              {feedback.citizenSatisfied === null ? f.notRated : feedback.citizenSatisfied ? f.satisfied : f.dissatisfied}
            </p>
          </>
        ) : canAnswer(feedback) ? (
          <AnswerFeedbackForm
            action={answerAction}
            code={feedback.code}
            texts={{ label: f.answerLabel, hint: f.answerHint, submit: f.submit, submitting: f.submitting, errorSummary: f.errorSummary, errors: t.feedback.errors }}
          />
        ) : null}
      </section>
    </div>
  );
}
