import { describe, it, expect } from "vitest";
import { DossierStatus as DossierStatusEnum, type DossierStatus } from "@/lib/generated/prisma/enums";
import {
  DOSSIER_ACTIONS,
  REFUSAL_MESSAGES,
  availableActions,
  isLate,
  planTransition,
  type ActorKind,
  type DossierAction,
  type TransitionInput,
  type TransitionRefusal,
} from "./dossier-workflow";

// ---------------------------------------------------------------------------------------------
// Fixtures. Everything is written out by hand: nothing below is derived from WORKFLOW, so the
// tests check the module against the specification, not against itself.
// ---------------------------------------------------------------------------------------------

const STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "RECEIVED",
  "PROCESSING",
  "SUPPLEMENT_REQUESTED",
  "APPROVED",
  "DENIED",
  "RETURNED",
  "REJECTED",
  "WITHDRAWN",
] as const satisfies readonly DossierStatus[];

const ACTIONS = [
  "submit",
  "withdraw",
  "receive",
  "reject",
  "request_supplement",
  "supplement",
  "start_processing",
  "approve",
  "deny",
  "return_result",
  "issue_apology",
] as const satisfies readonly DossierAction[];

const ACTORS = ["owner", "officer"] as const satisfies readonly ActorKind[];

const REFUSALS = [
  "UNKNOWN_ACTION",
  "WRONG_ACTOR",
  "WRONG_STATUS",
  "MISSING_REASON",
  "MISSING_DOCUMENT_LIST",
  "MISSING_NEW_DUE_DATE",
  "MISSING_RESULT",
  "PAYMENT_REQUIRED",
  "APOLOGY_REQUIRED",
  "NOT_LATE",
] as const satisfies readonly TransitionRefusal[];

const NOW = new Date("2025-07-15T03:00:00.000Z");
const BEFORE = (ms: number) => new Date(NOW.getTime() - ms);
const AFTER = (ms: number) => new Date(NOW.getTime() + ms);
const DAY = 24 * 60 * 60 * 1000;

const ALL_PROVIDED = { reason: true, missingDocuments: true, newDueDate: true, result: true } as const;

type Dossier = TransitionInput["dossier"];

/** A dossier that is not late (deadline tomorrow), paid, no fee, never received. */
function dossier(status: DossierStatus, overrides: Partial<Dossier> = {}): Dossier {
  return { status, dueAt: AFTER(DAY), receivedAt: null, feeAmount: 0, paid: true, ...overrides };
}

/** A dossier whose deadline passed yesterday (late if its clock is running). */
function lateDossier(status: DossierStatus, overrides: Partial<Dossier> = {}): Dossier {
  return dossier(status, { dueAt: BEFORE(DAY), receivedAt: BEFORE(10 * DAY), ...overrides });
}

function plan(action: string, actor: ActorKind, d: Dossier, provided: TransitionInput["provided"] = ALL_PROVIDED, now = NOW) {
  return planTransition({ action: action as DossierAction, actor, dossier: d, provided, now });
}

const ok = (to: DossierStatus) => ({ ok: true, to });
const refused = (refusal: TransitionRefusal) => ({ ok: false, refusal });

// ---------------------------------------------------------------------------------------------
// 1. The full transition table: 11 actions × 10 statuses × 2 actor kinds.
//    Each cell: [owner, officer]; a DossierStatus means "allowed, goes there", a refusal code
//    means "refused". Precedence: the wrong actor is reported before the wrong status.
//    Setting: all requirements provided, paid, not late, receivedAt = null (so `supplement`
//    resumes to SUBMITTED; the receivedAt branch is tested in section 4).
// ---------------------------------------------------------------------------------------------

const WA = "WRONG_ACTOR";
const WS = "WRONG_STATUS";
const NL = "NOT_LATE";

type Cell = DossierStatus | TransitionRefusal;
type Row = Record<(typeof STATUSES)[number], readonly [owner: Cell, officer: Cell]>;

const EXPECTED: Record<(typeof ACTIONS)[number], Row> = {
  submit: {
    DRAFT: ["SUBMITTED", WA],
    SUBMITTED: [WS, WA],
    RECEIVED: [WS, WA],
    PROCESSING: [WS, WA],
    SUPPLEMENT_REQUESTED: [WS, WA],
    APPROVED: [WS, WA],
    DENIED: [WS, WA],
    RETURNED: [WS, WA],
    REJECTED: [WS, WA],
    WITHDRAWN: [WS, WA],
  },
  withdraw: {
    DRAFT: [WS, WA],
    SUBMITTED: ["WITHDRAWN", WA],
    RECEIVED: ["WITHDRAWN", WA],
    PROCESSING: [WS, WA],
    SUPPLEMENT_REQUESTED: [WS, WA],
    APPROVED: [WS, WA],
    DENIED: [WS, WA],
    RETURNED: [WS, WA],
    REJECTED: [WS, WA],
    WITHDRAWN: [WS, WA],
  },
  receive: {
    DRAFT: [WA, WS],
    SUBMITTED: [WA, "RECEIVED"],
    RECEIVED: [WA, WS],
    PROCESSING: [WA, WS],
    SUPPLEMENT_REQUESTED: [WA, WS],
    APPROVED: [WA, WS],
    DENIED: [WA, WS],
    RETURNED: [WA, WS],
    REJECTED: [WA, WS],
    WITHDRAWN: [WA, WS],
  },
  reject: {
    DRAFT: [WA, WS],
    SUBMITTED: [WA, "REJECTED"],
    RECEIVED: [WA, WS],
    PROCESSING: [WA, WS],
    SUPPLEMENT_REQUESTED: [WA, WS],
    APPROVED: [WA, WS],
    DENIED: [WA, WS],
    RETURNED: [WA, WS],
    REJECTED: [WA, WS],
    WITHDRAWN: [WA, WS],
  },
  request_supplement: {
    DRAFT: [WA, WS],
    SUBMITTED: [WA, "SUPPLEMENT_REQUESTED"],
    RECEIVED: [WA, "SUPPLEMENT_REQUESTED"],
    PROCESSING: [WA, "SUPPLEMENT_REQUESTED"],
    SUPPLEMENT_REQUESTED: [WA, WS],
    APPROVED: [WA, WS],
    DENIED: [WA, WS],
    RETURNED: [WA, WS],
    REJECTED: [WA, WS],
    WITHDRAWN: [WA, WS],
  },
  supplement: {
    DRAFT: [WS, WA],
    SUBMITTED: [WS, WA],
    RECEIVED: [WS, WA],
    PROCESSING: [WS, WA],
    SUPPLEMENT_REQUESTED: ["SUBMITTED", WA],
    APPROVED: [WS, WA],
    DENIED: [WS, WA],
    RETURNED: [WS, WA],
    REJECTED: [WS, WA],
    WITHDRAWN: [WS, WA],
  },
  start_processing: {
    DRAFT: [WA, WS],
    SUBMITTED: [WA, WS],
    RECEIVED: [WA, "PROCESSING"],
    PROCESSING: [WA, WS],
    SUPPLEMENT_REQUESTED: [WA, WS],
    APPROVED: [WA, WS],
    DENIED: [WA, WS],
    RETURNED: [WA, WS],
    REJECTED: [WA, WS],
    WITHDRAWN: [WA, WS],
  },
  approve: {
    DRAFT: [WA, WS],
    SUBMITTED: [WA, WS],
    RECEIVED: [WA, WS],
    PROCESSING: [WA, "APPROVED"],
    SUPPLEMENT_REQUESTED: [WA, WS],
    APPROVED: [WA, WS],
    DENIED: [WA, WS],
    RETURNED: [WA, WS],
    REJECTED: [WA, WS],
    WITHDRAWN: [WA, WS],
  },
  deny: {
    DRAFT: [WA, WS],
    SUBMITTED: [WA, WS],
    RECEIVED: [WA, WS],
    PROCESSING: [WA, "DENIED"],
    SUPPLEMENT_REQUESTED: [WA, WS],
    APPROVED: [WA, WS],
    DENIED: [WA, WS],
    RETURNED: [WA, WS],
    REJECTED: [WA, WS],
    WITHDRAWN: [WA, WS],
  },
  return_result: {
    DRAFT: [WA, WS],
    SUBMITTED: [WA, WS],
    RECEIVED: [WA, WS],
    PROCESSING: [WA, WS],
    SUPPLEMENT_REQUESTED: [WA, WS],
    APPROVED: [WA, "RETURNED"],
    DENIED: [WA, WS],
    RETURNED: [WA, WS],
    REJECTED: [WA, WS],
    WITHDRAWN: [WA, WS],
  },
  issue_apology: {
    // Allowed from the clock-running statuses, but the table dossier is not late.
    DRAFT: [WA, WS],
    SUBMITTED: [WA, WS],
    RECEIVED: [WA, NL],
    PROCESSING: [WA, NL],
    SUPPLEMENT_REQUESTED: [WA, WS],
    APPROVED: [WA, NL],
    DENIED: [WA, WS],
    RETURNED: [WA, WS],
    REJECTED: [WA, WS],
    WITHDRAWN: [WA, WS],
  },
};

const isStatus = (cell: Cell): cell is DossierStatus => (STATUSES as readonly string[]).includes(cell);

describe("fixtures match the module's vocabulary", () => {
  it("STATUSES lists exactly the Prisma DossierStatus enum", () => {
    expect([...STATUSES].sort()).toEqual(Object.values(DossierStatusEnum).sort());
  });

  it("ACTIONS lists exactly DOSSIER_ACTIONS, in order", () => {
    expect([...DOSSIER_ACTIONS]).toEqual([...ACTIONS]);
  });

  it("REFUSALS lists exactly the keys of REFUSAL_MESSAGES", () => {
    expect(Object.keys(REFUSAL_MESSAGES).sort()).toEqual([...REFUSALS].sort());
  });

  it("status names and refusal codes are disjoint (so a table cell is unambiguous)", () => {
    for (const r of REFUSALS) expect(isStatus(r)).toBe(false);
  });

  it("the table has a cell for every action × status", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
    for (const action of ACTIONS) expect(Object.keys(EXPECTED[action]).sort()).toEqual([...STATUSES].sort());
  });
});

describe("planTransition: full action × status × actor table", () => {
  const cases = ACTIONS.flatMap((action) =>
    STATUSES.flatMap((status) =>
      ACTORS.map((actor, i) => [action, status, actor, EXPECTED[action][status][i]] as const),
    ),
  );

  it("covers 11 × 10 × 2 = 220 combinations", () => {
    expect(cases).toHaveLength(220);
  });

  it("allows exactly 13 (action, status, actor) combinations when not late (issue_apology needs lateness)", () => {
    expect(cases.filter(([, , , cell]) => isStatus(cell))).toHaveLength(13);
  });

  it.each(cases)("%s on %s by %s → %s", (action, status, actor, cell) => {
    const result = plan(action, actor, dossier(status));
    expect(result).toEqual(isStatus(cell) ? ok(cell) : refused(cell));
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Requirements.
// ---------------------------------------------------------------------------------------------

describe("planTransition: requirements", () => {
  // [action, actor, from status, late?, missing requirement, expected refusal]
  const missing = [
    ["reject", "officer", "SUBMITTED", false, "reason", "MISSING_REASON"],
    ["request_supplement", "officer", "SUBMITTED", false, "reason", "MISSING_REASON"],
    ["request_supplement", "officer", "SUBMITTED", false, "missingDocuments", "MISSING_DOCUMENT_LIST"],
    ["request_supplement", "officer", "RECEIVED", false, "reason", "MISSING_REASON"],
    ["request_supplement", "officer", "RECEIVED", false, "missingDocuments", "MISSING_DOCUMENT_LIST"],
    ["request_supplement", "officer", "PROCESSING", false, "reason", "MISSING_REASON"],
    ["request_supplement", "officer", "PROCESSING", false, "missingDocuments", "MISSING_DOCUMENT_LIST"],
    ["deny", "officer", "PROCESSING", false, "reason", "MISSING_REASON"],
    ["return_result", "officer", "APPROVED", false, "result", "MISSING_RESULT"],
    ["issue_apology", "officer", "RECEIVED", true, "reason", "MISSING_REASON"],
    ["issue_apology", "officer", "RECEIVED", true, "newDueDate", "MISSING_NEW_DUE_DATE"],
    ["issue_apology", "officer", "PROCESSING", true, "reason", "MISSING_REASON"],
    ["issue_apology", "officer", "PROCESSING", true, "newDueDate", "MISSING_NEW_DUE_DATE"],
    ["issue_apology", "officer", "APPROVED", true, "reason", "MISSING_REASON"],
    ["issue_apology", "officer", "APPROVED", true, "newDueDate", "MISSING_NEW_DUE_DATE"],
  ] as const;

  describe.each(missing)("%s on %s (%s, late=%s) without %s", (action, actor, status, late, requirement, refusal) => {
    const d = late ? lateDossier(status) : dossier(status);

    it(`→ ${refusal} when the requirement is false`, () => {
      expect(plan(action, actor, d, { ...ALL_PROVIDED, [requirement]: false })).toEqual(refused(refusal));
    });

    it(`→ ${refusal} when the requirement is absent`, () => {
      const provided: Record<string, boolean> = { ...ALL_PROVIDED };
      delete provided[requirement];
      expect(plan(action, actor, d, provided)).toEqual(refused(refusal));
    });
  });

  it.each([
    ["reject", "SUBMITTED", false, "MISSING_REASON"],
    ["request_supplement", "PROCESSING", false, "MISSING_REASON"],
    ["deny", "PROCESSING", false, "MISSING_REASON"],
    ["return_result", "APPROVED", false, "MISSING_RESULT"],
    ["issue_apology", "PROCESSING", true, "MISSING_REASON"],
  ] as const)("%s on %s with nothing provided (provided omitted) → %s", (action, status, late, refusal) => {
    const d = late ? lateDossier(status) : dossier(status);
    expect(planTransition({ action, actor: "officer", dossier: d, now: NOW })).toEqual(refused(refusal));
    expect(plan(action, "officer", d, {})).toEqual(refused(refusal));
  });

  it("requirements belonging to other actions are not demanded (reject needs only a reason)", () => {
    expect(plan("reject", "officer", dossier("SUBMITTED"), { reason: true })).toEqual(ok("REJECTED"));
    expect(plan("deny", "officer", dossier("PROCESSING"), { reason: true })).toEqual(ok("DENIED"));
    expect(plan("return_result", "officer", dossier("APPROVED"), { result: true })).toEqual(ok("RETURNED"));
    expect(plan("request_supplement", "officer", dossier("RECEIVED"), { reason: true, missingDocuments: true })).toEqual(
      ok("SUPPLEMENT_REQUESTED"),
    );
    expect(plan("issue_apology", "officer", lateDossier("PROCESSING"), { reason: true, newDueDate: true })).toEqual(ok("PROCESSING"));
  });

  it.each([
    ["withdraw", "owner", "SUBMITTED", "WITHDRAWN"],
    ["withdraw", "owner", "RECEIVED", "WITHDRAWN"],
    ["receive", "officer", "SUBMITTED", "RECEIVED"],
    ["supplement", "owner", "SUPPLEMENT_REQUESTED", "SUBMITTED"],
    ["start_processing", "officer", "RECEIVED", "PROCESSING"],
    ["approve", "officer", "PROCESSING", "APPROVED"],
  ] as const)("%s (no requirements) by %s on %s succeeds with nothing provided → %s", (action, actor, status, to) => {
    expect(planTransition({ action, actor, dossier: dossier(status), now: NOW })).toEqual(ok(to));
  });

  describe("submit and payment", () => {
    it("fee > 0 and unpaid → PAYMENT_REQUIRED", () => {
      expect(plan("submit", "owner", dossier("DRAFT", { feeAmount: 50_000, paid: false }))).toEqual(refused("PAYMENT_REQUIRED"));
    });

    it("a fee of 1 đồng unpaid → PAYMENT_REQUIRED", () => {
      expect(plan("submit", "owner", dossier("DRAFT", { feeAmount: 1, paid: false }))).toEqual(refused("PAYMENT_REQUIRED"));
    });

    it("fee > 0 and paid → SUBMITTED", () => {
      expect(plan("submit", "owner", dossier("DRAFT", { feeAmount: 50_000, paid: true }))).toEqual(ok("SUBMITTED"));
    });

    it("fee 0 and unpaid → SUBMITTED (nothing to pay)", () => {
      expect(plan("submit", "owner", dossier("DRAFT", { feeAmount: 0, paid: false }))).toEqual(ok("SUBMITTED"));
    });

    it("needs no other requirement (provided omitted)", () => {
      expect(planTransition({ action: "submit", actor: "owner", dossier: dossier("DRAFT", { feeAmount: 0, paid: false }), now: NOW })).toEqual(
        ok("SUBMITTED"),
      );
    });

    it("payment is only a submit requirement: an unpaid fee does not block other actions", () => {
      const unpaid = { feeAmount: 50_000, paid: false };
      expect(plan("withdraw", "owner", dossier("SUBMITTED", unpaid))).toEqual(ok("WITHDRAWN"));
      expect(plan("receive", "officer", dossier("SUBMITTED", unpaid))).toEqual(ok("RECEIVED"));
    });

    it("the wrong actor or status is reported before the missing payment", () => {
      expect(plan("submit", "officer", dossier("DRAFT", { feeAmount: 50_000, paid: false }))).toEqual(refused("WRONG_ACTOR"));
      expect(plan("submit", "owner", dossier("SUBMITTED", { feeAmount: 50_000, paid: false }))).toEqual(refused("WRONG_STATUS"));
    });
  });

  it("the wrong actor / wrong status are reported before missing requirements", () => {
    expect(plan("reject", "owner", dossier("SUBMITTED"), {})).toEqual(refused("WRONG_ACTOR"));
    expect(plan("reject", "officer", dossier("RECEIVED"), {})).toEqual(refused("WRONG_STATUS"));
    expect(plan("deny", "officer", dossier("APPROVED"), {})).toEqual(refused("WRONG_STATUS"));
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Lateness.
// ---------------------------------------------------------------------------------------------

describe("isLate", () => {
  const pastDue = { dueAt: BEFORE(DAY) };

  it.each([
    ["DRAFT", false],
    ["SUBMITTED", false],
    ["RECEIVED", true],
    ["PROCESSING", true],
    ["SUPPLEMENT_REQUESTED", false], // the legal clock is stopped while waiting for documents
    ["APPROVED", true],
    ["DENIED", false],
    ["RETURNED", false],
    ["REJECTED", false],
    ["WITHDRAWN", false],
  ] as const)("%s past its deadline → %s (only clock-running statuses can be late)", (status, expected) => {
    expect(isLate({ status, ...pastDue }, NOW)).toBe(expected);
  });

  it.each(["RECEIVED", "PROCESSING", "APPROVED"] as const)("%s with dueAt null → not late", (status) => {
    expect(isLate({ status, dueAt: null }, NOW)).toBe(false);
  });

  it.each(["RECEIVED", "PROCESSING", "APPROVED"] as const)("%s exactly at the deadline → not late", (status) => {
    expect(isLate({ status, dueAt: NOW }, NOW)).toBe(false);
  });

  it.each(["RECEIVED", "PROCESSING", "APPROVED"] as const)("%s 1 ms after the deadline → late", (status) => {
    expect(isLate({ status, dueAt: BEFORE(1) }, NOW)).toBe(true);
  });

  it.each(["RECEIVED", "PROCESSING", "APPROVED"] as const)("%s 1 ms before the deadline → not late", (status) => {
    expect(isLate({ status, dueAt: AFTER(1) }, NOW)).toBe(false);
  });

  it("SUPPLEMENT_REQUESTED long past due → not late (clock stopped)", () => {
    expect(isLate({ status: "SUPPLEMENT_REQUESTED", dueAt: BEFORE(365 * DAY) }, NOW)).toBe(false);
  });

  it("uses the given clock, not the system clock", () => {
    const dueAt = new Date("2000-01-01T00:00:00.000Z");
    expect(isLate({ status: "PROCESSING", dueAt }, new Date("1999-12-31T23:59:59.999Z"))).toBe(false);
    expect(isLate({ status: "PROCESSING", dueAt }, new Date("2000-01-01T00:00:00.001Z"))).toBe(true);
  });
});

describe("planTransition: a late dossier", () => {
  // Officer actions that are otherwise allowed from each clock-running status.
  const blocked = [
    ["request_supplement", "RECEIVED"],
    ["start_processing", "RECEIVED"],
    ["request_supplement", "PROCESSING"],
    ["approve", "PROCESSING"],
    ["deny", "PROCESSING"],
    ["return_result", "APPROVED"],
  ] as const;

  it.each(blocked)("officer %s on a late %s → APOLOGY_REQUIRED", (action, status) => {
    expect(plan(action, "officer", lateDossier(status))).toEqual(refused("APOLOGY_REQUIRED"));
  });

  it.each(blocked)("officer %s on a late %s → APOLOGY_REQUIRED even with requirements missing", (action, status) => {
    expect(plan(action, "officer", lateDossier(status), {})).toEqual(refused("APOLOGY_REQUIRED"));
  });

  it.each(blocked)("officer %s on %s 1 ms past the deadline → APOLOGY_REQUIRED", (action, status) => {
    expect(plan(action, "officer", dossier(status, { dueAt: BEFORE(1), receivedAt: BEFORE(DAY) }))).toEqual(refused("APOLOGY_REQUIRED"));
  });

  it.each(blocked)("officer %s on %s exactly at the deadline → allowed", (action, status) => {
    const result = plan(action, "officer", dossier(status, { dueAt: NOW, receivedAt: BEFORE(DAY) }));
    expect(result.ok).toBe(true);
  });

  // Every officer action × every status on a late dossier: only the status-valid ones reach the
  // lateness check; issue_apology is the only one that passes it.
  const officerActions = ACTIONS.filter((a) => EXPECTED[a].DRAFT[0] === WA);
  const lateCases = officerActions.flatMap((action) =>
    (["RECEIVED", "PROCESSING", "APPROVED"] as const).map((status) => {
      const allowedWhenOnTime = EXPECTED[action][status][1] !== WS;
      const expected =
        action === "issue_apology" ? ok(status) : allowedWhenOnTime ? refused("APOLOGY_REQUIRED") : refused("WRONG_STATUS");
      return [action, status, expected] as const;
    }),
  );

  it("officer actions are the 8 written in the table", () => {
    expect(officerActions).toEqual([
      "receive",
      "reject",
      "request_supplement",
      "start_processing",
      "approve",
      "deny",
      "return_result",
      "issue_apology",
    ]);
  });

  it.each(lateCases)("officer %s on a late %s → %j", (action, status, expected) => {
    expect(plan(action, "officer", lateDossier(status))).toEqual(expected);
  });

  it.each(["RECEIVED", "PROCESSING", "APPROVED"] as const)("issue_apology on a late %s → same status", (status) => {
    expect(plan("issue_apology", "officer", lateDossier(status))).toEqual(ok(status));
  });

  it.each(["RECEIVED", "PROCESSING", "APPROVED"] as const)("issue_apology on %s 1 ms past the deadline → same status", (status) => {
    expect(plan("issue_apology", "officer", dossier(status, { dueAt: BEFORE(1) }))).toEqual(ok(status));
  });

  it.each([
    ["deadline tomorrow", AFTER(DAY)],
    ["exactly at the deadline", NOW],
    ["no deadline", null],
  ] as const)("issue_apology when not late (%s) → NOT_LATE", (_name, dueAt) => {
    for (const status of ["RECEIVED", "PROCESSING", "APPROVED"] as const) {
      expect(plan("issue_apology", "officer", dossier(status, { dueAt }))).toEqual(refused("NOT_LATE"));
    }
  });

  it("issue_apology is NOT_LATE even with requirements missing (lateness is checked first)", () => {
    expect(plan("issue_apology", "officer", dossier("PROCESSING"), {})).toEqual(refused("NOT_LATE"));
  });

  it("issue_apology on SUPPLEMENT_REQUESTED past due → WRONG_STATUS (clock stopped, not an apology case)", () => {
    expect(plan("issue_apology", "officer", lateDossier("SUPPLEMENT_REQUESTED"))).toEqual(refused("WRONG_STATUS"));
  });

  it("issue_apology by the owner of a late dossier → WRONG_ACTOR", () => {
    expect(plan("issue_apology", "owner", lateDossier("PROCESSING"))).toEqual(refused("WRONG_ACTOR"));
  });

  it("once the apology sets a new due date, officer actions are allowed again", () => {
    const late = lateDossier("PROCESSING");
    expect(plan("approve", "officer", late)).toEqual(refused("APOLOGY_REQUIRED"));
    expect(plan("issue_apology", "officer", late)).toEqual(ok("PROCESSING"));
    const rescheduled = { ...late, dueAt: AFTER(5 * DAY) };
    expect(plan("approve", "officer", rescheduled)).toEqual(ok("APPROVED"));
    expect(plan("issue_apology", "officer", rescheduled)).toEqual(refused("NOT_LATE"));
  });

  it("owner actions are not blocked by lateness: withdraw on a late RECEIVED → WITHDRAWN", () => {
    const d = lateDossier("RECEIVED");
    expect(isLate(d, NOW)).toBe(true);
    expect(plan("withdraw", "owner", d)).toEqual(ok("WITHDRAWN"));
  });

  it("officer actions on SUBMITTED past due are not blocked (the clock has not started)", () => {
    const d = dossier("SUBMITTED", { dueAt: BEFORE(DAY) });
    expect(plan("receive", "officer", d)).toEqual(ok("RECEIVED"));
    expect(plan("reject", "officer", d)).toEqual(ok("REJECTED"));
    expect(plan("request_supplement", "officer", d)).toEqual(ok("SUPPLEMENT_REQUESTED"));
  });

  it("supplement on SUPPLEMENT_REQUESTED past due is not blocked (clock stopped)", () => {
    expect(plan("supplement", "owner", lateDossier("SUPPLEMENT_REQUESTED"))).toEqual(ok("PROCESSING"));
  });

  it("final statuses past due: officers get WRONG_STATUS, never APOLOGY_REQUIRED", () => {
    for (const status of ["DENIED", "RETURNED", "REJECTED", "WITHDRAWN"] as const) {
      for (const action of officerActions) {
        expect(plan(action, "officer", lateDossier(status))).toEqual(refused("WRONG_STATUS"));
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 4. resume after a supplement.
// ---------------------------------------------------------------------------------------------

describe("planTransition: supplement resumes", () => {
  it("with receivedAt set → PROCESSING (the dossier had been received)", () => {
    expect(plan("supplement", "owner", dossier("SUPPLEMENT_REQUESTED", { receivedAt: BEFORE(3 * DAY) }))).toEqual(ok("PROCESSING"));
  });

  it("with receivedAt null → SUBMITTED (requested before reception)", () => {
    expect(plan("supplement", "owner", dossier("SUPPLEMENT_REQUESTED", { receivedAt: null }))).toEqual(ok("SUBMITTED"));
  });

  it("receivedAt at the epoch (a falsy-looking getTime of 0) still counts as received", () => {
    expect(plan("supplement", "owner", dossier("SUPPLEMENT_REQUESTED", { receivedAt: new Date(0) }))).toEqual(ok("PROCESSING"));
  });

  it("with dueAt null → still resumes", () => {
    expect(plan("supplement", "owner", dossier("SUPPLEMENT_REQUESTED", { dueAt: null, receivedAt: BEFORE(DAY) }))).toEqual(
      ok("PROCESSING"),
    );
    expect(plan("supplement", "owner", dossier("SUPPLEMENT_REQUESTED", { dueAt: null, receivedAt: null }))).toEqual(ok("SUBMITTED"));
  });

  it("receivedAt does not matter outside SUPPLEMENT_REQUESTED (supplement is WRONG_STATUS)", () => {
    expect(plan("supplement", "owner", dossier("PROCESSING", { receivedAt: BEFORE(DAY) }))).toEqual(refused("WRONG_STATUS"));
  });

  it("round trip: request_supplement from SUBMITTED, supplement → SUBMITTED; from PROCESSING → PROCESSING", () => {
    const submitted = dossier("SUBMITTED");
    const req1 = plan("request_supplement", "officer", submitted);
    expect(req1).toEqual(ok("SUPPLEMENT_REQUESTED"));
    expect(plan("supplement", "owner", { ...submitted, status: "SUPPLEMENT_REQUESTED" })).toEqual(ok("SUBMITTED"));

    const processing = dossier("PROCESSING", { receivedAt: BEFORE(2 * DAY) });
    expect(plan("request_supplement", "officer", processing)).toEqual(ok("SUPPLEMENT_REQUESTED"));
    expect(plan("supplement", "owner", { ...processing, status: "SUPPLEMENT_REQUESTED" })).toEqual(ok("PROCESSING"));
  });
});

// ---------------------------------------------------------------------------------------------
// 5. availableActions.
// ---------------------------------------------------------------------------------------------

describe("availableActions", () => {
  it.each([
    ["owner on DRAFT", "owner", dossier("DRAFT"), ["submit"]],
    ["owner on SUBMITTED", "owner", dossier("SUBMITTED"), ["withdraw"]],
    ["owner on RECEIVED", "owner", dossier("RECEIVED", { receivedAt: BEFORE(DAY) }), ["withdraw"]],
    ["owner on a late RECEIVED", "owner", lateDossier("RECEIVED"), ["withdraw"]],
    ["owner on PROCESSING", "owner", dossier("PROCESSING", { receivedAt: BEFORE(DAY) }), []],
    ["owner on SUPPLEMENT_REQUESTED", "owner", dossier("SUPPLEMENT_REQUESTED"), ["supplement"]],
    ["owner on RETURNED", "owner", dossier("RETURNED"), []],
    ["officer on DRAFT", "officer", dossier("DRAFT"), []],
    ["officer on SUBMITTED", "officer", dossier("SUBMITTED"), ["receive", "reject", "request_supplement"]],
    ["officer on RECEIVED", "officer", dossier("RECEIVED", { receivedAt: BEFORE(DAY) }), ["request_supplement", "start_processing"]],
    ["officer on PROCESSING", "officer", dossier("PROCESSING", { receivedAt: BEFORE(DAY) }), ["request_supplement", "approve", "deny"]],
    ["officer on a late RECEIVED", "officer", lateDossier("RECEIVED"), ["issue_apology"]],
    ["officer on a late PROCESSING", "officer", lateDossier("PROCESSING"), ["issue_apology"]],
    ["officer on a late APPROVED", "officer", lateDossier("APPROVED"), ["issue_apology"]],
    ["officer on APPROVED", "officer", dossier("APPROVED", { receivedAt: BEFORE(DAY) }), ["return_result"]],
    ["officer on SUPPLEMENT_REQUESTED past due", "officer", lateDossier("SUPPLEMENT_REQUESTED"), []],
    ["officer on RETURNED", "officer", dossier("RETURNED"), []],
    ["officer on DENIED", "officer", dossier("DENIED"), []],
    ["officer on REJECTED", "officer", dossier("REJECTED"), []],
    ["officer on WITHDRAWN", "officer", dossier("WITHDRAWN"), []],
  ] as const)("%s → %j", (_name, actor, d, expected) => {
    expect(availableActions(actor, d, NOW)).toEqual(expected);
  });

  it("offers submit to an owner with an unpaid fee (payment is part of the submit step; the server re-plans)", () => {
    const d = dossier("DRAFT", { feeAmount: 50_000, paid: false });
    expect(availableActions("owner", d, NOW)).toEqual(["submit"]);
    expect(plan("submit", "owner", d)).toEqual(refused("PAYMENT_REQUIRED"));
  });

  it("does not mutate the dossier it is given", () => {
    const d = dossier("DRAFT", { feeAmount: 50_000, paid: false });
    const copy = { ...d };
    availableActions("owner", d, NOW);
    expect(d).toEqual(copy);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Unknown actions.
// ---------------------------------------------------------------------------------------------

describe("planTransition: unknown actions", () => {
  const unknown = [
    "delete",
    "__proto__",
    "toString",
    "constructor",
    "hasOwnProperty",
    "valueOf",
    "",
    "SUBMIT",
    "approve ",
  ];

  describe.each(unknown)("%j", (action) => {
    it.each(ACTORS)("by %s → UNKNOWN_ACTION, in every status", (actor) => {
      for (const status of STATUSES) {
        expect(plan(action, actor, dossier(status))).toEqual(refused("UNKNOWN_ACTION"));
        expect(plan(action, actor, lateDossier(status))).toEqual(refused("UNKNOWN_ACTION"));
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 7. Refusal messages.
// ---------------------------------------------------------------------------------------------

describe("REFUSAL_MESSAGES", () => {
  // At least one letter that only Vietnamese (among the expected languages) writes.
  const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

  it.each(REFUSALS)("%s has a non-empty Vietnamese message", (code) => {
    const message = REFUSAL_MESSAGES[code];
    expect(typeof message).toBe("string");
    expect(message.trim()).not.toBe("");
    expect(message).toMatch(VIETNAMESE);
    expect(message).not.toMatch(/[A-Z]{2,}_[A-Z]/); // not the code itself
  });

  it("every message is distinct", () => {
    const messages = REFUSALS.map((code) => REFUSAL_MESSAGES[code]);
    expect(new Set(messages).size).toBe(messages.length);
  });

  it("every refusal planTransition can return has a message", () => {
    const seen = new Set<TransitionRefusal>();
    const requirementSets = [
      ALL_PROVIDED,
      {},
      ...(Object.keys(ALL_PROVIDED) as (keyof typeof ALL_PROVIDED)[]).map((k) => ({ ...ALL_PROVIDED, [k]: false })),
    ];
    for (const action of [...ACTIONS, "delete"]) {
      for (const actor of ACTORS) {
        for (const status of STATUSES) {
          for (const d of [dossier(status), lateDossier(status), dossier(status, { feeAmount: 10_000, paid: false })]) {
            for (const provided of requirementSets) {
              const result = plan(action, actor, d, provided);
              if (!result.ok) seen.add(result.refusal);
            }
          }
        }
      }
    }
    expect([...seen].sort()).toEqual([...REFUSALS].sort());
    for (const code of seen) expect(REFUSAL_MESSAGES[code]).toBeTruthy();
  });
});
