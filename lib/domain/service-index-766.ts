// The service-quality self-score in the method of Decision 766/QĐ-TTg (100 points), computed
// from what this portal records. Pure: counts in, points out (no I/O, no clock).
//
// Points of an indicator = max × min(1, ratio ÷ target). Each group's points are shared among
// the indicators this system can measure (INDICATORS_766); the indicators it cannot measure are
// listed in UNMEASURED_766 with the way they would be fed. An indicator with nothing to measure
// in the period (denominator 0: no fee-bearing dossier, no feedback due …) is not held against
// the agency and gets its full points; a scope that received no dossier at all has no score.

export const GROUPS_766 = ["transparency", "timeliness", "onlineService", "onlinePayment", "digitisation", "satisfaction"] as const;
export type Group766 = (typeof GROUPS_766)[number];

/** Maximum points per group (PRODUCT.md): they add up to 100. */
export const GROUP_MAX_766: Record<Group766, number> = {
  transparency: 18,
  timeliness: 20,
  onlineService: 12,
  onlinePayment: 10,
  digitisation: 22,
  satisfaction: 18,
};

/** Monthly counts of one scope (an agency, or the province), summed from the rollups. */
export type Counts766 = {
  /** Dossiers submitted in the period (the rollup's month is the month of submission). */
  received: number;
  /** Decided (approved or denied): finishTiming is set. */
  finished: number;
  finishedEarly: number;
  finishedOnTime: number;
  finishedLate: number;
  rejected: number;
  withdrawn: number;
  /** Dossiers of FULL_ONLINE procedures, and those of them that came in online (portal or national portal). */
  fullOnlineReceived: number;
  fullOnlineOnline: number;
  feeBearing: number;
  paidOnline: number;
  electronicResult: number;
  digitized: number;
  syncedNational: number;
  ratedSatisfied: number;
  ratedNeutral: number;
  ratedDissatisfied: number;
  /** Feedback (phản ánh, kiến nghị) of the period whose answer is due or given, and those answered by the due date. */
  feedbackDue: number;
  feedbackOnTime: number;
  /** Feedback of the period still open and not yet due (can still be answered on time). */
  feedbackPending: number;
};

export const ZERO_COUNTS_766: Counts766 = {
  received: 0, finished: 0, finishedEarly: 0, finishedOnTime: 0, finishedLate: 0, rejected: 0, withdrawn: 0,
  fullOnlineReceived: 0, fullOnlineOnline: 0, feeBearing: 0, paidOnline: 0, electronicResult: 0, digitized: 0,
  syncedNational: 0, ratedSatisfied: 0, ratedNeutral: 0, ratedDissatisfied: 0, feedbackDue: 0, feedbackOnTime: 0, feedbackPending: 0,
};

export function addCounts766(a: Counts766, b: Counts766): Counts766 {
  const out = { ...a };
  for (const k of Object.keys(out) as (keyof Counts766)[]) out[k] += b[k];
  return out;
}

/** Dossiers of the period still open (neither decided, nor refused at reception, nor withdrawn). */
export function openOf(c: Counts766): number {
  return Math.max(0, c.received - c.finished - c.rejected - c.withdrawn);
}

export const INDICATOR_IDS_766 = [
  "synced", "onTime", "fullOnline", "paidOnline", "electronicResult", "digitized", "satisfactionIndex", "feedbackOnTime",
] as const;
export type IndicatorId766 = (typeof INDICATOR_IDS_766)[number];

export type IndicatorDef = {
  id: IndicatorId766;
  group: Group766;
  max: number;
  /** Target ratio in (0, 1]. */
  target: number;
  /** numerator / denominator; denominator 0 means "nothing to measure in the period". */
  measure: (c: Counts766) => { numerator: number; denominator: number };
};

/**
 * The declared table of measurable indicators: group, max points, target ratio. The max points
 * of a group's indicators add up to the group's max. Targets are the province's; change them here.
 */
export const INDICATORS_766: readonly IndicatorDef[] = [
  // Transparency: dossiers synced to the national public-service portal ÷ dossiers received.
  { id: "synced", group: "transparency", max: 18, target: 1, measure: (c) => ({ numerator: c.syncedNational, denominator: c.received }) },
  // Timeliness: finished early or on time ÷ finished.
  { id: "onTime", group: "timeliness", max: 20, target: 1, measure: (c) => ({ numerator: c.finishedEarly + c.finishedOnTime, denominator: c.finished }) },
  // Online service: dossiers submitted online ÷ dossiers of procedures offered fully online.
  { id: "fullOnline", group: "onlineService", max: 12, target: 0.8, measure: (c) => ({ numerator: c.fullOnlineOnline, denominator: c.fullOnlineReceived }) },
  // Online payment: dossiers paid online ÷ dossiers with a fee.
  { id: "paidOnline", group: "onlinePayment", max: 10, target: 0.8, measure: (c) => ({ numerator: c.paidOnline, denominator: c.feeBearing }) },
  // Digitisation: electronic results ÷ finished; digitised dossiers ÷ received.
  { id: "electronicResult", group: "digitisation", max: 11, target: 1, measure: (c) => ({ numerator: c.electronicResult, denominator: c.finished }) },
  { id: "digitized", group: "digitisation", max: 11, target: 1, measure: (c) => ({ numerator: c.digitized, denominator: c.received }) },
  // Satisfaction: 100% − (% finished late + % of ratings dissatisfied), already a ratio.
  {
    id: "satisfactionIndex", group: "satisfaction", max: 12, target: 1,
    measure: (c) => {
      const rated = c.ratedSatisfied + c.ratedNeutral + c.ratedDissatisfied;
      if (c.finished === 0 && rated === 0) return { numerator: 0, denominator: 0 };
      const late = c.finished > 0 ? c.finishedLate / c.finished : 0;
      const dissatisfied = rated > 0 ? c.ratedDissatisfied / rated : 0;
      return { numerator: Math.max(0, 1 - late - dissatisfied), denominator: 1 };
    },
  },
  // Complaints answered on time: feedback answered by its due date ÷ feedback due (or answered).
  { id: "feedbackOnTime", group: "satisfaction", max: 6, target: 1, measure: (c) => ({ numerator: c.feedbackOnTime, denominator: c.feedbackDue }) },
];

/** Indicators of the method that this system cannot measure, and how they would be fed. */
export const UNMEASURED_766 = [
  { id: "publishedOnTime", group: "transparency" },
  { id: "withinDeadlineOpen", group: "timeliness" },
  { id: "procedureOnlineReadiness", group: "onlinePayment" },
  { id: "dataReuse", group: "digitisation" },
  { id: "nationalSurvey", group: "satisfaction" },
] as const satisfies readonly { id: string; group: Group766 }[];
export type UnmeasuredId766 = (typeof UNMEASURED_766)[number]["id"];

export type IndicatorScore = {
  id: IndicatorId766;
  group: Group766;
  max: number;
  target: number;
  numerator: number;
  denominator: number;
  /** null when there was nothing to measure (full points). */
  ratio: number | null;
  points: number;
};

export type GroupScore = { group: Group766; max: number; points: number };

export type Score766 = {
  /** Sum of the groups' points (unrounded); null when the scope received no dossier. */
  total: number | null;
  groups: GroupScore[];
  indicators: IndicatorScore[];
};

/** max × min(1, ratio ÷ target); full points when there is nothing to measure. */
export function indicatorPoints(max: number, target: number, ratio: number | null): number {
  if (ratio === null) return max;
  if (!(target > 0)) throw new RangeError("target must be > 0");
  return max * Math.min(1, Math.max(0, ratio) / target);
}

export function score766(c: Counts766): Score766 {
  const indicators = INDICATORS_766.map((def): IndicatorScore => {
    const { numerator, denominator } = def.measure(c);
    const ratio = denominator > 0 ? numerator / denominator : null;
    return { id: def.id, group: def.group, max: def.max, target: def.target, numerator, denominator, ratio, points: indicatorPoints(def.max, def.target, ratio) };
  });
  const groups = GROUPS_766.map((group) => ({
    group,
    max: GROUP_MAX_766[group],
    points: indicators.filter((i) => i.group === group).reduce((s, i) => s + i.points, 0),
  }));
  const total = c.received > 0 ? groups.reduce((s, g) => s + g.points, 0) : null;
  return { total, groups, indicators };
}

/**
 * Points as shown: two decimals (86,97), half up, after summing. Scaling is done at 12
 * significant digits so that binary noise (1.005 × 100 = 100.49999999999999) does not round down.
 */
export function roundPoints(points: number): number {
  return Math.round(Number((points * 100).toPrecision(12))) / 100;
}

// ───────────────────────────── Gap to points ─────────────────────────────

export const ACTION_KINDS_766 = ["sync", "finishOnTime", "applyOnline", "payOnline", "electronicResult", "digitize", "answerFeedback"] as const;
export type ActionKind766 = (typeof ACTION_KINDS_766)[number];

export type GapAction = {
  kind: ActionKind766;
  /** How many more dossiers (or feedback answers) the action needs. */
  amount: number;
  /** The indicator whose target the action aims at. */
  indicator: IndicatorId766;
  group: Group766;
  /** Points gained on the total (unrounded), and per group where they land. */
  gain: number;
  gainByGroup: Partial<Record<Group766, number>>;
  /** True when the target is reached with `amount`; false when the amount is all there is. */
  reachesTarget: boolean;
};

/** Smallest integer ≥ x, tolerant of floating error (0.7 × 10 = 7.000000000000001 → 7). */
function ceilTolerant(x: number): number {
  return Math.ceil(x - 1e-9);
}

/** Additional numerator x (denominator fixed) so that (n + x) / d ≥ target. */
export function neededConvert(numerator: number, denominator: number, target: number): number {
  return Math.max(0, ceilTolerant(target * denominator - numerator));
}

/**
 * Additional x counted in both numerator and denominator so that (n + x) / (d + x) ≥ target;
 * Infinity when the target is 100% and some already missed it.
 */
export function neededAddBoth(numerator: number, denominator: number, target: number): number {
  const gap = target * denominator - numerator;
  if (gap <= 1e-9) return 0;
  if (target >= 1) return Infinity;
  return ceilTolerant(gap / (1 - target));
}

type ActionDef = {
  kind: ActionKind766;
  indicator: IndicatorId766;
  /** How many are available to act on (dossiers not yet synced, open dossiers …). */
  pool: (c: Counts766) => number;
  needed: (c: Counts766, def: IndicatorDef) => number;
  apply: (c: Counts766, x: number) => Counts766;
};

const convert = (num: keyof Counts766, den: keyof Counts766) => ({
  pool: (c: Counts766) => Math.max(0, c[den] - c[num]),
  needed: (c: Counts766, def: IndicatorDef) => neededConvert(c[num], c[den], def.target),
  apply: (c: Counts766, x: number) => ({ ...c, [num]: c[num] + x }),
});

const ACTIONS: readonly ActionDef[] = [
  { kind: "sync", indicator: "synced", ...convert("syncedNational", "received") },
  { kind: "applyOnline", indicator: "fullOnline", ...convert("fullOnlineOnline", "fullOnlineReceived") },
  { kind: "payOnline", indicator: "paidOnline", ...convert("paidOnline", "feeBearing") },
  { kind: "electronicResult", indicator: "electronicResult", ...convert("electronicResult", "finished") },
  { kind: "digitize", indicator: "digitized", ...convert("digitized", "received") },
  {
    // The month's open dossiers decided on time with an electronic result: timeliness, the
    // satisfaction index (fewer late) and electronic results all count them.
    kind: "finishOnTime", indicator: "onTime",
    pool: openOf,
    needed: (c, def) => neededAddBoth(c.finishedEarly + c.finishedOnTime, c.finished, def.target),
    apply: (c, x) => ({ ...c, finished: c.finished + x, finishedOnTime: c.finishedOnTime + x, electronicResult: c.electronicResult + x }),
  },
  {
    kind: "answerFeedback", indicator: "feedbackOnTime",
    pool: (c) => c.feedbackPending,
    needed: (c, def) => neededAddBoth(c.feedbackOnTime, c.feedbackDue, def.target),
    apply: (c, x) => ({ ...c, feedbackDue: c.feedbackDue + x, feedbackOnTime: c.feedbackOnTime + x, feedbackPending: c.feedbackPending - x }),
  },
];

/**
 * The concrete actions worth points for a scope, best first: for each indicator, how many more
 * dossiers it takes to reach the target (or all that can still be acted on, when fewer), and
 * the points the whole score gains (an action may lift several groups). Actions worth less than
 * 0.005 points are left out. Nothing for a scope without dossiers.
 */
export function gapToPoints(c: Counts766): GapAction[] {
  const before = score766(c);
  if (before.total === null) return [];
  const out: GapAction[] = [];
  for (const action of ACTIONS) {
    const def = INDICATORS_766.find((d) => d.id === action.indicator)!;
    const pool = action.pool(c);
    const needed = action.needed(c, def);
    if (needed <= 0 || pool <= 0) continue;
    const amount = Math.min(needed, pool);
    const after = score766(action.apply(c, amount));
    const gainByGroup: Partial<Record<Group766, number>> = {};
    for (const g of after.groups) {
      const diff = g.points - before.groups.find((b) => b.group === g.group)!.points;
      if (diff > 1e-9) gainByGroup[g.group] = diff;
    }
    const gain = (after.total ?? 0) - before.total;
    if (gain < 0.005) continue;
    out.push({ kind: action.kind, amount, indicator: def.id, group: def.group, gain, gainByGroup, reachesTarget: amount === needed });
  }
  return out.sort((a, b) => b.gain - a.gain || a.amount - b.amount);
}

// ───────────────────────────── Ranking ─────────────────────────────

/** Rank by score (best first); scopes without a score come last with no rank. Equal rounded scores share a rank. */
export function rankByScore<T extends { total: number | null; name: string }>(rows: T[]): (T & { rank: number | null })[] {
  const collator = new Intl.Collator("vi");
  const sorted = [...rows].sort((a, b) => {
    if (a.total === null || b.total === null) return a.total === null ? (b.total === null ? collator.compare(a.name, b.name) : 1) : -1;
    return roundPoints(b.total) - roundPoints(a.total) || collator.compare(a.name, b.name);
  });
  let rank = 0;
  return sorted.map((r, i) => {
    if (r.total === null) return { ...r, rank: null };
    const prev = sorted[i - 1];
    if (!prev || prev.total === null || roundPoints(prev.total) !== roundPoints(r.total)) rank = i + 1;
    return { ...r, rank };
  });
}
