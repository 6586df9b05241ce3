import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import type { Messages } from "@/lib/i18n";
import type { AgencyChoice } from "@/lib/server/admin/users/list-users";
import { ROLES } from "@/lib/validation/admin-people";
import type { InvitedResult } from "@/app/admin/users/actions";
import type { AdminFormAction } from "./form-kit";
import { InviteUserForm } from "./InviteUserForm";

export function agencyOptions(t: Messages, agencies: AgencyChoice[]) {
  return agencies.map((a) => ({ value: a.id, label: `${a.name} (${t.adminPanel.agencies.kinds[a.kind]})` }));
}

export function InviteUserPage({ t, agencies, action }: { t: Messages; agencies: AgencyChoice[]; action: AdminFormAction<InvitedResult> }) {
  const p = t.adminPanel.people;
  const c = t.adminPanel.common;
  return (
    <div className="space-y-6">
      <p><Link href="/admin/users" className="text-brand-700 underline">{c.back}</Link></p>
      <PageHeader title={p.inviteTitle} lead={p.inviteLead} />
      <InviteUserForm
        action={action}
        roles={ROLES.map((r) => ({ value: r, label: t.roles[r] }))}
        agencies={agencyOptions(t, agencies)}
        texts={{
          errorSummary: c.errorSummary, fullName: p.fullName, email: p.email, emailHint: p.emailHint, phone: p.phone, phoneHint: p.phoneHint,
          role: p.role, agency: p.agency, agencyHint: p.agencyHint, noAgency: p.noAgency, titleField: p.titleField, titleHint: p.titleHint,
          submit: p.sendInvite, submitting: p.sending, invitedTitle: p.invitedTitle, linkLabel: p.linkLabel, openUser: p.openUser,
          inviteAnother: p.inviteAnother, optional: c.optional, errors: c.errors,
        }}
      />
    </div>
  );
}
