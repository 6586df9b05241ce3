import Link from "next/link";
import { canRateAnswer } from "@/lib/domain/feedback";
import { formatDate } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { MyFeedbackDetail } from "@/lib/server/feedback/get-my-feedback";
import { FeedbackStatusBadge } from "./FeedbackStatusBadge";
import { INITIAL_RATE_STATE, type RateFormState } from "./feedback-state";
import { RateAnswerForm } from "./RateAnswerForm";

type RateAction = (state: RateFormState, formData: FormData) => Promise<RateFormState>;

export function FeedbackDetailPage({
  t, feedback, now, justSent, justRated, rateAction,
}: { t: Messages; feedback: MyFeedbackDetail; now: Date; justSent: boolean; justRated: boolean; rateAction: RateAction }) {
  const f = t.feedback;
  const about = feedback.dossier?.code
    ? f.aboutDossier(feedback.dossier.code)
    : feedback.procedure
      ? f.aboutProcedure(feedback.procedure.name)
      : f.aboutGeneral;
  return (
    <div className="space-y-6">
      <p><Link href="/my/feedback" className="text-brand-700 underline">{f.back}</Link></p>
      {justSent ? (
        <div role="status" className="rounded border-2 border-green-700 bg-green-50 p-4">
          <h2 className="font-semibold text-green-900">{f.sentTitle}</h2>
          <p className="mt-1">{f.sentBody(feedback.code, formatDate(feedback.dueAt))}</p>
        </div>
      ) : null}
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{feedback.subject}</h1>
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2">
          <div><dt className="inline font-medium">{f.code}: </dt><dd className="inline font-mono">{feedback.code}</dd></div>
          <div><dt className="inline font-medium">{f.status}: </dt><dd className="inline"><FeedbackStatusBadge t={t} status={feedback.status} dueAt={feedback.dueAt} now={now} /></dd></div>
          <div><dt className="inline font-medium">{f.about}: </dt><dd className="inline">{about}</dd></div>
          <div><dt className="inline font-medium">{f.agency}: </dt><dd className="inline">{feedback.agency.name}</dd></div>
          <div><dt className="inline font-medium">{f.sentOn}: </dt><dd className="inline">{formatDate(feedback.createdAt)}</dd></div>
          <div><dt className="inline font-medium">{f.dueOn}: </dt><dd className="inline">{formatDate(feedback.dueAt)}</dd></div>
        </dl>
      </div>
      <section aria-labelledby="feedback-body-title" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="feedback-body-title" className="text-lg font-semibold">{f.yourFeedback}</h2>
        <p className="mt-2 whitespace-pre-line break-words">{feedback.body}</p>
      </section>
      <section aria-labelledby="feedback-answer-title" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="feedback-answer-title" className="text-lg font-semibold">{f.answerTitle}</h2>
        {feedback.answer ? (
          <>
            {feedback.answeredAt ? <p className="mt-1 text-sm text-slate-700">{f.answeredOn}: {formatDate(feedback.answeredAt)}</p> : null}
            <p className="mt-2 whitespace-pre-line break-words">{feedback.answer}</p>
            {justRated ? <p role="status" className="mt-4 font-medium text-green-900">{f.ratedThanks}</p> : null}
            {feedback.citizenSatisfied !== null ? (
              <p className="mt-2 text-slate-700">{feedback.citizenSatisfied ? f.ratedSatisfied : f.ratedDissatisfied}</p>
            ) : null}
            {canRateAnswer(feedback) ? (
              <RateAnswerForm
                action={rateAction}
                initialState={INITIAL_RATE_STATE}
                code={feedback.code}
                texts={{ title: f.rateTitle, hint: f.rateHint, yes: f.rateYes, no: f.rateNo, submit: f.rateSubmit, errorSummary: f.rateErrorSummary, required: f.errors["satisfied.required"] }}
              />
            ) : null}
          </>
        ) : (
          <p className="mt-2">{f.noAnswerYet(formatDate(feedback.dueAt))}</p>
        )}
      </section>
    </div>
  );
}
