import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import { documentFieldName, missingDocumentMessage } from "@/lib/domain/counter-intake";
import { formatVnd } from "@/lib/domain/format";
import type { Locale, Messages } from "@/lib/i18n";
import type { CounterIntakeForm as IntakeFormData } from "@/lib/server/dossiers/intake-get-counter-form";
import type { TFormField } from "@/lib/validation/form-schema";
import { CounterIntakeForm } from "./CounterIntakeForm";
import type { IntakeFormAction } from "./intake-state";

export function CounterIntakePage({ t, locale, form, action }: { t: Messages; locale: Locale; form: IntakeFormData; action: IntakeFormAction }) {
  const i = t.intake;
  const localised = (f: TFormField): TFormField => (locale === "en" && f.labelEn ? { ...f, label: f.labelEn } : f);
  const { procedure } = form;
  return (
    <div>
      <p className="mb-2 text-sm"><Link href="/officer/intake" className="text-brand-700 underline">{i.backToList}</Link></p>
      <PageHeader title={i.formTitle(procedure.name)} lead={i.formLead(procedure.processingDays)} />
      <p className="mb-6 text-slate-800">
        <span className="font-mono">{procedure.code}</span> · {procedure.agencyName} · {i.fee}:{" "}
        {procedure.feeAmount > 0 ? i.feeCollect(formatVnd(procedure.feeAmount)) : i.feeFree}
      </p>
      <CounterIntakeForm
        action={action}
        procedureCode={procedure.code}
        idempotencyKey={form.idempotencyKey}
        contactFields={form.contactFields.map(localised)}
        formFields={form.formFields.map(localised)}
        requiredDocuments={form.documents.map((d) => d.required)}
        texts={{
          applicantSection: i.applicantSection,
          formSection: i.formSection,
          documentsSection: i.documentsSection,
          documentsHint: i.documentsHint,
          required: i.required,
          optional: i.optional,
          selectPlaceholder: i.selectPlaceholder,
          submit: i.submit,
          submitting: i.submitting,
          errorSummary: i.errorSummary,
          documentLabels: form.documents.map((d) => `${d.name} (${i.copies(d.copies)}${d.required ? `, ${i.required}` : ""})`),
          documentErrors: Object.fromEntries(form.documents.flatMap((d, n) => (d.required ? [[documentFieldName(n), missingDocumentMessage(d.name)]] : []))),
        }}
      />
    </div>
  );
}
