import { AdminHomePage } from "@/components/admin/AdminHomePage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getAdminOverview } from "@/lib/server/admin/get-admin-overview";

export default async function Page() {
  const user = await requirePagePermission("area.admin", "/admin");
  const [{ t }, overview] = await Promise.all([getI18n(), getAdminOverview(user)]);
  return <AdminHomePage t={t} overview={overview} />;
}
