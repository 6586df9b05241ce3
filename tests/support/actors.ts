import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

/** The session user of an account, as getCurrentUser would return it. */
export async function actorByEmail(email: string): Promise<CurrentUser> {
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, name: u.fullName, email: u.email, role: u.role, agencyId: u.agencyId };
}

export const DEMO = {
  an: "an.nguyen@demo.thainguyen.vn",
  binh: "binh.tran@demo.thainguyen.vn",
  officerTuPhap: "canbo.tuphap@demo.thainguyen.vn",
  officerPdp: "canbo.pdp@demo.thainguyen.vn",
  leader: "lanhdao@demo.thainguyen.vn",
  admin: "quantri@demo.thainguyen.vn",
} as const;
