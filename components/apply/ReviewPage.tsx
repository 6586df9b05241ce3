import Link from "next/link";
import { payAction, submitAction } from "@/app/my/dossiers/[id]/review/actions";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDate, formatVnd } from "@/lib/domain/format";
import type { Locale, Messages } from "@/lib/i18n";
import type { Application } from "@/lib/server/dossiers/get-application";
import { inSentence } from "@/lib/validation/application";
import { ActionButtonForm } from "./ActionButtonForm";

function displayValue(app: Application, name: string): string {
  const field = app.schema.fields.find((f) => f.name === name);
  const value = app.values[name] ?? "";
  if (!field || !value) return "";
  if (field.type === "select") return field.options?.find((o) => o.value === value)?.label ?? value;
  if (field.type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(new Date(`${value}T05:00:00Z`));
  return value;
}

export function ReviewPage({ t, locale, app, idempotencyKey }: { t: Messages; locale: Locale; app: Application; idempotencyKey: string }) {
  const a = t.apply;
  const fee = app.feeAmount;
  const needsPayment = fee > 0 && !app.paidOnline;
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">{app.procedure.name} · {app.agency.name}</p>
      <PageHeader title={a.reviewTitle} lead={a.reviewLead} />
      {app.schema.steps.map((s, i) => {
        const fields = app.schema.fields.filter((f) => f.step === i && f.type !== "file");
        if (fields.length === 0) return null;
        const title = locale === "en" && s.titleEn ? s.titleEn : s.title;
        return (
          <section key={s.title} aria-labelledby={`review-${i}`} className="rounded-lg bg-white p-5 shadow-sm">
            <h2 id={`review-${i}`} className="mb-3 text-lg font-semibold">{title}</h2>
            <dl className="divide-y divide-slate-200">
              {fields.map((f) => (
                <div key={f.name} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr_auto] sm:gap-4">
                  <dt className="font-medium">{f.label}</dt>
                  <dd className="break-words">{displayValue(app, f.name) || <span className="text-slate-600">{a.empty}</span>}</dd>
                  <dd>
                    {app.locked.includes(f.name) ? null : (
                      <Link href={`/my/dossiers/${app.id}/apply?step=${i}#f-${f.name}`} className="text-brand-700 underline">
                        {a.change}<span className="sr-only"> {inSentence(f.label)}</span>
                      </Link>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}

      <section aria-labelledby="review-docs" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="review-docs" className="mb-3 text-lg font-semibold">{a.documentsTitle}</h2>
        <dl className="divide-y divide-slate-200">
          {app.schema.fields.filter((f) => f.type === "file").map((f) => {
            const files = app.attachments.filter((x) => x.documentName === (f.document ?? f.label));
            return (
              <div key={f.name} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr_auto] sm:gap-4">
                <dt className="font-medium">{f.document ?? f.label}</dt>
                <dd>{files.length ? files.map((x) => x.originalName).join(", ") : <span className="text-slate-600">{a.noFile}</span>}</dd>
                <dd>
                  <Link href={`/my/dossiers/${app.id}/apply?step=${f.step}`} className="text-brand-700 underline">
                    {a.change}<span className="sr-only"> {inSentence(f.document ?? f.label)}</span>
                  </Link>
                </dd>
              </div>
            );
          })}
        </dl>
      </section>

      <section aria-labelledby="review-fee" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="review-fee" className="mb-2 text-lg font-semibold">{a.feeTitle}</h2>
        <p>{fee <= 0 ? a.feeFree : app.paidOnline ? a.feePaid(formatVnd(fee)) : a.feeDue(formatVnd(fee))}</p>
        {app.procedure.feeDescription ? <p className="text-sm text-slate-700">{app.procedure.feeDescription}</p> : null}
      </section>

      <section className="rounded-lg border border-brand-100 bg-brand-50 p-5">
        {needsPayment ? (
          <ActionButtonForm action={payAction} hidden={{ dossierId: app.id }} label={a.payNow} pendingLabel={a.payNow} errorSummary={a.errorSummary} />
        ) : (
          <ActionButtonForm action={submitAction} hidden={{ dossierId: app.id, idempotencyKey }} label={a.submit} pendingLabel={a.submitting} errorSummary={a.errorSummary}>
            <p className="text-sm">{a.declaration}</p>
          </ActionButtonForm>
        )}
      </section>
    </div>
  );
}
