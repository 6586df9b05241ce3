import { deadlineWords } from "./deadline-words";
import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { formatDate, formatNumber, formatVnd } from "@/lib/domain/format";
import type { DeadlineState } from "@/lib/domain/timeline";
import type { DossierStatus } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n";
import type { MyDossier } from "@/lib/server/dossiers/get-my-dossier";
import { DossierTimeline } from "./DossierTimeline";
import type { DossierNotice } from "./dossier-form-action";
import type { DossierFormAction } from "./form-state";
import { RatingForm } from "./RatingForm";
import { SupplementAnswerForm } from "./SupplementAnswerForm";
import { SupplementUploader } from "./SupplementUploader";
import { WithdrawForm } from "./WithdrawForm";

export type DossierPageActions = {
  withdraw: DossierFormAction;
  answerSupplement: DossierFormAction;
  rate: DossierFormAction;
  removeSupplementFile: (formData: FormData) => Promise<void>;
};

const STATUS_TONE: Record<DossierStatus, BadgeTone> = {
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

const NOTICE_TONE: Partial<Record<DossierNotice, "success" | "error">> = { fileRemoveFailed: "error" };

function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(bytes / (1024 * 1024), 1)} MB` : `${formatNumber(Math.max(1, Math.ceil(bytes / 1024)))} KB`;
}

function paymentText(t: Messages, dossier: MyDossier): string {
  const f = t.dossier.fees;
  if (dossier.feeAmount === 0) return f.free;
  if (dossier.paidOnline) {
    const paidAt = dossier.payment?.status === "PAID" ? dossier.payment.paidAt : null;
    return paidAt ? f.paidOnline(formatDate(paidAt)) : f.paidOnlineNoDate;
  }
  if (dossier.payment?.status === "PENDING") return f.pending;
  return dossier.channel === "COUNTER" || dossier.channel === "POSTAL" ? f.atCounter : f.unpaid;
}

function Row({ label, children, wide = false }: { label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={`min-w-0 ${wide ? "sm:col-span-2" : ""}`}>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

/** A citizen's own dossier: where it is, what happened, and what they can do now. */
export function DossierDetailPage({
  t,
  dossier,
  notice,
  confirmWithdraw,
  actions,
}: {
  t: Messages;
  dossier: MyDossier;
  notice: DossierNotice | null;
  confirmWithdraw: boolean;
  actions: DossierPageActions;
}) {
  const d = t.dossier;
  const code = dossier.code ?? d.draftCode;
  const deadline = deadlineWords(t.dossier.deadline, dossier.deadline);
  const selfHref = `/my/dossiers/${dossier.id}`;

  return (
    <article className="space-y-6">
      <nav aria-label="breadcrumb" className="text-sm">
        <Link href="/my" className="text-brand-700 underline">{d.back}</Link>
      </nav>

      {notice ? (
        <div
          role="status"
          className={`rounded border-l-4 p-4 font-medium ${NOTICE_TONE[notice] === "error" ? "border-red-700 bg-red-50 text-red-900" : "border-green-700 bg-green-50 text-green-900"}`}
        >
          {d.notices[notice]}
        </div>
      ) : null}

      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{dossier.procedure.name}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-slate-700">
          <span>
            {d.code}: <span className="font-mono font-semibold text-slate-900">{code}</span>
          </span>
          <Badge tone={STATUS_TONE[dossier.status]}>{t.dossierStatus[dossier.status]}</Badge>
        </p>
      </header>

      {dossier.status === "DRAFT" ? (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <p>{d.draftNotice}</p>
          <Link href={`${selfHref}/apply`} className="mt-2 inline-block font-semibold text-brand-700 underline">{d.continueDraft}</Link>
        </div>
      ) : null}

      {dossier.supplementRequest ? <SupplementSection t={t} dossier={dossier} actions={actions} /> : null}

      <section aria-labelledby="summary-title" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="summary-title" className="mb-3 text-lg font-semibold">{d.summaryTitle}</h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
          <Row label={d.procedure}>
            <Link href={`/procedures/${encodeURIComponent(dossier.procedure.code)}`} className="text-brand-700 underline">{dossier.procedure.name}</Link>
          </Row>
          <Row label={d.agency}>{dossier.agency.name}</Row>
          <Row label={d.status}>{t.dossierStatus[dossier.status]}</Row>
          <Row label={d.holder}>{d.holders[dossier.holder]}</Row>
          <Row label={d.channel}>{t.channel[dossier.channel]}</Row>
          <Row label={d.submitted}>{dossier.submittedAt ? formatDate(dossier.submittedAt) : d.notYet}</Row>
          <Row label={d.received}>{dossier.receivedAt ? formatDate(dossier.receivedAt) : d.notYet}</Row>
          <Row label={d.due}>
            {deadline.date ? <span className="font-semibold">{deadline.date}</span> : null}
            {deadline.date && deadline.note ? " — " : null}
            <span className={deadline.late ? "font-semibold text-red-800" : undefined}>{deadline.note}</span>
          </Row>
          <Row label={d.fee}>{dossier.feeAmount > 0 ? formatVnd(dossier.feeAmount) : d.fees.free}</Row>
          {dossier.feeAmount > 0 ? <Row label={d.payment}>{paymentText(t, dossier)}</Row> : null}
        </dl>
      </section>

      {dossier.hasResult ? <ResultSection t={t} dossier={dossier} /> : null}

      <AttachmentsSection t={t} dossier={dossier} />

      <DossierTimeline t={t} timeline={dossier.timeline} channel={dossier.channel} />

      {dossier.canWithdraw ? (
        <section id="withdraw" aria-labelledby="withdraw-title" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <h2 id="withdraw-title" className="mb-2 text-lg font-semibold">{confirmWithdraw ? d.withdraw.confirmTitle : d.withdraw.title}</h2>
          {confirmWithdraw ? (
            <>
              <p className="mb-4">{d.withdraw.confirmLead(code)}</p>
              <WithdrawForm
                action={actions.withdraw}
                dossierId={dossier.id}
                version={dossier.version}
                cancelHref={selfHref}
                texts={{
                  reasonLabel: d.withdraw.reasonLabel,
                  reasonHint: d.withdraw.reasonHint,
                  confirm: d.withdraw.confirm,
                  submitting: d.withdraw.submitting,
                  cancel: d.withdraw.cancel,
                  errorSummary: d.errorSummary,
                }}
              />
            </>
          ) : (
            <>
              <p className="mb-4">{d.withdraw.lead}</p>
              <Link href={`${selfHref}?withdraw=confirm#withdraw`} className="inline-block rounded border-2 border-accent-600 px-5 py-2 font-semibold text-accent-700 hover:bg-red-50">
                {d.withdraw.start}
              </Link>
            </>
          )}
        </section>
      ) : null}

      {dossier.rating || dossier.canRate ? <RatingSection t={t} dossier={dossier} action={actions.rate} /> : null}
    </article>
  );
}

function SupplementSection({ t, dossier, actions }: { t: Messages; dossier: MyDossier; actions: DossierPageActions }) {
  const s = t.dossier.supplement;
  const request = dossier.supplementRequest;
  if (!request) return null;
  return (
    <section id="supplement" aria-labelledby="supplement-title" className="space-y-5 rounded-lg border-2 border-amber-400 bg-white p-4 shadow-sm sm:p-6">
      <div>
        <h2 id="supplement-title" className="text-lg font-semibold">{s.title}</h2>
        <p className="text-sm text-slate-700">{s.requestedOn(formatDate(request.at))}</p>
      </div>
      {request.reason ? (
        <div>
          <h3 className="font-semibold">{s.reason}</h3>
          <p className="whitespace-pre-line break-words">{request.reason}</p>
        </div>
      ) : null}
      <div>
        <h3 className="font-semibold">{s.documents}</h3>
        {request.missingDocuments.length > 0 ? (
          <ul className="list-disc pl-5">{request.missingDocuments.map((doc) => <li key={doc}>{doc}</li>)}</ul>
        ) : (
          <p>{s.noList}</p>
        )}
      </div>
      <p className="rounded bg-amber-50 p-3 text-sm">{s.clockPaused}</p>

      {dossier.canAnswerSupplement ? (
        <>
          <div className="space-y-3 border-t border-slate-200 pt-4">
            <h3 className="font-semibold">{s.step1}</h3>
            <SupplementUploader
              dossierId={dossier.id}
              documents={request.missingDocuments}
              texts={{
                fileLabel: s.fileLabel,
                fileHint: s.fileHint,
                documentLabel: s.documentLabel,
                documentOther: s.documentOther,
                upload: s.upload,
                uploading: s.uploading,
                uploaded: s.uploaded("{name}"),
                uploadFailed: s.uploadFailed,
                noFileChosen: s.noFileChosen,
                uploadError: s.uploadError,
              }}
            />
            <h4 className="font-semibold">{s.filesTitle}</h4>
            {dossier.pendingSupplementFiles.length === 0 ? (
              <p>{s.noFiles}</p>
            ) : (
              <ul className="divide-y divide-slate-200 rounded border border-slate-200">
                {dossier.pendingSupplementFiles.map((file) => (
                  <li key={file.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                    <span className="min-w-0 break-words">
                      <a href={`/api/attachments/${file.id}`} className="text-brand-700 underline">{file.originalName}</a>
                      <span className="text-sm text-slate-700"> · {fileSize(file.sizeBytes)}{file.documentName ? ` · ${file.documentName}` : ""}</span>
                    </span>
                    <form action={actions.removeSupplementFile}>
                      <input type="hidden" name="dossierId" value={dossier.id} />
                      <input type="hidden" name="attachmentId" value={file.id} />
                      <button type="submit" className="rounded border border-slate-500 px-3 py-1 text-sm hover:bg-slate-100">{s.remove(file.originalName)}</button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="space-y-3 border-t border-slate-200 pt-4">
            <h3 className="font-semibold">{s.step2}</h3>
            <SupplementAnswerForm
              action={actions.answerSupplement}
              dossierId={dossier.id}
              version={dossier.version}
              texts={{ noteLabel: s.noteLabel, noteHint: s.noteHint, submit: s.submit, submitting: s.submitting, errorSummary: t.dossier.errorSummary }}
            />
          </div>
        </>
      ) : null}
    </section>
  );
}

function ResultSection({ t, dossier }: { t: Messages; dossier: MyDossier }) {
  const r = t.dossier.result;
  const resultFiles = dossier.attachments.filter((a) => a.kind === "RESULT");
  return (
    <section aria-labelledby="result-title" className="rounded-lg border-2 border-green-600 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="result-title" className="mb-3 text-lg font-semibold">{r.title}</h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
        <Row label={r.number}><span className="font-mono">{dossier.resultNumber}</span></Row>
        <Row label={r.issuedAt}>{dossier.resultIssuedAt ? formatDate(dossier.resultIssuedAt) : "—"}</Row>
        <Row label={r.description} wide>{dossier.procedure.resultDescription}</Row>
      </dl>
      {dossier.status === "APPROVED" ? <p className="mt-3">{r.approvedNote}</p> : null}
      <p className="mt-4">
        <a href={`/my/dossiers/${dossier.id}/result`} className="inline-block rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
          {r.download}
        </a>
      </p>
      {resultFiles.length > 0 ? (
        <ul className="mt-3 list-disc pl-5">
          {resultFiles.map((f) => (
            <li key={f.id}><a href={`/api/attachments/${f.id}`} className="text-brand-700 underline">{t.dossier.attachments.download(f.originalName)}</a></li>
          ))}
        </ul>
      ) : null}
      {dossier.verifyUrl ? (
        <p className="mt-4 text-sm">
          <a href={dossier.verifyUrl} className="break-all text-brand-700 underline">{r.verify}</a>
          <span className="block text-slate-700">{r.verifyHint}</span>
        </p>
      ) : null}
    </section>
  );
}

function AttachmentsSection({ t, dossier }: { t: Messages; dossier: MyDossier }) {
  const a = t.dossier.attachments;
  return (
    <section aria-labelledby="files-title" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="files-title" className="mb-3 text-lg font-semibold">{a.title}</h2>
      {dossier.attachments.length === 0 ? (
        <p>{a.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {dossier.attachments.map((file) => (
            <li key={file.id} className="py-3">
              <a href={`/api/attachments/${file.id}`} className="break-words font-medium text-brand-700 underline">
                {a.download(file.originalName)}
              </a>
              <p className="text-sm text-slate-700">
                {a.kinds[file.kind]}
                {file.documentName ? ` · ${file.documentName}` : ""} · {fileSize(file.sizeBytes)} · {formatDate(file.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RatingSection({ t, dossier, action }: { t: Messages; dossier: MyDossier; action: DossierFormAction }) {
  const r = t.dossier.rating;
  return (
    <section id="rating" aria-labelledby="rating-title" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="rating-title" className="mb-3 text-lg font-semibold">{r.title}</h2>
      {dossier.rating ? (
        <div>
          <p>{r.done(r.scores[dossier.rating.score], formatDate(dossier.rating.createdAt))}</p>
          {dossier.rating.comment ? (
            <p className="mt-2">
              <span className="font-medium">{r.yourComment}:</span> <span className="whitespace-pre-line break-words">{dossier.rating.comment}</span>
            </p>
          ) : null}
          <p className="mt-2 text-sm text-slate-700">{r.onlyOnce}</p>
        </div>
      ) : (
        <RatingForm
          action={action}
          dossierId={dossier.id}
          texts={{
            question: r.question,
            scores: r.scores,
            commentLabel: r.commentLabel,
            commentHint: r.commentHint,
            submit: r.submit,
            submitting: r.submitting,
            errorSummary: t.dossier.errorSummary,
          }}
        />
      )}
    </section>
  );
}
