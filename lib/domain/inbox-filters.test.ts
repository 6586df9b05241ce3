import { describe, expect, it } from "vitest";
import { parseDossierCode } from "./dossier-code";
import {
  DEFAULT_INBOX_QUERY,
  endOfVnDay,
  inboxConditions,
  inboxHref,
  INBOX_MAX_PAGE,
  INBOX_STATUSES,
  likeEscape,
  parseInboxQuery,
  tabCounts,
  TAB_STATUSES,
} from "./inbox-filters";

const isCode = (q: string) => parseDossierCode(q) !== null;
const now = new Date("2026-11-27T03:00:00Z"); // 10:00 in Vietnam, a Friday
const soonAt = new Date("2026-12-01T10:00:00Z"); // 17:00 Tuesday

describe("parseInboxQuery", () => {
  it("gives the default query for no parameters", () => {
    expect(parseInboxQuery({})).toEqual(DEFAULT_INBOX_QUERY);
  });

  it("reads every known parameter", () => {
    expect(
      parseInboxQuery({ tab: "waiting", status: "SUBMITTED", procedure: "cm1abcdefgh", channel: "COUNTER", due: "soon", q: "  Nguyễn   Văn ", sort: "submitted", page: "3" }),
    ).toEqual({ tab: "waiting", status: "SUBMITTED", procedure: "cm1abcdefgh", channel: "COUNTER", due: "soon", q: "Nguyễn Văn", sort: "submitted", page: 3 });
  });

  it("drops unknown or malformed values instead of failing", () => {
    const q = parseInboxQuery({ tab: "all", status: "DRAFT", procedure: "'; drop", channel: "FAX", due: "tomorrow", sort: "name", page: "-2" });
    expect(q).toEqual(DEFAULT_INBOX_QUERY);
    expect(parseInboxQuery({ page: "2.5" }).page).toBe(1);
    expect(parseInboxQuery({ page: "999999" }).page).toBe(INBOX_MAX_PAGE);
    expect(parseInboxQuery({ q: "x".repeat(500) }).q).toHaveLength(100);
    expect(parseInboxQuery({ tab: ["done", "open"] }).tab).toBe("done");
  });

  it("never lets an officer ask for drafts", () => {
    expect(INBOX_STATUSES).not.toContain("DRAFT");
    for (const statuses of Object.values(TAB_STATUSES)) expect(statuses).not.toContain("DRAFT");
  });
});

describe("inboxHref", () => {
  it("leaves defaults out and round-trips through parseInboxQuery", () => {
    expect(inboxHref(DEFAULT_INBOX_QUERY)).toBe("/officer/dossiers");
    const query = { ...DEFAULT_INBOX_QUERY, tab: "done" as const, channel: "ONLINE" as const, q: "Trần Bình", sort: "submitted" as const, page: 2 };
    const href = inboxHref(query);
    expect(parseInboxQuery(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(query);
  });

  it("goes back to page 1 when a filter changes, not when only the page does", () => {
    const query = { ...DEFAULT_INBOX_QUERY, page: 4 };
    expect(inboxHref(query, { tab: "waiting" })).toBe("/officer/dossiers?tab=waiting");
    expect(inboxHref(query, { page: 5 })).toBe("/officer/dossiers?page=5");
  });
});

describe("inboxConditions", () => {
  it("uses the tab's statuses, narrowed by the status filter", () => {
    expect(inboxConditions(DEFAULT_INBOX_QUERY, now, soonAt, isCode).statuses).toEqual(["SUBMITTED", "RECEIVED", "PROCESSING", "SUPPLEMENT_REQUESTED", "APPROVED"]);
    expect(inboxConditions({ ...DEFAULT_INBOX_QUERY, tab: "processing", status: "PROCESSING" }, now, soonAt, isCode).statuses).toEqual(["PROCESSING"]);
    expect(inboxConditions({ ...DEFAULT_INBOX_QUERY, tab: "waiting", status: "RETURNED" }, now, soonAt, isCode).statuses).toEqual([]);
  });

  it("the overdue tab: clock running and deadline passed", () => {
    const c = inboxConditions({ ...DEFAULT_INBOX_QUERY, tab: "overdue" }, now, soonAt, isCode);
    expect(c.statuses).toEqual(["RECEIVED", "PROCESSING", "APPROVED"]);
    expect(c.dueBefore).toEqual(now);
  });

  it("deadline filters keep only dossiers whose clock runs", () => {
    const today = inboxConditions({ ...DEFAULT_INBOX_QUERY, due: "today" }, now, soonAt, isCode);
    expect(today.statuses).toEqual(["RECEIVED", "PROCESSING", "APPROVED"]);
    expect(today.dueFrom).toEqual(now);
    expect(today.dueTo).toEqual(new Date("2026-11-27T16:59:59.999Z"));
    const soon = inboxConditions({ ...DEFAULT_INBOX_QUERY, due: "soon" }, now, soonAt, isCode);
    expect([soon.dueFrom, soon.dueTo, soon.dueBefore]).toEqual([now, soonAt, null]);
    const overdue = inboxConditions({ ...DEFAULT_INBOX_QUERY, due: "overdue" }, now, soonAt, isCode);
    expect([overdue.dueFrom, overdue.dueTo, overdue.dueBefore]).toEqual([null, null, now]);
    expect(inboxConditions({ ...DEFAULT_INBOX_QUERY, tab: "waiting", due: "soon" }, now, soonAt, isCode).statuses).toEqual([]);
  });

  it("a full dossier code is looked up exactly; other text searches names", () => {
    const byCode = inboxConditions({ ...DEFAULT_INBOX_QUERY, q: "stp-261127-0042" }, now, soonAt, isCode);
    expect([byCode.code, byCode.text]).toEqual(["STP-261127-0042", null]);
    const byName = inboxConditions({ ...DEFAULT_INBOX_QUERY, q: "Nguyễn An" }, now, soonAt, isCode);
    expect([byName.code, byName.text]).toEqual([null, "Nguyễn An"]);
  });
});

describe("tabCounts", () => {
  it("adds up the statuses of each tab", () => {
    const counts = tabCounts({ SUBMITTED: 3, RECEIVED: 2, PROCESSING: 5, SUPPLEMENT_REQUESTED: 1, APPROVED: 4, RETURNED: 10, DENIED: 1, REJECTED: 2, WITHDRAWN: 1, DRAFT: 7 }, 6);
    expect(counts).toEqual({ open: 15, waiting: 3, processing: 7, supplement: 1, result: 4, overdue: 6, done: 14 });
  });
});

describe("helpers", () => {
  it("endOfVnDay is the last millisecond of the Vietnam date", () => {
    expect(endOfVnDay(new Date("2026-11-27T18:00:00Z"))).toEqual(new Date("2026-11-28T16:59:59.999Z"));
  });
  it("likeEscape escapes wildcards", () => {
    expect(likeEscape("50%_a\\b")).toBe("50\\%\\_a\\\\b");
  });
});
