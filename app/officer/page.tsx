import { OfficerHomePage } from "@/components/officer/OfficerHomePage";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { getOfficerOverview } from "@/lib/server/dossiers/get-officer-overview";
import { listAgencyTasks } from "@/lib/server/plan/list-agency-tasks";

export default async function Page() {
  const user = await requirePagePermission("area.officer", "/officer");
  const { t } = await getI18n();
  if (!user.agencyId) return <PageHeader title={t.officer.title} lead={t.officer.noAgency} />;
  const now = new Date();
  const [overview, tasks] = await Promise.all([getOfficerOverview(user, now), listAgencyTasks(user.agencyId)]);
  return <OfficerHomePage t={t} overview={overview} tasks={tasks} now={now} />;
}
