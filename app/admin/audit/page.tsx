import type { Metadata } from "next";
import { AuditLogPage } from "@/components/admin/audit/AuditLogPage";
import { requirePagePermission } from "@/lib/auth/session";
import { parseAuditFilter } from "@/lib/domain/audit-filter";
import { getI18n } from "@/lib/i18n";
import { AUDIT_EXPORT_CAP, listAuditLog } from "@/lib/server/admin/audit/list-audit-log";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.audit.title };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("audit.read", "/admin/audit");
  const { input, filter, errors } = parseAuditFilter(await searchParams);
  const [{ t }, page] = await Promise.all([
    getI18n(),
    errors.length > 0 ? Promise.resolve({ items: [], nextBefore: null }) : listAuditLog(user, filter),
  ]);
  return <AuditLogPage t={t} input={input} errors={errors} items={page.items} nextBefore={page.nextBefore} isFirstPage={filter.before === null} exportCap={AUDIT_EXPORT_CAP} />;
}
