import { HomePage } from "@/components/home/HomePage";
import { getI18n } from "@/lib/i18n";
import { getPillarSummaries } from "@/lib/server/plan/get-pillar-summaries";
import { listPopularProcedures } from "@/lib/server/procedures/list-popular-procedures";
import { getHeadlineFigures } from "@/lib/server/stats/get-headline-figures";

export default async function Page() {
  const [{ t, locale }, figures, popular, { pillars }] = await Promise.all([
    getI18n(),
    getHeadlineFigures(),
    listPopularProcedures({ limit: 6 }),
    getPillarSummaries(),
  ]);
  return <HomePage t={t} locale={locale} figures={figures} popular={popular} pillars={pillars} />;
}
