import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

/** The agency an officer reports for: their own, from the session, never from the request. */
export function reportingAgencyOf(actor: CurrentUser | null): { actor: CurrentUser; agencyId: string } {
  assertCan(actor, "indicator.report");
  if (!actor.agencyId) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan.");
  return { actor, agencyId: actor.agencyId };
}
