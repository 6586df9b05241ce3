import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DossierChannel } from "@/lib/generated/prisma/enums";
import { readDb, readReplica } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { CLOCK_RUNNING_STATUSES, OPEN_STATUSES } from "@/lib/domain/dossier-workflow";
import { monthOf, monthStart, monthsEndingAt, shiftMonth, type MonthKey } from "@/lib/domain/report-month";
import { FLOW_CHANNELS, type TFlowsQuery } from "@/lib/validation/leader-dashboards";

export type FlowAgency = { id: string; code: string; shortName: string; kind: "PROVINCE" | "DEPARTMENT" | "COMMUNE" };

export type FlowCounts = {
  received: number;
  finished: number;
  finishedEarly: number;
  finishedOnTime: number;
  finishedLate: number;
  rejected: number;
  withdrawn: number;
};

export type FlowMonth = FlowCounts & { month: MonthKey };

export type BacklogRow = {
  agency: FlowAgency;
  /** Open now, by stage. */
  submitted: number;
  inProgress: number;
  supplement: number;
  approved: number;
  open: number;
  /** Clock running (received, processing, approved) and past the appointment. */
  overdue: number;
};

export type DossierFlows = {
  query: TFlowsQuery;
  agency: FlowAgency | null;
  months: MonthKey[];
  monthly: FlowMonth[];
  byChannel: (FlowCounts & { channel: DossierChannel })[];
  byAgency: (FlowCounts & { agency: FlowAgency })[];
  backlog: BacklogRow[];
  backlogTotal: Omit<BacklogRow, "agency">;
  agencies: FlowAgency[];
  freshness: { lastUpdate: Date | null; agenciesWithData: number; agenciesTotal: number; computedAt: Date };
};

const SUMS = { received: true, finished: true, finishedEarly: true, finishedOnTime: true, finishedLate: true, rejected: true, withdrawn: true } as const;
type Sums = { [K in keyof FlowCounts]?: number | null };
const countsOf = (s: Sums | undefined): FlowCounts => ({
  received: s?.received ?? 0,
  finished: s?.finished ?? 0,
  finishedEarly: s?.finishedEarly ?? 0,
  finishedOnTime: s?.finishedOnTime ?? 0,
  finishedLate: s?.finishedLate ?? 0,
  rejected: s?.rejected ?? 0,
  withdrawn: s?.withdrawn ?? 0,
});

/** Adds up the counts of the groups sharing a key. */
function sumBy<G extends { _sum: Sums }, K>(groups: G[], keyOf: (g: G) => K): Map<K, FlowCounts> {
  const out = new Map<K, FlowCounts>();
  for (const g of groups) {
    const key = keyOf(g);
    const counts = countsOf(g._sum);
    const into = out.get(key);
    if (!into) out.set(key, counts);
    else for (const k of Object.keys(counts) as (keyof FlowCounts)[]) into[k] += counts[k];
  }
  return out;
}

type BacklogSql = { agencyId: string; submitted: number; inProgress: number; supplement: number; approved: number; open: number; overdue: number };

const collator = new Intl.Collator("vi");

/**
 * Dossier flows for the leaders: received / finished (early, on time, late) per month, by
 * channel and by agency over the last 12 or 24 months, from the agency-level monthly rollup; and the
 * backlog of open dossiers now, a grouped count on the indexed status (open dossiers only).
 * Filters: one agency, one channel (dashboard.read).
 */
export async function getDossierFlows(options: { actor: CurrentUser | null; query: TFlowsQuery; now?: Date }): Promise<DossierFlows> {
  assertCan(options.actor, "dashboard.read");
  const now = options.now ?? new Date();
  const { query } = options;
  const months = monthsEndingAt(monthOf(now), query.months);
  const from = monthStart(months[0]);
  const to = monthStart(shiftMonth(months[months.length - 1], 1));

  const all = await readDb.agency.findMany({ where: { isActive: true, kind: { in: ["DEPARTMENT", "COMMUNE"] } }, select: { id: true, code: true, shortName: true, kind: true } });
  const agencies = all.sort((a, b) => (a.kind === b.kind ? collator.compare(a.shortName, b.shortName) : a.kind === "DEPARTMENT" ? -1 : 1));
  const agency = agencies.find((a) => a.code === query.agency) ?? null;
  const inMonths: Prisma.DossierStatAgencyMonthlyWhereInput = { month: { gte: from, lt: to } };

  // Enum literals cast to the column's type so that the status indexes apply.
  // Written as literals (the values are this code's constants, never input), so that the planner
  // can use the partial covering index of open dossiers (migration open_dossier_index).
  const statuses = (list: readonly string[]) => Prisma.raw(list.map((s) => `'${s.replace(/[^A-Z_]/g, "")}'::"DossierStatus"`).join(", "));
  const backlogWhere = [
    Prisma.sql`d."status" IN (${statuses(OPEN_STATUSES)})`,
    ...(agency ? [Prisma.sql`d."agencyId" = ${agency.id}`] : []),
    ...(query.channel ? [Prisma.sql`d."channel" = ${query.channel}::"DossierChannel"`] : []),
  ];
  const nowUtc = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

  const [groups, backlogRows, newest] = await Promise.all([
    // One pass over the months' rows of the agency-level rollup (month × agency × channel, already
    // summed over procedures); the three views below (by month with both filters, by channel with
    // the agency filter, by agency with the channel filter) add those rows up.
    readDb.dossierStatAgencyMonthly
      .findMany({ where: inMonths, select: { month: true, agencyId: true, channel: true, ...SUMS } })
      .then((rows) => rows.map((r) => ({ month: r.month, agencyId: r.agencyId, channel: r.channel, _sum: r }))),
    // Open dossiers only: the status index ([status, dueAt] / [agencyId, status, dueAt]) finds them.
    readReplica().$queryRaw<BacklogSql[]>`
      SELECT d."agencyId",
        count(*) FILTER (WHERE d."status" = 'SUBMITTED')::int AS "submitted",
        count(*) FILTER (WHERE d."status" IN ('RECEIVED', 'PROCESSING'))::int AS "inProgress",
        count(*) FILTER (WHERE d."status" = 'SUPPLEMENT_REQUESTED')::int AS "supplement",
        count(*) FILTER (WHERE d."status" = 'APPROVED')::int AS "approved",
        count(*)::int AS "open",
        count(*) FILTER (WHERE d."status" IN (${statuses(CLOCK_RUNNING_STATUSES)}) AND d."dueAt" < ${nowUtc})::int AS "overdue"
      FROM "Dossier" d
      WHERE ${Prisma.join(backlogWhere, " AND ")}
      GROUP BY 1`,
    readDb.dossier.findFirst({ where: { submittedAt: { not: null } }, orderBy: { submittedAt: "desc" }, select: { submittedAt: true } }),
  ]);

  const agencyOk = (g: { agencyId: string }) => !agency || g.agencyId === agency.id;
  const channelOk = (g: { channel: DossierChannel }) => !query.channel || g.channel === query.channel;
  const monthSums = sumBy(groups.filter((g) => agencyOk(g) && channelOk(g)), (g) => g.month.toISOString().slice(0, 7));
  const channelSums = sumBy(groups.filter(agencyOk), (g) => g.channel);
  const agencySums = sumBy(groups.filter(channelOk), (g) => g.agencyId);
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const backlog = backlogRows.flatMap(({ agencyId, ...rest }) => {
    const a = byId.get(agencyId);
    return a ? [{ agency: a, ...rest }] : [];
  }).sort((a, b) => b.open - a.open || collator.compare(a.agency.shortName, b.agency.shortName));
  const backlogTotal = backlog.reduce(
    (t, r) => ({ submitted: t.submitted + r.submitted, inProgress: t.inProgress + r.inProgress, supplement: t.supplement + r.supplement, approved: t.approved + r.approved, open: t.open + r.open, overdue: t.overdue + r.overdue }),
    { submitted: 0, inProgress: 0, supplement: 0, approved: 0, open: 0, overdue: 0 },
  );
  const agencyRows = [...agencySums].flatMap(([agencyId, sums]) => {
    const a = byId.get(agencyId);
    return a ? [{ agency: a, ...sums }] : [];
  }).sort((a, b) => b.received - a.received || collator.compare(a.agency.shortName, b.agency.shortName));

  return {
    query,
    agency,
    months,
    monthly: months.map((month) => ({ month, ...(monthSums.get(month) ?? countsOf(undefined)) })),
    byChannel: FLOW_CHANNELS.map((channel) => ({ channel, ...(channelSums.get(channel) ?? countsOf(undefined)) })),
    byAgency: agencyRows,
    backlog,
    backlogTotal,
    agencies,
    freshness: {
      lastUpdate: newest?.submittedAt ?? null,
      agenciesWithData: agencyRows.filter((r) => r.received > 0).length,
      agenciesTotal: agency ? 1 : agencies.length,
      computedAt: now,
    },
  };
}
