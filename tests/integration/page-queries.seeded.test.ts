// The inbox and the leaders' overview read several small figures in one SQL statement each
// (fewer database round trips per page, issue 6). These tests check each figure against the
// Prisma query it replaced, on the seeded database.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DEFAULT_INBOX_QUERY } from "@/lib/domain/inbox-filters";
import { CLOCK_RUNNING_STATUSES } from "@/lib/domain/dossier-workflow";
import { actorByEmail, DEMO } from "../support/actors";

const { listOfficerInbox } = await import("@/lib/server/dossiers/list-officer-inbox");
const { getLeaderOverview } = await import("@/lib/server/plan/get-leader-overview");

let stp: CurrentUser;
let pdp: CurrentUser;
let leader: CurrentUser;
const now = new Date();

beforeAll(async () => {
  [stp, pdp, leader] = await Promise.all([actorByEmail(DEMO.officerTuPhap), actorByEmail(DEMO.officerPdp), actorByEmail(DEMO.leader)]);
});

describe("officer inbox: agency, procedures of the filter, overdue count", () => {
  it.each([
    ["a department (its own procedures)", () => stp],
    ["a commune (its own and every commune-scope procedure)", () => pdp],
  ])("%s", async (_, actor) => {
    const user = actor();
    const agencyId = user.agencyId as string;
    const agency = await db.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { name: true, kind: true } });
    const procedures = await db.procedure.findMany({
      where: agency.kind === "COMMUNE" ? { OR: [{ agencyId }, { scope: "COMMUNE" }] } : { agencyId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    });
    const inbox = await listOfficerInbox({ actor: user, query: DEFAULT_INBOX_QUERY, now });
    expect(inbox.agencyName).toBe(agency.name);
    expect(procedures.length).toBeGreaterThan(0);
    expect(inbox.procedures).toEqual(procedures);
    expect(inbox.counts.overdue).toBe(await db.dossier.count({ where: { agencyId, status: { in: [...CLOCK_RUNNING_STATUSES] }, dueAt: { lt: now } } }));
  });

  it("a commune's filter lists commune-scope procedures of other agencies too", async () => {
    const inbox = await listOfficerInbox({ actor: pdp, query: DEFAULT_INBOX_QUERY, now });
    expect(inbox.procedures.length).toBeGreaterThan(await db.procedure.count({ where: { agencyId: pdp.agencyId as string } }));
  });
});

describe("leaders' overview: plan figures", () => {
  it("last progress report, tasks with a report, reporting agencies", async () => {
    const o = await getLeaderOverview({ actor: leader, now });
    const last = await db.taskUpdate.findFirst({ orderBy: { createdAt: "desc" }, select: { createdAt: true } });
    expect(last).not.toBeNull();
    expect(o.lastTaskReport).toBeInstanceOf(Date);
    expect(o.lastTaskReport?.getTime()).toBe(last?.createdAt.getTime());
    const reported = await db.task.count({ where: { updates: { some: {} } } });
    expect(reported).toBeGreaterThan(0);
    expect(o.tasksReported).toBe(reported);
    expect(o.service.agenciesTotal).toBe(await db.agency.count({ where: { isActive: true, kind: { in: ["DEPARTMENT", "COMMUNE"] } } }));
    const pillars = await db.pillar.findMany({ orderBy: { order: "asc" }, select: { code: true, name: true, nameEn: true, _count: { select: { tasks: true } } } });
    expect(o.pillars.map((p) => [p.code, p.name, p.nameEn, p.taskCount])).toEqual(pillars.map((p) => [p.code, p.name, p.nameEn, p._count.tasks]));
  });
});
