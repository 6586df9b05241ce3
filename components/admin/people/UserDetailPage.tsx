import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDateTime } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { AgencyChoice, UserForAdmin } from "@/lib/server/admin/users/list-users";
import { ROLES } from "@/lib/validation/admin-people";
import type { ResetResult } from "@/app/admin/users/actions";
import type { AdminFormAction } from "./form-kit";
import { agencyOptions } from "./InviteUserPage";
import { ChangeRoleForm, ResetPasswordForm } from "./UserManageForms";
import { UserStatusBadge } from "./UsersListPage";

export type UserNotice = { notice?: string; refusal?: string };

export function UserDetailPage({ t, user, agencies, notice, actions }: {
  t: Messages;
  user: UserForAdmin;
  agencies: AgencyChoice[];
  notice: UserNotice;
  actions: { changeRole: AdminFormAction<undefined>; setActive: (formData: FormData) => Promise<void>; reset: AdminFormAction<ResetResult> };
}) {
  const p = t.adminPanel.people;
  const c = t.adminPanel.common;
  const noticeText =
    notice.notice === "role" ? p.roleSaved : notice.notice === "deactivated" ? p.deactivated : notice.notice === "reactivated" ? p.reactivated : null;
  const refusalText = notice.refusal === "self" || notice.refusal === "inactive" || notice.refusal === "unchanged" ? p.refusals[notice.refusal] : null;
  const facts: [string, React.ReactNode][] = [
    [p.email, user.email ?? c.none],
    [p.phone, user.phone ?? c.none],
    [p.role, t.roles[user.role]],
    [p.agency, user.agency?.name ?? c.none],
    [p.titleField, user.title ?? c.none],
    [p.state, <UserStatusBadge key="s" t={t} status={user.status} />],
    [p.createdAt, formatDateTime(user.createdAt)],
    [p.colLastLogin, user.lastLoginAt ? formatDateTime(user.lastLoginAt) : p.never],
    [p.passwordChangedAt, user.passwordChangedAt ? formatDateTime(user.passwordChangedAt) : c.none],
  ];
  if (user.lockedUntil && user.lockedUntil > new Date()) facts.push([p.lockedUntil, formatDateTime(user.lockedUntil)]);
  if (user.pendingLink) {
    facts.push([p.pendingLink, p.pendingLinkValue(user.pendingLink.purpose === "INVITE" ? p.purposeInvite : p.purposeReset, formatDateTime(user.pendingLink.expiresAt))]);
  }
  const card = "space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6";
  return (
    <div className="space-y-6">
      <p><Link href="/admin/users" className="text-brand-700 underline">{c.back}</Link></p>
      <PageHeader title={`${user.fullName}${user.isSelf ? ` ${p.you}` : ""}`} lead={p.detailLead} />
      {noticeText ? <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3 font-medium text-green-900">{noticeText}</p> : null}
      {refusalText ? <p role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 font-medium text-red-800">{refusalText}</p> : null}

      <section aria-labelledby="facts-title" className={card}>
        <h2 id="facts-title" className="text-lg font-semibold">{p.facts}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="role-title" className={card}>
        <h2 id="role-title" className="text-lg font-semibold">{p.roleTitle}</h2>
        <p className="text-sm text-slate-700">{p.roleNote}</p>
        <ChangeRoleForm
          action={actions.changeRole}
          userId={user.id}
          initial={{ role: user.role, agencyId: user.agencyId ?? "", title: user.title ?? "" }}
          roles={ROLES.map((r) => ({ value: r, label: t.roles[r] }))}
          agencies={agencyOptions(t, agencies)}
          texts={{ errorSummary: c.errorSummary, role: p.role, agency: p.agency, agencyHint: p.agencyHint, noAgency: p.noAgency, titleField: p.titleField, save: c.save, saving: c.saving, errors: c.errors }}
        />
      </section>

      <section aria-labelledby="reset-title" className={card}>
        <h2 id="reset-title" className="text-lg font-semibold">{p.resetTitle}</h2>
        <p className="text-sm text-slate-700">{p.resetHint} {p.sessionNote}</p>
        <ResetPasswordForm
          action={actions.reset}
          userId={user.id}
          texts={{ errorSummary: c.errorSummary, button: p.resetButton, pending: p.resetting, done: p.resetDone, linkLabel: p.linkLabel, errors: c.errors }}
        />
      </section>

      <section aria-labelledby="status-title" className={card}>
        <h2 id="status-title" className="text-lg font-semibold">{p.statusTitle}</h2>
        <p className="text-sm text-slate-700">{p.deactivateHint} {p.sessionNote}</p>
        {user.isSelf && user.isActive ? (
          <p>{p.refusals.self}</p>
        ) : (
          <form action={actions.setActive}>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="active" value={user.isActive ? "false" : "true"} />
            <button type="submit" className={user.isActive ? "rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800" : "rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"}>
              {user.isActive ? p.deactivate : p.reactivate}
            </button>
          </form>
        )}
      </section>

      <section aria-labelledby="history-title" className={card}>
        <h2 id="history-title" className="text-lg font-semibold">{p.historyTitle}</h2>
        {user.history.length === 0 ? <p>{c.none}</p> : (
          <ul className="space-y-1">
            {user.history.map((h) => (
              <li key={h.id}>{formatDateTime(h.at)} · <code>{h.action}</code></li>
            ))}
          </ul>
        )}
        <p><Link href={`/admin/audit?targetType=User&targetId=${encodeURIComponent(user.id)}`} className="text-brand-700 underline">{p.historyAll}</Link></p>
      </section>
    </div>
  );
}
