import { PageHeader } from "@/components/ui/PageHeader";
import type { Messages } from "@/lib/i18n";
import { SignInForm } from "./SignInForm";

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
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section className="rounded-lg bg-white p-6 shadow-sm">
        <PageHeader title={s.title} lead={s.lead} />
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
