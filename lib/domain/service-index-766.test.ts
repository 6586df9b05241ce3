// Worked examples of the 766 self-score; every expected number is computed by hand in the comments.
import { describe, expect, it } from "vitest";
import {
  GROUP_MAX_766, INDICATORS_766, ZERO_COUNTS_766, gapToPoints, indicatorPoints, neededAddBoth, neededConvert, rankByScore, roundPoints, score766,
  type Counts766,
} from "./service-index-766";

// An agency's month: 100 received; 80 decided (20 early, 50 on time, 10 late), 5 refused at
// reception, 5 withdrawn → 10 still open; 60 dossiers of full-online procedures, 36 of them
// online; 40 with a fee, 14 paid online; 60 e-results; 50 digitised; 90 synced; ratings 30/5/5;
// 4 feedback due, 3 answered on time, 2 pending.
const A: Counts766 = {
  received: 100, finished: 80, finishedEarly: 20, finishedOnTime: 50, finishedLate: 10, rejected: 5, withdrawn: 5,
  fullOnlineReceived: 60, fullOnlineOnline: 36, feeBearing: 40, paidOnline: 14, electronicResult: 60, digitized: 50,
  syncedNational: 90, ratedSatisfied: 30, ratedNeutral: 5, ratedDissatisfied: 5, feedbackDue: 4, feedbackOnTime: 3, feedbackPending: 2,
};

const pointsOf = (s: ReturnType<typeof score766>, id: string) => s.indicators.find((i) => i.id === id)!.points;
const groupOf = (s: ReturnType<typeof score766>, g: string) => s.groups.find((x) => x.group === g)!.points;

describe("the declared table", () => {
  it("group maxima add up to 100 and each group's indicators share exactly its max", () => {
    expect(Object.values(GROUP_MAX_766).reduce((a, b) => a + b, 0)).toBe(100);
    for (const [group, max] of Object.entries(GROUP_MAX_766)) {
      expect(INDICATORS_766.filter((i) => i.group === group).reduce((s, i) => s + i.max, 0), group).toBe(max);
    }
    for (const i of INDICATORS_766) expect(i.target > 0 && i.target <= 1, i.id).toBe(true);
  });
});

describe("indicatorPoints = max × min(1, ratio ÷ target)", () => {
  it.each([
    [10, 0.8, 0.35, 4.375], // 10 × 0.35/0.8
    [12, 0.8, 0.6, 9], // 12 × 0.75
    [12, 0.8, 0.95, 12], // above target: capped at max
    [20, 1, 0, 0],
    [10, 0.8, null, 10], // nothing to measure: full points
  ])("max %d, target %d, ratio %s → %d", (max, target, ratio, expected) => {
    expect(indicatorPoints(max, target, ratio)).toBeCloseTo(expected, 10);
  });

  it("refuses a zero target", () => {
    expect(() => indicatorPoints(10, 0, 0.5)).toThrow(RangeError);
  });
});

describe("score766 on the worked month A", () => {
  const s = score766(A);
  it("scores each indicator", () => {
    expect(pointsOf(s, "synced")).toBeCloseTo(16.2, 10); // 18 × 90/100
    expect(pointsOf(s, "onTime")).toBeCloseTo(17.5, 10); // 20 × 70/80
    expect(pointsOf(s, "fullOnline")).toBeCloseTo(9, 10); // 12 × (36/60)/0.8
    expect(pointsOf(s, "paidOnline")).toBeCloseTo(4.375, 10); // 10 × (14/40)/0.8
    expect(pointsOf(s, "electronicResult")).toBeCloseTo(8.25, 10); // 11 × 60/80
    expect(pointsOf(s, "digitized")).toBeCloseTo(5.5, 10); // 11 × 50/100
    expect(pointsOf(s, "satisfactionIndex")).toBeCloseTo(9, 10); // 12 × (1 − 10/80 − 5/40)
    expect(pointsOf(s, "feedbackOnTime")).toBeCloseTo(4.5, 10); // 6 × 3/4
  });

  it("sums groups and the total", () => {
    expect(groupOf(s, "transparency")).toBeCloseTo(16.2, 10);
    expect(groupOf(s, "digitisation")).toBeCloseTo(13.75, 10); // 8.25 + 5.5
    expect(groupOf(s, "satisfaction")).toBeCloseTo(13.5, 10); // 9 + 4.5
    // 16.2 + 17.5 + 9 + 4.375 + 13.75 + 13.5
    expect(s.total).toBeCloseTo(74.325, 10);
    expect(roundPoints(s.total!)).toBe(74.33); // half up at the second decimal
  });
});

describe("edge cases", () => {
  it("a scope with no dossier has no score and no actions", () => {
    const s = score766(ZERO_COUNTS_766);
    expect(s.total).toBeNull();
    expect(s.indicators.every((i) => i.ratio === null)).toBe(true);
    expect(gapToPoints(ZERO_COUNTS_766)).toEqual([]);
  });

  it("no fee-bearing dossier and no feedback: those indicators get full points", () => {
    const s = score766({ ...A, feeBearing: 0, paidOnline: 0, feedbackDue: 0, feedbackOnTime: 0, feedbackPending: 0 });
    expect(pointsOf(s, "paidOnline")).toBe(10);
    expect(pointsOf(s, "feedbackOnTime")).toBe(6);
    expect(s.total).toBeCloseTo(74.325 + 5.625 + 1.5, 10);
  });

  it("a ratio above target gives the max and no action for it", () => {
    const c = { ...A, fullOnlineOnline: 55 }; // 55/60 ≈ 91.7% > 80%
    expect(pointsOf(score766(c), "fullOnline")).toBe(12);
    expect(gapToPoints(c).some((a) => a.kind === "applyOnline")).toBe(false);
  });

  it("the satisfaction index never goes below zero", () => {
    const c = { ...A, finishedEarly: 0, finishedOnTime: 20, finishedLate: 60, ratedSatisfied: 0, ratedNeutral: 0, ratedDissatisfied: 40 };
    expect(pointsOf(score766(c), "satisfactionIndex")).toBe(0); // 1 − 0.75 − 1 < 0
  });

  it("rounding: shown points round half up despite binary noise", () => {
    expect(roundPoints(1.005)).toBe(1.01);
    expect(roundPoints(86.965)).toBe(86.97);
    expect(roundPoints(86.9649)).toBe(86.96);
    expect(roundPoints(100)).toBe(100);
  });
});

describe("amounts needed to reach a target", () => {
  it("converting existing dossiers: ceil(target × d − n), tolerant of floating error", () => {
    expect(neededConvert(14, 40, 0.8)).toBe(18); // 32 − 14
    expect(neededConvert(0, 10, 0.7)).toBe(7); // 0.7 × 10 = 7.000000000000001 in floating point
    expect(neededConvert(13, 40, 0.33)).toBe(1); // 13.2 − 13 → 1
    expect(neededConvert(40, 40, 0.8)).toBe(0);
  });

  it("adding to both sides: ceil((target × d − n) ÷ (1 − target)); unreachable at 100% once missed", () => {
    expect(neededAddBoth(70, 80, 0.9)).toBe(20); // (72 − 70)/0.1 → 90/100 = 90%
    expect(neededAddBoth(72, 80, 0.9)).toBe(0);
    expect(neededAddBoth(70, 80, 1)).toBe(Infinity);
    expect(neededAddBoth(80, 80, 1)).toBe(0);
  });
});

describe("gapToPoints on the worked month A", () => {
  const actions = gapToPoints(A);
  const byKind = Object.fromEntries(actions.map((a) => [a.kind, a]));

  it("computes the amount and the points gained for each action", () => {
    // 18 more paid online → 32/40 = 80% → 10 points: +5.625
    expect(byKind.payOnline).toMatchObject({ amount: 18, reachesTarget: true, group: "onlinePayment" });
    expect(byKind.payOnline.gain).toBeCloseTo(5.625, 10);
    // 50 more digitised → 11 points: +5.5
    expect(byKind.digitize.amount).toBe(50);
    expect(byKind.digitize.gain).toBeCloseTo(5.5, 10);
    // 12 more online among full-online procedures → 48/60 = 80%: +3
    expect(byKind.applyOnline.amount).toBe(12);
    expect(byKind.applyOnline.gain).toBeCloseTo(3, 10);
    // 20 more e-results → 80/80: +2.75
    expect(byKind.electronicResult.amount).toBe(20);
    expect(byKind.electronicResult.gain).toBeCloseTo(2.75, 10);
    // 10 more synced → 100%: +1.8
    expect(byKind.sync.amount).toBe(10);
    expect(byKind.sync.gain).toBeCloseTo(1.8, 10);
  });

  it("deciding the 10 open dossiers on time lifts three groups, but cannot reach 100%", () => {
    const a = byKind.finishOnTime;
    expect(a).toMatchObject({ amount: 10, reachesTarget: false });
    // timeliness 20 × 80/90 − 17.5 = 5/18; satisfaction 12 × (1 − 10/90 − 5/40) − 9 = 1/6;
    // e-results 11 × 70/90 − 8.25 = 11/36; total 27/36 = 0.75
    expect(a.gainByGroup.timeliness).toBeCloseTo(5 / 18, 10);
    expect(a.gainByGroup.satisfaction).toBeCloseTo(1 / 6, 10);
    expect(a.gainByGroup.digitisation).toBeCloseTo(11 / 36, 10);
    expect(a.gain).toBeCloseTo(0.75, 10);
  });

  it("answering the 2 pending feedback on time: 6 × 5/6 − 4.5 = +0.5", () => {
    expect(byKind.answerFeedback).toMatchObject({ amount: 2, reachesTarget: false });
    expect(byKind.answerFeedback.gain).toBeCloseTo(0.5, 10);
  });

  it("is sorted by points gained", () => {
    expect(actions.map((a) => a.kind)).toEqual(["payOnline", "digitize", "applyOnline", "electronicResult", "sync", "finishOnTime", "answerFeedback"]);
  });

  it("the total after every action never exceeds 100", () => {
    const gained = actions.reduce((s, a) => s + a.gain, 0);
    expect(score766(A).total! + gained).toBeLessThanOrEqual(100 + 1e-9);
  });
});

describe("rankByScore", () => {
  it("ranks best first, shares a rank on equal rounded scores, puts unscored last", () => {
    const ranked = rankByScore([
      { name: "B", total: 80.001 },
      { name: "C", total: null },
      { name: "A", total: 80.004 },
      { name: "D", total: 91.5 },
      { name: "E", total: 70 },
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([["D", 1], ["A", 2], ["B", 2], ["E", 4], ["C", null]]);
  });
});
