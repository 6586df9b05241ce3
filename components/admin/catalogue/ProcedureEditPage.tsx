import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDateTime, formatNumber } from "@/lib/domain/format";
import type { Locale, Messages } from "@/lib/i18n";
import type { AdminProcedure, ProcedureFormOptions } from "@/lib/server/admin/catalogue/procedures";
import type { AdminFormAction } from "./form-state";
import type { PreviewTexts } from "./FormSchemaPreview";
import { ProcedureForm, type ProcedureFormValues } from "./ProcedureForm";

export function previewTextsOf(t: Messages): PreviewTexts {
  const a = t.apply;
  return {
    step: { optional: a.optional, fromIdentity: a.fromIdentity, saveDraft: a.saveDraft, continue: a.continue, draftSaved: a.draftSaved, errorSummary: a.errorSummary, selectPlaceholder: a.selectPlaceholder },
    upload: a.upload,
    uploading: a.uploading,
    uploaded: a.uploaded,
    remove: a.remove,
    noFile: a.noFile,
    required: a.required,
    uploadFailed: a.uploadFailed,
    chooseFilePrefix: a.chooseFile(""),
    documentsLead: a.documentsLead,
  };
}

const EMPTY_SCHEMA = JSON.stringify(
  {
    steps: [{ title: "Thông tin người nộp" }, { title: "Giấy tờ đính kèm" }],
    fields: [
      { name: "fullName", label: "Họ, chữ đệm và tên", type: "text", required: true, step: 0, prefill: "fullName", maxLength: 100 },
      { name: "nationalId", label: "Số định danh cá nhân (CCCD)", type: "cccd", required: true, step: 0, prefill: "nationalId" },
      { name: "phone", label: "Số điện thoại", type: "phone", required: true, step: 0, prefill: "phone" },
      { name: "giayTo1", label: "Tờ khai", type: "file", required: true, step: 1, document: "Tờ khai" },
    ],
  },
  null,
  2,
);

function valuesOf(p: AdminProcedure | null): ProcedureFormValues {
  if (!p) {
    return {
      code: "", name: "", sectorId: "", scope: "PROVINCE", agencyId: "", level: "FULL_ONLINE", processingDays: "", feeAmount: "0",
      feeDescription: "", applicants: "Công dân Việt Nam, tổ chức", legalBasis: "", resultDescription: "", inPersonNote: "",
      requiredDocuments: [{ name: "", copies: "1", required: true, note: "" }], steps: [""], formSchema: EMPTY_SCHEMA,
    };
  }
  return {
    code: p.code,
    name: p.name,
    sectorId: p.sectorId,
    scope: p.scope,
    agencyId: p.agencyId ?? "",
    level: p.level,
    processingDays: String(p.processingDays),
    feeAmount: String(p.feeAmount),
    feeDescription: p.feeDescription ?? "",
    applicants: p.applicants,
    legalBasis: p.legalBasis,
    resultDescription: p.resultDescription,
    inPersonNote: p.inPersonNote ?? "",
    requiredDocuments: p.requiredDocuments.map((d) => ({ name: d.name, copies: String(d.copies), required: d.required, note: d.note ?? "" })),
    steps: p.steps,
    formSchema: p.formSchemaText,
  };
}

type Notice = "saved" | "created" | "published" | "unpublished" | null;

export function ProcedureEditPage({ t, locale, procedure, options, action, publishAction, notice }: {
  t: Messages;
  locale: Locale;
  procedure: AdminProcedure | null;
  options: ProcedureFormOptions;
  action: AdminFormAction;
  publishAction: (formData: FormData) => Promise<void>;
  notice: Notice;
}) {
  const c = t.adminPanel.catalogue;
  const p = c.procedures;
  const message = notice === "saved" ? c.saved : notice === "created" ? c.created : notice === "published" ? p.publishedDone : notice === "unpublished" ? p.unpublishedDone : null;
  return (
    <div className="space-y-6">
      <p><Link href="/admin/procedures" className="text-brand-700 underline">{p.back}</Link></p>
      <PageHeader title={procedure ? p.editTitle(procedure.code) : p.newTitle} lead={procedure ? procedure.name : p.newLead} />
      {message ? <p role="status" className="rounded bg-green-50 p-3 font-medium text-green-900">{message}</p> : null}
      {procedure ? (
        <>
          <div className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4 text-slate-900">
            <p className="font-medium">{p.dossierNote}</p>
            <p className="mt-1 text-sm">{p.submittedCount(formatNumber(procedure.submittedDossiers))} {p.versionInfo(procedure.version, formatDateTime(procedure.updatedAt))}</p>
          </div>
          <section aria-labelledby="publish-title" className="space-y-3 rounded-lg bg-white p-4 shadow-sm sm:p-6">
            <h2 id="publish-title" className="flex flex-wrap items-center gap-3 text-lg font-semibold">
              {p.publishTitle} {procedure.isPublished ? <Badge tone="success">{p.publishedYes}</Badge> : <Badge tone="warning">{p.publishedNo}</Badge>}
            </h2>
            <p>{procedure.isPublished ? p.isPublishedNow : p.isUnpublishedNow}</p>
            <form action={publishAction} className="flex flex-wrap items-center gap-4">
              <input type="hidden" name="_id" value={procedure.id} />
              <input type="hidden" name="_publish" value={procedure.isPublished ? "0" : "1"} />
              <button type="submit" className={procedure.isPublished ? "rounded border border-red-700 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50" : "rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"}>
                {procedure.isPublished ? p.unpublish : p.publish}
              </button>
              {procedure.isPublished ? <Link href={`/procedures/${encodeURIComponent(procedure.code)}`} className="text-brand-700 underline">{p.viewPublic}</Link> : null}
            </form>
          </section>
        </>
      ) : null}
      <p className="text-sm text-slate-700">{c.auditNote}</p>
      <ProcedureForm
        key={procedure ? `${procedure.id}:${procedure.version}` : "new"}
        action={action}
        locale={locale}
        id={procedure?.id}
        version={procedure?.version}
        initial={valuesOf(procedure)}
        options={{ sectors: options.sectors.map((s) => ({ id: s.id, name: s.name })), agencies: options.agencies.map((a) => ({ id: a.id, name: a.name })) }}
        previewTexts={previewTextsOf(t)}
        isNew={!procedure}
      />
    </div>
  );
}
