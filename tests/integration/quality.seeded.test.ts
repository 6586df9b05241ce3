// The leaders' service-quality (766) and flows dashboards read the monthly rollup; here every
// count, ratio and score is recomputed from scratch from the Dossier, Rating, Procedure and
// Feedback rows of the seeded data, per agency and Vietnam month of submission. The likely-late
// list is compared with an independent query of open dossiers and their procedure's history.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { OPEN_STATUSES, CLOCK_RUNNING_STATUSES } from "@/lib/domain/dossier-workflow";
import { lateRisk, processingWorkingDays, typicalTime } from "@/lib/domain/likely-late";
import { monthOf, monthsEndingAt, shiftMonth } from "@/lib/domain/report-month";
import { ZERO_COUNTS_766, gapToPoints, score766, type Counts766 } from "@/lib/domain/service-index-766";
import { addWorkingDays, workingDayThresholds, workingDaysBetween } from "@/lib/domain/working-days";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { getDossierFlows } from "@/lib/server/flows/get-dossier-flows";
import { listLikelyLate } from "@/lib/server/flows/list-likely-late";
import { getAgencyQuality } from "@/lib/server/quality/get-agency-quality";
import { getProvinceQualitySummary } from "@/lib/server/quality/get-province-quality-summary";
import { getQualityDashboard } from "@/lib/server/quality/get-quality-dashboard";
import { loadCounts766 } from "@/lib/server/quality/load-counts-766";
import { ZFlowsQuery } from "@/lib/validation/leader-dashboards";
import { DEMO, actorByEmail, refusal } from "../support/actors";

const now = new Date();
const thisMonth = monthOf(now);
const months = monthsEndingAt(thisMonth, 12);
let leader: CurrentUser;
let admin: CurrentUser;
let citizen: CurrentUser;
let officer: CurrentUser;

/** agencyId|month → counts, recounted from the rows themselves. */
const expected = new Map<string, Counts766>();
const key = (agencyId: string, month: string) => `${agencyId}|${month}`;

beforeAll(async () => {
  [leader, admin, citizen, officer] = await Promise.all([DEMO.leader, DEMO.admin, DEMO.an, DEMO.officerTuPhap].map(actorByEmail));

  const dossiers = await db.dossier.findMany({
    where: { submittedAt: { not: null } },
    select: {
      agencyId: true, submittedAt: true, channel: true, status: true, finishTiming: true, feeAmount: true, paidOnline: true,
      electronicResult: true, digitized: true, syncedNationalAt: true, procedure: { select: { level: true } }, rating: { select: { score: true } },
    },
  });
  const cell = (agencyId: string, month: string) => {
    const k = key(agencyId, month);
    if (!expected.has(k)) expected.set(k, { ...ZERO_COUNTS_766 });
    return expected.get(k)!;
  };
  for (const d of dossiers) {
    const c = cell(d.agencyId, monthOf(d.submittedAt!));
    const online = d.channel === "ONLINE" || d.channel === "NATIONAL_PORTAL";
    c.received++;
    if (d.finishTiming) c.finished++;
    if (d.finishTiming === "EARLY") c.finishedEarly++;
    if (d.finishTiming === "ON_TIME") c.finishedOnTime++;
    if (d.finishTiming === "LATE") c.finishedLate++;
    if (d.status === "REJECTED") c.rejected++;
    if (d.status === "WITHDRAWN") c.withdrawn++;
    if (d.procedure.level === "FULL_ONLINE") {
      c.fullOnlineReceived++;
      if (online) c.fullOnlineOnline++;
    }
    if (d.feeAmount > 0) c.feeBearing++;
    if (d.paidOnline) c.paidOnline++;
    if (d.electronicResult) c.electronicResult++;
    if (d.digitized) c.digitized++;
    if (d.syncedNationalAt) c.syncedNational++;
    if (d.rating?.score === "SATISFIED") c.ratedSatisfied++;
    if (d.rating?.score === "NEUTRAL") c.ratedNeutral++;
    if (d.rating?.score === "DISSATISFIED") c.ratedDissatisfied++;
  }
  for (const f of await db.feedback.findMany({ select: { agencyId: true, createdAt: true, dueAt: true, answeredAt: true } })) {
    const c = cell(f.agencyId, monthOf(f.createdAt));
    if (f.answeredAt || f.dueAt <= now) c.feedbackDue++;
    if (f.answeredAt && f.answeredAt <= f.dueAt) c.feedbackOnTime++;
    if (!f.answeredAt && f.dueAt > now) c.feedbackPending++;
  }
});

const expectedOf = (agencyId: string, month: string) => expected.get(key(agencyId, month)) ?? ZERO_COUNTS_766;
const provinceOf = (month: string) => {
  const sum = { ...ZERO_COUNTS_766 };
  for (const [k, c] of expected) if (k.endsWith(`|${month}`)) for (const f of Object.keys(sum) as (keyof Counts766)[]) sum[f] += c[f];
  return sum;
};

describe("766 counts from the rollup equal a recount of the dossiers", () => {
  it("per agency and month, over the last 12 months", async () => {
    const loaded = await loadCounts766({ first: months[0], last: thisMonth, now });
    let compared = 0;
    for (const [agencyId, perMonth] of loaded) {
      for (const [month, counts] of perMonth) {
        expect(counts, `${agencyId} ${month}`).toEqual(expectedOf(agencyId, month));
        compared++;
      }
    }
    // …and nothing counted from the dossiers is missing from the rollup.
    for (const [k, c] of expected) {
      const [agencyId, month] = k.split("|");
      if (months.includes(month) && c.received > 0) expect(loaded.get(agencyId)?.get(month), k).toEqual(c);
    }
    expect(compared).toBeGreaterThan(20);
  });

  it("the ranking's scores and every indicator ratio equal those of the recount, this month and last month", async () => {
    for (const month of [thisMonth, shiftMonth(thisMonth, -1)]) {
      const dash = await getQualityDashboard({ actor: leader, month, now });
      expect(dash.month).toBe(month);
      const province = score766(provinceOf(month));
      expect(province.total).not.toBeNull();
      expect(dash.province.score.total).toBeCloseTo(province.total!, 9);
      for (const r of dash.ranking) {
        const c = expectedOf(r.agency.id, month);
        expect(r.counts, r.agency.code).toEqual(c);
        const s = score766(c);
        expect(r.score.total === null ? null : r.score.total).toBe(s.total);
        for (const i of r.score.indicators) {
          const m = INDICATOR_RATIOS[i.id](c);
          if (m === null) expect(i.ratio, `${r.agency.code} ${i.id}`).toBeNull();
          else expect(i.ratio, `${r.agency.code} ${i.id}`).toBeCloseTo(m, 12);
        }
      }
      // Ranked best first, unscored last.
      const totals = dash.ranking.filter((r) => r.rank !== null).map((r) => r.score.total!);
      expect(totals).toEqual([...totals].sort((a, b) => b - a));
      expect(dash.ranking.filter((r) => r.rank !== null).length).toBe(dash.ranking.filter((r) => r.counts.received > 0).length);
    }
  });

  it("an agency's page: score, trend and gap-to-points from its recounted months", async () => {
    const dash = await getQualityDashboard({ actor: leader, now });
    const top = dash.ranking.find((r) => r.rank !== null)!;
    const page = await getAgencyQuality({ actor: leader, agencyCode: top.agency.code, now });
    expect(page.agency.code).toBe(top.agency.code);
    expect(page.rank).toBe(top.rank);
    expect(page.actions).toEqual(gapToPoints(expectedOf(top.agency.id, thisMonth)));
    expect(page.trend.map((p) => p.month)).toEqual(months);
    for (const p of page.trend) expect(p.total, p.month).toBe(score766(expectedOf(top.agency.id, p.month)).total);
    await expect(getAgencyQuality({ actor: leader, agencyCode: "KHONGCO", now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the overview's summary equals the province score", async () => {
    const summary = await getProvinceQualitySummary(null, now);
    expect(summary.month).toBe(thisMonth);
    expect(summary.total).toBeCloseTo(score766(provinceOf(thisMonth)).total!, 9);
    expect(summary.groups.map((g) => g.group)).toEqual(["transparency", "timeliness", "onlineService", "onlinePayment", "digitisation", "satisfaction"]);
  });
});

const rated = (c: Counts766) => c.ratedSatisfied + c.ratedNeutral + c.ratedDissatisfied;
const share = (a: number, b: number) => (b > 0 ? a / b : null);
const INDICATOR_RATIOS: Record<string, (c: Counts766) => number | null> = {
  synced: (c) => share(c.syncedNational, c.received),
  onTime: (c) => share(c.finishedEarly + c.finishedOnTime, c.finished),
  fullOnline: (c) => share(c.fullOnlineOnline, c.fullOnlineReceived),
  paidOnline: (c) => share(c.paidOnline, c.feeBearing),
  electronicResult: (c) => share(c.electronicResult, c.finished),
  digitized: (c) => share(c.digitized, c.received),
  satisfactionIndex: (c) => (c.finished === 0 && rated(c) === 0 ? null : Math.max(0, 1 - (share(c.finishedLate, c.finished) ?? 0) - (share(c.ratedDissatisfied, rated(c)) ?? 0))),
  feedbackOnTime: (c) => share(c.feedbackOnTime, c.feedbackDue),
};

describe("dossier flows", () => {
  it("monthly figures, by channel and by agency, equal the dossiers counted per Vietnam month", async () => {
    const flows = await getDossierFlows({ actor: leader, query: ZFlowsQuery.parse({}), now });
    expect(flows.monthly.map((m) => m.month)).toEqual(months);
    for (const m of flows.monthly) {
      const p = provinceOf(m.month);
      expect({ r: m.received, f: m.finished, e: m.finishedEarly, o: m.finishedOnTime, l: m.finishedLate }, m.month)
        .toEqual({ r: p.received, f: p.finished, e: p.finishedEarly, o: p.finishedOnTime, l: p.finishedLate });
    }
    const total = flows.monthly.reduce((s, m) => s + m.received, 0);
    expect(flows.byChannel.reduce((s, c) => s + c.received, 0)).toBe(total);
    expect(total).toBeGreaterThan(0);
  });

  it("filters by agency and channel", async () => {
    const busiest = (await db.dossier.groupBy({ by: ["agencyId"], where: { status: { in: [...OPEN_STATUSES] } }, _count: { _all: true }, orderBy: { _count: { agencyId: "desc" } }, take: 1 }))[0];
    const agency = await db.agency.findUniqueOrThrow({ where: { id: busiest.agencyId }, select: { code: true } });
    const flows = await getDossierFlows({ actor: leader, query: ZFlowsQuery.parse({ agency: agency.code, channel: "ONLINE", months: "24" }), now });
    expect(flows.agency?.code).toBe(agency.code);
    expect(flows.monthly).toHaveLength(24);
    const from = new Date(`${monthsEndingAt(thisMonth, 24)[0]}-01T00:00:00+07:00`);
    const received = await db.dossier.count({ where: { agencyId: busiest.agencyId, channel: "ONLINE", submittedAt: { gte: from } } });
    expect(flows.monthly.reduce((s, m) => s + m.received, 0)).toBe(received);
    // The by-agency table compares all agencies on the chosen channel.
    expect(flows.byAgency.find((a) => a.agency.code === agency.code)?.received ?? 0).toBe(received);
    const allOnline = await db.dossier.count({ where: { channel: "ONLINE", submittedAt: { gte: from }, agency: { isActive: true, kind: { not: "PROVINCE" } } } });
    expect(flows.byAgency.reduce((s, a) => s + a.received, 0)).toBe(allOnline);
    // …and the by-channel table compares the channels of the chosen agency.
    expect(flows.byChannel.find((c) => c.channel === "ONLINE")?.received).toBe(received);
    const counter = await db.dossier.count({ where: { agencyId: busiest.agencyId, channel: "COUNTER", submittedAt: { gte: from } } });
    expect(flows.byChannel.find((c) => c.channel === "COUNTER")?.received).toBe(counter);
  });

  it("the backlog equals the open dossiers counted per agency, with the overdue ones", async () => {
    const flows = await getDossierFlows({ actor: leader, query: ZFlowsQuery.parse({}), now });
    const open = await db.dossier.groupBy({ by: ["agencyId"], where: { status: { in: [...OPEN_STATUSES] } }, _count: { _all: true } });
    const overdue = await db.dossier.count({ where: { status: { in: [...CLOCK_RUNNING_STATUSES] }, dueAt: { lt: now } } });
    const agencyIds = new Set(flows.agencies.map((a) => a.id));
    const expectedOpen = Object.fromEntries(open.filter((g) => agencyIds.has(g.agencyId)).map((g) => [g.agencyId, g._count._all]));
    expect(Object.fromEntries(flows.backlog.map((b) => [b.agency.id, b.open]))).toEqual(expectedOpen);
    expect(flows.backlogTotal.overdue).toBe(overdue);
    expect(flows.backlogTotal.open).toBeGreaterThan(0);
  });
});

describe("likely-to-be-late list", () => {
  it("equals an independent query of open dossiers and each procedure's recent history", async () => {
    const calendar = await loadWorkCalendar();
    // Make sure at least one dossier qualifies: one just received, due the next working day, of
    // a procedure that usually needs several days at its agency.
    const open = await db.dossier.findMany({ where: { status: { in: ["RECEIVED", "PROCESSING"] }, dueAt: { gte: now } }, select: { id: true, agencyId: true, procedureId: true } });
    // The 60 newest decided dossiers of the pair, submitted within 365 days before the newest one.
    const typicalOf = async (agencyId: string, procedureId: string) => {
      const history = await db.dossier.findMany({
        where: { agencyId, procedureId, finishedAt: { not: null }, receivedAt: { not: null }, submittedAt: { not: null } },
        orderBy: { submittedAt: "desc" },
        take: 60,
        select: { submittedAt: true, receivedAt: true, finishedAt: true, pausedWorkingDays: true },
      });
      const since = history.length ? history[0].submittedAt!.getTime() - 365 * 86_400_000 : 0;
      return typicalTime(history.filter((h) => h.submittedAt!.getTime() >= since).map((h) => processingWorkingDays({ receivedAt: h.receivedAt!, finishedAt: h.finishedAt!, pausedWorkingDays: h.pausedWorkingDays }, calendar)));
    };
    let forced: string | null = null;
    for (const d of open) {
      const t = await typicalOf(d.agencyId, d.procedureId);
      // p75 ≥ 3: after 17:00 the receipt counts from the next working day, so one day due can
      // leave 2 working days (see below); 3 still needed is more than either.
      if (t && t.p75 >= 3) {
        await db.dossier.update({ where: { id: d.id }, data: { receivedAt: now, pausedWorkingDays: 0, dueAt: addWorkingDays(now, 1, calendar) } });
        forced = d.id;
        break;
      }
    }
    expect(forced).not.toBeNull();
    // And one exactly at the rule's edge, which the query's prefilter must keep: received now,
    // due one minute before the ⌈p75⌉-th working day starts, so ⌈p75⌉ − 1 working days are left
    // and ⌈p75⌉ are still needed.
    let edge: string | null = null;
    for (const d of open) {
      if (d.id === forced) continue;
      const t = await typicalOf(d.agencyId, d.procedureId);
      if (!t || t.p75 < 2) continue;
      const k = Math.ceil(t.p75 - 1e-9);
      const dueAt = new Date(workingDayThresholds(now, k, calendar)[k - 1].getTime() - 60_000);
      expect(workingDaysBetween(now, dueAt, calendar)).toBe(k - 1);
      await db.dossier.update({ where: { id: d.id }, data: { receivedAt: now, pausedWorkingDays: 0, dueAt } });
      edge = d.id;
      break;
    }
    expect(edge).not.toBeNull();

    const list = await listLikelyLate({ actor: leader, now });
    const candidates = await db.dossier.findMany({
      where: { status: { in: ["RECEIVED", "PROCESSING"] }, dueAt: { gte: now }, receivedAt: { not: null } },
      select: { id: true, agencyId: true, procedureId: true, receivedAt: true, dueAt: true, pausedWorkingDays: true },
    });
    expect(list.examined).toBe(candidates.length);
    const flagged: string[] = [];
    for (const c of candidates) {
      const risk = lateRisk({ receivedAt: c.receivedAt!, dueAt: c.dueAt!, pausedWorkingDays: c.pausedWorkingDays }, await typicalOf(c.agencyId, c.procedureId), now, calendar);
      if (risk.likelyLate) flagged.push(c.id);
    }
    expect(list.flagged).toBe(flagged.length);
    expect(list.rows.map((r) => r.id).sort()).toEqual(flagged.slice().sort());
    expect(flagged).toContain(forced);
    expect(flagged).toContain(edge);
    const row = list.rows.find((r) => r.id === forced)!;
    // Due one working day after receipt: 1 day left, or 2 after 17:00 (receipt counts from the next working day).
    expect(row.daysLeft).toBe(workingDaysBetween(now, addWorkingDays(now, 1, calendar), calendar));
    expect([1, 2]).toContain(row.daysLeft);
    expect(row.stillNeeded).toBeGreaterThan(row.daysLeft);

    const scoped = await listLikelyLate({ actor: leader, agencyCode: row.agency.code, now });
    expect(scoped.rows.every((r) => r.agency.code === row.agency.code)).toBe(true);
    expect(scoped.rows.map((r) => r.id)).toContain(forced);
  });
});

describe("permissions (dashboard.read)", () => {
  it("citizens, officers and anonymous callers are refused; leaders and administrators read", async () => {
    const query = ZFlowsQuery.parse({});
    for (const actor of [citizen, officer, null]) {
      for (const call of [
        () => getQualityDashboard({ actor, now }),
        () => getAgencyQuality({ actor, agencyCode: "STP", now }),
        () => getDossierFlows({ actor, query, now }),
        () => listLikelyLate({ actor, now }),
      ]) {
        const error = await refusal(call());
        expect(error.code).toBe(actor ? "FORBIDDEN" : "UNAUTHORIZED");
      }
    }
    for (const actor of [leader, admin]) {
      await expect(getQualityDashboard({ actor, now })).resolves.toMatchObject({ month: thisMonth });
      await expect(getDossierFlows({ actor, query, now })).resolves.toMatchObject({ months });
    }
  });
});
