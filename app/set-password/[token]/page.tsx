import type { Metadata } from "next";
import { SetPasswordPage } from "@/components/admin/people/SetPasswordPage";
import { getI18n } from "@/lib/i18n";
import { inspectPasswordLink } from "@/lib/server/admin/users/set-password-with-link";
import { setPasswordAction } from "../actions";

// The secret is in the address: never sent on as a referrer, never indexed.
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.adminPanel.people.setPassword.title, referrer: "no-referrer", robots: { index: false, follow: false } };
}

/** Public: whoever holds a valid one-time link may set the account's password. */
export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [{ t }, link] = await Promise.all([getI18n(), inspectPasswordLink(token)]);
  return <SetPasswordPage t={t} token={token} link={link} action={setPasswordAction} />;
}
