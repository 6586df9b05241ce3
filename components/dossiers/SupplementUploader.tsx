"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ErrorSummary, FieldError } from "./ErrorSummary";

export type SupplementUploaderTexts = {
  fileLabel: string;
  fileHint: string;
  documentLabel: string;
  documentOther: string;
  upload: string;
  uploading: string;
  /** Contains "{name}". */
  uploaded: string;
  uploadFailed: string;
  noFileChosen: string;
  uploadError: string;
};

type Problem = { title?: string; errors?: Record<string, string> };

/**
 * Step 1 of answering a supplement request: one file at a time to the upload route (checked by
 * content and size on the server), then the page refreshes to list it. Needs JavaScript: files
 * go to a route handler, not to a server action (whose body limit is far below 10 MB).
 */
export function SupplementUploader({ dossierId, documents, texts }: { dossierId: string; documents: string[]; texts: SupplementUploaderTexts }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState("");
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  function fail(message: string) {
    setError(message);
    setDone("");
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    if (!(file instanceof File) || (file.size === 0 && file.name === "")) return fail(texts.noFileChosen);
    setBusy(true);
    try {
      const response = await fetch(`/api/dossiers/${encodeURIComponent(dossierId)}/attachments`, { method: "POST", body: data });
      if (!response.ok) {
        const problem = (await response.json().catch(() => null)) as Problem | null;
        return fail(problem?.errors?.file ?? problem?.title ?? texts.uploadError);
      }
      const saved = (await response.json()) as { originalName: string };
      form.reset();
      setError(null);
      setDone(texts.uploaded.replace("{name}", saved.originalName));
      router.refresh();
    } catch {
      fail(texts.uploadError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" encType="multipart/form-data">
      <ErrorSummary id="upload-errors" title={texts.uploadFailed} errors={error ? [{ href: "#supplement-file", text: error }] : []} ref={summaryRef} />
      <div>
        <label htmlFor="supplement-file" className="block font-medium">{texts.fileLabel}</label>
        <p id="supplement-file-hint" className="text-sm text-slate-700">{texts.fileHint}</p>
        <FieldError id="supplement-file-error" message={error ?? undefined} />
        <input
          id="supplement-file"
          name="file"
          type="file"
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          aria-invalid={error ? true : undefined}
          aria-describedby={["supplement-file-hint", error ? "supplement-file-error" : null].filter(Boolean).join(" ")}
          className={`mt-1 block w-full max-w-full rounded border bg-white px-3 py-2 ${error ? "border-2 border-red-700" : "border-slate-500"}`}
        />
      </div>
      {documents.length > 0 ? (
        <div>
          <label htmlFor="supplement-document" className="block font-medium">{texts.documentLabel}</label>
          <select id="supplement-document" name="documentName" className="mt-1 w-full max-w-full rounded border border-slate-500 bg-white px-3 py-2">
            {documents.map((d) => (
              <option key={d} value={d}>{d}</option>
            ))}
            <option value="">{texts.documentOther}</option>
          </select>
        </div>
      ) : null}
      <button type="submit" disabled={busy} className="rounded border-2 border-brand-600 bg-white px-5 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-70">
        {busy ? texts.uploading : texts.upload}
      </button>
      <p role="status" className="text-sm font-medium text-green-800">{done}</p>
    </form>
  );
}
