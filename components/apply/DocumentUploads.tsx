"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

export type UploadDocument = { name: string; label: string; required: boolean; help?: string };
export type UploadedFile = { id: string; documentName: string | null; originalName: string; sizeBytes: number };
export type UploadTexts = {
  upload: string;
  uploading: string;
  uploaded: string;
  remove: string;
  noFile: string;
  required: string;
  uploadFailed: string;
  errorSummary: string;
  sizes: Record<string, string>;
  removeLabels: Record<string, string>;
  chooseLabels: Record<string, string>;
};

/**
 * One upload control per required document. Files go straight to the server, which checks
 * them by content and size; the list shows what the server stored.
 */
export function DocumentUploads({ dossierId, documents, files, texts, errors = {} }: {
  dossierId: string;
  documents: UploadDocument[];
  files: UploadedFile[];
  texts: UploadTexts;
  errors?: Record<string, string>;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  // Uploading needs the script; until it runs the buttons stay disabled rather than inert.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const [messages, setMessages] = useState<Record<string, string>>({});
  const shown = { ...errors, ...messages };

  async function upload(doc: UploadDocument, input: HTMLInputElement | null) {
    const file = input?.files?.[0];
    if (!file) {
      setMessages((m) => ({ ...m, [doc.name]: texts.chooseLabels[doc.name] }));
      return;
    }
    setBusy(doc.name);
    const body = new FormData();
    body.set("file", file);
    body.set("documentName", doc.label);
    try {
      const response = await fetch(`/api/dossiers/${dossierId}/attachments`, { method: "POST", body });
      if (!response.ok) {
        const problem = (await response.json().catch(() => null)) as { title?: string } | null;
        setMessages((m) => ({ ...m, [doc.name]: problem?.title ?? texts.uploadFailed }));
      } else {
        setMessages((m) => {
          const next = { ...m };
          delete next[doc.name];
          return next;
        });
        if (input) input.value = "";
        router.refresh();
      }
    } catch {
      setMessages((m) => ({ ...m, [doc.name]: texts.uploadFailed }));
    } finally {
      setBusy(null);
    }
  }

  async function remove(id: string) {
    setBusy(id);
    await fetch(`/api/attachments/${id}`, { method: "DELETE" }).catch(() => null);
    setBusy(null);
    router.refresh();
  }

  return (
    <div className="space-y-5">
      {Object.keys(shown).length > 0 ? (
        <div role="alert" aria-labelledby="upload-errors-title" className="rounded border-2 border-red-700 bg-red-50 p-4">
          <h2 id="upload-errors-title" className="font-semibold text-red-800">{texts.errorSummary}</h2>
          <ul className="mt-2 list-disc pl-5">
            {documents.filter((d) => shown[d.name]).map((d) => (
              <li key={d.name}><a href={`#file-${d.name}`} className="text-red-800 underline">{shown[d.name]}</a></li>
            ))}
          </ul>
        </div>
      ) : null}
      {documents.map((doc) => {
        const mine = files.filter((f) => f.documentName === doc.label);
        const inputId = `file-${doc.name}`;
        return (
          <fieldset key={doc.name} className="rounded-lg border border-slate-300 bg-white p-4">
            <legend className="px-1 font-medium">
              {doc.label} {doc.required ? <span className="text-sm font-normal text-slate-600">({texts.required})</span> : null}
            </legend>
            {doc.help ? <p className="text-sm text-slate-700">{doc.help}</p> : null}
            {shown[doc.name] ? <p id={`${inputId}-error`} className="text-sm font-medium text-red-700">{shown[doc.name]}</p> : null}
            {mine.length === 0 ? (
              <p className="mt-1 text-sm text-slate-600">{texts.noFile}</p>
            ) : (
              <ul className="mt-2 space-y-1">
                {mine.map((f) => (
                  <li key={f.id} className="flex flex-wrap items-center gap-2 text-sm">
                    <span aria-hidden="true">📎</span>
                    <a href={`/api/attachments/${f.id}`} className="text-brand-700 underline">{f.originalName}</a>
                    <span className="text-slate-600">({texts.sizes[f.id]})</span>
                    <button type="button" onClick={() => void remove(f.id)} disabled={busy !== null} aria-label={texts.removeLabels[f.id]} className="rounded border border-red-700 px-2 py-0.5 text-red-800 hover:bg-red-50">
                      {texts.remove}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-center">
              <label htmlFor={inputId} className="sr-only">{texts.chooseLabels[doc.name]}</label>
              <input
                id={inputId}
                type="file"
                accept="application/pdf,image/jpeg,image/png"
                aria-describedby={shown[doc.name] ? `${inputId}-error` : undefined}
                aria-invalid={shown[doc.name] ? true : undefined}
                className="text-sm"
              />
              <button
                type="button"
                onClick={(e) => void upload(doc, (e.currentTarget.parentElement?.querySelector("input[type=file]") as HTMLInputElement | null) ?? null)}
                disabled={busy !== null || !ready}
                className="rounded bg-brand-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-70"
              >
                {busy === doc.name ? texts.uploading : texts.upload}
              </button>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
