import { AreaNav } from "@/components/layout/AreaNav";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";

// Each page checks its own permission; the layout only offers the sections.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const [{ t }, user] = await Promise.all([getI18n(), getCurrentUser()]);
  if (!user || !can(user.role, "area.admin")) return children;
  const n = t.areaNav;
  return (
    <>
      <AreaNav
        label={n.adminLabel}
        items={[
          { href: "/admin", label: n.adminHome },
          { href: "/admin/agencies", label: n.adminAgencies },
          { href: "/admin/users", label: n.adminUsers },
          { href: "/admin/procedures", label: n.adminProcedures },
          { href: "/admin/tasks", label: n.adminTasks },
          { href: "/admin/indicators", label: n.adminIndicators },
          { href: "/admin/holidays", label: n.adminHolidays },
          { href: "/admin/tokens", label: n.adminTokens },
          { href: "/admin/audit", label: n.adminAudit },
        ]}
      />
      {children}
    </>
  );
}
