import { redirect } from "next/navigation";
import { can, ROLE_HOME } from "@/lib/auth/permissions";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { getCurrentUser } from "@/lib/auth/session";

const AREA_OF_PATH = [
  { prefix: "/officer", permission: "area.officer" },
  { prefix: "/leader", permission: "area.leader" },
  { prefix: "/admin", permission: "area.admin" },
  { prefix: "/my", permission: "area.citizen" },
] as const;

/** Sends a freshly signed-in user to the page they asked for, if their role may see it, else home. */
export default async function Page({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const home = ROLE_HOME[user.role];
  const wanted = safeCallbackPath((await searchParams).callbackUrl, home);
  const area = AREA_OF_PATH.find((a) => wanted.startsWith(a.prefix));
  redirect(area && !can(user.role, area.permission) ? home : wanted);
}
