import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ZFormSchema, ZRequiredDocuments } from "@/lib/validation/form-schema";
import { DEMO_ACCOUNTS, seedDatabase } from "../../prisma/seed/index";
import { SEED_DOSSIERS } from "./seed-size";

async function counts() {
  return {
    agencies: await db.agency.count(),
    users: await db.user.count(),
    pillars: await db.pillar.count(),
    tasks: await db.task.count(),
    taskUpdates: await db.taskUpdate.count(),
    sectors: await db.sector.count(),
    procedures: await db.procedure.count(),
    indicators: await db.indicator.count(),
    observations: await db.observation.count(),
    dossiers: await db.dossier.count(),
    events: await db.dossierEvent.count(),
    ratings: await db.rating.count(),
    payments: await db.payment.count(),
    holidays: await db.holiday.count(),
    stats: await db.dossierStatMonthly.count(),
  };
}

describe("demo data", () => {
  it("has the plan: 3 pillars and 37 tasks, each with a progress history matching its current state", async () => {
    expect(await db.pillar.count()).toBe(3);
    const tasks = await db.task.findMany({ include: { updates: { orderBy: { reportedAt: "desc" }, take: 1 } } });
    expect(tasks).toHaveLength(37);
    const withHistory = tasks.filter((t) => t.updates.length > 0);
    expect(withHistory.length).toBeGreaterThanOrEqual(35);
    for (const t of withHistory) {
      expect(t.progress, t.code).toBe(t.updates[0].progress);
      expect(t.status, t.code).toBe(t.updates[0].status);
    }
    const statuses = new Set(tasks.map((t) => t.status));
    for (const s of ["DONE", "ON_TRACK", "AT_RISK", "LATE"] as const) expect(statuses.has(s), s).toBe(true);
  });

  it("has at least 15 agencies, 10 sectors and 60 procedures, 70% of them fully online, with valid forms", async () => {
    expect(await db.agency.count()).toBeGreaterThanOrEqual(15);
    expect(await db.sector.count()).toBeGreaterThanOrEqual(10);
    const procedures = await db.procedure.findMany({ select: { code: true, level: true, formSchema: true, requiredDocuments: true, searchText: true } });
    expect(procedures.length).toBeGreaterThanOrEqual(60);
    const fullOnline = procedures.filter((p) => p.level === "FULL_ONLINE").length;
    expect(fullOnline / procedures.length).toBeGreaterThanOrEqual(0.7);
    for (const p of procedures) {
      expect(ZFormSchema.safeParse(p.formSchema).success, p.code).toBe(true);
      expect(ZRequiredDocuments.safeParse(p.requiredDocuments).success, p.code).toBe(true);
      expect(p.searchText, p.code).toMatch(/^[a-z0-9 .-]+$/);
    }
  });

  it("has at least 20 indicators with 24 or more observations each", async () => {
    const indicators = await db.indicator.findMany({ select: { code: true, _count: { select: { observations: true } } } });
    expect(indicators.length).toBeGreaterThanOrEqual(20);
    for (const i of indicators) expect(i._count.observations, i.code).toBeGreaterThanOrEqual(24);
  });

  it("has the holidays of 2024–2027, Tết included", async () => {
    for (const year of [2024, 2025, 2026, 2027]) {
      const n = await db.holiday.count({ where: { kind: "HOLIDAY", date: { gte: new Date(`${year}-01-01`), lte: new Date(`${year}-12-31`) } } });
      expect(n, String(year)).toBeGreaterThanOrEqual(10);
    }
    expect(await db.holiday.findUnique({ where: { date: new Date("2026-02-17") } })).not.toBeNull();
  });

  it("has one signed-in account per role (two citizens, two officers of different agencies)", async () => {
    const users = await db.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, select: { role: true, agencyId: true, passwordHash: true } });
    expect(users).toHaveLength(DEMO_ACCOUNTS.length);
    expect(users.filter((u) => u.role === "CITIZEN")).toHaveLength(2);
    const officers = users.filter((u) => u.role === "OFFICER");
    expect(officers).toHaveLength(2);
    expect(officers[0].agencyId).not.toBe(officers[1].agencyId);
    expect(users.some((u) => u.role === "LEADER")).toBe(true);
    expect(users.some((u) => u.role === "ADMIN")).toBe(true);
    for (const u of users) expect(u.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("keeps the monthly rollup equal to the dossiers it summarises", async () => {
    const rollup = await db.dossierStatMonthly.aggregate({ _sum: { received: true, finishedLate: true, paidOnline: true } });
    const submitted = await db.dossier.count({ where: { submittedAt: { not: null } } });
    const late = await db.dossier.count({ where: { finishTiming: "LATE", submittedAt: { not: null } } });
    const paid = await db.dossier.count({ where: { paidOnline: true, submittedAt: { not: null } } });
    expect(rollup._sum.received).toBe(submitted);
    expect(rollup._sum.finishedLate).toBe(late);
    expect(rollup._sum.paidOnline).toBe(paid);
  });

  it("is idempotent: seeding again changes no count", async () => {
    const before = await counts();
    await seedDatabase(db, { dossiers: SEED_DOSSIERS, log: () => {} });
    expect(await counts()).toEqual(before);
  });
});
