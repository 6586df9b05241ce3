import type { Metadata } from "next";
import { TokensPage } from "@/components/admin/tokens/TokensPage";
import { requirePagePermission } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";
import { listApiTokens } from "@/lib/server/api-tokens/api-tokens";
import { listTokenAgencies } from "@/lib/server/api-tokens/token-form";
import { createTokenAction, revokeTokenAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.indicatorData.tokensTitle };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ revoked?: string }> }) {
  const user = await requirePagePermission("admin.manage", "/admin/tokens");
  const [{ t }, tokens, agencies, query] = await Promise.all([getI18n(), listApiTokens(user), listTokenAgencies(user), searchParams]);
  return <TokensPage t={t} tokens={tokens} agencies={agencies} createAction={createTokenAction} revokeAction={revokeTokenAction} revoked={query.revoked === "1"} now={new Date()} />;
}
