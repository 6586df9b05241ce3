// The citizen's dossier page: what getMyDossier computes (timeline, deadline, holder, what the
// citizen may do) and withdrawal, which is allowed only before processing starts.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formatDossierCode } from "@/lib/domain/dossier-code";
import { REFUSAL_MESSAGES } from "@/lib/domain/dossier-workflow";
import { statMonth } from "@/lib/domain/dossier-stats";
import { workingDaysBetween } from "@/lib/domain/working-days";
import type { DossierChannel } from "@/lib/generated/prisma/enums";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { getMyDossier } from "@/lib/server/dossiers/get-my-dossier";
import { transitionDossier } from "@/lib/server/dossiers/transition-dossier";
import { applyDossierStatDelta, DOSSIER_STATS_SELECT, toStatsShape } from "@/lib/server/rollups/apply-dossier-stat-delta";
import { DEMO_ACCOUNTS } from "../../prisma/seed/index";
import { refusal, userOf } from "../support/actors";

let an: CurrentUser;
let binh: CurrentUser;
let fixtureSeq = 9000;

/**
 * A dossier An has just submitted online (what the application flow leaves behind), with its
 * submit event and its rollup contribution, so the rollup stays exact.
 */
async function submittedDossier(applicant: CurrentUser) {
  const procedure = await db.procedure.findFirstOrThrow({ where: { code: "1.001193" }, select: { id: true, agencyId: true, feeAmount: true } });
  const agencyId = procedure.agencyId ?? (await db.agency.findFirstOrThrow({ where: { code: "PDP" } })).id;
  const agency = await db.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { code: true } });
  const now = new Date();
  const dossier = await db.dossier.create({
    data: {
      code: formatDossierCode({ agencyCode: agency.code, date: now, sequence: fixtureSeq++ }),
      procedureId: procedure.id,
      agencyId,
      channel: "ONLINE" satisfies DossierChannel,
      status: "SUBMITTED",
      applicantId: applicant.id,
      applicantName: applicant.name,
      submittedAt: now,
      feeAmount: 0,
      events: { create: { action: "submit", fromStatus: "DRAFT", toStatus: "SUBMITTED", actorId: applicant.id } },
    },
    select: { id: true, version: true, ...DOSSIER_STATS_SELECT },
  });
  await applyDossierStatDelta(db, null, toStatsShape(dossier));
  return dossier;
}

async function rollupOf(d: { submittedAt: Date | null; agencyId: string; procedureId: string; channel: DossierChannel }) {
  return db.dossierStatMonthly.findUniqueOrThrow({
    where: {
      month_agencyId_procedureId_channel: { month: new Date(`${statMonth(d.submittedAt as Date)}T00:00:00Z`), agencyId: d.agencyId, procedureId: d.procedureId, channel: d.channel },
    },
  });
}

beforeAll(async () => {
  const [a, b] = await Promise.all(
    DEMO_ACCOUNTS.filter((x) => x.role === "CITIZEN").map((x) => db.user.findUniqueOrThrow({ where: { email: x.email } })),
  );
  an = userOf(a);
  binh = userOf(b);
});

describe("getMyDossier", () => {
  it("tells a returned dossier's story from submission to the result, with its e-result and verification link", async () => {
    const row = await db.dossier.findFirstOrThrow({
      where: { applicantId: an.id, status: "RETURNED", channel: "ONLINE", resultToken: { not: null } },
      select: { id: true, finishTiming: true, resultToken: true, dueAt: true, _count: { select: { events: true } } },
    });
    const page = await getMyDossier({ actor: an, dossierId: row.id });
    expect(page).not.toBeNull();
    if (!page) return;
    expect(page.timeline).toHaveLength(row._count.events);
    expect(page.timeline[0].kind).toBe("submitted");
    expect(page.timeline.map((e) => e.kind)).toContain("received");
    expect(page.timeline.at(-1)?.kind).toBe("returned");
    const times = page.timeline.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(page.holder).toBe("none");
    expect(page.deadline).toEqual({ kind: "finished", dueAt: row.dueAt, timing: row.finishTiming });
    expect(page.hasResult).toBe(true);
    expect(page.verifyUrl).toMatch(new RegExp(`/verify/${row.resultToken}$`));
    expect(page.canWithdraw).toBe(false);
    expect(page.canAnswerSupplement).toBe(false);
  });

  it("counts the working days left (or late) on a dossier being processed", async () => {
    const row = await db.dossier.findFirstOrThrow({ where: { applicantId: an.id, status: "PROCESSING" }, select: { id: true, dueAt: true } });
    const now = new Date();
    const page = await getMyDossier({ actor: an, dossierId: row.id, now });
    const due = row.dueAt as Date;
    const days = workingDaysBetween(now, due, await loadWorkCalendar());
    expect(page?.deadline).toEqual(
      now.getTime() > due.getTime() ? { kind: "overdue", dueAt: due, workingDaysLate: Math.max(0, -days) } : { kind: "running", dueAt: due, workingDaysLeft: days },
    );
    expect(page?.holder).toBe("specialist");
  });

  it("offers rating on finished dossiers that have none, and only there", async () => {
    const mine = await db.dossier.findMany({ where: { applicantId: an.id }, select: { id: true, status: true, rating: { select: { id: true } } } });
    for (const d of mine) {
      const page = await getMyDossier({ actor: an, dossierId: d.id });
      expect(page?.canRate, `${d.status}`).toBe(["RETURNED", "DENIED", "REJECTED"].includes(d.status) && d.rating === null);
    }
  });
});

describe("withdrawing", () => {
  it("works from SUBMITTED, with the reason kept and the rollup counting it", async () => {
    const d = await submittedDossier(an);
    const page = await getMyDossier({ actor: an, dossierId: d.id });
    expect(page?.canWithdraw).toBe(true);
    expect(page?.deadline.kind).toBe("none");
    const before = await rollupOf(d);

    const result = await transitionDossier({ actor: an, dossierId: d.id, action: "withdraw", expectedVersion: d.version, reason: "Nộp nhầm thủ tục" });
    expect(result.status).toBe("WITHDRAWN");
    const after = await db.dossier.findUniqueOrThrow({ where: { id: d.id }, select: { status: true, closedAt: true } });
    expect(after.status).toBe("WITHDRAWN");
    expect(after.closedAt).not.toBeNull();
    expect((await rollupOf(d)).withdrawn).toBe(before.withdrawn + 1);
    expect(await db.auditLog.count({ where: { targetId: d.id, action: "dossier.withdraw", actorId: an.id } })).toBe(1);

    const withdrawn = await getMyDossier({ actor: an, dossierId: d.id });
    const last = withdrawn?.timeline.at(-1);
    expect(last?.kind).toBe("withdrawn");
    expect(last?.reason).toBe("Nộp nhầm thủ tục");
    expect(withdrawn?.canWithdraw).toBe(false);
    expect(withdrawn?.deadline).toEqual({ kind: "closed" });
  });

  it("works from RECEIVED", async () => {
    const d = await submittedDossier(an);
    const officer = userOf(await db.user.findFirstOrThrow({ where: { role: "OFFICER", agencyId: d.agencyId } }));
    const received = await transitionDossier({ actor: officer, dossierId: d.id, action: "receive", expectedVersion: d.version });
    expect(received.status).toBe("RECEIVED");
    const page = await getMyDossier({ actor: an, dossierId: d.id });
    expect(page?.canWithdraw).toBe(true);
    expect(page?.deadline.kind).toBe("running");
    expect(page?.timeline.at(-1)?.dueAt).toEqual(received.dueAt);

    const result = await transitionDossier({ actor: an, dossierId: d.id, action: "withdraw", expectedVersion: received.version });
    expect(result.status).toBe("WITHDRAWN");
  });

  it("is refused once processing started, while waiting for a supplement, and after a decision", async () => {
    for (const status of ["PROCESSING", "SUPPLEMENT_REQUESTED", "RETURNED", "APPROVED"] as const) {
      const d = await db.dossier.findFirstOrThrow({ where: { applicantId: an.id, status }, select: { id: true, version: true } });
      expect((await getMyDossier({ actor: an, dossierId: d.id }))?.canWithdraw, status).toBe(false);
      const error = await refusal(transitionDossier({ actor: an, dossierId: d.id, action: "withdraw", expectedVersion: d.version }));
      expect(error.status, status).toBe(409);
      expect(error.message).toBe(REFUSAL_MESSAGES.WRONG_STATUS);
      expect((await db.dossier.findUniqueOrThrow({ where: { id: d.id } })).status).toBe(status);
    }
  });

  it("is refused for another citizen's dossier as if it did not exist", async () => {
    const d = await submittedDossier(an);
    expect((await refusal(transitionDossier({ actor: binh, dossierId: d.id, action: "withdraw", expectedVersion: d.version }))).status).toBe(404);
    expect((await db.dossier.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("SUBMITTED");
  });

  it("is refused from a stale page", async () => {
    const d = await submittedDossier(an);
    expect((await refusal(transitionDossier({ actor: an, dossierId: d.id, action: "withdraw", expectedVersion: d.version + 1 }))).status).toBe(409);
  });
});
