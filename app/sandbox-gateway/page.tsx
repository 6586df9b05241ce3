import { SandboxGatewayPage } from "@/components/payments/SandboxGatewayPage";
import { PageHeader } from "@/components/ui/PageHeader";
import { isAppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n";
import { readSandboxOrder } from "@/lib/server/payments/sandbox-gateway";

// The built-in test gateway's own payment page (a real deployment redirects to the bank's).
export default async function Page({ searchParams }: { searchParams: Promise<{ order?: string; sig?: string }> }) {
  const [{ t }, q] = await Promise.all([getI18n(), searchParams]);
  const raw = { order: q.order ?? "", sig: q.sig ?? "" };
  try {
    return <SandboxGatewayPage t={t} order={readSandboxOrder(raw.order, raw.sig)} raw={raw} />;
  } catch (error) {
    if (isAppError(error)) return <PageHeader title={t.payment.gatewayTitle} lead={error.message} />;
    throw error;
  }
}
