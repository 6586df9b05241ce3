import { PageHeader } from "@/components/ui/PageHeader";
import type { Messages } from "@/lib/i18n";
import type { PasswordLinkView } from "@/lib/server/admin/users/set-password-with-link";
import type { SetPasswordDone } from "@/app/set-password/actions";
import type { AdminFormAction } from "./form-kit";
import { SetPasswordForm } from "./SetPasswordForm";

export function SetPasswordPage({ t, token, link, action }: { t: Messages; token: string; link: PasswordLinkView; action: AdminFormAction<SetPasswordDone> }) {
  const s = t.adminPanel.people.setPassword;
  const c = t.adminPanel.common;
  if (link.state !== "valid") {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <PageHeader title={s.invalidTitle} />
        <p>{s[link.state]}</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeader title={s.title} lead={link.purpose === "INVITE" ? s.leadInvite(link.fullName) : s.leadReset(link.fullName)} />
      {link.email ? <p><span className="font-medium">{s.account}:</span> <span className="break-all">{link.email}</span></p> : null}
      <SetPasswordForm
        action={action}
        token={token}
        email={link.email}
        texts={{
          errorSummary: c.errorSummary, password: s.password, passwordHint: s.passwordHint, confirm: s.confirm, submit: s.submit, submitting: s.submitting,
          doneTitle: s.doneTitle, doneBody: s.doneBody, signIn: s.signIn, invalidTitle: s.invalidTitle, errors: c.errors,
        }}
      />
    </div>
  );
}
