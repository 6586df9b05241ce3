import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { DossierDetailPage } from "@/components/dossiers/DossierDetailPage";
import { runDossierForm, type DossierNotice } from "@/components/dossiers/dossier-form-action";
import type { DossierFormState } from "@/components/dossiers/form-state";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser, requirePagePermission, type CurrentUser } from "@/lib/auth/session";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { isAppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n";
import { deleteDossierAttachment } from "@/lib/server/attachments/delete-dossier-attachment";
import { answerSupplement } from "@/lib/server/dossiers/answer-supplement";
import { getMyDossier } from "@/lib/server/dossiers/get-my-dossier";
import { rateDossier } from "@/lib/server/dossiers/rate-dossier";
import { transitionDossier } from "@/lib/server/dossiers/transition-dossier";
import { ZAnswerSupplement, ZRateDossier, ZRemoveSupplementFile, ZWithdrawDossier } from "@/lib/validation/dossier-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string; withdraw?: string }> };

const loadDossier = cache((actor: CurrentUser, dossierId: string) => getMyDossier({ actor, dossierId }));

// ── Server actions of the page (plain HTML forms; each validates, runs one operation, comes back) ──

async function withdrawAction(previous: DossierFormState, formData: FormData) {
  "use server";
  return runDossierForm({
    previous, formData, schema: ZWithdrawDossier, fields: ["dossierId", "expectedVersion", "reason"], shown: ["reason"], notice: "withdrawn",
    run: (input, { actor, ip }) => transitionDossier({ actor, dossierId: input.dossierId, action: "withdraw", expectedVersion: input.expectedVersion, reason: input.reason, ip }),
  });
}

async function answerSupplementAction(previous: DossierFormState, formData: FormData) {
  "use server";
  return runDossierForm({
    previous, formData, schema: ZAnswerSupplement, fields: ["dossierId", "expectedVersion", "note"], shown: ["note"], notice: "supplemented",
    run: (input, { actor, ip }) => answerSupplement({ actor, ...input, ip }),
  });
}

async function rateAction(previous: DossierFormState, formData: FormData) {
  "use server";
  return runDossierForm({
    previous, formData, schema: ZRateDossier, fields: ["dossierId", "score", "comment"], shown: ["score", "comment"], notice: "rated",
    run: (input, { actor, ip }) => rateDossier({ actor, ...input, ip }),
  });
}

async function removeSupplementFileAction(formData: FormData) {
  "use server";
  const parsed = ZRemoveSupplementFile.safeParse({ dossierId: formData.get("dossierId"), attachmentId: formData.get("attachmentId") });
  if (!parsed.success) notFound();
  let notice: DossierNotice = "fileRemoved";
  try {
    const h = await headers();
    await deleteDossierAttachment({ actor: await getCurrentUser(), attachmentId: parsed.data.attachmentId, ip: clientIpFromHeaders((name) => h.get(name)) });
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = "fileRemoveFailed";
  }
  redirect(`/my/dossiers/${parsed.data.dossierId}?notice=${notice}#supplement`);
}

// ── The page ──

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, user, { id }] = await Promise.all([getI18n(), getCurrentUser(), params]);
  const dossier = user && can(user.role, "dossier.readOwn") ? await loadDossier(user, id) : null;
  return { title: dossier?.code ? t.dossier.metaTitle(dossier.code) : t.citizen.title };
}

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("area.citizen", `/my/dossiers/${encodeURIComponent(id)}`);
  const [{ t }, dossier, query] = await Promise.all([getI18n(), loadDossier(user, id), searchParams]);
  // Another citizen's dossier gets the same answer as one that does not exist.
  if (!dossier) notFound();
  const notice = query.notice && Object.prototype.hasOwnProperty.call(t.dossier.notices, query.notice) ? (query.notice as DossierNotice) : null;
  return (
    <DossierDetailPage
      t={t}
      dossier={dossier}
      notice={notice}
      confirmWithdraw={query.withdraw === "confirm"}
      actions={{ withdraw: withdrawAction, answerSupplement: answerSupplementAction, rate: rateAction, removeSupplementFile: removeSupplementFileAction }}
    />
  );
}
