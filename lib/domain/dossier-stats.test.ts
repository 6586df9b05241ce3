import { describe, expect, it } from "vitest";
import { STAT_COUNTERS, contributionOf, statDelta, statMonth, zeroCounts, type DossierForStats, type StatCounts, type StatKey } from "./dossier-stats";

const ZERO: StatCounts = {
  received: 0,
  finished: 0,
  finishedEarly: 0,
  finishedOnTime: 0,
  finishedLate: 0,
  rejected: 0,
  withdrawn: 0,
  feeBearing: 0,
  paidOnline: 0,
  electronicResult: 0,
  digitized: 0,
  syncedNational: 0,
  ratedSatisfied: 0,
  ratedNeutral: 0,
  ratedDissatisfied: 0,
};
const counts = (nonZero: Partial<StatCounts>): StatCounts => ({ ...ZERO, ...nonZero });

/** Submitted online on Wednesday 04/03/2026 at 10:00 in Vietnam to the Department of Justice. */
const SUBMITTED: DossierForStats = {
  submittedAt: new Date("2026-03-04T03:00:00Z"),
  agencyId: "so-tu-phap",
  procedureId: "1.004884",
  channel: "ONLINE",
  status: "SUBMITTED",
  finishTiming: null,
  feeAmount: 0,
  paidOnline: false,
  electronicResult: false,
  digitized: false,
  syncedNationalAt: null,
  rating: null,
};
const KEY: StatKey = { month: "2026-03-01", agencyId: "so-tu-phap", procedureId: "1.004884", channel: "ONLINE" };
const d = (over: Partial<DossierForStats>): DossierForStats => ({ ...SUBMITTED, ...over });

describe("STAT_COUNTERS / zeroCounts", () => {
  it("lists the 15 counters of DossierStatMonthly", () => {
    expect([...STAT_COUNTERS]).toEqual(Object.keys(ZERO));
    expect(zeroCounts()).toEqual(ZERO);
  });

  it("returns a fresh object each time", () => {
    const a = zeroCounts();
    a.received = 5;
    expect(zeroCounts().received).toBe(0);
  });
});

describe("statMonth", () => {
  it.each([
    ["2026-01-31T18:00:00Z", "2026-02-01"], // 01/02/2026 01:00 in Vietnam
    ["2026-01-31T17:00:00Z", "2026-02-01"], // 01/02/2026 00:00 in Vietnam
    ["2026-01-31T16:59:59.999Z", "2026-01-01"], // 31/01/2026 23:59:59.999 in Vietnam
    ["2025-12-31T17:00:00Z", "2026-01-01"], // New Year in Vietnam, still 2025 in UTC
    ["2026-03-04T03:00:00Z", "2026-03-01"],
    ["2026-02-28T16:59:59Z", "2026-02-01"],
  ])("%s → %s", (instant, month) => {
    expect(statMonth(new Date(instant))).toBe(month);
  });
});

describe("contributionOf", () => {
  it("is null for a draft (never submitted)", () => {
    expect(contributionOf(d({ submittedAt: null, status: "DRAFT" }))).toBeNull();
  });

  it("keys a dossier by Vietnam month, agency, procedure and channel", () => {
    expect(contributionOf(d({ submittedAt: new Date("2026-01-31T18:00:00Z"), channel: "COUNTER" }))?.key).toEqual({
      month: "2026-02-01",
      agencyId: "so-tu-phap",
      procedureId: "1.004884",
      channel: "COUNTER",
    });
  });

  it.each([
    ["submitted", {}, { received: 1 }],
    ["received and processing", { status: "PROCESSING" }, { received: 1 }],
    [
      "finished early, electronic result, digitized, synced",
      { status: "APPROVED", finishTiming: "EARLY", electronicResult: true, digitized: true, syncedNationalAt: new Date("2026-03-05T03:00:00Z") },
      { received: 1, finished: 1, finishedEarly: 1, electronicResult: 1, digitized: 1, syncedNational: 1 },
    ],
    ["finished on time", { status: "APPROVED", finishTiming: "ON_TIME" }, { received: 1, finished: 1, finishedOnTime: 1 }],
    ["finished late", { status: "APPROVED", finishTiming: "LATE" }, { received: 1, finished: 1, finishedLate: 1 }],
    ["denied on time (a decision: finished, not rejected)", { status: "DENIED", finishTiming: "ON_TIME" }, { received: 1, finished: 1, finishedOnTime: 1 }],
    ["rejected at reception", { status: "REJECTED" }, { received: 1, rejected: 1 }],
    ["withdrawn", { status: "WITHDRAWN" }, { received: 1, withdrawn: 1 }],
    ["fee-bearing, paid online", { feeAmount: 8000, paidOnline: true }, { received: 1, feeBearing: 1, paidOnline: 1 }],
    ["fee-bearing, paid at the counter", { feeAmount: 8000 }, { received: 1, feeBearing: 1 }],
    [
      "finished and rated satisfied",
      { status: "APPROVED", finishTiming: "ON_TIME", rating: "SATISFIED" },
      { received: 1, finished: 1, finishedOnTime: 1, ratedSatisfied: 1 },
    ],
    ["rated neutral", { rating: "NEUTRAL" }, { received: 1, ratedNeutral: 1 }],
    ["rated dissatisfied", { rating: "DISSATISFIED" }, { received: 1, ratedDissatisfied: 1 }],
  ] as const)("%s", (_case, over, expected) => {
    expect(contributionOf(d(over as Partial<DossierForStats>))).toEqual({ key: KEY, counts: counts(expected) });
  });
});

describe("statDelta", () => {
  const FINISHED = d({ status: "APPROVED", finishTiming: "ON_TIME", electronicResult: true });

  it.each([
    ["nothing to nothing", null, null],
    ["nothing to a draft", null, d({ submittedAt: null, status: "DRAFT" })],
    ["a draft edited", d({ submittedAt: null, status: "DRAFT" }), d({ submittedAt: null, status: "DRAFT", feeAmount: 8000 })],
    ["no change", SUBMITTED, { ...SUBMITTED }],
    ["a change no counter sees (SUBMITTED → PROCESSING)", SUBMITTED, d({ status: "PROCESSING" })],
  ])("%s → []", (_case, before, after) => {
    expect(statDelta(before, after)).toEqual([]);
  });

  it("adds a dossier when it is first submitted", () => {
    const draft = d({ submittedAt: null, status: "DRAFT" });
    expect(statDelta(draft, SUBMITTED)).toEqual([{ key: KEY, counts: counts({ received: 1 }) }]);
    expect(statDelta(null, SUBMITTED)).toEqual([{ key: KEY, counts: counts({ received: 1 }) }]);
  });

  it("removes a deleted dossier", () => {
    expect(statDelta(FINISHED, null)).toEqual([{ key: KEY, counts: counts({ received: -1, finished: -1, finishedOnTime: -1, electronicResult: -1 }) }]);
  });

  it("writes +0, never -0, for the untouched counters of a negative row", () => {
    const [row] = statDelta(SUBMITTED, null);
    expect(row.counts.received).toBe(-1);
    expect(Object.is(row.counts.finished, 0)).toBe(true);
    expect(Object.is(row.counts.ratedDissatisfied, 0)).toBe(true);
  });

  it("moves only the changed counters when the key stays the same", () => {
    expect(statDelta(SUBMITTED, FINISHED)).toEqual([{ key: KEY, counts: counts({ finished: 1, finishedOnTime: 1, electronicResult: 1 }) }]);
    expect(statDelta(FINISHED, { ...FINISHED, rating: "SATISFIED" })).toEqual([{ key: KEY, counts: counts({ ratedSatisfied: 1 }) }]);
    // A rating changed from dissatisfied to satisfied: one down, one up, in the same row.
    expect(statDelta({ ...FINISHED, rating: "DISSATISFIED" }, { ...FINISHED, rating: "SATISFIED" })).toEqual([
      { key: KEY, counts: counts({ ratedSatisfied: 1, ratedDissatisfied: -1 }) },
    ]);
  });

  it("takes the whole contribution out of the old row and into the new one when the agency changes", () => {
    const moved = { ...FINISHED, agencyId: "ubnd-xa-dai-tu" };
    expect(statDelta(FINISHED, moved)).toEqual([
      { key: KEY, counts: counts({ received: -1, finished: -1, finishedOnTime: -1, electronicResult: -1 }) },
      { key: { ...KEY, agencyId: "ubnd-xa-dai-tu" }, counts: counts({ received: 1, finished: 1, finishedOnTime: 1, electronicResult: 1 }) },
    ]);
  });

  it("moves the dossier between Vietnam months when its submission instant crosses midnight of the 1st", () => {
    const january = d({ submittedAt: new Date("2026-01-31T16:00:00Z") }); // 31/01 23:00 in Vietnam
    const february = d({ submittedAt: new Date("2026-01-31T18:00:00Z") }); // 01/02 01:00 in Vietnam
    expect(statDelta(january, february)).toEqual([
      { key: { ...KEY, month: "2026-01-01" }, counts: counts({ received: -1 }) },
      { key: { ...KEY, month: "2026-02-01" }, counts: counts({ received: 1 }) },
    ]);
  });

  it("treats a change of channel or procedure as a change of row", () => {
    expect(statDelta(SUBMITTED, d({ channel: "COUNTER" }))).toEqual([
      { key: KEY, counts: counts({ received: -1 }) },
      { key: { ...KEY, channel: "COUNTER" }, counts: counts({ received: 1 }) },
    ]);
    expect(statDelta(SUBMITTED, d({ procedureId: "1.001193", feeAmount: 0 }))).toEqual([
      { key: KEY, counts: counts({ received: -1 }) },
      { key: { ...KEY, procedureId: "1.001193" }, counts: counts({ received: 1 }) },
    ]);
  });

  it("can change the row and the counters at once", () => {
    const before = d({ feeAmount: 8000, paidOnline: true });
    const after = d({ agencyId: "ubnd-xa-dai-tu", feeAmount: 8000, paidOnline: true, status: "WITHDRAWN" });
    expect(statDelta(before, after)).toEqual([
      { key: KEY, counts: counts({ received: -1, feeBearing: -1, paidOnline: -1 }) },
      { key: { ...KEY, agencyId: "ubnd-xa-dai-tu" }, counts: counts({ received: 1, feeBearing: 1, paidOnline: 1, withdrawn: 1 }) },
    ]);
  });
});
