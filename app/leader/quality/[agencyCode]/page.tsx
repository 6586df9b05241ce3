import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgencyQualityPage } from "@/components/leader/quality/AgencyQualityPage";
import { requirePagePermission } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n";
import { getAgencyQuality } from "@/lib/server/quality/get-agency-quality";
import { ZQualityQuery } from "@/lib/validation/leader-dashboards";

type Props = { params: Promise<{ agencyCode: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.quality.title };
}

export default async function Page({ params, searchParams }: Props) {
  const { agencyCode } = await params;
  const actor = await requirePagePermission("dashboard.read", `/leader/quality/${encodeURIComponent(agencyCode)}`);
  const query = ZQualityQuery.parse(await searchParams);
  const [{ t }, data] = await Promise.all([
    getI18n(),
    getAgencyQuality({ actor, agencyCode, month: query.month }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
  ]);
  return <AgencyQualityPage t={t} data={data} />;
}
