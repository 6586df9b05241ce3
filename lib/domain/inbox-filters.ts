// The officer's dossier inbox: tabs, filters, sort and page as they travel in the URL, and the
// conditions they stand for. Pure: the clock and the "2 working days from now" instant are
// parameters (lib/server computes the latter from the holiday calendar).
import type { DossierChannel, DossierStatus } from "@/lib/generated/prisma/enums";
import { CLOCK_RUNNING_STATUSES, FINAL_STATUSES, OPEN_STATUSES } from "./dossier-workflow";
import { vnDateKey, vnInstant } from "./working-days";

export const INBOX_TABS = ["open", "waiting", "processing", "supplement", "result", "overdue", "done"] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

export const INBOX_DUE_FILTERS = ["today", "soon", "overdue"] as const;
export type InboxDue = (typeof INBOX_DUE_FILTERS)[number];

export const INBOX_SORTS = ["due", "submitted"] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

/** Statuses an officer sees: everything but the citizen's own drafts. */
export const INBOX_STATUSES: readonly DossierStatus[] = [...OPEN_STATUSES, ...FINAL_STATUSES];
export const INBOX_CHANNELS: readonly DossierChannel[] = ["ONLINE", "COUNTER", "NATIONAL_PORTAL", "POSTAL"];

export const INBOX_PAGE_SIZE = 20;
/** Pages deeper than this are refused (OFFSET stays bounded); filters narrow the list instead. */
export const INBOX_MAX_PAGE = 250;
export const INBOX_SEARCH_MAX = 100;

/** The statuses of each tab; "overdue" also needs the deadline to have passed. */
export const TAB_STATUSES: Record<InboxTab, readonly DossierStatus[]> = {
  open: OPEN_STATUSES,
  waiting: ["SUBMITTED"],
  processing: ["RECEIVED", "PROCESSING"],
  supplement: ["SUPPLEMENT_REQUESTED"],
  result: ["APPROVED"],
  overdue: CLOCK_RUNNING_STATUSES,
  done: FINAL_STATUSES,
};

export type InboxQuery = {
  tab: InboxTab;
  status: DossierStatus | null;
  procedure: string | null;
  channel: DossierChannel | null;
  due: InboxDue | null;
  q: string;
  sort: InboxSort;
  page: number;
};

export const DEFAULT_INBOX_QUERY: InboxQuery = { tab: "open", status: null, procedure: null, channel: null, due: null, q: "", sort: "due", page: 1 };

type Params = Record<string, string | string[] | undefined>;

function one(params: Params, key: string): string | undefined {
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

function pick<T extends string>(value: string | undefined, allowed: readonly T[]): T | null {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads the inbox's URL parameters; anything unknown or malformed falls back to the default (a shared link never errors). */
export function parseInboxQuery(params: Params): InboxQuery {
  const page = Number(one(params, "page"));
  const procedure = one(params, "procedure");
  return {
    tab: pick(one(params, "tab"), INBOX_TABS) ?? DEFAULT_INBOX_QUERY.tab,
    status: pick(one(params, "status"), INBOX_STATUSES),
    procedure: procedure && /^[a-z0-9]{8,40}$/.test(procedure) ? procedure : null,
    channel: pick(one(params, "channel"), INBOX_CHANNELS),
    due: pick(one(params, "due"), INBOX_DUE_FILTERS),
    q: (one(params, "q") ?? "").normalize("NFC").replace(/\s+/g, " ").trim().slice(0, INBOX_SEARCH_MAX),
    sort: pick(one(params, "sort"), INBOX_SORTS) ?? DEFAULT_INBOX_QUERY.sort,
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, INBOX_MAX_PAGE) : 1,
  };
}

/** The inbox URL of a query; defaults are left out so links stay short. Changing a filter goes back to page 1. */
export function inboxHref(query: InboxQuery, changes: Partial<InboxQuery> = {}, base = "/officer/dossiers"): string {
  const resetsPage = Object.keys(changes).some((k) => k !== "page");
  const next: InboxQuery = { ...query, ...(resetsPage ? { page: 1 } : {}), ...changes };
  const params = new URLSearchParams();
  if (next.tab !== DEFAULT_INBOX_QUERY.tab) params.set("tab", next.tab);
  if (next.status) params.set("status", next.status);
  if (next.procedure) params.set("procedure", next.procedure);
  if (next.channel) params.set("channel", next.channel);
  if (next.due) params.set("due", next.due);
  if (next.q) params.set("q", next.q);
  if (next.sort !== DEFAULT_INBOX_QUERY.sort) params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}

/** What the list's WHERE clause says, besides the agency (always added by lib/server). */
export type InboxConditions = {
  /** Empty: nothing can match (e.g. a status filter outside the tab). */
  statuses: DossierStatus[];
  /** dueAt ≥ dueFrom (inclusive) */
  dueFrom: Date | null;
  /** dueAt ≤ dueTo (inclusive) */
  dueTo: Date | null;
  /** dueAt < dueBefore (strict): overdue */
  dueBefore: Date | null;
  procedureId: string | null;
  channel: DossierChannel | null;
  /** An exact dossier code (upper case), or null. */
  code: string | null;
  /** Text to find in the applicant's name or at the start of the code, or null. */
  text: string | null;
};

/** The end of the Vietnam calendar day of `now` (23:59:59.999, UTC+7). */
export function endOfVnDay(now: Date): Date {
  const key = vnDateKey(now);
  return new Date(vnInstant(key, 24).getTime() - 1);
}

/**
 * The conditions of a query. Deadline filters (and the overdue tab) only concern dossiers whose
 * legal clock runs: a submitted dossier has only a provisional date, a supplement request stops
 * the clock. `soonAt` = 17:00 of the second working day after today.
 */
export function inboxConditions(query: InboxQuery, now: Date, soonAt: Date, isCode: (q: string) => boolean): InboxConditions {
  let statuses = [...TAB_STATUSES[query.tab]];
  if (query.status) statuses = statuses.filter((s) => s === query.status);
  let dueFrom: Date | null = null;
  let dueTo: Date | null = null;
  let dueBefore: Date | null = null;
  if (query.tab === "overdue") dueBefore = now;
  if (query.due) {
    statuses = statuses.filter((s) => CLOCK_RUNNING_STATUSES.includes(s));
    if (query.due === "overdue") dueBefore = now;
    else {
      dueFrom = now;
      dueTo = query.due === "today" ? endOfVnDay(now) : soonAt;
    }
  }
  const q = query.q.trim();
  const code = q && isCode(q) ? q.toUpperCase() : null;
  return { statuses, dueFrom, dueTo, dueBefore, procedureId: query.procedure, channel: query.channel, code, text: q && !code ? q : null };
}

/** Counts per tab from the agency's counts per status and its overdue count. */
export function tabCounts(byStatus: Partial<Record<DossierStatus, number>>, overdue: number): Record<InboxTab, number> {
  const sum = (statuses: readonly DossierStatus[]) => statuses.reduce((n, s) => n + (byStatus[s] ?? 0), 0);
  return {
    open: sum(TAB_STATUSES.open),
    waiting: sum(TAB_STATUSES.waiting),
    processing: sum(TAB_STATUSES.processing),
    supplement: sum(TAB_STATUSES.supplement),
    result: sum(TAB_STATUSES.result),
    overdue,
    done: sum(TAB_STATUSES.done),
  };
}

/** Escapes LIKE wildcards so the officer's text is matched literally. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
