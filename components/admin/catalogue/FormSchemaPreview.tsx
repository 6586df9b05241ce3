"use client";

import { ApplicationStepForm, type StepFormTexts } from "@/components/apply/ApplicationStepForm";
import { DocumentUploads } from "@/components/apply/DocumentUploads";
import type { TFormSchema } from "@/lib/validation/form-schema";

export type PreviewTexts = {
  step: StepFormTexts;
  upload: string;
  uploading: string;
  uploaded: string;
  remove: string;
  noFile: string;
  required: string;
  uploadFailed: string;
  /** chooseFile(doc) without its document: "Chọn tệp cho: ". */
  chooseFilePrefix: string;
  documentsLead: string;
};

// The preview never sends anything: its controls are disabled and its action does nothing.
const noAction = async <S,>(state: S) => state;

/**
 * The citizen's form generated from a schema, with the very components of the application
 * pages (components/apply), each step under its heading, all controls disabled.
 */
export function FormSchemaPreview({ schema, texts, stepHeading }: { schema: TFormSchema; texts: PreviewTexts; stepHeading: (n: number, title: string) => string }) {
  return (
    <div className="space-y-6">
      {schema.steps.map((step, i) => {
        const fields = schema.fields.filter((f) => f.step === i);
        const inputs = fields.filter((f) => f.type !== "file");
        const documents = fields.filter((f) => f.type === "file");
        return (
          <section key={`${i}:${step.title}`} aria-labelledby={`preview-step-${i}`} className="rounded-lg border border-slate-300 bg-white p-4">
            <h3 id={`preview-step-${i}`} className="mb-3 text-lg font-semibold">{stepHeading(i + 1, step.title)}</h3>
            <fieldset disabled className="space-y-4">
              {inputs.length > 0 ? (
                <ApplicationStepForm
                  action={noAction}
                  dossierId="preview"
                  step={i}
                  fields={inputs}
                  initialValues={{}}
                  locked={[]}
                  texts={texts.step}
                />
              ) : null}
              {documents.length > 0 ? (
                <>
                  <p className="text-slate-700">{texts.documentsLead}</p>
                  <DocumentUploads
                    dossierId="preview"
                    documents={documents.map((d) => ({ name: d.name, label: d.document ?? d.label, required: d.required, help: d.help }))}
                    files={[]}
                    texts={{
                      upload: texts.upload,
                      uploading: texts.uploading,
                      uploaded: texts.uploaded,
                      remove: texts.remove,
                      noFile: texts.noFile,
                      required: texts.required,
                      uploadFailed: texts.uploadFailed,
                      errorSummary: texts.step.errorSummary,
                      sizes: {},
                      removeLabels: {},
                      chooseLabels: Object.fromEntries(documents.map((d) => [d.name, `${texts.chooseFilePrefix}${d.document ?? d.label}`])),
                    }}
                  />
                </>
              ) : null}
            </fieldset>
          </section>
        );
      })}
    </div>
  );
}
