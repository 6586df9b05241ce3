import { AreaNav } from "@/components/layout/AreaNav";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n";

// Each page checks its own permission; the layout only offers the sections.
export default async function OfficerLayout({ children }: { children: React.ReactNode }) {
  const [{ t }, user] = await Promise.all([getI18n(), getCurrentUser()]);
  if (!user || !can(user.role, "area.officer")) return children;
  const n = t.areaNav;
  return (
    <>
      <AreaNav
        label={n.officerLabel}
        items={[
          { href: "/officer", label: n.officerHome },
          { href: "/officer/dossiers", label: n.officerDossiers },
          { href: "/officer/intake", label: n.officerIntake },
          { href: "/officer/tasks", label: n.officerTasks },
          { href: "/officer/indicators", label: n.officerIndicators },
          { href: "/officer/feedback", label: n.officerFeedback },
        ]}
      />
      {children}
    </>
  );
}
