// The monthly rollup is kept current incrementally by every operation that changes a dossier.
// After a random mix of changes it must equal a from-scratch recomputation.
import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { Rng } from "@/lib/domain/random";
import { OPEN_STATUSES } from "@/lib/domain/dossier-workflow";
import { isAppError } from "@/lib/errors";
import type { DossierAction } from "@/lib/domain/dossier-workflow";
import { transitionDossier } from "@/lib/server/dossiers/transition-dossier";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { rebuildProcessingTimes } from "@/lib/server/rollups/processing-time";
import { rebuildDossierStats } from "../../prisma/seed/index";

type Row = Record<string, string | number>;

async function snapshot(): Promise<Row[]> {
  const rows = await db.dossierStatMonthly.findMany({ orderBy: [{ month: "asc" }, { agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }] });
  return rows
    .map(({ month, ...rest }) => ({ ...rest, month: month.toISOString().slice(0, 10) }))
    .filter((r) => Object.entries(r).some(([k, v]) => typeof v === "number" && v !== 0 && k !== "month"));
}

async function agencySnapshot(): Promise<Row[]> {
  const rows = await db.dossierStatAgencyMonthly.findMany({ orderBy: [{ month: "asc" }, { agencyId: "asc" }, { channel: "asc" }] });
  return rows
    .map(({ month, ...rest }) => ({ ...rest, month: month.toISOString().slice(0, 10) }))
    .filter((r) => Object.entries(r).some(([k, v]) => typeof v === "number" && v !== 0 && k !== "month"));
}

/** The procedure level summed per agency × month × channel, as the agency level must hold it. */
function sumOverProcedures(rows: Row[]): Row[] {
  const out = new Map<string, Row>();
  for (const { procedureId: _procedureId, ...rest } of rows) {
    const key = `${rest.month}|${rest.agencyId}|${rest.channel}`;
    const into = out.get(key);
    if (!into) out.set(key, { ...rest });
    else for (const [k, v] of Object.entries(rest)) if (typeof v === "number") into[k] = (into[k] as number) + v;
  }
  return [...out.values()].filter((r) => Object.entries(r).some(([k, v]) => typeof v === "number" && v !== 0 && k !== "month"));
}

async function processingTimes(): Promise<Row[]> {
  const rows = await db.processingTimeStat.findMany({ orderBy: [{ agencyId: "asc" }, { procedureId: "asc" }] });
  return rows.map(({ updatedAt: _updatedAt, newestSubmittedAt, median, p75, ...rest }) => ({ ...rest, median: median ?? -1, p75: p75 ?? -1, newestSubmittedAt: newestSubmittedAt.toISOString() }));
}

describe("DossierStatMonthly, DossierStatAgencyMonthly and ProcessingTimeStat", () => {
  it("equal a from-scratch recomputation after a random mix of workflow changes", async () => {
    const timesBefore = await processingTimes();
    expect(timesBefore.length).toBeGreaterThan(10); // the seed filled it
    const agencyBefore = await agencySnapshot();
    expect(agencyBefore.length).toBeGreaterThan(10); // the seed filled it too
    const rng = new Rng(20261127);
    const officers = await db.user.findMany({ where: { role: "OFFICER", agencyId: { not: null } }, select: { id: true, fullName: true, email: true, agencyId: true } });
    const byAgency = new Map(officers.map((o) => [o.agencyId as string, { id: o.id, name: o.fullName, email: o.email, role: "OFFICER" as const, agencyId: o.agencyId }]));
    const open = await db.dossier.findMany({
      where: { status: { in: [...OPEN_STATUSES] }, agencyId: { in: [...byAgency.keys()] } },
      select: { id: true, agencyId: true, applicantId: true },
      take: 120,
    });
    expect(open.length).toBeGreaterThan(10);
    const officerActions: DossierAction[] = ["receive", "reject", "request_supplement", "start_processing", "approve", "deny", "return_result", "issue_apology"];
    let applied = 0;
    for (let round = 0; round < 300; round++) {
      const d = open[rng.int(0, open.length - 1)];
      const ownerTurn = d.applicantId && rng.next() < 0.2;
      const actor: CurrentUser = ownerTurn
        ? await (async () => {
            const u = await db.user.findUniqueOrThrow({ where: { id: d.applicantId as string } });
            return { id: u.id, name: u.fullName, email: u.email, role: u.role, agencyId: u.agencyId };
          })()
        : (byAgency.get(d.agencyId) as CurrentUser);
      const action = ownerTurn ? (rng.next() < 0.5 ? "supplement" : "withdraw") : officerActions[rng.int(0, officerActions.length - 1)];
      try {
        await transitionDossier({
          actor,
          dossierId: d.id,
          action,
          reason: "Lý do kiểm thử",
          missingDocuments: ["Bản sao giấy tờ tùy thân"],
          newDueAt: new Date(Date.now() + 10 * 24 * 3600 * 1000),
          generateResult: true,
        });
        applied += 1;
      } catch (error) {
        // Refused transitions (wrong state, apology needed, bad date …) change nothing.
        if (!isAppError(error)) throw error;
      }
    }
    expect(applied).toBeGreaterThan(20);
    const incremental = await snapshot();
    const incrementalAgency = await agencySnapshot();
    // The agency level moved with the procedure level and still holds its sums.
    expect(incrementalAgency).not.toEqual(agencyBefore);
    const byKey = (rows: Row[]) => [...rows].sort((a, b) => `${a.month}|${a.agencyId}|${a.channel}`.localeCompare(`${b.month}|${b.agencyId}|${b.channel}`));
    expect(byKey(incrementalAgency)).toEqual(byKey(sumOverProcedures(incremental)));
    await rebuildDossierStats(db);
    expect(incremental).toEqual(await snapshot());
    expect(incrementalAgency).toEqual(await agencySnapshot());

    const incrementalTimes = await processingTimes();
    // Decisions happened, so the stored usual times moved (the check below cannot pass vacuously).
    expect(incrementalTimes).not.toEqual(timesBefore);
    await rebuildProcessingTimes(db, await loadWorkCalendar());
    expect(incrementalTimes).toEqual(await processingTimes());
  });
});
