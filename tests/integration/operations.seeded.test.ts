// The operations behind the role home pages: each refuses roles the permission table does not
// list, and scopes its query by owner or agency.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { refusal } from "../support/actors";
import { getAdminOverview } from "@/lib/server/admin/get-admin-overview";
import { OPEN_STATUSES } from "@/lib/domain/dossier-workflow";
import { getOfficerOverview } from "@/lib/server/dossiers/get-officer-overview";
import { listMyDossiers } from "@/lib/server/dossiers/list-my-dossiers";
import { DEMO_ACCOUNTS } from "../../prisma/seed/index";

const actors: Record<string, CurrentUser> = {};

beforeAll(async () => {
  for (const account of DEMO_ACCOUNTS) {
    const u = await db.user.findUniqueOrThrow({ where: { email: account.email } });
    actors[account.email] = { id: u.id, name: u.fullName, email: u.email, role: u.role, agencyId: u.agencyId };
  }
});

const byRole = (role: CurrentUser["role"], n = 0) => Object.values(actors).filter((a) => a.role === role)[n];

async function refusedStatus(promise: Promise<unknown>) {
  return (await refusal(promise)).status;
}

describe("getOfficerOverview", () => {
  it("counts only the officer's own agency", async () => {
    for (const officer of [byRole("OFFICER", 0), byRole("OFFICER", 1)]) {
      const overview = await getOfficerOverview(officer);
      const expected = await db.dossier.count({ where: { agencyId: officer.agencyId!, status: { in: [...OPEN_STATUSES] } } });
      expect(overview.counts.open).toBe(expected);
      const others = await db.dossier.count({ where: { status: { in: [...OPEN_STATUSES] } } });
      expect(overview.counts.open).toBeLessThan(others);
      const codes = overview.nextDue.flatMap((d) => (d.code ? [d.code] : []));
      const foreign = await db.dossier.count({ where: { code: { in: codes }, agencyId: { not: officer.agencyId! } } });
      expect(foreign).toBe(0);
    }
  });

  it("refuses citizens, administrators and anonymous callers", async () => {
    expect(await refusedStatus(getOfficerOverview(byRole("CITIZEN")))).toBe(403);
    expect(await refusedStatus(getOfficerOverview(byRole("ADMIN")))).toBe(403);
    expect(await refusedStatus(getOfficerOverview(null))).toBe(401);
  });
});

describe("listMyDossiers", () => {
  it("returns the citizen's own dossiers and nobody else's", async () => {
    const an = byRole("CITIZEN", 0);
    const binh = byRole("CITIZEN", 1);
    const mine = await listMyDossiers(an);
    expect(mine.length).toBeGreaterThan(0);
    const owners = await db.dossier.findMany({ where: { code: { in: mine.flatMap((d) => (d.code ? [d.code] : [])) } }, select: { applicantId: true } });
    expect(new Set(owners.map((o) => o.applicantId))).toEqual(new Set([an.id]));
    const theirs = await listMyDossiers(binh);
    expect(theirs.map((d) => d.code)).not.toEqual(expect.arrayContaining([mine[0].code]));
  });

  it("refuses officers, leaders and administrators", async () => {
    for (const role of ["OFFICER", "LEADER", "ADMIN"] as const) expect(await refusedStatus(listMyDossiers(byRole(role)))).toBe(403);
  });
});

describe("getAdminOverview", () => {
  it("is for administrators only", async () => {
    const overview = await getAdminOverview(byRole("ADMIN"));
    expect(overview.counts.tasks).toBe(37);
    for (const role of ["CITIZEN", "OFFICER", "LEADER"] as const) expect(await refusedStatus(getAdminOverview(byRole(role)))).toBe(403);
  });
});
