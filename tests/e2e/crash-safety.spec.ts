// Crash safety (issue 6): submissions are exactly-once across a crash of the app and a restart of
// the database.
//  1. 200 concurrent submissions over HTTP (POST /api/dossiers/submit → submitDossier, the
//     operation of the review page's form); the production server is SIGKILLed after the 60th
//     acknowledgement, restarted, and the client re-sends what was not acknowledged with the SAME
//     idempotency keys. Every acknowledged submission exists exactly once with the code the
//     server answered, nothing exists twice, no dossier is half-written (code, event, audit entry,
//     notification all present or all absent), no orphan rows, and the rollup equals a rebuild.
//  2. Under continuous load (uploads + submissions), PostgreSQL is crashed (immediate shutdown)
//     and started again; the app is NOT restarted: /api/health answers 503 quickly while the
//     database is down and 200 again within a bound after it is back; all work completes, exactly
//     once, no orphan files or rows.
// It serves the build made for the other end-to-end tests with a second `next start` of its own,
// on its own embedded PostgreSQL cluster (ports: E2E_PORT + 40 and E2E_PORT + 51280, or
// CRASH_APP_PORT / CRASH_PG_PORT; build folder as in playwright.config.ts, or CRASH_DIST_DIR).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import type { CrashDraft } from "../support/crash-db";
import { AppServer, CitizenClient, CrashCluster, crashDb, health, pool, sleep, storedKeys, waitFor, type HttpOutcome } from "../support/crash-harness";
import { samplePdf } from "../support/files";
import { DEMO_PASSWORD } from "./helpers";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const APP_PORT = Number(process.env.CRASH_APP_PORT ?? E2E_PORT + 40);
const PG_PORT = Number(process.env.CRASH_PG_PORT ?? E2E_PORT + 51280);
const DIST_DIR = process.env.CRASH_DIST_DIR ?? (E2E_PORT === 3100 ? ".next" : `.next-e2e-${E2E_PORT}`);
const DATA_DIR = `.data/crash-${APP_PORT}`;
const STORAGE_DIR = path.resolve(DATA_DIR, "uploads");
const OUT_DIR = `test-results/crash-${APP_PORT}`;

const BURST = 200; // phase 1: concurrent submissions
const KILL_AFTER = 60; // SIGKILL the server at this acknowledgement
const UNDER_LOAD = 60; // phase 2: drafts uploaded and submitted while the database restarts
const LOAD_WORKERS = 8;
const HEALTH_TIMEOUT_MS = 5_000; // a probe that takes longer counts as hanging
const RECOVERY_BOUND_MS = 20_000; // database back → /api/health 200 within this

const RUN = crypto.randomBytes(4).toString("hex");
const PDF = samplePdf("Giay to kiem thu");

type Ack = { id: string; code: string; alreadySubmitted: boolean };
type Summary = Record<string, unknown>;

const cluster = new CrashCluster(`${DATA_DIR}/pg`, PG_PORT);
let server: AppServer;
let db: pg.Client;
let drafts: CrashDraft[];
const clients = new Map<string, CitizenClient>();
const keyOf = new Map<string, string>(); // dossier id → its idempotency key
const summary: Summary = {};

const clientOf = (d: CrashDraft) => clients.get(d.applicantEmail) as CitizenClient;
const isAck = (r: HttpOutcome): r is { status: number; ms: number; body: Ack } => r.status === 200 || r.status === 201;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(8 * 60_000);
  expect(fs.existsSync(path.join(DIST_DIR, "BUILD_ID")), `production build in ${DIST_DIR} (made by the e2e web server)`).toBe(true);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const t = Date.now();
  await cluster.fresh();
  const prepared = crashDb<{ drafts: CrashDraft[] }>(["prepare", cluster.url, "40", String(BURST + UNDER_LOAD)]);
  drafts = prepared.drafts;
  drafts.forEach((d, i) => keyOf.set(d.id, `crash-${RUN}-${i < BURST ? "a" : "b"}-${String(i).padStart(3, "0")}`));
  db = new pg.Client({ connectionString: cluster.url });
  await db.connect();
  db.on("error", () => {}); // the database is crashed on purpose in phase 2: reconnected after

  server = new AppServer({
    port: APP_PORT,
    distDir: DIST_DIR,
    logDir: OUT_DIR,
    env: {
      DATABASE_URL: cluster.url,
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: `http://localhost:${APP_PORT}`,
      STORAGE_DIR,
    },
  });
  summary.firstStartMs = await server.start();
  for (const email of new Set(drafts.map((d) => d.applicantEmail))) {
    const client = new CitizenClient(server.base, email);
    await client.signIn(DEMO_PASSWORD);
    clients.set(email, client);
  }
  // The burst's drafts get their required documents through the upload route.
  const uploads = drafts.slice(0, BURST).flatMap((d) => d.documents.map((doc) => ({ d, doc })));
  const uploaded = await pool(uploads, 6, ({ d, doc }) => clientOf(d).upload(d.id, doc.documentName, PDF));
  expect(uploaded.filter((r) => r.status !== 201).map((r) => ("error" in r ? r.error : r.body))).toEqual([]);
  summary.setupMs = Date.now() - t;
  summary.uploadsBeforeBurst = uploads.length;
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  fs.writeFileSync(path.join(OUT_DIR, "summary.json"), JSON.stringify(summary, null, 2));
  console.log(`[crash-safety] ${JSON.stringify(summary)}`);
  await server?.killAndWait().catch(() => {});
  if (db) await Promise.race([db.end().catch(() => {}), sleep(2_000)]);
  await cluster.stop();
  if (!process.env.CRASH_KEEP_DATA) fs.rmSync(DATA_DIR, { recursive: true, force: true });
});

type DossierState = { id: string; status: string; code: string | null; idempotencyKey: string | null; submittedAt: Date | null; events: number; audits: number; notices: number };

async function statesOf(ids: string[]): Promise<Map<string, DossierState>> {
  const { rows } = await db.query<DossierState>(
    `SELECT d.id, d.status::text AS status, d.code, d."idempotencyKey", d."submittedAt",
       (SELECT count(*) FROM "DossierEvent" e WHERE e."dossierId" = d.id AND e.action = 'submit')::int AS events,
       (SELECT count(*) FROM "AuditLog" a WHERE a."targetType" = 'Dossier' AND a."targetId" = d.id AND a.action = 'dossier.submit')::int AS audits,
       (SELECT count(*) FROM "Notification" n WHERE n."dossierId" = d.id AND n.template = 'dossier.submitted')::int AS notices
     FROM "Dossier" d WHERE d.id = ANY($1)`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Each dossier is entirely a draft or entirely submitted (with its own key, code, one event, one audit entry, its notification). */
function halfWritten(states: Map<string, DossierState>, ids: string[]): string[] {
  const problems: string[] = [];
  for (const id of ids) {
    const s = states.get(id);
    if (!s) {
      problems.push(`${id}: missing`);
      continue;
    }
    const draft = s.status === "DRAFT" && s.code === null && s.submittedAt === null && s.idempotencyKey === null && s.events === 0 && s.audits === 0 && s.notices === 0;
    const sent = s.status === "SUBMITTED" && !!s.code && !!s.submittedAt && s.idempotencyKey === keyOf.get(id) && s.events === 1 && s.audits === 1 && s.notices >= 1;
    if (!draft && !sent) problems.push(`${id}: ${JSON.stringify(s)}`);
  }
  return problems;
}

async function orphans() {
  const { rows } = await db.query(`SELECT
     (SELECT count(*) FROM "Attachment" a WHERE a."dossierId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Dossier" d WHERE d.id = a."dossierId"))::int AS attachments,
     (SELECT count(*) FROM "Payment" p WHERE NOT EXISTS (SELECT 1 FROM "Dossier" d WHERE d.id = p."dossierId"))::int AS payments,
     (SELECT count(*) FROM "DossierEvent" e WHERE NOT EXISTS (SELECT 1 FROM "Dossier" d WHERE d.id = e."dossierId"))::int AS events,
     (SELECT count(*) FROM "Notification" n WHERE n."dossierId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Dossier" d WHERE d.id = n."dossierId"))::int AS notifications,
     (SELECT count(*) FROM "AuditLog" l WHERE l.action = 'dossier.submit' AND NOT EXISTS (SELECT 1 FROM "Dossier" d WHERE d.id = l."targetId" AND d.status <> 'DRAFT'))::int AS "submitAuditsWithoutSubmission",
     (SELECT count(*) FROM "DossierEvent" e JOIN "Dossier" d ON d.id = e."dossierId" WHERE e.action = 'submit' AND d.status = 'DRAFT')::int AS "submitEventsOnDrafts",
     (SELECT count(*) FROM (SELECT "idempotencyKey" FROM "Dossier" WHERE "idempotencyKey" IS NOT NULL GROUP BY 1 HAVING count(*) > 1) x)::int AS "duplicateKeys",
     (SELECT count(*) FROM (SELECT code FROM "Dossier" WHERE code IS NOT NULL GROUP BY 1 HAVING count(*) > 1) x)::int AS "duplicateCodes"`);
  return rows[0] as Record<string, number>;
}

/** Attachment rows of our dossiers and the files in the app's storage folder match one to one. */
async function storageMismatch(ids: string[]) {
  const { rows } = await db.query<{ storageKey: string }>(`SELECT "storageKey" FROM "Attachment" WHERE "dossierId" = ANY($1)`, [ids]);
  const rowKeys = new Set(rows.map((r) => r.storageKey));
  const files = new Set(storedKeys(STORAGE_DIR));
  return {
    rowsWithoutFile: [...rowKeys].filter((k) => !files.has(k)),
    filesWithoutRow: [...files].filter((k) => !rowKeys.has(k)),
  };
}

test("SIGKILL of the server in the middle of 200 concurrent submissions: acknowledged ones exist exactly once, retries with the same keys never duplicate", async () => {
  test.setTimeout(6 * 60_000);
  const burst = drafts.slice(0, BURST);
  const ids = burst.map((d) => d.id);
  const dossiersBefore = Number((await db.query(`SELECT count(*) FROM "Dossier"`)).rows[0].count);
  expect(halfWritten(await statesOf(ids), ids)).toEqual([]);

  const acks = new Map<string, Ack>();
  let killedAtAck = 0;
  const started = Date.now();
  const outcomes = await Promise.all(
    burst.map(async (d) => {
      const r = await clientOf(d).submit(d.id, keyOf.get(d.id) as string);
      if (isAck(r)) {
        acks.set(d.id, r.body);
        if (acks.size === KILL_AFTER && !killedAtAck) {
          killedAtAck = acks.size;
          server.kill(); // no shutdown handler runs, transactions in flight are cut off
        }
      }
      return r;
    }),
  );
  await server.killAndWait();
  const burstMs = Date.now() - started;
  // A COMMIT sent just before the kill is still carried out by PostgreSQL: wait until every
  // connection of the dead server has ended before reading what was committed.
  await waitFor("the dead server's connections to end", 30_000, async () => {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`);
    return rows[0].n === 0 ? true : undefined;
  });

  // Not acknowledged: connection errors (the kill), or 503 "busy, send again" when the burst
  // outran the connection pool. Never another error.
  expect(outcomes.filter((r) => r.status !== 0 && r.status !== 503 && !isAck(r)).map((r) => [r.status, "body" in r ? r.body : null])).toEqual([]);
  expect(killedAtAck, "the server was killed at the 60th acknowledgement").toBe(KILL_AFTER);
  const unacked = burst.filter((d) => !acks.has(d.id));
  expect(unacked.length, "the kill landed while submissions were still in flight").toBeGreaterThan(0);

  // With the server dead: every acknowledged submission is in the database with the answered code.
  let states = await statesOf(ids);
  const wrong = [...acks].filter(([id, ack]) => {
    const s = states.get(id);
    return !s || s.status !== "SUBMITTED" || s.code !== ack.code || s.idempotencyKey !== keyOf.get(id) || ack.id !== id;
  });
  expect(wrong).toEqual([]);
  expect(halfWritten(states, ids)).toEqual([]);
  const committedUnacked = unacked.filter((d) => states.get(d.id)?.status === "SUBMITTED").map((d) => d.id);

  // Restart, then the client's retry of what was not acknowledged, with the same keys (again
  // after a pause while the server answers 503 "busy").
  const restartMs = await server.start();
  const retryAcks = new Map<string, { status: number; body: Ack }>();
  let rounds = 0;
  while (retryAcks.size < unacked.length && rounds++ < 20) {
    const round = await Promise.all(unacked.filter((d) => !retryAcks.has(d.id)).map(async (d) => ({ d, r: await clientOf(d).submit(d.id, keyOf.get(d.id) as string) })));
    expect(round.filter(({ r }) => !isAck(r) && r.status !== 503).map(({ d, r }) => [d.id, r.status, "error" in r ? r.error : r.body])).toEqual([]);
    for (const { d, r } of round) if (isAck(r)) retryAcks.set(d.id, { status: r.status, body: r.body });
    if (retryAcks.size < unacked.length) await sleep(1_000);
  }
  expect(retryAcks.size, "every unacknowledged submission is acknowledged after retries").toBe(unacked.length);
  // Then every acknowledged one is sent again (a double click, a retried request): all replays.
  const replays = await Promise.all(burst.filter((d) => acks.has(d.id)).map(async (d) => ({ d, r: await clientOf(d).submit(d.id, keyOf.get(d.id) as string) })));
  const retried = [...replays, ...unacked.map((d) => ({ d, r: { ms: 0, ...(retryAcks.get(d.id) as { status: number; body: Ack }) } }))];
  expect(retried.filter(({ r }) => !isAck(r)).map(({ d, r }) => [d.id, r.status, "error" in r ? r.error : r.body])).toEqual([]);
  states = await statesOf(ids);
  for (const { d, r } of retried) {
    const body = (r as { body: Ack }).body;
    const s = states.get(d.id) as DossierState;
    expect(body.id).toBe(d.id);
    expect(body.code, `code of ${d.id}`).toBe(s.code);
    if (acks.has(d.id)) expect(body.code, "a replay answers the first code").toBe(acks.get(d.id)?.code);
    // Already committed (acknowledged, or committed while its answer was lost): a replay, never a second submission.
    const committedBefore = acks.has(d.id) || committedUnacked.includes(d.id);
    expect({ id: d.id, status: r.status, alreadySubmitted: body.alreadySubmitted }).toEqual({ id: d.id, status: committedBefore ? 200 : 201, alreadySubmitted: committedBefore });
  }
  expect(halfWritten(states, ids)).toEqual([]);
  expect([...states.values()].every((s) => s.status === "SUBMITTED")).toBe(true);
  expect(Number((await db.query(`SELECT count(*) FROM "Dossier"`)).rows[0].count), "no dossier row was created by submitting").toBe(dossiersBefore);
  expect(await orphans()).toEqual({ attachments: 0, payments: 0, events: 0, notifications: 0, submitAuditsWithoutSubmission: 0, submitEventsOnDrafts: 0, duplicateKeys: 0, duplicateCodes: 0 });
  expect(await storageMismatch(ids)).toEqual({ rowsWithoutFile: [], filesWithoutRow: [] });

  Object.assign(summary, {
    burst: BURST,
    burstMs,
    acknowledgedBeforeKill: killedAtAck,
    acknowledgedInAll: acks.size,
    lostAnswers: unacked.length,
    committedButUnacknowledged: committedUnacked.length,
    notCommittedAtKill: unacked.length - committedUnacked.length,
    appRestartMs: restartMs,
    recoveredByRetry: retryAcks.size,
    retryRounds: rounds,
    busy503InBurst: outcomes.filter((r) => r.status === 503).length,
  });
});

test("database crash and restart under load: /api/health tells the truth, the app recovers without a restart, work completes exactly once", async () => {
  test.setTimeout(6 * 60_000);
  const load = drafts.slice(BURST);
  const ids = load.map((d) => d.id);
  const appPid = server.pid;

  type Probe = { start: number; end: number; status: number; ms: number; error?: string };
  const probes: Probe[] = [];
  const attempts: { start: number; kind: "upload" | "submit"; status: number; ms: number; error?: string }[] = [];
  const acks = new Map<string, Ack>();
  let stop = false;
  const deadline = Date.now() + 150_000;

  const prober = (async () => {
    while (!stop) {
      const start = Date.now();
      const r = await health(server.base, HEALTH_TIMEOUT_MS);
      probes.push({ start, end: Date.now(), status: r.status, ms: r.ms, error: "error" in r ? r.error : undefined });
      await sleep(150);
    }
  })();

  // Each worker uploads a draft's documents, then submits it, retrying anything that fails
  // (same key) after a short pause — as a patient client would.
  const work = pool(load, LOAD_WORKERS, async (d) => {
    const client = clientOf(d);
    for (const doc of d.documents) {
      for (;;) {
        const start = Date.now();
        const r = await client.upload(d.id, doc.documentName, PDF, 15_000);
        attempts.push({ start, kind: "upload", status: r.status, ms: r.ms, error: "error" in r ? r.error : undefined });
        if (r.status === 201) break;
        if (Date.now() > deadline) throw new Error(`upload for ${d.id} never succeeded`);
        await sleep(250);
      }
    }
    for (;;) {
      const start = Date.now();
      const r = await client.submit(d.id, keyOf.get(d.id) as string, 15_000);
      attempts.push({ start, kind: "submit", status: r.status, ms: r.ms, error: "error" in r ? r.error : undefined });
      if (isAck(r)) {
        acks.set(d.id, r.body);
        return;
      }
      if (Date.now() > deadline) throw new Error(`submission of ${d.id} never succeeded`);
      await sleep(250);
    }
  });
  void work.catch(() => {});

  await waitFor("some submissions under load", 60_000, async () => (acks.size >= 5 ? true : undefined), 50);
  const crashStart = Date.now();
  await cluster.crash();
  const down = Date.now();
  const firstDownProbe = await waitFor("/api/health to answer 503", 15_000, async () => probes.find((p) => p.start >= down && p.status === 503));
  await sleep(4_000); // the database stays down for a while, under load
  const upStart = Date.now();
  await cluster.start(); // crash recovery on the same data
  const up = Date.now();
  const firstHealthy = await waitFor("/api/health to answer 200 again", RECOVERY_BOUND_MS, async () => probes.find((p) => p.start >= up && p.status === 200));
  await work;
  await sleep(1_000);
  stop = true;
  await prober;
  // The test's own connection died with the database: open a new one.
  await Promise.race([db.end().catch(() => {}), sleep(2_000)]);
  db = new pg.Client({ connectionString: cluster.url });
  await db.connect();

  // While the database was down, every probe answered 503, promptly (none hung, none lied).
  const whileDown = probes.filter((p) => p.start >= down && p.end <= upStart);
  expect(whileDown.length).toBeGreaterThan(3);
  expect(whileDown.filter((p) => p.status !== 503)).toEqual([]);
  expect(Math.max(...whileDown.map((p) => p.ms))).toBeLessThan(HEALTH_TIMEOUT_MS);
  // Healthy again, in the same process.
  expect(firstHealthy.end - up).toBeLessThan(RECOVERY_BOUND_MS);
  expect(probes.slice(-3).map((p) => p.status)).toEqual([200, 200, 200]);
  expect(server.running, "the app was not restarted and did not crash").toBe(true);
  expect(server.pid).toBe(appPid);
  // No request hung: each got an answer (success or an error) before the client's timeout.
  expect(attempts.filter((a) => a.status === 0)).toEqual([]);

  // All work done exactly once, nothing orphaned, rollup consistent — for both phases.
  expect(acks.size).toBe(UNDER_LOAD);
  const states = await statesOf(ids);
  expect([...acks].filter(([id, ack]) => states.get(id)?.code !== ack.code || states.get(id)?.status !== "SUBMITTED")).toEqual([]);
  const all = drafts.map((d) => d.id);
  expect(halfWritten(await statesOf(all), all)).toEqual([]);
  expect(await orphans()).toEqual({ attachments: 0, payments: 0, events: 0, notifications: 0, submitAuditsWithoutSubmission: 0, submitEventsOnDrafts: 0, duplicateKeys: 0, duplicateCodes: 0 });
  expect(await storageMismatch(all)).toEqual({ rowsWithoutFile: [], filesWithoutRow: [] });
  const rollup = crashDb<{ rows: number; received: number; differences: unknown[] }>(["rollup", cluster.url]);
  expect(rollup.differences).toEqual([]);

  const during = attempts.filter((a) => a.start >= down && a.start < up);
  // A signed-in citizen whose session cannot be checked is told to retry (503), never that they
  // are signed out (401): lib/auth/options.ts, getCurrentUser.
  expect(during.filter((a) => a.status === 401).map((a) => [a.kind, a.status, a.error])).toEqual([]);
  const count = (xs: { status: number }[]) => xs.reduce<Record<string, number>>((m, a) => ({ ...m, [a.status]: (m[a.status] ?? 0) + 1 }), {});
  Object.assign(summary, {
    underLoad: UNDER_LOAD,
    ackedBeforeDbCrash: attempts.filter((a) => a.kind === "submit" && a.start < crashStart && (a.status === 200 || a.status === 201)).length,
    dbCrashMs: down - crashStart,
    firstHealth503AfterMs: firstDownProbe.end - down,
    dbDownMs: up - down,
    dbRestartMs: up - upStart,
    healthProbesWhileDown: whileDown.length,
    maxHealthMsWhileDown: Math.round(Math.max(...whileDown.map((p) => p.ms))),
    healthy200AfterDbReadyMs: firstHealthy.end - up,
    requestsDuringOutage: count(during),
    attempts: attempts.length,
    rollupRows: rollup.rows,
  });
});
