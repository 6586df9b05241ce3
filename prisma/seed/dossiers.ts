// Dossiers of the last 24 months, generated day by day and inserted in batches.
//
// Each dossier is simulated from submission to its end (receipt, processing, perhaps a request
// for supplements, decision, return of the result, rating) on the working-day calendar, then
// cut at `now`: what lies in the future has not happened yet, so recent dossiers are naturally
// open, and late ones still being processed are open past their deadline. Actions and rules
// are the app's (lib/domain/dossier-workflow.ts): withdrawal only before processing starts, an
// apology with a new date before any other step on a late dossier (finishTimingOf then counts
// it LATE), the fee paid before an online submission.
//
// Volume per day follows a growth trend, the weekly rhythm and the holidays (a deep dip at
// Tết); procedures are drawn by popularity with seasonal bends (school transfers in summer,
// weddings at year end). Idempotency: every generated dossier carries idempotencyKey
// "seed:<n>" and inserts use ON CONFLICT DO NOTHING, so a rerun (any day) adds nothing; its
// events, rating and payment are inserted in the same statement, only for dossiers that the
// statement actually inserted.
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Rng, weightedPicker } from "@/lib/domain/random";
import { formatDossierCode } from "@/lib/domain/dossier-code";
import { finishTimingOf } from "@/lib/domain/dossier-deadline";
import { vnDateKey } from "@/lib/domain/working-days";
import { AGENCIES, COMMUNES } from "./agencies";
import { DEMO_ACCOUNTS, DEMO_CITIZENS } from "./accounts";
import { WorkDays, keyToVnDate } from "./calendar";
import { DEMO_SCENARIOS, type DemoScenario } from "./demo-dossiers";
import { compileFormData, type FormDataGenerator } from "./form";
import { HOLIDAYS } from "./holidays";
import { IdStream, TokenStream } from "./ids";
import { emailFor, person, type Person } from "./names";
import type { ProcedureSeed, Season } from "./procedures";
import type { AgencyRef, ReferenceData } from "./reference";
import { DENY_REASONS, NOTE, RATING_COMMENTS, REJECT_REASONS, SUPPLEMENT_DEFECTS, WITHDRAW_REASONS } from "./texts";

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 86_400_000;
export const BATCH_SIZE = 5000;
/** Batches inserted concurrently (PostgreSQL works on one while Node generates the next). */
const IN_FLIGHT = 2;
/**
 * Above this many dossiers (benchmark volumes) closed dossiers older than LIGHT_EVENTS_DAYS
 * get no event history: the events table would otherwise be ~5 rows per dossier and dominate
 * the load time. Open dossiers and recent ones keep their full story; ratings and payments are
 * kept for all (the statistics need them).
 */
export const FULL_EVENTS_UP_TO = 200_000;
export const LIGHT_EVENTS_DAYS = 90;
export const BULK_KEY_PREFIX = "seed:";

type Channel = "ONLINE" | "COUNTER" | "NATIONAL_PORTAL" | "POSTAL";
type Status = "SUBMITTED" | "RECEIVED" | "PROCESSING" | "SUPPLEMENT_REQUESTED" | "APPROVED" | "DENIED" | "RETURNED" | "REJECTED" | "WITHDRAWN";
type Score = "SATISFIED" | "NEUTRAL" | "DISSATISFIED";

type ProcRuntime = {
  id: string;
  seed: ProcedureSeed;
  formData: FormDataGenerator;
  /** Applicant age range: parents for birth registration, older people for deaths. */
  ages: [number, number];
};

type LifeEvent = {
  t: number;
  action: string;
  from: Status | null;
  to: Status;
  by: "officer" | "applicant";
  note: string;
  /** In the app's vocabulary (lib/server/dossiers/transition-dossier.ts), read by lib/domain/timeline.ts. */
  data?: Record<string, string | number | string[]>;
};

type Lifecycle = {
  events: LifeEvent[];
  receivedAt: number | null;
  dueOrig: number | null;
  dueFinal: number | null;
  supplement: { requestAt: number; answerAt: number; days: number } | null;
  apologyAt: number | null;
  /** The new appointment given with the apology (becomes dueAt). */
  newDueAt: number | null;
  finishAt: number | null;
  returnAt: number | null;
  electronic: boolean;
  payAt: number | null;
  digitized: boolean;
  syncedAt: number | null;
  rating: { at: number; score: Score; comment: string | null } | null;
};

type Forced = {
  outcome?: "APPROVE" | "DENY" | "REJECT" | "WITHDRAW";
  supplement?: "no" | "unanswered";
  late?: boolean;
  electronic?: boolean;
  pickupDelay?: number;
};

type Draft = {
  proc: ProcRuntime;
  agency: AgencyRef;
  channel: Channel;
  t0: number;
  key: string; // Vietnam day of submission
  progress: number; // 0 … 1 through the window (drives trends)
  idemKey: string;
  applicant: Person;
  email: string | null;
  applicantId: string | null;
  lifecycle?: Lifecycle; // precomputed for demo dossiers
};

// Row shapes: exactly the table columns (json_populate_recordset maps keys to columns).
type DossierRow = {
  id: string; code: string; procedureId: string; agencyId: string; channel: Channel; externalCode: string | null; status: Status;
  applicantId: string | null; applicantName: string; applicantNationalId: string; applicantPhone: string; applicantEmail: string | null; applicantAddress: string;
  formData: Record<string, string | number>; draftStep: number; handlerId: string | null;
  submittedAt: string; receivedAt: string | null; dueAt: string | null; pausedAt: string | null; pausedWorkingDays: number; apologyIssuedAt: string | null;
  finishedAt: string | null; returnedAt: string | null; finishTiming: "EARLY" | "ON_TIME" | "LATE" | null; closedAt: string | null;
  feeAmount: number; paidOnline: boolean; electronicResult: boolean; digitized: boolean; syncedNationalAt: string | null;
  resultNumber: string | null; resultToken: string | null; resultIssuedAt: string | null; idempotencyKey: string; version: number;
  createdAt: string; updatedAt: string;
};
type EventRow = {
  id: string; dossierId: string; action: string; fromStatus: Status | null; toStatus: Status; actorId: string | null; note: string;
  data: Record<string, string | number | string[]> | null; createdAt: string;
};
type RatingRow = { id: string; dossierId: string; userId: string | null; score: Score; comment: string | null; createdAt: string };
type PaymentRow = {
  id: string; dossierId: string; provider: string; amount: number; status: "PAID"; providerRef: string; gatewayTxn: string; paidAt: string;
  failureReason: null; createdAt: string; updatedAt: string;
};

type Batch = { dossiers: DossierRow[]; events: EventRow[]; ratings: RatingRow[]; payments: PaymentRow[] };

export type DossierSeedResult = {
  generated: number;
  inserted: { dossiers: number; events: number; ratings: number; payments: number };
  skipped: boolean;
  /** Large runs: closed dossiers submitted before this Vietnam date have no events. */
  eventsOnlyFrom: string | null;
  elapsedMs: number;
};

const iso = (ms: number) => new Date(ms).toISOString();

// ───────────────────────────── Volume over time ─────────────────────────────

const WEEKDAY_FACTOR = [0.07, 1.12, 1.05, 1.0, 0.98, 0.92, 0.13]; // Sun … Sat

function tetBlocks(): { start: string; end: string }[] {
  const byYear = new Map<string, string[]>();
  for (const h of HOLIDAYS) {
    if (!h.name.startsWith("Tết Nguyên đán")) continue;
    const list = byYear.get(h.name) ?? [];
    list.push(h.date);
    byYear.set(h.name, list);
  }
  return [...byYear.values()].map((days) => ({ start: days[0], end: days[days.length - 1] }));
}

/** Relative dossier volume of a Vietnam day. */
function dayWeight(key: string, progress: number, wd: WorkDays, tet: { start: string; end: string }[]): number {
  const growth = 1 + 0.45 * progress; // about +20% a year
  const dow = new Date(`${key}T00:00:00Z`).getUTCDay();
  let w: number;
  if (!wd.isWorking(key)) {
    // Online filings only; almost nothing during Tết itself.
    const inTet = tet.some((b) => key >= b.start && key <= b.end);
    w = inTet ? 0.03 : dow === 0 || dow === 6 ? WEEKDAY_FACTOR[dow] : 0.07;
  } else {
    w = dow === 0 || dow === 6 ? 0.9 : WEEKDAY_FACTOR[dow]; // a make-up Saturday counts as a weekday
    for (const b of tet) {
      const before = (Date.parse(b.start) - Date.parse(key)) / DAY;
      const after = (Date.parse(key) - Date.parse(b.end)) / DAY;
      if (before > 0 && before <= 10) w *= 1.2; // the rush to finish papers before Tết
      if (after > 0 && after <= 7) w *= 0.62; // offices restart slowly after Tết
    }
    if (key.slice(5, 7) === "12") w *= 1.08; // year-end
  }
  return w * growth;
}

const SEASON: Record<Season, (month: number) => number> = {
  school: (m) => (m >= 6 && m <= 8 ? 3 : m === 9 ? 1.5 : 0.6),
  wedding: (m) => (m >= 10 || m === 1 ? 1.6 : m === 8 ? 0.5 : m === 6 || m === 7 ? 0.75 : 1),
  graduation: (m) => (m === 6 || m === 7 ? 2.6 : m === 8 ? 1.3 : 0.7),
  tet: (m) => (m === 12 || m === 1 || m === 2 ? 1.5 : 0.9),
};

// Hour-of-day profile of online filings (people file after work too).
const ONLINE_HOURS = [0.3, 0.15, 0.1, 0.1, 0.1, 0.3, 1, 2.5, 5, 7, 7, 6.5, 4, 3.5, 5.5, 6, 5.5, 4.5, 3, 3.5, 4.5, 4, 2.5, 1];
const HOURS = ONLINE_HOURS.map((_, i) => i);
const pickOnlineHour = weightedPicker(HOURS, ONLINE_HOURS);

function counterHour(rng: Rng): number {
  return rng.chance(0.62) ? rng.float(7.5, 11.5) : rng.float(13.5, 17);
}

// Agencies slower than average (land registration, construction, mountain communes).
const LATE_RATE: Record<string, number> = { SNNMT: 0.09, SXD: 0.06, SYT: 0.05, STP: 0.025, XDH: 0.06, PBK: 0.055, PDX: 0.05 };

// ───────────────────────────── One dossier's life ─────────────────────────────

function nextWorkingMoment(rng: Rng, wd: WorkDays, key: string, t: number): { t: number; key: string } {
  const h = (t - wd.dayStart(key)) / HOUR;
  if (wd.isWorking(key) && h < 7.5) return { t: wd.at(key, 7.5 + rng.float(0, 2.5)), key };
  if (wd.isWorking(key) && h < 15.5) return { t: Math.min(t + rng.float(0.2, 3) * HOUR, wd.at(key, 16.9)), key };
  const next = wd.addKey(key, 1);
  return { t: wd.at(next, 7.5 + rng.float(0, 3)), key: next };
}

function plan(rng: Rng, d: Draft, wd: WorkDays, f: Forced = {}): Lifecycle {
  const p = d.proc.seed;
  const pd = p.days;
  const online = d.channel === "ONLINE" || d.channel === "NATIONAL_PORTAL";
  const events: LifeEvent[] = [];
  const lc: Lifecycle = {
    events, receivedAt: null, dueOrig: null, dueFinal: null, supplement: null, apologyAt: null, newDueAt: null, finishAt: null, returnAt: null,
    electronic: false, payAt: null, digitized: false, syncedAt: null, rating: null,
  };

  // Sync with the national portal: dossiers from there are born synced, others follow within minutes.
  if (d.channel === "NATIONAL_PORTAL") lc.syncedAt = d.t0;
  else if (rng.chance(0.97)) lc.syncedAt = d.t0 + rng.float(1, 25) * MINUTE;

  if (online) events.push({ t: d.t0, action: "submit", from: null, to: "SUBMITTED", by: "applicant", note: d.channel === "ONLINE" ? NOTE.submitOnline : NOTE.submitNational });
  // The portal takes the fee before it accepts an online submission; filings from the national
  // portal are mostly paid there; counter dossiers pay cash.
  if (p.fee > 0 && (d.channel === "ONLINE" || (d.channel === "NATIONAL_PORTAL" && rng.chance(0.8)))) lc.payAt = d.t0 - rng.float(1, 10) * MINUTE;

  let outcome = f.outcome;
  if (!outcome) {
    if (online && rng.chance(0.028)) outcome = "REJECT";
    else {
      const u = rng.next();
      outcome = u < 0.01 ? "WITHDRAW" : u < 0.031 ? "DENY" : "APPROVE";
    }
  }

  // Reception: immediately at the counter, otherwise at the desk's next working moment.
  const rec = online ? nextWorkingMoment(rng, wd, d.key, d.t0) : { t: d.t0, key: d.key };
  if (outcome === "REJECT") {
    events.push({ t: rec.t, action: "reject", from: "SUBMITTED", to: "REJECTED", by: "officer", note: rng.pick(REJECT_REASONS) });
    return lc;
  }

  const dueOrig = wd.due(rec.key, pd);
  lc.receivedAt = rec.t;
  lc.dueOrig = dueOrig.at;
  lc.digitized = rng.chance(online ? 0.95 : 0.55 + 0.35 * d.progress);
  const receiveNote = d.channel === "COUNTER" ? NOTE.receiveCounter : d.channel === "POSTAL" ? NOTE.receivePostal : NOTE.receiveOnline;
  events.push({
    t: rec.t, action: "receive", from: online ? "SUBMITTED" : null, to: "RECEIVED", by: "officer",
    note: `${receiveNote}; hẹn trả kết quả ngày ${keyToVnDate(dueOrig.key)}`, data: { dueAt: iso(dueOrig.at) },
  });
  const tProcess = rec.t + rng.float(0.1, 2.5) * HOUR;
  events.push({ t: tProcess, action: "start_processing", from: "RECEIVED", to: "PROCESSING", by: "officer", note: NOTE.process });

  if (outcome === "WITHDRAW") {
    // The applicant may withdraw only before processing starts (SUBMITTED or RECEIVED).
    const tW = d.t0 + (0.05 + 0.95 * rng.next()) * (tProcess - d.t0);
    const before = events.filter((e) => e.t < tW);
    events.length = 0;
    events.push(...before);
    events.push({ t: tW, action: "withdraw", from: before[before.length - 1].to, to: "WITHDRAWN", by: "applicant", note: rng.pick(WITHDRAW_REASONS) });
    if (tW <= rec.t) {
      lc.receivedAt = null;
      lc.dueOrig = null;
    }
    return lc;
  }

  // Plan of the processing time, in working days of running clock.
  const lateRate = (LATE_RATE[d.agency.code] ?? 0.04) * (1.25 - 0.5 * d.progress);
  const late = f.late ?? rng.chance(lateRate);
  const onTime = !late && rng.chance(0.13);
  let offset = late ? pd + 1 + Math.min(7, Math.floor(-Math.log(1 - rng.next()) * 2.2)) : onTime ? pd : pd <= 1 ? 0 : rng.int(Math.floor(pd * 0.25), pd - 1);
  const suppRate = p.sector === "DD" || p.sector === "XD" ? 0.14 : p.level === "PARTIAL" ? 0.09 : 0.06;
  const wantsSupplement = f.supplement ? f.supplement === "unanswered" : rng.chance(suppRate);
  let pause = 0;
  let last = tProcess;
  if (wantsSupplement) {
    if (offset === 0) offset = 1;
    pause = f.supplement === "unanswered" ? 60 : rng.weighted([1, 2, 3, 4, 5, 7, 10], [18, 22, 18, 14, 12, 9, 7]);
    const k1 = rng.int(0, Math.max(0, Math.min(offset, pd) - 1));
    const reqKey = k1 === 0 ? rec.key : wd.addKey(rec.key, k1);
    const tReq = Math.max(wd.at(reqKey, rng.float(8, 16.5)), last + 10 * MINUTE);
    const doc = rng.pick(p.docs).name;
    events.push({
      t: tReq, action: "request_supplement", from: "PROCESSING", to: "SUPPLEMENT_REQUESTED", by: "officer",
      note: `Đề nghị bổ sung, hoàn thiện hồ sơ: ${doc} — ${rng.pick(SUPPLEMENT_DEFECTS)}`, data: { missingDocuments: [doc] },
    });
    const ansKey = wd.addKey(reqKey, pause);
    const tAns = Math.max(wd.at(ansKey, rng.float(7, 21.5)), tReq + HOUR);
    events.push({
      t: tAns, action: "supplement", from: "SUPPLEMENT_REQUESTED", to: "PROCESSING", by: "applicant",
      note: online ? NOTE.supplementOnline : NOTE.supplementCounter, data: { waitedWorkingDays: pause },
    });
    lc.supplement = { requestAt: tReq, answerAt: tAns, days: pause };
    last = tAns;
  }
  const dueFinal = pause > 0 ? wd.due(rec.key, pd + pause) : dueOrig;
  lc.dueFinal = dueFinal.at;

  const finishKey = offset + pause === 0 ? rec.key : wd.addKey(rec.key, offset + pause);
  let tFinish = Math.max(wd.at(finishKey, rng.float(8, 16.8)), last + 15 * MINUTE);

  if (late) {
    // Once the deadline has passed the desk must send an apology with a new date before it may
    // act again (the app's rule): usually the next working day, sometimes a little later.
    const lag = rng.weighted([1, 2, 3, 5], [50, 25, 15, 10]);
    const apologyKey = [wd.addKey(dueFinal.key, lag), finishKey].sort()[0];
    const tApology = Math.max(wd.at(apologyKey, rng.float(8, 10.5)), last + 5 * MINUTE);
    const newDue = wd.due(finishKey, 0).at;
    events.push({
      t: tApology, action: "issue_apology", from: "PROCESSING", to: "PROCESSING", by: "officer",
      note: `Gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả: ${keyToVnDate(finishKey)}`, data: { previousDueAt: iso(dueFinal.at), newDueAt: iso(newDue) },
    });
    lc.apologyAt = tApology;
    lc.newDueAt = newDue;
    last = tApology;
  }
  tFinish = Math.max(tFinish, last + 15 * MINUTE);

  lc.finishAt = tFinish;
  if (outcome === "DENY") {
    events.push({ t: tFinish, action: "deny", from: "PROCESSING", to: "DENIED", by: "officer", note: rng.pick(DENY_REASONS) });
    return lc;
  }
  events.push({ t: tFinish, action: "approve", from: "PROCESSING", to: "APPROVED", by: "officer", note: `Lãnh đạo đã ký duyệt kết quả: ${p.result}` });

  // As the app decides at return: electronic for every channel but the counter, where it is
  // generated on request.
  lc.electronic = f.electronic ?? (d.channel !== "COUNTER" ? true : rng.chance(0.3 + 0.25 * d.progress));
  let tReturn: number;
  let returnNote: string;
  if (lc.electronic) {
    tReturn = tFinish + rng.float(0.05, 1.5) * HOUR;
    returnNote = NOTE.returnElectronic;
  } else {
    const delay = f.pickupDelay ?? rng.weighted([0, 1, 2, 3, 5], [35, 30, 15, 12, 8]);
    const retKey = delay === 0 ? finishKey : wd.addKey(finishKey, delay);
    tReturn = Math.max(wd.at(retKey, rng.float(8, 16.8)), tFinish + 20 * MINUTE);
    returnNote = d.channel === "POSTAL" ? NOTE.returnPostal : NOTE.returnCounter;
  }
  events.push({ t: tReturn, action: "return_result", from: "APPROVED", to: "RETURNED", by: "officer", note: returnNote });
  lc.returnAt = tReturn;

  if (rng.chance(0.6)) {
    const wasLate = late;
    const score: Score = wasLate ? rng.weighted<Score>(["SATISFIED", "NEUTRAL", "DISSATISFIED"], [55, 20, 25]) : rng.weighted<Score>(["SATISFIED", "NEUTRAL", "DISSATISFIED"], [89.5, 7.5, 3]);
    const comment = rng.chance(score === "SATISFIED" ? 0.12 : 0.6) ? rng.pick(RATING_COMMENTS[score]) : null;
    lc.rating = { at: tReturn + rng.float(0.1, 48) * HOUR, score, comment };
  }
  return lc;
}

function statusAt(lc: Lifecycle, now: number): Status | null {
  let s: Status | null = null;
  for (const e of lc.events) if (e.t <= now) s = e.to;
  return s;
}

// ───────────────────────────── Rows ─────────────────────────────

type Materializer = {
  now: number;
  ids: IdStream;
  tokens: TokenStream;
  officerByAgency: Map<string, string>;
  agencyIndex: Map<string, number>;
  resultCounters: Map<string, number>;
  /** Closed dossiers submitted before this instant get no events (large runs only). */
  eventsFrom: number;
};

function materialize(m: Materializer, d: Draft, lc: Lifecycle, code: string, batch: Batch): void {
  const now = m.now;
  const kept = lc.events.filter((e) => e.t <= now);
  const status = kept[kept.length - 1].to;
  const officer = m.officerByAgency.get(d.agency.code) ?? null;
  const received = lc.receivedAt !== null && lc.receivedAt <= now ? lc.receivedAt : null;
  const answered = lc.supplement !== null && lc.supplement.answerAt <= now;
  const apologized = lc.apologyAt !== null && lc.apologyAt <= now;
  const dueAt = received === null ? null : apologized ? lc.newDueAt : answered ? lc.dueFinal : lc.dueOrig;
  const finishedAt = lc.finishAt !== null && lc.finishAt <= now ? lc.finishAt : null;
  const returnedAt = lc.returnAt !== null && lc.returnAt <= now ? lc.returnAt : null;
  const lastEvent = kept[kept.length - 1];
  let finishTiming: DossierRow["finishTiming"] = null;
  if (finishedAt !== null) finishTiming = finishTimingOf(new Date(finishedAt), dueAt !== null ? new Date(dueAt) : null, apologized);
  const closedAt = status === "RETURNED" ? returnedAt : status === "REJECTED" || status === "WITHDRAWN" ? lastEvent.t : status === "DENIED" ? finishedAt : null;
  const hasResult = status === "APPROVED" || status === "RETURNED";
  let resultNumber: string | null = null;
  if (hasResult && finishedAt !== null) {
    const year = vnDateKey(new Date(finishedAt)).slice(0, 4);
    const counterKey = `${d.agency.code}|${year}`;
    const n = (m.resultCounters.get(counterKey) ?? 0) + 1;
    m.resultCounters.set(counterKey, n);
    resultNumber = `${d.agency.code}/${year}/${String(n).padStart(6, "0")}`;
  }
  const id = m.ids.next();
  const paid = lc.payAt !== null && lc.payAt <= now;
  const agencyNo = String(m.agencyIndex.get(d.agency.code) ?? 0).padStart(2, "0");
  const [, yymmdd, seq] = code.split("-");

  batch.dossiers.push({
    id, code, procedureId: d.proc.id, agencyId: d.agency.id, channel: d.channel,
    externalCode: d.channel === "NATIONAL_PORTAL" ? `000.00.${agencyNo}.H56-${yymmdd}-${seq}` : null,
    status,
    applicantId: d.applicantId, applicantName: d.applicant.fullName, applicantNationalId: d.applicant.nationalId, applicantPhone: d.applicant.phone,
    applicantEmail: d.email, applicantAddress: d.applicant.address,
    formData: d.proc.formData(new Rng(`${d.idemKey}|form`), d.applicant, new Date(d.t0), d.email),
    draftStep: d.channel === "ONLINE" ? 2 : 0,
    handlerId: received !== null ? officer : null,
    submittedAt: iso(d.t0),
    receivedAt: received !== null ? iso(received) : null,
    dueAt: dueAt !== null ? iso(dueAt) : null,
    pausedAt: status === "SUPPLEMENT_REQUESTED" && lc.supplement ? iso(lc.supplement.requestAt) : null,
    pausedWorkingDays: answered && lc.supplement ? lc.supplement.days : 0,
    apologyIssuedAt: apologized && lc.apologyAt !== null ? iso(lc.apologyAt) : null,
    finishedAt: finishedAt !== null ? iso(finishedAt) : null,
    returnedAt: returnedAt !== null ? iso(returnedAt) : null,
    finishTiming,
    closedAt: closedAt !== null ? iso(closedAt) : null,
    feeAmount: d.proc.seed.fee,
    paidOnline: paid,
    electronicResult: status === "RETURNED" && lc.electronic,
    digitized: received !== null && lc.digitized,
    syncedNationalAt: lc.syncedAt !== null && lc.syncedAt <= now ? iso(lc.syncedAt) : null,
    resultNumber,
    resultToken: hasResult ? m.tokens.next() : null,
    resultIssuedAt: hasResult && finishedAt !== null ? iso(finishedAt) : null,
    idempotencyKey: d.idemKey,
    version: kept.length - 1,
    createdAt: iso(d.channel === "ONLINE" ? d.t0 - 12 * MINUTE : d.t0),
    updatedAt: iso(lastEvent.t),
  });
  const closed = closedAt !== null;
  if (!closed || d.t0 >= m.eventsFrom || d.applicantId !== null) for (const e of kept) {
    batch.events.push({
      id: m.ids.next(), dossierId: id, action: e.action, fromStatus: e.from, toStatus: e.to,
      actorId: e.by === "officer" ? officer : d.applicantId, note: e.note, data: e.data ?? null, createdAt: iso(e.t),
    });
  }
  if (status === "RETURNED" && lc.rating && lc.rating.at <= now) {
    batch.ratings.push({ id: m.ids.next(), dossierId: id, userId: d.applicantId, score: lc.rating.score, comment: lc.rating.comment, createdAt: iso(lc.rating.at) });
  }
  if (paid && lc.payAt !== null) {
    const compact = code.replace(/-/g, "");
    batch.payments.push({
      id: m.ids.next(), dossierId: id, provider: "sandbox", amount: d.proc.seed.fee, status: "PAID", providerRef: `TN${compact}`, gatewayTxn: `SBX${compact}`,
      paidAt: iso(lc.payAt), failureReason: null, createdAt: iso(lc.payAt - MINUTE), updatedAt: iso(lc.payAt),
    });
  }
}

// One statement per batch: the dossiers, then the children of the dossiers it really inserted.
const INSERT_BATCH_SQL = `
WITH d AS (
  INSERT INTO "Dossier" SELECT * FROM json_populate_recordset(NULL::"Dossier", $1::json) ON CONFLICT DO NOTHING RETURNING id
), e AS (
  INSERT INTO "DossierEvent" SELECT j.* FROM json_populate_recordset(NULL::"DossierEvent", $2::json) j WHERE j."dossierId" IN (SELECT id FROM d) ON CONFLICT DO NOTHING RETURNING 1
), r AS (
  INSERT INTO "Rating" SELECT j.* FROM json_populate_recordset(NULL::"Rating", $3::json) j WHERE j."dossierId" IN (SELECT id FROM d) ON CONFLICT DO NOTHING RETURNING 1
), p AS (
  INSERT INTO "Payment" SELECT j.* FROM json_populate_recordset(NULL::"Payment", $4::json) j WHERE j."dossierId" IN (SELECT id FROM d) ON CONFLICT DO NOTHING RETURNING 1
)
SELECT (SELECT count(*) FROM d)::int AS dossiers, (SELECT count(*) FROM e)::int AS events,
       (SELECT count(*) FROM r)::int AS ratings, (SELECT count(*) FROM p)::int AS payments`;

type Inserted = DossierSeedResult["inserted"];

/**
 * Where the batches go. Through a direct pg pool when the caller gives a database URL: Prisma's
 * query-plan cache keys raw queries by their parameters, so every multi-megabyte batch sent
 * through $queryRawUnsafe stays in memory (about 90 MB per batch), which is fine for the
 * default volume but not for a million dossiers.
 */
type BulkSink = { insert: (b: Batch) => Promise<Inserted>; close: () => Promise<void> };

function batchParams(b: Batch): string[] {
  return [JSON.stringify(b.dossiers), JSON.stringify(b.events), JSON.stringify(b.ratings), JSON.stringify(b.payments)];
}

function prismaSink(prisma: PrismaClient): BulkSink {
  return {
    insert: async (b) => (await prisma.$queryRawUnsafe<Inserted[]>(INSERT_BATCH_SQL, ...batchParams(b)))[0],
    close: async () => {},
  };
}

function pgSink(databaseUrl: string): BulkSink {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: IN_FLIGHT });
  return {
    insert: async (b) => (await pool.query<Inserted>(INSERT_BATCH_SQL, batchParams(b))).rows[0],
    close: () => pool.end(),
  };
}

// ───────────────────────────── The run ─────────────────────────────

/** The same day of the month, `months` earlier (clamped to the month's length). */
function monthsBefore(key: string, months: number): string {
  const y = Number(key.slice(0, 4));
  const m = Number(key.slice(5, 7)) - 1 - months;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(yy, mm + 1, 0)).getUTCDate();
  const dd = Math.min(Number(key.slice(8, 10)), last);
  return `${yy}-${String(mm + 1).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
}

function buildProcRuntimes(ref: ReferenceData): ProcRuntime[] {
  return ref.procedures.map((p) => {
    const names = p.seed.fields.map((f) => f.gen);
    const ages: [number, number] = names.includes("childName") ? [20, 45] : names.includes("elderName") ? [28, 70] : [18, 72];
    return { id: p.id, seed: p.seed, formData: compileFormData(p.seed), ages };
  });
}

type DemoPlan = { email: string; scenario: DemoScenario; index: number };

function demoDrafts(ref: ReferenceData, procs: Map<string, ProcRuntime>, wd: WorkDays, now: number, windowStart: number): Draft[] {
  const rng = new Rng("demo-dossiers:v1");
  const out: Draft[] = [];
  const plans: DemoPlan[] = [];
  for (const [email, list] of Object.entries(DEMO_SCENARIOS)) list.forEach((scenario, index) => plans.push({ email, scenario, index }));
  for (const { email, scenario, index } of plans) {
    const account = DEMO_ACCOUNTS.find((a) => a.email === email);
    const identity = DEMO_CITIZENS[email];
    const userId = ref.users.get(email);
    const proc = procs.get(scenario.procedure);
    if (!account || !identity || !userId || !proc) throw new Error(`Kịch bản hồ sơ mẫu không hợp lệ: ${email} / ${scenario.procedure}`);
    const communeCode = email.startsWith("an.") ? "PDP" : "PGS";
    const agency = ref.agencies.get(proc.seed.scope === "COMMUNE" ? communeCode : proc.seed.agency ?? "");
    if (!agency) throw new Error(`Không tìm thấy cơ quan cho thủ tục ${proc.seed.code}`);
    const applicant: Person = { fullName: account.fullName, gender: identity.gender, birthDate: identity.birthDate, nationalId: identity.nationalId, phone: account.phone, address: identity.address };
    const primary = scenario.target[0];
    const forced: Forced = {
      outcome: primary === "DENIED" ? "DENY" : primary === "REJECTED" ? "REJECT" : primary === "WITHDRAWN" ? "WITHDRAW" : "APPROVE",
      supplement: primary === "SUPPLEMENT_REQUESTED" ? "unanswered" : "no",
      late: (scenario.late ?? false) || (scenario.overdue ?? false),
      ...(primary === "APPROVED" ? { electronic: false, pickupDelay: 5 } : {}),
    };
    // Rejection sampling: try submission moments until the simulated state now is the one sought.
    let found: Draft | null = null;
    for (let round = 0; round < scenario.target.length && !found; round++) {
      const wanted = scenario.target[round];
      for (let attempt = 0; attempt < 600 && !found; attempt++) {
        let t0 = now - rng.float(scenario.daysAgo[0], scenario.daysAgo[1]) * DAY;
        let key = vnDateKey(new Date(t0));
        if (scenario.channel === "COUNTER") {
          if (!wd.isWorking(key)) continue;
          t0 = wd.at(key, counterHour(rng));
          if (t0 > now) continue;
        }
        if (t0 < windowStart) continue;
        key = vnDateKey(new Date(t0));
        const draft: Draft = {
          proc, agency, channel: scenario.channel, t0, key, progress: (t0 - windowStart) / (now - windowStart),
          idemKey: `${BULK_KEY_PREFIX}demo:${email.split("@")[0]}:${index + 1}`, applicant, email, applicantId: userId,
        };
        const lc = plan(rng, draft, wd, forced);
        const overdueNow = lc.dueFinal !== null && lc.dueFinal < now && (lc.apologyAt === null || lc.apologyAt > now);
        if (statusAt(lc, now) === wanted && (!scenario.overdue || overdueNow)) found = { ...draft, lifecycle: lc };
      }
    }
    if (!found) throw new Error(`Không dựng được hồ sơ mẫu ${scenario.procedure} ở trạng thái ${scenario.target.join("/")} cho ${email}`);
    out.push(found);
  }
  return out;
}

export const DEMO_DOSSIER_COUNT = Object.values(DEMO_SCENARIOS).reduce((s, l) => s + l.length, 0);

export async function seedDossiers(
  prisma: PrismaClient,
  ref: ReferenceData,
  options: { count: number; now: Date; log: (line: string) => void; databaseUrl?: string },
): Promise<DossierSeedResult> {
  const started = Date.now();
  const { count, log } = options;
  const now = options.now.getTime();
  const wd = new WorkDays(ref.calendar);

  const existing = await prisma.dossier.count({ where: { idempotencyKey: { startsWith: BULK_KEY_PREFIX } } });
  if (existing >= count + DEMO_DOSSIER_COUNT) {
    log(`  Hồ sơ: đã có ${existing.toLocaleString("vi-VN")} hồ sơ mẫu, bỏ qua bước sinh hồ sơ.`);
    return { generated: 0, inserted: { dossiers: 0, events: 0, ratings: 0, payments: 0 }, skipped: true, eventsOnlyFrom: null, elapsedMs: Date.now() - started };
  }

  const procs = buildProcRuntimes(ref);
  const procByCode = new Map(procs.map((p) => [p.seed.code, p]));
  const todayKey = vnDateKey(options.now);
  const startKey = WorkDays.shiftKey(monthsBefore(todayKey, 24), 1);
  const windowStart = wd.dayStart(startKey);

  // Day list and exact allocation of `count` dossiers by weight (cumulative rounding).
  const tet = tetBlocks();
  const days: { key: string; progress: number; weight: number }[] = [];
  // Everything here depends on dates only, not on the time of day, so that two runs on the
  // same day draw the same dossiers (today counts as part of a day; its dossiers are then
  // placed before `now`).
  const dayKeys: string[] = [];
  for (let key = startKey; key <= todayKey; key = WorkDays.shiftKey(key, 1)) dayKeys.push(key);
  for (const [i, key] of dayKeys.entries()) {
    const progress = i / Math.max(1, dayKeys.length - 1);
    let weight = dayWeight(key, progress, wd, tet);
    if (key === todayKey) weight *= 0.6;
    days.push({ key, progress, weight });
  }
  const totalWeight = days.reduce((s, d) => s + d.weight, 0);
  const counts: number[] = [];
  let cumulative = 0;
  let allocated = 0;
  for (const d of days) {
    cumulative += d.weight;
    const upTo = Math.round((cumulative / totalWeight) * count);
    counts.push(upTo - allocated);
    allocated = upTo;
  }

  // Per-month procedure pickers (seasonality) and the commune picker.
  const pickers = new Map<string, (rng: Rng) => ProcRuntime>();
  const pickerFor = (key: string) => {
    const month = key.slice(0, 7);
    let pk = pickers.get(month);
    if (!pk) {
      const m = Number(key.slice(5, 7));
      pk = weightedPicker(procs, procs.map((p) => p.seed.popularity * (p.seed.season ? SEASON[p.seed.season](m) : 1)));
      pickers.set(month, pk);
    }
    return pk;
  };
  const communes = COMMUNES.map((c) => ref.agencies.get(c.code)!);
  const pickCommune = weightedPicker(communes, COMMUNES.map((c) => c.weight ?? 1));

  const demos = demoDrafts(ref, procByCode, wd, now, windowStart);
  const demosByDay = new Map<string, Draft[]>();
  for (const d of demos) demosByDay.set(d.key, [...(demosByDay.get(d.key) ?? []), d]);

  const rng = new Rng("dossiers:v1");
  const m: Materializer = {
    now, ids: new IdStream("dossier-ids:v1"), tokens: new TokenStream("result-tokens:v1"), officerByAgency: ref.officerByAgency,
    agencyIndex: new Map(AGENCIES.map((a, i) => [a.code, i + 1])), resultCounters: new Map(),
    eventsFrom: count > FULL_EVENTS_UP_TO ? now - LIGHT_EVENTS_DAYS * DAY : Number.NEGATIVE_INFINITY,
  };
  if (count > FULL_EVENTS_UP_TO) log(`  (khối lượng lớn: lịch sử sự kiện chỉ sinh cho hồ sơ còn mở và hồ sơ nộp trong ${LIGHT_EVENTS_DAYS} ngày gần nhất)`);
  const nationalBoost = Date.parse("2025-07-01T00:00:00+07:00");
  const currentYear = Number(todayKey.slice(0, 4));

  const totals = { dossiers: 0, events: 0, ratings: 0, payments: 0 };
  const sink = options.databaseUrl ? pgSink(options.databaseUrl) : prismaSink(prisma);
  let batch: Batch = { dossiers: [], events: [], ratings: [], payments: [] };
  // A bounded pipeline: up to IN_FLIGHT batches are being inserted (on separate connections)
  // while the next one is generated; memory stays flat.
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  let waitMs = 0;
  let generated = 0;
  let lastLog = 0;
  const target = count + demos.length;
  const progressLine = (final = false) => {
    const t = Date.now();
    if (!final && t - lastLog < 1500) return;
    lastLog = t;
    const rate = Math.round(generated / Math.max(0.001, (t - started) / 1000));
    log(`\r  Hồ sơ: ${generated.toLocaleString("vi-VN")}/${target.toLocaleString("vi-VN")} (${Math.round((100 * generated) / Math.max(1, target))}%) · ${rate.toLocaleString("vi-VN")} hồ sơ/giây · chờ CSDL ${(waitMs / 1000).toFixed(0)} s · RAM ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
  };
  const flush = async () => {
    const b = batch;
    batch = { dossiers: [], events: [], ratings: [], payments: [] };
    const w = Date.now();
    while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    waitMs += Date.now() - w;
    if (failure) throw failure;
    const job: Promise<void> = sink.insert(b).then(
      (r) => {
        totals.dossiers += r.dossiers;
        totals.events += r.events;
        totals.ratings += r.ratings;
        totals.payments += r.payments;
      },
      (e: unknown) => {
        failure = failure ?? e;
      },
    );
    inFlight.add(job);
    void job.finally(() => inFlight.delete(job));
  };

  let index = 0;
  try {
    for (let i = 0; i < days.length; i++) {
      const { key, progress } = days[i];
      const working = wd.isWorking(key);
      const drafts: Draft[] = [];
      const pick = pickerFor(key);
      for (let j = 0; j < counts[i]; j++) {
        const proc = pick(rng);
        const agency = proc.seed.scope === "COMMUNE" ? pickCommune(rng) : ref.agencies.get(proc.seed.agency!)!;
        let channel: Channel;
        if (!working) channel = rng.chance(0.8) ? "ONLINE" : "NATIONAL_PORTAL";
        else {
          const national = 0.09 + (wd.dayStart(key) >= nationalBoost ? 0.09 : 0);
          const weights =
            proc.seed.level === "FULL_ONLINE"
              ? { ONLINE: 0.5 + 0.22 * progress, NATIONAL_PORTAL: national, POSTAL: 0.01 }
              : { ONLINE: 0.1 + 0.08 * progress, NATIONAL_PORTAL: national * 0.5, POSTAL: 0.02 };
          const u = rng.next();
          channel = u < weights.ONLINE ? "ONLINE" : u < weights.ONLINE + weights.NATIONAL_PORTAL ? "NATIONAL_PORTAL" : u < weights.ONLINE + weights.NATIONAL_PORTAL + weights.POSTAL ? "POSTAL" : "COUNTER";
        }
        const walkIn = channel === "COUNTER" || channel === "POSTAL";
        let t0 = walkIn ? wd.at(key, counterHour(rng)) : wd.at(key, pickOnlineHour(rng) + rng.next());
        if (t0 >= now) {
          // Today: only what has already happened.
          t0 = wd.dayStart(key) + rng.next() * (now - wd.dayStart(key));
          const h = (t0 - wd.dayStart(key)) / HOUR;
          if (walkIn && (h < 7.5 || h > 17)) channel = "ONLINE";
        }
        const applicant = person(rng, { currentYear, minAge: proc.ages[0], maxAge: proc.ages[1] });
        const email = channel === "ONLINE" && rng.chance(0.4) ? emailFor(rng, applicant.fullName) : null;
        drafts.push({ proc, agency, channel, t0, key, progress, idemKey: `${BULK_KEY_PREFIX}${index}`, applicant, email, applicantId: null });
        index += 1;
      }
      const demo = demosByDay.get(key);
      if (demo) drafts.push(...demo);
      drafts.sort((a, b) => a.t0 - b.t0);

      // Codes: a per-agency sequence for the day, in order of submission.
      const seq = new Map<string, number>();
      for (const d of drafts) {
        const n = (seq.get(d.agency.code) ?? 0) + 1;
        seq.set(d.agency.code, n);
        const code = formatDossierCode({ agencyCode: d.agency.code, date: new Date(d.t0), sequence: n });
        const lc = d.lifecycle ?? plan(rng, d, wd);
        materialize(m, d, lc, code, batch);
        generated += 1;
        if (batch.dossiers.length >= BATCH_SIZE) {
          await flush();
          progressLine();
        }
      }
    }
    if (batch.dossiers.length) await flush();
  } finally {
    await Promise.all(inFlight);
    await sink.close();
  }
  if (failure) throw failure;
  progressLine(true);
  log("");
  const eventsOnlyFrom = Number.isFinite(m.eventsFrom) ? vnDateKey(new Date(m.eventsFrom)) : null;
  return { generated, inserted: totals, skipped: false, eventsOnlyFrom, elapsedMs: Date.now() - started };
}

/**
 * The app issues codes from DossierCodeCounter (agency × Vietnam day, yymmdd): raise each
 * counter to the highest sequence seeded, so the next submission today does not reuse a code.
 */
export async function syncCodeCounters(prisma: PrismaClient): Promise<number> {
  return prisma.$executeRawUnsafe(`
    INSERT INTO "DossierCodeCounter" ("agencyId", "day", "value")
    SELECT "agencyId", split_part("code", '-', 2), max(split_part("code", '-', 3)::int)
    FROM "Dossier"
    WHERE "code" ~ '^[A-Z][A-Z0-9]{1,11}-[0-9]{6}-[0-9]{4,}$'
    GROUP BY 1, 2
    ON CONFLICT ("agencyId", "day") DO UPDATE SET "value" = GREATEST("DossierCodeCounter"."value", EXCLUDED."value")`);
}
