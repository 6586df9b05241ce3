"use client";

import { useActionState, useState } from "react";
import { ErrorSummary, FieldError } from "@/components/dossiers/ErrorSummary";
import { INITIAL_FORM_STATE, type DossierFormAction } from "@/components/dossiers/form-state";
import { useFocusOnError } from "@/components/dossiers/use-focus-on-error";

export type OfficerActionTexts = {
  title: string;
  lead: string;
  submit: string;
  submitting: string;
  errorSummary: string;
  reason: string;
  reasonHint: string;
  missingDocuments: string;
  missingDocumentsHint: string;
  newDueDate: string;
  newDueDateHint: string;
  resultMode: string;
  resultGenerate: string;
  resultUpload: string;
  file: string;
  fileHint: string;
  fileTooLarge: string;
  reload: string;
};

/** What the action requires, from the state machine's table (passed in by the server). */
export type OfficerActionNeeds = { reason: boolean; missingDocuments: boolean; newDueDate: boolean; result: boolean };

const MAX_FILE_BYTES = 1024 * 1024;

/**
 * One workflow action of the dossier processing page: a plain form to a server action, with the
 * dossier's version as a hidden field (optimistic locking) and the GOV.UK error pattern — a
 * summary at the top linked to the fields, the message beside each field, typed text kept.
 */
export function OfficerActionForm({
  action,
  kind,
  dossierId,
  version,
  needs,
  selfHref,
  minDate,
  danger = false,
  texts,
}: {
  action: DossierFormAction;
  kind: string;
  dossierId: string;
  version: number;
  needs: OfficerActionNeeds;
  selfHref: string;
  /** For a new appointment date: the first day the browser may offer (yyyy-mm-dd). */
  minDate?: string;
  danger?: boolean;
  texts: OfficerActionTexts;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const summaryRef = useFocusOnError(state);
  const [mode, setMode] = useState<string>(state.values.resultMode || "generate");
  const [fileError, setFileError] = useState<string | null>(null);
  const id = (name: string) => `${kind}-${name}`;
  const fieldError = (name: string) => (name === "file" && fileError) || state.fieldErrors[name];

  const errors = [
    state.formError ? { href: `#${id("submit")}`, text: state.formError } : null,
    ...(["reason", "missingDocuments", "newDueDate"] as const).map((f) => (state.fieldErrors[f] ? { href: `#${id(f)}`, text: state.fieldErrors[f] } : null)),
    state.fieldErrors.resultMode ? { href: `#${id("mode-generate")}`, text: state.fieldErrors.resultMode } : null,
    fieldError("file") ? { href: `#${id("file")}`, text: fieldError("file") as string } : null,
  ].filter((e): e is { href: string; text: string } => e !== null);

  const describedBy = (name: string, hint: boolean) => [hint ? id(`${name}-hint`) : null, fieldError(name) ? id(`${name}-error`) : null].filter(Boolean).join(" ") || undefined;
  const inputClass = (name: string) => `mt-1 w-full rounded border px-3 py-2 ${fieldError(name) ? "border-2 border-red-700" : "border-slate-500"}`;

  return (
    <section aria-labelledby={id("title")} className="rounded-lg border border-slate-200 p-4">
      <h3 id={id("title")} className="text-lg font-semibold">{texts.title}</h3>
      {texts.lead ? <p className="mb-3 text-sm text-slate-700">{texts.lead}</p> : null}
      <form
        action={formAction}
        noValidate
        className="space-y-4"
        onSubmit={(event) => {
          // Server actions take bodies up to 1 MB: say so beside the field rather than fail.
          const input = event.currentTarget.elements.namedItem("file");
          const file = input instanceof HTMLInputElement && mode === "upload" ? input.files?.[0] : undefined;
          if (file && file.size > MAX_FILE_BYTES) {
            event.preventDefault();
            setFileError(texts.fileTooLarge);
            return;
          }
          setFileError(null);
        }}
      >
        <ErrorSummary id={id("errors")} title={texts.errorSummary} errors={errors} ref={summaryRef} />
        {state.formError ? (
          <p>
            <a href={selfHref} className="text-brand-700 underline">{texts.reload}</a>
          </p>
        ) : null}
        <input type="hidden" name="dossierId" value={dossierId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <input type="hidden" name="action" value={kind} />

        {needs.reason ? (
          <div>
            <label htmlFor={id("reason")} className="block font-medium">{texts.reason}</label>
            <p id={id("reason-hint")} className="text-sm text-slate-700">{texts.reasonHint}</p>
            <FieldError id={id("reason-error")} message={state.fieldErrors.reason} />
            <textarea
              key={`r${state.seq}`}
              id={id("reason")}
              name="reason"
              rows={3}
              defaultValue={state.values.reason ?? ""}
              aria-invalid={state.fieldErrors.reason ? true : undefined}
              aria-describedby={describedBy("reason", true)}
              className={inputClass("reason")}
            />
          </div>
        ) : null}

        {needs.missingDocuments ? (
          <div>
            <label htmlFor={id("missingDocuments")} className="block font-medium">{texts.missingDocuments}</label>
            <p id={id("missingDocuments-hint")} className="text-sm text-slate-700">{texts.missingDocumentsHint}</p>
            <FieldError id={id("missingDocuments-error")} message={state.fieldErrors.missingDocuments} />
            <textarea
              key={`m${state.seq}`}
              id={id("missingDocuments")}
              name="missingDocuments"
              rows={4}
              defaultValue={state.values.missingDocuments ?? ""}
              aria-invalid={state.fieldErrors.missingDocuments ? true : undefined}
              aria-describedby={describedBy("missingDocuments", true)}
              className={inputClass("missingDocuments")}
            />
          </div>
        ) : null}

        {needs.newDueDate ? (
          <div>
            <label htmlFor={id("newDueDate")} className="block font-medium">{texts.newDueDate}</label>
            <p id={id("newDueDate-hint")} className="text-sm text-slate-700">{texts.newDueDateHint}</p>
            <FieldError id={id("newDueDate-error")} message={state.fieldErrors.newDueDate} />
            <input
              key={`d${state.seq}`}
              type="date"
              id={id("newDueDate")}
              name="newDueDate"
              min={minDate}
              defaultValue={state.values.newDueDate ?? ""}
              aria-invalid={state.fieldErrors.newDueDate ? true : undefined}
              aria-describedby={describedBy("newDueDate", true)}
              className={`${inputClass("newDueDate")} sm:w-auto`}
            />
          </div>
        ) : null}

        {needs.result ? (
          <fieldset aria-describedby={state.fieldErrors.resultMode ? id("resultMode-error") : undefined}>
            <legend className="font-medium">{texts.resultMode}</legend>
            <FieldError id={id("resultMode-error")} message={state.fieldErrors.resultMode} />
            <div className="mt-2 space-y-2">
              <div className="flex items-start gap-2">
                <input type="radio" id={id("mode-generate")} name="resultMode" value="generate" checked={mode === "generate"} onChange={() => setMode("generate")} className="mt-1 h-5 w-5" />
                <label htmlFor={id("mode-generate")}>{texts.resultGenerate}</label>
              </div>
              <div className="flex items-start gap-2">
                <input type="radio" id={id("mode-upload")} name="resultMode" value="upload" checked={mode === "upload"} onChange={() => setMode("upload")} className="mt-1 h-5 w-5" />
                <label htmlFor={id("mode-upload")}>{texts.resultUpload}</label>
              </div>
            </div>
            {mode === "upload" ? (
              <div className="mt-3">
                <label htmlFor={id("file")} className="block font-medium">{texts.file}</label>
                <p id={id("file-hint")} className="text-sm text-slate-700">{texts.fileHint}</p>
                <FieldError id={id("file-error")} message={fieldError("file") || undefined} />
                <input
                  type="file"
                  id={id("file")}
                  name="file"
                  accept="application/pdf,.pdf"
                  aria-invalid={fieldError("file") ? true : undefined}
                  aria-describedby={describedBy("file", true)}
                  className="mt-1 block w-full text-sm"
                />
              </div>
            ) : null}
          </fieldset>
        ) : null}

        <button
          id={id("submit")}
          type="submit"
          disabled={pending}
          className={`rounded px-5 py-2 font-semibold text-white disabled:opacity-70 ${danger ? "bg-accent-600 hover:bg-accent-700" : "bg-brand-600 hover:bg-brand-700"}`}
        >
          {pending ? texts.submitting : texts.submit}
        </button>
      </form>
    </section>
  );
}
