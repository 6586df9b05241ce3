// The officer's inbox: only the officer's own agency (also when guessing ids), every tab count
// and every filter against an independent query, sort order, pagination, and the plan of the
// query at scale (the index on [agencyId, status, dueAt], never a Seq Scan on "Dossier").
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DEFAULT_INBOX_QUERY, endOfVnDay, INBOX_PAGE_SIZE, type InboxQuery, type InboxTab } from "@/lib/domain/inbox-filters";
import { addWorkingDays } from "@/lib/domain/working-days";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DossierStatus } from "@/lib/generated/prisma/enums";
import { actorByEmail, DEMO, refusal } from "../support/actors";

const { listOfficerInbox, buildInboxSql, conditionsOf } = await import("@/lib/server/dossiers/list-officer-inbox");
const { getOfficerDossier } = await import("@/lib/server/dossiers/get-officer-dossier");
const { loadWorkCalendar } = await import("@/lib/server/calendar/load-work-calendar");

// Written out again here (not imported from the code under test).
const EXPECTED_TAB_STATUSES: Record<Exclude<InboxTab, "overdue">, DossierStatus[]> = {
  open: ["SUBMITTED", "RECEIVED", "PROCESSING", "SUPPLEMENT_REQUESTED", "APPROVED"],
  waiting: ["SUBMITTED"],
  processing: ["RECEIVED", "PROCESSING"],
  supplement: ["SUPPLEMENT_REQUESTED"],
  result: ["APPROVED"],
  done: ["RETURNED", "DENIED", "REJECTED", "WITHDRAWN"],
};
const RUNNING: DossierStatus[] = ["RECEIVED", "PROCESSING", "APPROVED"];

let stp: CurrentUser;
let pdp: CurrentUser;
let now: Date;
let soonAt: Date;

/** Every id of a query, page after page. */
async function allIds(actor: CurrentUser, query: Partial<InboxQuery>) {
  const ids: string[] = [];
  for (let page = 1; page < 100; page++) {
    const inbox = await listOfficerInbox({ actor, query: { ...DEFAULT_INBOX_QUERY, ...query, page }, now });
    expect(inbox.rows.length).toBeLessThanOrEqual(INBOX_PAGE_SIZE);
    ids.push(...inbox.rows.map((r) => r.id));
    if (!inbox.hasNextPage) return ids;
    expect(inbox.rows).toHaveLength(INBOX_PAGE_SIZE);
  }
  throw new Error("too many pages");
}

async function expectedIds(where: Prisma.DossierWhereInput) {
  return (await db.dossier.findMany({ where: { agencyId: stp.agencyId as string, ...where }, select: { id: true } })).map((d) => d.id).sort();
}

beforeAll(async () => {
  [stp, pdp] = await Promise.all([actorByEmail(DEMO.officerTuPhap), actorByEmail(DEMO.officerPdp)]);
  now = new Date();
  soonAt = addWorkingDays(now, 2, await loadWorkCalendar());
  // Make every deadline window non-empty for Sở Tư pháp: one due later today, one due at the
  // end of the 2-working-day window, one overdue.
  const running = await db.dossier.findMany({ where: { agencyId: stp.agencyId as string, status: { in: RUNNING } }, orderBy: { id: "asc" }, take: 3, select: { id: true } });
  expect(running).toHaveLength(3);
  const laterToday = new Date(now.getTime() + Math.floor((endOfVnDay(now).getTime() - now.getTime()) / 2));
  await db.dossier.update({ where: { id: running[0].id }, data: { dueAt: laterToday } });
  await db.dossier.update({ where: { id: running[1].id }, data: { dueAt: soonAt } });
  await db.dossier.update({ where: { id: running[2].id }, data: { dueAt: new Date(now.getTime() - 3 * 86_400_000) } });
  // A citizen's draft at Sở Tư pháp: never the agency's business.
  const procedure = await db.procedure.findFirstOrThrow({ where: { agencyId: stp.agencyId as string }, select: { id: true } });
  await db.dossier.create({ data: { procedureId: procedure.id, agencyId: stp.agencyId as string, channel: "ONLINE", status: "DRAFT", applicantName: "Nháp Của Công Dân" } });
});

describe("scope", () => {
  it("lists only the officer's own agency, in every tab", async () => {
    const pdpIds = new Set((await db.dossier.findMany({ where: { agencyId: pdp.agencyId as string }, select: { id: true } })).map((d) => d.id));
    expect(pdpIds.size).toBeGreaterThan(0);
    for (const tab of ["open", "waiting", "processing", "supplement", "result", "overdue", "done"] as const) {
      const ids = await allIds(stp, { tab });
      const rows = await db.dossier.findMany({ where: { id: { in: ids } }, select: { agencyId: true, status: true } });
      expect(rows.every((r) => r.agencyId === stp.agencyId && r.status !== "DRAFT")).toBe(true);
      expect(ids.some((id) => pdpIds.has(id))).toBe(false);
    }
  });

  it("refuses citizens, administrators and anonymous visitors", async () => {
    expect((await refusal(listOfficerInbox({ actor: await actorByEmail(DEMO.an), query: DEFAULT_INBOX_QUERY }))).status).toBe(403);
    expect((await refusal(listOfficerInbox({ actor: await actorByEmail(DEMO.admin), query: DEFAULT_INBOX_QUERY }))).status).toBe(403);
    expect((await refusal(listOfficerInbox({ actor: null, query: DEFAULT_INBOX_QUERY }))).status).toBe(401);
  });

  it("opens a dossier of the own agency, but not another agency's (guessed id), not a draft, not an unknown id", async () => {
    const own = await db.dossier.findFirstOrThrow({ where: { agencyId: stp.agencyId as string, status: { in: ["SUBMITTED", "RECEIVED", "PROCESSING"] } }, select: { id: true, code: true } });
    const other = await db.dossier.findFirstOrThrow({ where: { agencyId: pdp.agencyId as string, status: { not: "DRAFT" } }, select: { id: true } });
    const draft = await db.dossier.findFirstOrThrow({ where: { agencyId: stp.agencyId as string, status: "DRAFT" }, select: { id: true } });
    const page = await getOfficerDossier({ actor: stp, dossierId: own.id });
    expect(page?.code).toBe(own.code);
    expect(page?.actions.length).toBeGreaterThan(0);
    expect(await getOfficerDossier({ actor: stp, dossierId: other.id })).toBeNull();
    expect(await getOfficerDossier({ actor: pdp, dossierId: own.id })).toBeNull();
    expect(await getOfficerDossier({ actor: stp, dossierId: draft.id })).toBeNull();
    expect(await getOfficerDossier({ actor: stp, dossierId: "cm0doesnotexist0000000000" })).toBeNull();
    expect(await getOfficerDossier({ actor: stp, dossierId: "../../etc" })).toBeNull();
    expect((await refusal(getOfficerDossier({ actor: await actorByEmail(DEMO.an), dossierId: own.id }))).status).toBe(403);
  });

  it("labels the form's answers from the procedure's schema", async () => {
    const withForm = await db.dossier.findFirstOrThrow({ where: { agencyId: stp.agencyId as string, status: { not: "DRAFT" }, NOT: { formData: { equals: {} } } }, select: { id: true } });
    const page = await getOfficerDossier({ actor: stp, dossierId: withForm.id });
    expect(page?.answers.length).toBeGreaterThan(0);
    expect(page?.answers.some((a) => a.label !== a.name)).toBe(true);
  });
});

describe("tabs and filters against independent queries", () => {
  it("counts each tab of the agency", async () => {
    const inbox = await listOfficerInbox({ actor: stp, query: DEFAULT_INBOX_QUERY, now });
    for (const [tab, statuses] of Object.entries(EXPECTED_TAB_STATUSES)) {
      expect(inbox.counts[tab as InboxTab], tab).toBe(await db.dossier.count({ where: { agencyId: stp.agencyId as string, status: { in: statuses } } }));
    }
    expect(inbox.counts.overdue).toBe(await db.dossier.count({ where: { agencyId: stp.agencyId as string, status: { in: RUNNING }, dueAt: { lt: now } } }));
    expect(inbox.counts.overdue).toBeGreaterThan(0);
    expect(inbox.counts.done).toBeGreaterThan(0);
  });

  it("lists exactly the dossiers of each tab", async () => {
    for (const [tab, statuses] of Object.entries(EXPECTED_TAB_STATUSES)) {
      expect((await allIds(stp, { tab: tab as InboxTab })).sort(), tab).toEqual(await expectedIds({ status: { in: statuses } }));
    }
    expect((await allIds(stp, { tab: "overdue" })).sort()).toEqual(await expectedIds({ status: { in: RUNNING }, dueAt: { lt: now } }));
  });

  it("filters by status, procedure and channel", async () => {
    expect((await allIds(stp, { tab: "done", status: "RETURNED" })).sort()).toEqual(await expectedIds({ status: "RETURNED" }));
    // A status outside the tab finds nothing.
    expect(await allIds(stp, { tab: "waiting", status: "RETURNED" })).toEqual([]);

    const procedure = await db.dossier.findFirstOrThrow({ where: { agencyId: stp.agencyId as string, status: { not: "DRAFT" } }, select: { procedureId: true } });
    const byProcedure = (await allIds(stp, { tab: "done", procedure: procedure.procedureId })).sort();
    expect(byProcedure).toEqual(await expectedIds({ status: { in: EXPECTED_TAB_STATUSES.done }, procedureId: procedure.procedureId }));

    for (const channel of ["ONLINE", "COUNTER"] as const) {
      const ids = (await allIds(stp, { tab: "done", channel })).sort();
      expect(ids).toEqual(await expectedIds({ status: { in: EXPECTED_TAB_STATUSES.done }, channel }));
    }
    expect((await allIds(stp, { tab: "done", channel: "ONLINE" })).length).toBeGreaterThan(0);
  });

  it("filters by deadline: due today, within 2 working days, overdue", async () => {
    const today = (await allIds(stp, { due: "today" })).sort();
    expect(today).toEqual(await expectedIds({ status: { in: RUNNING }, dueAt: { gte: now, lte: endOfVnDay(now) } }));
    expect(today.length).toBeGreaterThan(0);
    const soon = (await allIds(stp, { due: "soon" })).sort();
    expect(soon).toEqual(await expectedIds({ status: { in: RUNNING }, dueAt: { gte: now, lte: soonAt } }));
    expect(soon.length).toBeGreaterThanOrEqual(2);
    const overdue = (await allIds(stp, { due: "overdue" })).sort();
    expect(overdue).toEqual(await expectedIds({ status: { in: RUNNING }, dueAt: { lt: now } }));
  });

  it("searches by exact code, by code prefix and by part of the applicant's name (case-insensitive)", async () => {
    const one = await db.dossier.findFirstOrThrow({ where: { agencyId: stp.agencyId as string, status: "RETURNED", code: { not: null } }, select: { id: true, code: true, applicantName: true } });
    expect(await allIds(stp, { tab: "done", q: (one.code as string).toLowerCase() })).toEqual([one.id]);
    // Another agency's code finds nothing.
    const foreign = await db.dossier.findFirstOrThrow({ where: { agencyId: pdp.agencyId as string, code: { not: null } }, select: { code: true } });
    for (const tab of ["open", "done"] as const) expect(await allIds(stp, { tab, q: foreign.code as string })).toEqual([]);

    const word = one.applicantName.split(" ").at(-1) as string;
    const byName = (await allIds(stp, { tab: "done", q: word.toUpperCase() })).sort();
    expect(byName).toContain(one.id);
    expect(byName).toEqual(
      await expectedIds({
        status: { in: EXPECTED_TAB_STATUSES.done },
        OR: [{ applicantName: { contains: word, mode: "insensitive" } }, { code: { startsWith: word, mode: "insensitive" } }],
      }),
    );
    // LIKE wildcards are taken literally.
    expect(await allIds(stp, { tab: "done", q: "%" })).toEqual([]);
  });
});

describe("order and pages", () => {
  it("sorts by deadline, soonest first (no deadline last), by default", async () => {
    const inbox = await listOfficerInbox({ actor: stp, query: { ...DEFAULT_INBOX_QUERY, tab: "open" }, now });
    const times = inbox.rows.map((r) => r.dueAt?.getTime() ?? Number.POSITIVE_INFINITY);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(inbox.rows[0].dueAt?.getTime()).toBe(
      (await db.dossier.findFirstOrThrow({ where: { agencyId: stp.agencyId as string, status: { in: EXPECTED_TAB_STATUSES.open } }, orderBy: { dueAt: { sort: "asc", nulls: "last" } }, select: { dueAt: true } })).dueAt?.getTime(),
    );
  });

  it("sorts by submission date, newest first", async () => {
    const ids = await allIds(stp, { tab: "done", sort: "submitted" });
    const rows = await db.dossier.findMany({ where: { id: { in: ids } }, select: { id: true, submittedAt: true } });
    const at = new Map(rows.map((r) => [r.id, r.submittedAt?.getTime() ?? 0]));
    const times = ids.map((id) => at.get(id) as number);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("pages without overlap or gaps, with a bounded page size", async () => {
    const [p1, p2] = await Promise.all([1, 2].map((page) => listOfficerInbox({ actor: stp, query: { ...DEFAULT_INBOX_QUERY, tab: "done", page }, now })));
    expect(p1.rows).toHaveLength(INBOX_PAGE_SIZE);
    expect(p1.hasNextPage).toBe(true);
    const first = new Set(p1.rows.map((r) => r.id));
    expect(p2.rows.some((r) => first.has(r.id))).toBe(false);
    const all = await allIds(stp, { tab: "done" });
    expect(all.slice(0, 2 * INBOX_PAGE_SIZE)).toEqual([...p1.rows, ...p2.rows].map((r) => r.id));
    expect(new Set(all).size).toBe(all.length);
    const beyond = await listOfficerInbox({ actor: stp, query: { ...DEFAULT_INBOX_QUERY, tab: "done", page: 200 }, now });
    expect(beyond.rows).toEqual([]);
    expect(beyond.hasNextPage).toBe(false);
  });
});

describe("query plan at scale", () => {
  type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; "Index Cond"?: string; Plans?: PlanNode[] };
  const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

  it("uses the [agencyId, status, dueAt] index with the agency condition, never a Seq Scan on Dossier", async () => {
    const cases: Partial<InboxQuery>[] = [
      {},
      { tab: "overdue" },
      { tab: "done", sort: "submitted" },
      { tab: "waiting", q: "Nguyễn" },
      { due: "soon", channel: "ONLINE" },
    ];
    const plans = await db.$transaction(
      async (tx) => {
        // 40,000 more dossiers over all agencies (most of them finished, as in real life), then
        // fresh statistics: the planner sees a big table. Rolled back at the end.
        await tx.$executeRaw`
          WITH a AS (SELECT array_agg("id" ORDER BY "id") AS ids FROM "Agency"), p AS (SELECT min("id") AS id FROM "Procedure")
          INSERT INTO "Dossier" ("id", "procedureId", "agencyId", "channel", "status", "applicantName", "submittedAt", "dueAt", "updatedAt")
          SELECT 'bulk' || g, p.id, a.ids[1 + g % array_length(a.ids, 1)], 'ONLINE',
                 (CASE WHEN g % 20 = 0 THEN 'SUBMITTED' WHEN g % 20 = 1 THEN 'PROCESSING' ELSE 'RETURNED' END)::"DossierStatus",
                 'Người nộp ' || g, now() - (g % 365) * interval '1 day', now() + (g % 40 - 10) * interval '1 day', now()
          FROM generate_series(1, 40000) g, a, p`;
        await tx.$executeRaw`ANALYZE "Dossier"`;
        const out: PlanNode[] = [];
        for (const query of cases) {
          const q = { ...DEFAULT_INBOX_QUERY, ...query };
          const sql = buildInboxSql(stp.agencyId as string, conditionsOf(q, now, soonAt), q.sort, 1);
          const [row] = await tx.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${sql}`);
          out.push(row["QUERY PLAN"][0].Plan);
        }
        throw Object.assign(new Error("rollback"), { plans: out });
      },
      { timeout: 120_000, maxWait: 10_000 },
    ).catch((error: { plans?: PlanNode[] }) => {
      if (!error.plans) throw error;
      return error.plans;
    });
    expect(await db.dossier.count({ where: { id: { startsWith: "bulk" } } })).toBe(0);

    for (const [i, plan] of plans.entries()) {
      const all = nodes(plan);
      const onDossier = all.filter((n) => n["Relation Name"] === "Dossier" || n["Index Name"]?.startsWith("Dossier_"));
      expect(onDossier.some((n) => n["Node Type"] === "Seq Scan"), JSON.stringify(cases[i])).toBe(false);
      const agencyIndex = onDossier.find((n) => n["Index Name"] === "Dossier_agencyId_status_dueAt_idx");
      expect(agencyIndex, JSON.stringify(cases[i])).toBeDefined();
      expect(agencyIndex?.["Index Cond"]).toContain('"agencyId"');
    }
  });
});
