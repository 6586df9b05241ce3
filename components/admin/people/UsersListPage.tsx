import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDateTime, formatNumber } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { AgencyChoice, UserList, UserListFilters, UserStatus } from "@/lib/server/admin/users/list-users";
import { ROLES } from "@/lib/validation/admin-people";

const STATUS_TONE: Record<UserStatus, BadgeTone> = { active: "success", invited: "info", inactive: "danger" };

export function statusLabel(t: Messages, status: UserStatus): string {
  const p = t.adminPanel.people;
  return status === "active" ? p.stateActive : status === "invited" ? p.stateInvited : p.stateInactive;
}

export function UserStatusBadge({ t, status }: { t: Messages; status: UserStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{statusLabel(t, status)}</Badge>;
}

function pageHref(filters: UserListFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.role) params.set("role", filters.role);
  if (filters.agencyId) params.set("agencyId", filters.agencyId);
  if (filters.active) params.set("active", filters.active);
  if (page > 1) params.set("page", String(page));
  const q = params.toString();
  return `/admin/users${q ? `?${q}` : ""}`;
}

const field = "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2";

export function UsersListPage({ t, list, filters, agencies }: { t: Messages; list: UserList; filters: UserListFilters; agencies: AgencyChoice[] }) {
  const p = t.adminPanel.people;
  const c = t.adminPanel.common;
  return (
    <div className="space-y-6">
      <PageHeader title={p.title} lead={p.lead} />
      <p>
        <Link href="/admin/users/invite" className="inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-700">{p.invite}</Link>
      </p>
      <form method="get" action="/admin/users" className="grid gap-4 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-5">
        <div className="lg:col-span-2">
          <label htmlFor="q" className="block font-medium">{p.search}</label>
          <input id="q" name="q" type="search" defaultValue={filters.q} className={field} />
        </div>
        <div>
          <label htmlFor="role" className="block font-medium">{p.role}</label>
          <select id="role" name="role" defaultValue={filters.role} className={field}>
            <option value="">{c.all}</option>
            {ROLES.map((r) => <option key={r} value={r}>{t.roles[r]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="agencyId" className="block font-medium">{p.agency}</label>
          <select id="agencyId" name="agencyId" defaultValue={filters.agencyId} className={field}>
            <option value="">{c.all}</option>
            {agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="active" className="block font-medium">{p.state}</label>
          <select id="active" name="active" defaultValue={filters.active} className={field}>
            <option value="">{c.all}</option>
            <option value="yes">{p.activeYes}</option>
            <option value="no">{p.activeNo}</option>
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-5">
          <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">{c.filter}</button>
          <Link href="/admin/users" className="text-brand-700 underline">{c.clearFilters}</Link>
        </div>
      </form>
      <p aria-live="polite">{c.total(formatNumber(list.total))}</p>
      {list.items.length === 0 ? (
        <p>{p.empty}</p>
      ) : (
        <DataTable
          caption={p.caption}
          headers={[p.colName, p.colContact, p.colRole, p.colAgency, p.colState, p.colLastLogin]}
          rows={list.items.map((u) => [
            <Link key="n" href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline">{u.fullName}</Link>,
            <span key="c" className="break-all">{[u.email, u.phone].filter(Boolean).join(" · ") || c.none}</span>,
            t.roles[u.role],
            u.agency?.shortName ?? c.none,
            <UserStatusBadge key="s" t={t} status={u.status} />,
            u.lastLoginAt ? formatDateTime(u.lastLoginAt) : p.never,
          ])}
        />
      )}
      {list.pages > 1 ? (
        <nav aria-label={c.pageOf(list.page, list.pages)} className="flex flex-wrap items-center gap-4">
          {list.page > 1 ? <Link href={pageHref(filters, list.page - 1)} className="text-brand-700 underline">{c.previous}</Link> : null}
          <span>{c.pageOf(list.page, list.pages)}</span>
          {list.page < list.pages ? <Link href={pageHref(filters, list.page + 1)} className="text-brand-700 underline">{c.next}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
