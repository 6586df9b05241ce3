// Read replicas (DATABASE_REPLICA_URLS): two real databases on the test cluster, copied from the
// migrated template, each holding DIFFERENT marker data. The "replica" is a second database,
// not a streaming standby, which is exactly what makes the routing visible: whatever a function
// returns tells which database it read. The app's own modules are imported (fresh, after the
// variable is set), so these are the real readDb / db and the real read and write functions.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { createPrismaClient } from "@/lib/db-client";
import { normalizeForSearch } from "@/lib/domain/text";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ZProcedureListQuery } from "@/lib/validation/procedures";

const adminUrl = inject("testDatabaseAdminUrl");
const template = inject("testTemplates").empty;
const primaryUrl = process.env.DATABASE_URL!;
const replicaName = `${new URL(primaryUrl).pathname.slice(1)}_replica`;
const replicaUrl = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${replicaName}`;
  return u.toString();
})();

const NOW = new Date("2026-06-15T05:00:00Z");
const MONTH = new Date(Date.UTC(2026, 5, 1));
const leader: CurrentUser = { id: "u-leader", name: "Lãnh đạo", email: null, role: "LEADER", agencyId: null };
const admin: CurrentUser = { id: "u-admin", name: "Quản trị", email: null, role: "ADMIN", agencyId: null };

// Only in the primary: 1 procedure, 3 dossiers received this month. Only in the replica:
// 2 procedures, 7 received. The agency and sector are in both (same ids).
const PRIMARY_ONLY = { id: "proc-p", code: "9.000001", name: "Thủ tục chỉ có ở máy chính", received: 3 };
const REPLICA_ONLY = [
  { id: "proc-r", code: "9.000002", name: "Thủ tục chỉ có ở bản sao", received: 7 },
  { id: "proc-r2", code: "9.000003", name: "Thủ tục thứ hai của bản sao", received: 0 },
];

async function fill(client: PrismaClient, procedures: { id: string; code: string; name: string; received: number }[]) {
  await client.agency.create({ data: { id: "ag-marker", code: "SO-MARKER", name: "Sở Thử nghiệm", shortName: "Sở Thử nghiệm", kind: "DEPARTMENT" } });
  await client.sector.create({ data: { id: "sec-marker", code: "THU-NGHIEM", name: "Thử nghiệm", nameEn: "Testing" } });
  await client.user.create({ data: { id: admin.id, fullName: admin.name, role: "ADMIN" } });
  for (const p of procedures) {
    await client.procedure.create({
      data: {
        id: p.id, code: p.code, name: p.name, searchText: normalizeForSearch(`${p.code} ${p.name}`), sectorId: "sec-marker", agencyId: "ag-marker",
        level: "FULL_ONLINE", processingDays: 5, requiredDocuments: [], steps: [], formSchema: {}, legalBasis: "—", resultDescription: "—",
      },
    });
    if (p.received > 0) {
      await client.dossierStatMonthly.create({ data: { month: MONTH, agencyId: "ag-marker", procedureId: p.id, channel: "ONLINE", received: p.received } });
      await client.dossierStatAgencyMonthly.upsert({
        where: { month_agencyId_channel: { month: MONTH, agencyId: "ag-marker", channel: "ONLINE" } },
        create: { month: MONTH, agencyId: "ag-marker", channel: "ONLINE", received: p.received },
        update: { received: { increment: p.received } },
      });
    }
  }
}

let primary: PrismaClient;
let replica: PrismaClient;
const opened: { $disconnect(): Promise<void> }[] = [];

/** The app's modules, loaded fresh with DATABASE_REPLICA_URLS as given (undefined: unset). */
async function loadApp(replicaUrls: string | undefined) {
  vi.resetModules();
  if (replicaUrls === undefined) delete process.env.DATABASE_REPLICA_URLS;
  else process.env.DATABASE_REPLICA_URLS = replicaUrls;
  const dbModule = await import("@/lib/db");
  opened.push(dbModule.readDb);
  return {
    ...dbModule,
    ...(await import("@/lib/server/procedures/get-procedure")),
    ...(await import("@/lib/server/procedures/list-procedures")),
    ...(await import("@/lib/server/stats/get-headline-figures")),
    ...(await import("@/lib/server/quality/get-quality-dashboard")),
    ...(await import("@/lib/server/flows/get-dossier-flows")),
    ...(await import("@/lib/server/admin/catalogue/sectors")),
    ...(await import("@/lib/server/users/session-account")),
  };
}

const catalogueQuery = (q?: string) => ZProcedureListQuery.parse(q ? { q } : {});
const markerReceived = (data: { ranking: { agency: { code: string }; counts: { received: number } }[] }) =>
  data.ranking.find((r) => r.agency.code === "SO-MARKER")?.counts.received;

beforeAll(async () => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`CREATE DATABASE "${replicaName}" TEMPLATE "${template}"`);
      break;
    } catch (error) {
      if (attempt >= 20 || !String(error).includes("is being accessed by other users")) throw error;
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
  }
  await client.end();
  primary = createPrismaClient(primaryUrl, 2);
  replica = createPrismaClient(replicaUrl, 2);
  await fill(primary, [PRIMARY_ONLY]);
  await fill(replica, REPLICA_ONLY);
});

afterAll(async () => {
  for (const c of opened) await c.$disconnect();
  await primary?.$disconnect();
  await replica?.$disconnect();
  delete process.env.DATABASE_REPLICA_URLS;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${replicaName}" WITH (FORCE)`);
  await client.end();
});

describe("with DATABASE_REPLICA_URLS set", () => {
  let app: Awaited<ReturnType<typeof loadApp>>;
  beforeAll(async () => {
    app = await loadApp(` ${replicaUrl} ,`);
  });

  it("the public procedure page reads the replica", async () => {
    expect((await app.getProcedure(REPLICA_ONLY[0].code))?.name).toBe(REPLICA_ONLY[0].name);
    expect(await app.getProcedure(PRIMARY_ONLY.code)).toBeNull();
  });

  it("the catalogue search (raw SQL) reads the replica, browsing and searching", async () => {
    const browse = await app.listProcedures(catalogueQuery());
    expect(browse.result.items.map((i) => i.code).sort()).toEqual([REPLICA_ONLY[0].code, REPLICA_ONLY[1].code]);
    const found = await app.listProcedures(catalogueQuery("ban sao"));
    expect(found.result.items.map((i) => i.code)).toContain(REPLICA_ONLY[0].code);
    expect((await app.listProcedures(catalogueQuery("may chinh"))).result.items.map((i) => i.code)).not.toContain(PRIMARY_ONLY.code);
  });

  it("the home figures and the leaders' dashboards read the replica (model queries and raw SQL)", async () => {
    const figures = await app.getHeadlineFigures(NOW);
    expect(figures.procedures).toBe(2);
    expect(figures.receivedThisYear).toBe(7);
    // Quality: the 766 counts come from raw SQL over the rollup.
    expect(markerReceived(await app.getQualityDashboard({ actor: leader, now: NOW }))).toBe(7);
    // Flows: groupBy on the rollup.
    const flows = await app.getDossierFlows({ actor: leader, query: { months: 12, agency: undefined, channel: undefined }, now: NOW });
    expect(flows.monthly.reduce((s, m) => s + m.received, 0)).toBe(7);
  });

  it("a write operation writes to the primary only", async () => {
    const result = await app.createSector({ actor: admin, input: { code: "GHI-CHINH", name: "Ghi vào máy chính", nameEn: "Written to primary" } });
    expect(result.ok).toBe(true);
    expect(await primary.sector.findUnique({ where: { code: "GHI-CHINH" } })).not.toBeNull();
    expect(await primary.auditLog.count({ where: { action: "sector.create" } })).toBe(1);
    expect(await replica.sector.findUnique({ where: { code: "GHI-CHINH" } })).toBeNull();
  });

  it("readDb: reads outside a transaction go to the replica; writes and transactions to the primary", async () => {
    expect(await app.readDb.procedure.count()).toBe(2);
    expect(await app.db.procedure.count()).toBe(1);
    // Interactive and batch transactions, even started on readDb, run on the primary.
    const inTx = await app.readDb.$transaction(async (tx) => tx.procedure.findMany({ select: { code: true } }));
    expect(inTx.map((p) => p.code)).toEqual([PRIMARY_ONLY.code]);
    const [count] = await app.readDb.$transaction([app.readDb.procedure.count()]);
    expect(count).toBe(1);
    // A write through readDb still lands on the primary.
    await app.readDb.sector.create({ data: { code: "QUA-READDB", name: "Qua readDb", nameEn: "Via readDb" } });
    expect(await primary.sector.count({ where: { code: "QUA-READDB" } })).toBe(1);
    expect(await replica.sector.count({ where: { code: "QUA-READDB" } })).toBe(0);
    // readReplica() (for raw SQL) is the replica's own client.
    const [{ n }] = await app.readReplica().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Procedure"`;
    expect(n).toBe(2);
  });

  it("session revalidation reads the primary (the account exists there only)", async () => {
    await primary.user.create({ data: { id: "u-primary-only", fullName: "Chỉ ở máy chính", role: "CITIZEN" } });
    expect((await app.loadSessionAccount("u-primary-only"))?.fullName).toBe("Chỉ ở máy chính");
  });
});

describe("without DATABASE_REPLICA_URLS", () => {
  let app: Awaited<ReturnType<typeof loadApp>>;
  beforeAll(async () => {
    app = await loadApp(undefined);
  });

  it("every read goes to the primary", async () => {
    expect((await app.getProcedure(PRIMARY_ONLY.code))?.name).toBe(PRIMARY_ONLY.name);
    expect(await app.getProcedure(REPLICA_ONLY[0].code)).toBeNull();
    expect((await app.listProcedures(catalogueQuery())).result.items.map((i) => i.code)).toEqual([PRIMARY_ONLY.code]);
    expect((await app.getHeadlineFigures(NOW)).procedures).toBe(1);
    expect(markerReceived(await app.getQualityDashboard({ actor: leader, now: NOW }))).toBe(3);
    expect(app.readReplica()).toBe(app.db);
    expect(await app.readDb.procedure.count()).toBe(1);
  });
});
