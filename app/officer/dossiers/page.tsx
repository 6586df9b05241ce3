import type { Metadata } from "next";
import { InboxPage } from "@/components/officer/inbox/InboxPage";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePagePermission } from "@/lib/auth/session";
import { inboxHref, parseInboxQuery } from "@/lib/domain/inbox-filters";
import { getI18n } from "@/lib/i18n";
import { listOfficerInbox } from "@/lib/server/dossiers/list-officer-inbox";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.inbox.metaTitle };
}

export default async function Page({ searchParams }: Props) {
  const query = parseInboxQuery(await searchParams);
  const user = await requirePagePermission("dossier.readAgency", inboxHref(query));
  const { t } = await getI18n();
  if (!user.agencyId) return <PageHeader title={t.inbox.title} lead={t.officer.noAgency} />;
  const inbox = await listOfficerInbox({ actor: user, query });
  return <InboxPage t={t} inbox={inbox} />;
}
