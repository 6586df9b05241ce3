// The citizen's view of a dossier's history: DossierEvent rows turned into a readable
// timeline (who acted, what happened, why, where the dossier is now, how the deadline moved),
// and the state of the deadline today. Pure: the calendar and the clock are parameters, the
// words come from the message catalogue.
//
// Events come from two writers with slightly different vocabularies: the app's state machine
// (start_processing, issue_apology, return_result; missing documents and waited days in `data`)
// and the seed's simulated history (process, apologize, return; dueAt / newDueAt in `data`).
// Both are read here; unknown actions degrade to a plain "status changed" line.
import type { DossierChannel, DossierStatus, FinishTiming } from "@/lib/generated/prisma/enums";
import { formatDate } from "./format";
import { addWorkingDays, vnDateKey, vnInstant, workingDaysBetween, type WorkCalendar } from "./working-days";

/** Who has the dossier in hand. */
export type Holder = "citizen" | "desk" | "specialist" | "none";

/** Who took a step, as the citizen understands it (never an officer's name). */
export type TimelineActor = "citizen" | "desk" | "specialist" | "agency";

export const TIMELINE_KINDS = [
  "submitted",
  "received",
  "rejected",
  "processing",
  "supplement_requested",
  "supplemented",
  "apology",
  "approved",
  "denied",
  "returned",
  "withdrawn",
  "status_changed",
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

const KIND_OF_ACTION: Record<string, TimelineKind> = {
  submit: "submitted",
  receive: "received",
  reject: "rejected",
  start_processing: "processing",
  process: "processing",
  request_supplement: "supplement_requested",
  supplement: "supplemented",
  issue_apology: "apology",
  apologize: "apology",
  approve: "approved",
  deny: "denied",
  return_result: "returned",
  return: "returned",
  withdraw: "withdrawn",
};

export type TimelineEventInput = {
  action: string;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  note: string | null;
  data: unknown;
  createdAt: Date;
};

export type TimelineEntry = {
  at: Date;
  kind: TimelineKind;
  actor: TimelineActor;
  /** Status after the event. */
  status: DossierStatus;
  /** Who holds the dossier after the event, and whether that changed with it. */
  holder: Holder;
  holderChanged: boolean;
  /** The officer's reason (refusal, supplement request, apology) or the citizen's (withdrawal). */
  reason: string | null;
  /** What the citizen wrote when answering a supplement request. */
  citizenNote: string | null;
  missingDocuments: string[];
  /** received: the appointment date given. */
  dueAt: Date | null;
  /** supplemented / apology: the deadline before and after. */
  previousDueAt: Date | null;
  newDueAt: Date | null;
  /** supplemented: working days the clock stood still. */
  waitedWorkingDays: number | null;
};

export function holderOf(status: DossierStatus): Holder {
  switch (status) {
    case "DRAFT":
    case "SUPPLEMENT_REQUESTED":
      return "citizen";
    case "SUBMITTED":
    case "RECEIVED":
    case "APPROVED":
      return "desk";
    case "PROCESSING":
      return "specialist";
    default:
      return "none";
  }
}

function actorOf(kind: TimelineKind, fromStatus: DossierStatus | null): TimelineActor {
  switch (kind) {
    case "submitted":
    case "supplemented":
    case "withdrawn":
      return "citizen";
    case "received":
    case "rejected":
    case "processing":
    case "returned":
      return "desk";
    case "supplement_requested":
      return fromStatus === "PROCESSING" ? "specialist" : "desk";
    default:
      return "agency";
  }
}

function record(data: unknown): Record<string, unknown> {
  return data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

function dateIn(data: Record<string, unknown>, key: string): Date | null {
  const v = data[key];
  if (typeof v !== "string") return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

function stringsIn(data: Record<string, unknown>, key: string): string[] {
  const v = data[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x.trim() !== "").map((x) => x.trim()) : [];
}

// Officers (and the seed) often repeat the step's name before the reason: "Không giải quyết: …".
const REDUNDANT_PREFIX = /^(từ chối tiếp nhận|không giải quyết|đề nghị bổ sung, hoàn thiện hồ sơ|yêu cầu bổ sung)\s*:\s*/iu;

function cleanReason(note: string | null): string | null {
  const text = note?.trim().replace(REDUNDANT_PREFIX, "").trim();
  if (!text) return null;
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

export type TimelineInput = {
  events: TimelineEventInput[];
  /** The dossier's deadline now: the last deadline-setting step is anchored to it. */
  currentDueAt: Date | null;
  /** To recompute an appointment date an event did not record. */
  processingDays: number | null;
  calendar: WorkCalendar;
};

/** The dossier's history in order, oldest first, with the deadline as it stood after each step. */
export function buildTimeline(input: TimelineInput): TimelineEntry[] {
  const { calendar } = input;
  const events = [...input.events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const out: TimelineEntry[] = [];
  let due: Date | null = null;
  let pausedAt: Date | null = null;
  let holder: Holder | null = null;
  let lastDeadlineEntry: TimelineEntry | null = null;

  for (const e of events) {
    const kind = KIND_OF_ACTION[e.action] ?? "status_changed";
    const data = record(e.data);
    const nextHolder = holderOf(e.toStatus);
    const entry: TimelineEntry = {
      at: e.createdAt,
      kind,
      actor: actorOf(kind, e.fromStatus),
      status: e.toStatus,
      holder: nextHolder,
      holderChanged: holder !== nextHolder,
      reason: null,
      citizenNote: null,
      missingDocuments: [],
      dueAt: null,
      previousDueAt: null,
      newDueAt: null,
      waitedWorkingDays: null,
    };
    holder = nextHolder;

    switch (kind) {
      case "received": {
        const recorded = dateIn(data, "dueAt");
        due = recorded ?? (input.processingDays !== null ? addWorkingDays(e.createdAt, input.processingDays, calendar) : due);
        entry.dueAt = due;
        lastDeadlineEntry = entry;
        break;
      }
      case "supplement_requested":
        pausedAt = e.createdAt;
        entry.reason = cleanReason(e.note);
        entry.missingDocuments = stringsIn(data, "missingDocuments");
        entry.dueAt = due;
        break;
      case "supplemented": {
        const recorded = data.waitedWorkingDays;
        const waited =
          typeof recorded === "number" && Number.isInteger(recorded) && recorded >= 0
            ? recorded
            : pausedAt
              ? Math.max(0, workingDaysBetween(pausedAt, e.createdAt, calendar))
              : 0;
        entry.citizenNote = e.note?.trim() || null;
        entry.waitedWorkingDays = waited;
        entry.previousDueAt = due;
        // The rule of resumeAfterSupplement: the deadline moves by the working days waited.
        if (due && waited > 0) due = addWorkingDays(vnInstant(vnDateKey(due), 9), waited, calendar);
        entry.newDueAt = due;
        pausedAt = null;
        if (due) lastDeadlineEntry = entry;
        break;
      }
      case "apology": {
        entry.reason = cleanReason(e.note);
        entry.previousDueAt = dateIn(data, "previousDueAt") ?? due;
        due = dateIn(data, "newDueAt") ?? due;
        entry.newDueAt = due;
        lastDeadlineEntry = entry;
        break;
      }
      case "rejected":
      case "denied":
      case "withdrawn":
        entry.reason = cleanReason(e.note);
        break;
      default:
        break;
    }
    out.push(entry);
  }

  // Holidays edited after the fact would make a recomputed date drift: the stored deadline wins.
  if (lastDeadlineEntry && input.currentDueAt) {
    if (lastDeadlineEntry.kind === "received") lastDeadlineEntry.dueAt = input.currentDueAt;
    else lastDeadlineEntry.newDueAt = input.currentDueAt;
  }
  return out;
}

// ───────────────────────────── The deadline today ─────────────────────────────

export type DeadlineState =
  /** Not received yet: no legal clock, no date. */
  | { kind: "none" }
  /** Submitted, not received yet: the date given at submission, counted again at receipt. */
  | { kind: "provisional"; dueAt: Date }
  /** Waiting for the citizen's supplement: the clock stands still. */
  | { kind: "paused"; dueAt: Date | null }
  /** The clock runs; 0 = due today (17:00). */
  | { kind: "running"; dueAt: Date; workingDaysLeft: number }
  | { kind: "overdue"; dueAt: Date; workingDaysLate: number }
  /** A decision was made (approved / denied / returned). */
  | { kind: "finished"; dueAt: Date | null; timing: FinishTiming | null }
  /** Rejected at reception or withdrawn: no deadline any more. */
  | { kind: "closed" };

export function deadlineState(
  dossier: { status: DossierStatus; dueAt: Date | null; finishTiming: FinishTiming | null },
  now: Date,
  calendar: WorkCalendar,
): DeadlineState {
  const { status, dueAt } = dossier;
  if (status === "REJECTED" || status === "WITHDRAWN") return { kind: "closed" };
  if (status === "APPROVED" || status === "DENIED" || status === "RETURNED") return { kind: "finished", dueAt, timing: dossier.finishTiming };
  if (status === "SUPPLEMENT_REQUESTED") return { kind: "paused", dueAt };
  if (!dueAt || status === "DRAFT") return { kind: "none" };
  if (status === "SUBMITTED") return { kind: "provisional", dueAt };
  if (now.getTime() > dueAt.getTime()) return { kind: "overdue", dueAt, workingDaysLate: Math.max(0, workingDaysBetween(dueAt, now, calendar)) };
  return { kind: "running", dueAt, workingDaysLeft: Math.max(0, workingDaysBetween(now, dueAt, calendar)) };
}

// ───────────────────────────── Words ─────────────────────────────

/** The catalogue's texts the timeline needs (lib/i18n/messages/*\/dossier.ts → timeline). */
export type TimelineTexts = {
  actors: Record<TimelineActor, string>;
  holders: Record<Holder, string>;
  titles: Record<Exclude<TimelineKind, "status_changed">, string>;
  statusChanged: (status: string) => string;
  submittedVia: Record<DossierChannel, string>;
  appointment: (date: string) => string;
  reason: (text: string) => string;
  citizenNote: (text: string) => string;
  missingDocuments: string;
  clockPaused: (date: string | null) => string;
  clockResumed: (waited: number, newDate: string | null) => string;
  apologyNewDate: (newDate: string, previousDate: string | null) => string;
  approved: string;
  returned: string;
  holderNow: (holder: string) => string;
};

export type TimelineLine = {
  title: string;
  actor: string;
  /** Sentences before the list … */
  details: string[];
  list: { label: string; items: string[] } | null;
  /** … and after it. */
  afterList: string[];
  /** "Now with …" when the step handed the dossier to someone else. */
  holder: string | null;
};

const date = (d: Date | null) => (d ? formatDate(d) : null);

/** The sentences shown for one timeline entry. */
export function describeTimelineEntry(
  entry: TimelineEntry,
  texts: TimelineTexts,
  context: { channel: DossierChannel; statusLabels: Record<DossierStatus, string> },
): TimelineLine {
  const details: string[] = [];
  const afterList: string[] = [];
  let list: TimelineLine["list"] = null;
  switch (entry.kind) {
    case "submitted":
      details.push(texts.submittedVia[context.channel]);
      break;
    case "received":
      if (entry.dueAt) details.push(texts.appointment(formatDate(entry.dueAt)));
      break;
    case "supplement_requested":
      if (entry.reason) details.push(texts.reason(entry.reason));
      if (entry.missingDocuments.length > 0) list = { label: texts.missingDocuments, items: entry.missingDocuments };
      afterList.push(texts.clockPaused(date(entry.dueAt)));
      break;
    case "supplemented":
      if (entry.citizenNote) details.push(texts.citizenNote(entry.citizenNote));
      details.push(texts.clockResumed(entry.waitedWorkingDays ?? 0, date(entry.newDueAt)));
      break;
    case "apology":
      if (entry.reason) details.push(texts.reason(entry.reason));
      if (entry.newDueAt) details.push(texts.apologyNewDate(formatDate(entry.newDueAt), date(entry.previousDueAt)));
      break;
    case "approved":
      details.push(texts.approved);
      break;
    case "returned":
      details.push(texts.returned);
      break;
    case "rejected":
    case "denied":
    case "withdrawn":
      if (entry.reason) details.push(texts.reason(entry.reason));
      break;
    default:
      break;
  }
  const title = entry.kind === "status_changed" ? texts.statusChanged(context.statusLabels[entry.status]) : texts.titles[entry.kind];
  const holder = entry.holderChanged && entry.holder !== "none" ? texts.holderNow(texts.holders[entry.holder]) : null;
  return { title, actor: texts.actors[entry.actor], details, list, afterList, holder };
}
