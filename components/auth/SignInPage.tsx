import { Suspense } from "react";
import { PageHeader } from "@/components/ui/PageHeader";
import { isVneidEnabled } from "@/lib/auth/vneid";
import type { Messages } from "@/lib/i18n";
import { SignInForm } from "./SignInForm";
import { VneidButton, VneidError } from "./VneidButton";

const DEMO = [
  { role: "CITIZEN", id: "an.nguyen@demo.thainguyen.vn" },
  { role: "CITIZEN", id: "binh.tran@demo.thainguyen.vn" },
  { role: "OFFICER", id: "canbo.tuphap@demo.thainguyen.vn" },
  { role: "OFFICER", id: "canbo.pdp@demo.thainguyen.vn" },
  { role: "LEADER", id: "lanhdao@demo.thainguyen.vn" },
  { role: "ADMIN", id: "quantri@demo.thainguyen.vn" },
] as const;

export function SignInPage({ t, callbackUrl }: { t: Messages; callbackUrl: string }) {
  const s = t.signIn;
  // Offered only when the identity provider is configured (issuer, client id and secret).
  const vneid = isVneidEnabled();
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section className="rounded-lg bg-white p-6 shadow-sm">
        <PageHeader title={s.title} lead={s.lead} />
        {vneid ? (
          <Suspense fallback={null}>
            <VneidError texts={t.vneid} />
          </Suspense>
        ) : null}
        <SignInForm
          callbackUrl={callbackUrl}
          texts={{
            identifier: s.identifier,
            password: s.password,
            submit: s.submit,
            submitting: s.submitting,
            errorSummary: s.errorSummary,
            invalid: s.invalid,
            identifierRequired: s.identifierRequired,
            passwordRequired: s.passwordRequired,
          }}
        />
        {vneid ? (
          <>
            <p className="my-5 flex items-center gap-3 text-sm text-slate-600 before:h-px before:flex-1 before:bg-slate-300 after:h-px after:flex-1 after:bg-slate-300">
              {t.vneid.or}
            </p>
            <VneidButton texts={t.vneid} callbackUrl={callbackUrl} />
          </>
        ) : null}
      </section>
      <aside aria-labelledby="demo-title" className="rounded-lg border border-dashed border-slate-400 bg-white p-6">
        <h2 id="demo-title" className="text-lg font-semibold">{s.demoTitle}</h2>
        <p className="mt-1 text-sm text-slate-700">{s.demoNote}</p>
        <ul className="mt-3 space-y-1 text-sm">
          {DEMO.map((d) => (
            <li key={d.id}><span className="font-medium">{t.roles[d.role]}:</span> <code>{d.id}</code></li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
