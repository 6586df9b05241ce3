import { VerifyFailedPage } from "@/components/dossiers/VerifyResultPage";
import { getI18n } from "@/lib/i18n";

export default async function NotFound() {
  const { t } = await getI18n();
  return <VerifyFailedPage t={t} />;
}
