import { MyDossiersPage } from "@/components/citizen/MyDossiersPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listMyDossiers } from "@/lib/server/dossiers/list-my-dossiers";

export default async function Page() {
  const user = await requirePagePermission("area.citizen", "/my");
  const [{ t }, dossiers] = await Promise.all([getI18n(), listMyDossiers(user)]);
  return <MyDossiersPage t={t} dossiers={dossiers} />;
}
