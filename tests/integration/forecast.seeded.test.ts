// Leaders' overview, task drill-down and forecasts on the seeded database: the overview's
// figures equal independent queries, forecasts exist for every agency with enough history and
// their measured accuracy is finite, and only dashboard readers get them.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { monthOf } from "@/lib/domain/report-month";
import { getForecasts } from "@/lib/server/forecast/get-forecasts";
import { getTaskForecast } from "@/lib/server/forecast/get-task-forecast";
import { getLeaderOverview } from "@/lib/server/plan/get-leader-overview";
import { listLeaderTasks, parseLeaderTaskFilters } from "@/lib/server/plan/list-leader-tasks";
import { actorByEmail, DEMO, refusal } from "../support/actors";

let leader: CurrentUser;
let admin: CurrentUser;
let citizen: CurrentUser;
let officer: CurrentUser;
const now = new Date();

beforeAll(async () => {
  [leader, admin, citizen, officer] = await Promise.all([actorByEmail(DEMO.leader), actorByEmail(DEMO.admin), actorByEmail(DEMO.an), actorByEmail(DEMO.officerTuPhap)]);
});

const finite = (v: number | null | undefined) => typeof v === "number" && Number.isFinite(v);

describe("permissions", () => {
  it("refuses citizens, officers and anonymous callers; leaders and administrators may read", async () => {
    for (const actor of [citizen, officer]) {
      expect((await refusal(getLeaderOverview({ actor, now }))).status).toBe(403);
      expect((await refusal(listLeaderTasks({ actor, filters: {}, now }))).status).toBe(403);
      expect((await refusal(getForecasts({ actor, now }))).status).toBe(403);
    }
    expect((await refusal(getLeaderOverview({ actor: null, now }))).status).toBe(401);
    expect((await refusal(getForecasts({ actor: null, now }))).status).toBe(401);
    await expect(getLeaderOverview({ actor: admin, now })).resolves.toBeTruthy();
    // A task's forecast is for whoever may read tasks (its page): officers yes, citizens no.
    await expect(getTaskForecast({ actor: officer, task: "NV10", now })).resolves.toMatchObject({ code: "NV10" });
    expect((await refusal(getTaskForecast({ actor: citizen, task: "NV10", now }))).status).toBe(403);
  });
});

describe("overview", () => {
  it("pillar progress and task counts by health equal independent SQL", async () => {
    const o = await getLeaderOverview({ actor: leader, now });
    const progress = await db.$queryRaw<{ code: string; progress: number; n: number }[]>`
      SELECT p.code,
             (SUM(LEAST(100, GREATEST(0, t.progress)) * GREATEST(0, t.weight))::float8 / NULLIF(SUM(GREATEST(0, t.weight)), 0)) AS progress,
             COUNT(t.id)::int AS n
      FROM "Pillar" p JOIN "Task" t ON t."pillarId" = p.id GROUP BY p.code`;
    const counts = await db.$queryRaw<{ code: string; status: string; n: number }[]>`
      SELECT p.code, t.status::text AS status, COUNT(*)::int AS n FROM "Task" t JOIN "Pillar" p ON p.id = t."pillarId" GROUP BY p.code, t.status`;
    expect(o.pillars.map((p) => p.code).sort()).toEqual(progress.map((p) => p.code).sort());
    expect(o.pillars).toHaveLength(3);
    for (const p of o.pillars) {
      const row = progress.find((r) => r.code === p.code)!;
      expect(p.progress).toBeCloseTo(row.progress, 9);
      expect(p.taskCount).toBe(row.n);
      for (const [status, n] of Object.entries(p.byHealth)) {
        expect(n).toBe(counts.find((c) => c.code === p.code && c.status === status)?.n ?? 0);
      }
    }
    expect(o.tasksTotal).toBe(await db.task.count());
    // At least one task of every health state exists in the demo plan, so the links lead somewhere.
    expect(o.pillars.reduce((s, p) => s + p.byHealth.LATE, 0)).toBeGreaterThan(0);
  });

  it("this month's received dossiers equal a count of the dossiers themselves", async () => {
    const o = await getLeaderOverview({ actor: leader, now });
    const [row] = await db.$queryRaw<{ n: number }[]>`
      SELECT COUNT(*)::int AS n FROM "Dossier"
      WHERE "submittedAt" IS NOT NULL
        AND to_char(("submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') = ${monthOf(now)}`;
    expect(o.service.month).toBe(monthOf(now));
    expect(o.service.counts.received).toBe(row.n);
    expect(o.quality.month).toBe(monthOf(now));
  });

  it("key indicators carry their 2025 result and 2030 projection", async () => {
    const o = await getLeaderOverview({ actor: leader, now });
    const keys = await db.indicator.count({ where: { isKey: true, isActive: true } });
    expect(o.keyIndicators.indicators).toHaveLength(keys);
    expect(keys).toBeGreaterThan(0);
    for (const i of o.keyIndicators.indicators) {
      expect(i.isKey).toBe(true);
      expect(i.target2025.kind).toBe("observed"); // the seed holds 36 months, December 2025 included
      expect(i.target2030.kind).toBe("projected");
      if (i.target2030.kind === "projected") {
        expect(i.target2030.probability).toBeGreaterThanOrEqual(0);
        expect(i.target2030.probability).toBeLessThanOrEqual(1);
        expect(i.target2030.low).toBeLessThanOrEqual(i.target2030.value);
      }
      expect(finite(i.accuracy.mae)).toBe(true);
    }
  });
});

describe("task drill-down", () => {
  it("filters by pillar and health exactly as an independent query", async () => {
    const filters = parseLeaderTaskFilters({ pillar: "cqs", health: "LATE", agency: ["", "x"] });
    expect(filters).toEqual({ pillar: "CQS", health: "LATE", agency: undefined });
    const list = await listLeaderTasks({ actor: leader, filters, now });
    const expected = await db.task.findMany({ where: { pillar: { code: "CQS" }, status: "LATE" }, select: { code: true } });
    expect(list.tasks.map((t) => t.code).sort()).toEqual(expected.map((t) => t.code).sort());
    expect(list.tasks.length).toBeGreaterThan(0);
    expect(list.total).toBe(await db.task.count());
    expect(parseLeaderTaskFilters({ health: "NOPE", pillar: "<script>" })).toEqual({ health: undefined, pillar: undefined, agency: undefined });
  });

  it("gives every task an explicit forecast and the method a finite measured accuracy", async () => {
    const list = await listLeaderTasks({ actor: leader, filters: {}, now });
    const updates = await db.taskUpdate.groupBy({ by: ["taskId"], _count: { _all: true } });
    const tasks = await db.task.findMany({ select: { id: true, code: true } });
    const count = new Map(updates.map((u) => [tasks.find((t) => t.id === u.taskId)!.code, u._count._all]));
    for (const t of list.tasks) {
      if (t.status === "DONE") expect(t.forecast.kind).toBe("done");
      else if ((count.get(t.code) ?? 0) < 2) expect(t.forecast.kind).toBe("insufficient");
      else expect(["forecast", "stalled"]).toContain(t.forecast.kind);
      if (t.probability !== null) {
        expect(t.probability).toBeGreaterThanOrEqual(0);
        expect(t.probability).toBeLessThanOrEqual(1);
      }
      // Past due and not done: the deadline can no longer be met.
      if (t.status !== "DONE" && t.dueDate.getTime() < now.getTime() - 86_400_000 && t.forecast.kind === "forecast") expect(t.probability).toBe(0);
    }
    expect(list.accuracy.n).toBeGreaterThan(0);
    expect(finite(list.accuracy.mae)).toBe(true);
    expect(finite(list.accuracy.coverage)).toBe(true);
  });
});

describe("forecasts", () => {
  it("forecast every agency with 12 months of history, from rollup totals equal to independent SQL", async () => {
    const f = await getForecasts({ actor: leader, now });
    const v = f.volumes;
    expect(v.forecastMonths[0]).toBe(monthOf(now));
    const months = v.province.history.map((h) => h.month);
    const totals = await db.$queryRaw<{ code: string; n: number }[]>`
      SELECT a.code, COALESCE(SUM(s.received), 0)::int AS n FROM "DossierStatMonthly" s JOIN "Agency" a ON a.id = s."agencyId"
      WHERE to_char(s.month, 'YYYY-MM') = ANY(${months}) GROUP BY a.code`;
    for (const a of v.agencies) {
      expect(a.history.reduce((s, h) => s + h.value, 0)).toBe(totals.find((r) => r.code === a.code)?.n ?? 0);
      const first = a.history.findIndex((h) => h.value > 0);
      const enough = first >= 0 && a.history.length - first >= 12;
      expect(a.forecast !== null).toBe(enough);
      if (a.forecast) {
        expect(a.forecast).toHaveLength(3);
        for (const m of a.forecast) {
          expect(finite(m.mean) && finite(m.low) && finite(m.high)).toBe(true);
          expect(m.low).toBeLessThanOrEqual(m.mean + 1e-9);
          expect(m.mean).toBeLessThanOrEqual(m.high + 1e-9);
        }
        expect(a.accuracy.n).toBeGreaterThan(0);
        if (a.accuracy.wape === null) {
          // Every backtested month of this agency had 0 dossiers (a small agency can, in the
          // seeded history, which is generated relative to the day and hour of the run; CI saw it
          // once at 00:05 in Vietnam): nothing to divide by, so no WAPE and no MAPE either, and
          // the page shows "—" (lib/domain/forecast/backtest.ts accuracyOf).
          expect(a.accuracy.mape).toBeNull();
          expect(a.history.some((h) => h.value === 0)).toBe(true);
        } else {
          expect(finite(a.accuracy.wape)).toBe(true);
        }
        expect(finite(a.accuracy.coverage)).toBe(true);
      }
    }
    expect(v.province.forecast).not.toBeNull();
    expect(finite(v.province.accuracy.mape)).toBe(true);
    expect(finite(v.province.accuracy.coverage)).toBe(true);
    expect(v.agenciesWithForecast).toBe(v.agencies.filter((a) => a.forecast).length);
  });

  it("lists the open tasks below 50 % and projects every active indicator", async () => {
    const f = await getForecasts({ actor: leader, now });
    for (const t of f.tasksAtRisk) {
      expect(t.status).not.toBe("DONE");
      expect(t.probability).toBeLessThan(0.5);
    }
    expect(f.tasksAtRisk.length).toBeGreaterThan(0); // the demo plan has late tasks
    expect(f.indicators.indicators).toHaveLength(await db.indicator.count({ where: { isActive: true } }));
    expect(finite(f.indicators.accuracy.mape)).toBe(true);
    expect(finite(f.taskAccuracy.mae)).toBe(true);
  });
});
