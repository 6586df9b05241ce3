import Link from "next/link";
import { saveStepAction } from "@/app/my/dossiers/[id]/apply/actions";
import { PageHeader } from "@/components/ui/PageHeader";
import type { Locale, Messages } from "@/lib/i18n";
import type { Application } from "@/lib/server/dossiers/get-application";
import { ApplicationStepForm } from "./ApplicationStepForm";
import { DocumentUploads } from "./DocumentUploads";
import { StepProgress } from "./StepProgress";

export function ApplicationStepPage({ t, locale, app, step }: { t: Messages; locale: Locale; app: Application; step: number }) {
  const a = t.apply;
  const stepTitles = app.schema.steps.map((s) => (locale === "en" && s.titleEn ? s.titleEn : s.title));
  const fields = app.schema.fields.filter((f) => f.step === step);
  const inputs = fields.filter((f) => f.type !== "file");
  const documents = fields.filter((f) => f.type === "file");
  const last = app.schema.steps.length - 1;
  const hrefOf = (i: number) => `/my/dossiers/${app.id}/apply?step=${i}`;
  return (
    <div>
      <p className="text-sm text-slate-700">{app.procedure.name} · {app.agency.name}</p>
      <PageHeader title={stepTitles[step]} lead={a.stepOf(step + 1, stepTitles.length)} />
      <StepProgress label={a.progressLabel} steps={stepTitles} current={step} reachable={Math.max(app.draftStep, step)} hrefOf={hrefOf} />
      <section className="rounded-lg bg-white p-5 shadow-sm sm:p-6">
        {inputs.length > 0 ? (
          <ApplicationStepForm
            action={saveStepAction}
            dossierId={app.id}
            step={step}
            fields={inputs}
            initialValues={app.values}
            locked={app.locked}
            texts={{ optional: a.optional, fromIdentity: a.fromIdentity, saveDraft: a.saveDraft, continue: a.continue, draftSaved: a.draftSaved, errorSummary: a.errorSummary, selectPlaceholder: a.selectPlaceholder }}
          />
        ) : null}
        {documents.length > 0 ? (
          <>
            <p className="mb-4 text-slate-700">{a.documentsLead}</p>
            <DocumentUploads
              dossierId={app.id}
              documents={documents.map((d) => ({ name: d.name, label: d.document ?? d.label, required: d.required, help: d.help }))}
              files={app.attachments}
              texts={{
                upload: a.upload,
                uploading: a.uploading,
                uploaded: a.uploaded,
                remove: a.remove,
                noFile: a.noFile,
                required: a.required,
                uploadFailed: a.uploadFailed,
                errorSummary: a.errorSummary,
                sizes: Object.fromEntries(app.attachments.map((f) => [f.id, a.fileSize(f.sizeBytes)])),
                removeLabels: Object.fromEntries(app.attachments.map((f) => [f.id, a.removeNamed(f.originalName)])),
                chooseLabels: Object.fromEntries(documents.map((d) => [d.name, a.chooseFile(d.document ?? d.label)])),
              }}
            />
            {inputs.length === 0 ? (
              <p className="mt-6">
                <Link href={step >= last ? `/my/dossiers/${app.id}/review` : hrefOf(step + 1)} prefetch={false} className="inline-block rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
                  {step >= last ? a.toReview : a.continue}
                </Link>
              </p>
            ) : null}
          </>
        ) : null}
      </section>
      {step > 0 ? (
        <p className="mt-4"><Link href={hrefOf(step - 1)} prefetch={false} className="text-brand-700 underline">{a.back}</Link></p>
      ) : null}
    </div>
  );
}
