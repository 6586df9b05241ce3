import pg from "pg";
import { withDatabase } from "@/scripts/db/with-database";
withDatabase(async (url) => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const q = async (label: string, sql: string) => { const r = await c.query(sql); console.log(`\n== ${label}`); console.table(r.rows); };
  await q("status", `SELECT status, count(*), round(100.0*count(*)/sum(count(*)) over (),2) pct FROM "Dossier" GROUP BY 1 ORDER BY 2 DESC`);
  await q("timing of finished", `SELECT "finishTiming", count(*), round(100.0*count(*)/sum(count(*)) over (),2) pct FROM "Dossier" WHERE "finishTiming" IS NOT NULL GROUP BY 1`);
  await q("monthly volume + channel", `SELECT to_char(date_trunc('month', ("submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Ho_Chi_Minh'),'YYYY-MM') m, count(*) n,
     round(100.0*count(*) FILTER (WHERE channel='ONLINE')/count(*),1) online, round(100.0*count(*) FILTER (WHERE channel='NATIONAL_PORTAL')/count(*),1) national,
     round(100.0*count(*) FILTER (WHERE channel='COUNTER')/count(*),1) counter, round(100.0*count(*) FILTER (WHERE "finishTiming"='LATE')/nullif(count(*) FILTER (WHERE "finishTiming" IS NOT NULL),0),1) late_pct
     FROM "Dossier" GROUP BY 1 ORDER BY 1`);
  await q("open past due", `SELECT status, count(*) FROM "Dossier" WHERE status IN ('RECEIVED','PROCESSING','SUPPLEMENT_REQUESTED','APPROVED') AND "dueAt" < now() GROUP BY 1`);
  await q("ratings", `SELECT score, count(*), round(100.0*count(*)/sum(count(*)) over (),1) pct FROM "Rating" GROUP BY 1`);
  await q("rated share of returned", `SELECT round(100.0*(SELECT count(*) FROM "Rating")/(SELECT count(*) FROM "Dossier" WHERE status='RETURNED'),1) pct`);
  await q("paid online share of online fee-bearing", `SELECT round(100.0*count(*) FILTER (WHERE "paidOnline")/count(*),1) FROM "Dossier" WHERE "feeAmount">0 AND channel IN ('ONLINE','NATIONAL_PORTAL') AND status<>'REJECTED'`);
  await q("consistency", `SELECT
     count(*) FILTER (WHERE "finishTiming"='LATE' AND "finishedAt" <= "dueAt") bad_late,
     count(*) FILTER (WHERE "finishTiming" IN ('EARLY','ON_TIME') AND "finishedAt" > "dueAt") bad_ontime,
     count(*) FILTER (WHERE status='RETURNED' AND ("resultToken" IS NULL OR "returnedAt" IS NULL OR "closedAt" IS NULL)) bad_returned,
     count(*) FILTER (WHERE status='SUPPLEMENT_REQUESTED' AND "pausedAt" IS NULL) bad_paused,
     count(*) FILTER (WHERE "receivedAt" < "submittedAt") bad_recv,
     count(*) FILTER (WHERE "finishedAt" < "receivedAt") bad_finish,
     count(*) FILTER (WHERE "submittedAt" > now()) future,
     count(*) FILTER (WHERE "finishTiming"='LATE' AND "apologyIssuedAt" IS NULL) late_no_apology,
     count(*) FILTER (WHERE "finishTiming"='LATE') late
     FROM "Dossier"`);
  await q("events per dossier", `SELECT round((SELECT count(*) FROM "DossierEvent")::numeric/(SELECT count(*) FROM "Dossier"),2)`);
  await q("top procedures", `SELECT p.name, count(*) FROM "Dossier" d JOIN "Procedure" p ON p.id=d."procedureId" GROUP BY 1 ORDER BY 2 DESC LIMIT 10`);
  await q("agencies", `SELECT a.code, count(*) FROM "Dossier" d JOIN "Agency" a ON a.id=d."agencyId" GROUP BY 1 ORDER BY 2 DESC`);
  await q("demo", `SELECT d."idempotencyKey", d.code, d.status, d.channel, p.name FROM "Dossier" d JOIN "Procedure" p ON p.id=d."procedureId" WHERE "applicantId" IS NOT NULL ORDER BY 1`);
  await q("sample", `SELECT code, status, channel, "applicantName", "applicantNationalId", "applicantPhone", "applicantAddress", "formData"::text FROM "Dossier" ORDER BY random() LIMIT 4`);
  await q("stats sum", `SELECT sum(received) r, sum(finished) f, sum("finishedLate") l, sum("ratedSatisfied") s FROM "DossierStatMonthly"`);
  await q("tasks", `SELECT status, count(*), round(avg(progress)) FROM "Task" GROUP BY 1`);
  await q("task consistency", `SELECT t.code, t.progress, t.status, u.progress up, u.status us FROM "Task" t LEFT JOIN LATERAL (SELECT * FROM "TaskUpdate" x WHERE x."taskId"=t.id ORDER BY "reportedAt" DESC LIMIT 1) u ON true WHERE u.progress IS DISTINCT FROM t.progress OR u.status IS DISTINCT FROM t.status`);
  await c.end();
});
