import Link from "next/link";
import { DossierTimeline } from "@/components/dossiers/DossierTimeline";
import type { DossierFormAction } from "@/components/dossiers/form-state";
import { Badge } from "@/components/ui/Badge";
import { WORKFLOW, type DossierAction } from "@/lib/domain/dossier-workflow";
import { formatDate, formatNumber, formatVnd } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { OfficerDossier } from "@/lib/server/dossiers/get-officer-dossier";
import { deadlineWords, STATUS_TONE } from "@/components/dossiers/deadline-words";
import { OfficerActionForm } from "./OfficerActionForm";

type ActionKind = keyof Messages["inbox"]["actions"]["kinds"];
export type OfficerNotice = keyof Messages["inbox"]["notices"];

/** Actions that end or refuse something are shown in the warning colour. */
const DANGER: ReadonlySet<DossierAction> = new Set(["reject", "deny"]);

function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(bytes / (1024 * 1024), 1)} MB` : `${formatNumber(Math.max(1, Math.ceil(bytes / 1024)))} KB`;
}

function Row({ label, children, wide = false }: { label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={`min-w-0 ${wide ? "sm:col-span-2" : ""}`}>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

function paymentText(t: Messages, dossier: OfficerDossier): string {
  const p = t.inbox.detail.paymentStates;
  if (dossier.paidOnline) {
    const paidAt = dossier.payment?.status === "PAID" ? dossier.payment.paidAt : null;
    return paidAt ? p.paidOnline(formatDate(paidAt)) : p.paidOnlineNoDate;
  }
  if (dossier.payment?.status === "PENDING") return p.pending;
  if (dossier.payment?.status === "FAILED") return p.failed;
  return dossier.channel === "COUNTER" || dossier.channel === "POSTAL" ? p.atCounter : p.unpaid;
}

/** The officer's page of one dossier of their agency: what it is, what happened, what can be done now. */
export function OfficerDossierPage({
  t,
  dossier,
  notice,
  action,
  canProcess,
  minApologyDate,
}: {
  t: Messages;
  dossier: OfficerDossier;
  notice: OfficerNotice | null;
  action: DossierFormAction;
  canProcess: boolean;
  /** The first date an apology may offer (yyyy-mm-dd), for the date picker. */
  minApologyDate: string;
}) {
  const d = t.inbox.detail;
  const a = t.inbox.actions;
  const code = dossier.code ?? t.inbox.table.noCode;
  const deadline = deadlineWords(t.inbox.deadline, dossier.deadline);
  const selfHref = `/officer/dossiers/${dossier.id}`;
  const actions = dossier.actions.filter((x): x is DossierAction & ActionKind => Object.prototype.hasOwnProperty.call(a.kinds, x));
  const steps = [...new Set(dossier.answers.map((x) => x.step))];

  return (
    <article className="space-y-6">
      <nav aria-label="breadcrumb" className="text-sm">
        <Link href="/officer/dossiers" className="text-brand-700 underline">{d.back}</Link>
      </nav>

      {notice ? (
        <div role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-4 font-medium text-green-900">
          {t.inbox.notices[notice]}
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

      {dossier.late ? <p className="rounded border-l-4 border-red-700 bg-red-50 p-4 font-medium text-red-900">{d.lateWarning}</p> : null}

      <section id="actions" aria-labelledby="actions-title" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="actions-title" className="mb-3 text-xl font-semibold">{a.title}</h2>
        {!canProcess ? (
          <p>{a.readOnly}</p>
        ) : actions.length === 0 ? (
          <p>{a.none}</p>
        ) : (
          <div className="space-y-4">
            {actions.map((kind) => {
              const requires = WORKFLOW[kind].requires as readonly string[];
              return (
                <OfficerActionForm
                  key={kind}
                  action={action}
                  kind={kind}
                  dossierId={dossier.id}
                  version={dossier.version}
                  selfHref={selfHref}
                  minDate={minApologyDate}
                  danger={DANGER.has(kind)}
                  needs={{
                    reason: requires.includes("reason"),
                    missingDocuments: requires.includes("missingDocuments"),
                    newDueDate: requires.includes("newDueDate"),
                    result: requires.includes("result"),
                  }}
                  texts={{
                    ...a.kinds[kind],
                    submitting: a.submitting,
                    errorSummary: a.errorSummary,
                    reason: a.reason,
                    reasonHint: a.reasonHint,
                    missingDocuments: a.missingDocuments,
                    missingDocumentsHint: a.missingDocumentsHint,
                    newDueDate: a.newDueDate,
                    newDueDateHint: a.newDueDateHint,
                    resultMode: a.resultMode,
                    resultGenerate: a.resultGenerate,
                    resultUpload: a.resultUpload,
                    file: a.file,
                    fileHint: a.fileHint,
                    fileTooLarge: t.inbox.errors["file.tooLarge"],
                    reload: a.reload,
                  }}
                />
              );
            })}
          </div>
        )}
      </section>

      {dossier.supplementRequest ? (
        <section aria-labelledby="supplement-title" className="rounded-lg border-2 border-amber-400 bg-white p-4 shadow-sm sm:p-6">
          <h2 id="supplement-title" className="text-lg font-semibold">{d.supplementTitle}</h2>
          <p className="text-sm text-slate-700">{d.supplementOn(formatDate(dossier.supplementRequest.at))}</p>
          {dossier.supplementRequest.reason ? (
            <p className="mt-2 whitespace-pre-line break-words"><span className="font-medium">{d.supplementReason}:</span> {dossier.supplementRequest.reason}</p>
          ) : null}
          {dossier.supplementRequest.missingDocuments.length > 0 ? (
            <>
              <h3 className="mt-2 font-semibold">{d.supplementDocuments}</h3>
              <ul className="list-disc pl-5">{dossier.supplementRequest.missingDocuments.map((doc) => <li key={doc}>{doc}</li>)}</ul>
            </>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="summary-title" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="summary-title" className="mb-3 text-lg font-semibold">{d.summaryTitle}</h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
          <Row label={d.status}>{t.dossierStatus[dossier.status]}</Row>
          <Row label={d.channel}>{t.channel[dossier.channel]}</Row>
          {dossier.externalCode ? <Row label={d.externalCode}><span className="font-mono">{dossier.externalCode}</span></Row> : null}
          <Row label={d.submitted}>{dossier.submittedAt ? formatDate(dossier.submittedAt) : d.notYet}</Row>
          <Row label={d.received}>{dossier.receivedAt ? formatDate(dossier.receivedAt) : d.notYet}</Row>
          <Row label={d.due}>
            {deadline.date ? <span className="font-semibold">{deadline.date}</span> : null}
            {deadline.date && deadline.note ? " — " : null}
            <span className={deadline.late ? "font-semibold text-red-800" : undefined}>{deadline.note}</span>
            {dossier.pausedWorkingDays > 0 ? <span className="block text-sm text-slate-700">{d.pausedDays(dossier.pausedWorkingDays)}</span> : null}
          </Row>
          <Row label={d.handler}>{dossier.handler?.fullName ?? d.notYet}</Row>
          <Row label={d.agency}>{dossier.agency.name}</Row>
          <Row label={d.fee}>{dossier.feeAmount > 0 ? formatVnd(dossier.feeAmount) : d.free}</Row>
          {dossier.feeAmount > 0 ? <Row label={d.payment}>{paymentText(t, dossier)}</Row> : null}
        </dl>
      </section>

      <section aria-labelledby="applicant-title" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="applicant-title" className="mb-3 text-lg font-semibold">{d.applicantTitle}</h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
          <Row label={d.applicantName}>{dossier.applicantName}</Row>
          <Row label={d.nationalId}>{dossier.applicantNationalId ? <span className="font-mono">{dossier.applicantNationalId}</span> : d.notYet}</Row>
          <Row label={d.phone}>{dossier.applicantPhone ?? d.notYet}</Row>
          <Row label={d.email}>{dossier.applicantEmail ?? d.notYet}</Row>
          <Row label={d.address} wide>{dossier.applicantAddress ?? d.notYet}</Row>
        </dl>
      </section>

      <section aria-labelledby="form-title" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="form-title" className="mb-3 text-lg font-semibold">{d.formTitle}</h2>
        {dossier.answers.length === 0 ? (
          <p>{d.formEmpty}</p>
        ) : (
          steps.map((step) => (
            <div key={step ?? "-"} className="mb-4 last:mb-0">
              {step ? <h3 className="mb-2 font-semibold">{step}</h3> : null}
              <dl className="divide-y divide-slate-200">
                {dossier.answers.filter((x) => x.step === step).map((x) => (
                  <div key={x.name} className="grid gap-1 py-2 sm:grid-cols-[16rem_1fr] sm:gap-4">
                    <dt className="font-medium">{x.label}</dt>
                    <dd className="whitespace-pre-line break-words">{x.value || <span className="text-slate-700">{d.blank}</span>}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))
        )}
      </section>

      {dossier.resultNumber ? (
        <section aria-labelledby="result-title" className="rounded-lg border-2 border-green-600 bg-white p-4 shadow-sm sm:p-6">
          <h2 id="result-title" className="mb-3 text-lg font-semibold">{d.resultTitle}</h2>
          <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
            <Row label={d.resultNumber}><span className="font-mono">{dossier.resultNumber}</span></Row>
            <Row label={d.resultIssuedAt}>{dossier.resultIssuedAt ? formatDate(dossier.resultIssuedAt) : d.notYet}</Row>
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="files-title" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="files-title" className="mb-3 text-lg font-semibold">{d.filesTitle}</h2>
        {dossier.attachments.length === 0 ? (
          <p>{d.filesEmpty}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {dossier.attachments.map((file) => (
              <li key={file.id} className="py-3">
                <a href={`/api/attachments/${file.id}`} className="break-words font-medium text-brand-700 underline">{d.download(file.originalName)}</a>
                <p className="text-sm text-slate-700">
                  {t.dossier.attachments.kinds[file.kind]}
                  {file.documentName ? ` · ${file.documentName}` : ""} · {fileSize(file.sizeBytes)} · {formatDate(file.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <DossierTimeline t={t} timeline={dossier.timeline} channel={dossier.channel} />
    </article>
  );
}
