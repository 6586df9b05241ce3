import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import type { Messages } from "@/lib/i18n";
import type { FeedbackFormOptions } from "@/lib/server/feedback/get-feedback-form-options";
import { FeedbackForm } from "./FeedbackForm";
import { initialFeedbackState, type FeedbackFormState } from "./feedback-state";

type Action = (state: FeedbackFormState, formData: FormData) => Promise<FeedbackFormState>;

export function NewFeedbackPage({ t, options, action, about }: { t: Messages; options: FeedbackFormOptions; action: Action; about?: string }) {
  const f = t.feedback;
  // Preselect only a choice that is actually offered.
  const offered = new Set([...options.dossiers.map((d) => `dossier:${d.code}`), ...options.procedures.map((p) => `procedure:${p.code}`)]);
  return (
    <div>
      <p className="mb-2"><Link href="/my/feedback" className="text-brand-700 underline">{f.back}</Link></p>
      <PageHeader title={f.newTitle} lead={f.newLead} />
      <FeedbackForm
        action={action}
        initialState={initialFeedbackState(about && offered.has(about) ? about : "")}
        choices={options}
        texts={{
          aboutLabel: f.aboutLabel,
          aboutHint: f.aboutHint,
          aboutPlaceholder: f.aboutPlaceholder,
          aboutDossiers: f.aboutDossiers,
          aboutProcedures: f.aboutProcedures,
          communeLabel: f.communeLabel,
          communeHint: f.communeHint,
          communePlaceholder: f.communePlaceholder,
          communeScopeSuffix: f.communeScopeSuffix,
          subjectLabel: f.subjectLabel,
          subjectHint: f.subjectHint,
          bodyLabel: f.bodyLabel,
          bodyHint: f.bodyHint,
          submit: f.submit,
          submitting: f.submitting,
          cancel: f.cancel,
          errorSummary: f.errorSummary,
          errors: f.errors,
        }}
      />
    </div>
  );
}
