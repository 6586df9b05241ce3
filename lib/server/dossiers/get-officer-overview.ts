import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { CLOCK_RUNNING_STATUSES, OPEN_STATUSES } from "@/lib/domain/dossier-workflow";
import { addWorkingDays } from "@/lib/domain/working-days";
import { AppError } from "@/lib/errors";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";


const OPEN = [...OPEN_STATUSES];
const CLOCK_RUNNING = [...CLOCK_RUNNING_STATUSES];

/**
 * The officer's home: counts for their own agency only (the agency comes from the session,
 * never from the request), and the open dossiers due soonest.
 */
export async function getOfficerOverview(actor: CurrentUser | null, now = new Date()) {
  assertCan(actor, "dossier.readAgency");
  if (!actor.agencyId) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan.");
  const agencyId = actor.agencyId;
  const calendar = await loadWorkCalendar();
  const soon = addWorkingDays(now, 2, calendar);

  const [agency, open, waiting, supplement, overdue, dueSoon, nextDue] = await Promise.all([
    db.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { name: true } }),
    db.dossier.count({ where: { agencyId, status: { in: OPEN } } }),
    db.dossier.count({ where: { agencyId, status: "SUBMITTED" } }),
    db.dossier.count({ where: { agencyId, status: "SUPPLEMENT_REQUESTED" } }),
    db.dossier.count({ where: { agencyId, status: { in: CLOCK_RUNNING }, dueAt: { lt: now } } }),
    db.dossier.count({ where: { agencyId, status: { in: CLOCK_RUNNING }, dueAt: { gte: now, lte: soon } } }),
    db.dossier.findMany({
      where: { agencyId, status: { in: CLOCK_RUNNING } },
      orderBy: { dueAt: "asc" },
      take: 10,
      select: { id: true, code: true, status: true, dueAt: true, applicantName: true, procedure: { select: { name: true } } },
    }),
  ]);
  return { agencyName: agency.name, counts: { open, waiting, supplement, overdue, dueSoon }, nextDue };
}
