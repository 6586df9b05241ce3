import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInPage } from "@/components/auth/SignInPage";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { getCurrentUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.signIn.title };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [{ t }, user, params] = await Promise.all([getI18n(), getCurrentUser(), searchParams]);
  if (user) redirect(ROLE_HOME[user.role]);
  return <SignInPage t={t} callbackUrl={safeCallbackPath(params.callbackUrl, "")} />;
}
