import { AreaNav } from "@/components/layout/AreaNav";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";

// Each page checks its own permission; the layout only offers the sections.
export default async function LeaderLayout({ children }: { children: React.ReactNode }) {
  const [{ t }, user] = await Promise.all([getI18n(), getCurrentUser()]);
  if (!user || !can(user.role, "area.leader")) return children;
  const n = t.areaNav;
  return (
    <>
      <AreaNav
        label={n.leaderLabel}
        items={[
          { href: "/leader", label: n.leaderHome },
          { href: "/leader/tasks", label: n.leaderTasks },
          { href: "/leader/quality", label: n.leaderQuality },
          { href: "/leader/flows", label: n.leaderFlows },
          { href: "/leader/forecasts", label: n.leaderForecasts },
        ]}
      />
      {children}
    </>
  );
}
