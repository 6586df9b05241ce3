import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OfficerDossierPage, type OfficerNotice } from "@/components/officer/dossiers/OfficerDossierPage";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser, requirePagePermission, type CurrentUser } from "@/lib/auth/session";
import { isWorkingDayKey, vnDateKey, type WorkCalendar } from "@/lib/domain/working-days";
import { getI18n } from "@/lib/i18n";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { getOfficerDossier } from "@/lib/server/dossiers/get-officer-dossier";
import { officerDossierAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

/** The first working day after today (Vietnam dates): the earliest new appointment an apology may give. */
function nextWorkingDayKey(now: Date, calendar: WorkCalendar): string {
  for (let days = 1; days < 60; days++) {
    const key = vnDateKey(new Date(now.getTime() + days * 86_400_000));
    if (isWorkingDayKey(key, calendar)) return key;
  }
  return vnDateKey(now);
}

const loadDossier = cache((actor: CurrentUser, dossierId: string) => getOfficerDossier({ actor, dossierId }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, user, { id }] = await Promise.all([getI18n(), getCurrentUser(), params]);
  const dossier = user?.agencyId && can(user.role, "dossier.readAgency") ? await loadDossier(user, id) : null;
  return { title: dossier?.code ? t.inbox.detail.metaTitle(dossier.code) : t.inbox.metaTitle };
}

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("dossier.readAgency", `/officer/dossiers/${encodeURIComponent(id)}`);
  // Another agency's dossier (or a guessed id) gets the same answer as one that does not exist.
  if (!user.agencyId) notFound();
  const [{ t }, dossier, query, calendar] = await Promise.all([getI18n(), loadDossier(user, id), searchParams, loadWorkCalendar()]);
  if (!dossier) notFound();
  const notice = query.notice && Object.prototype.hasOwnProperty.call(t.inbox.notices, query.notice) ? (query.notice as OfficerNotice) : null;
  return (
    <OfficerDossierPage
      t={t}
      dossier={dossier}
      notice={notice}
      action={officerDossierAction}
      canProcess={can(user.role, "dossier.process")}
      minApologyDate={nextWorkingDayKey(new Date(), calendar)}
    />
  );
}
