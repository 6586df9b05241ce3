// The dossier workflow as officers (and everyone else) meet it: two officers acting on one
// dossier at once (exactly one wins, one event, one audit row), a permission matrix — every
// role × every workflow action, allowed or refused exactly as the permission table and the
// state machine say, refusals changing nothing — and the processing page's server action
// (version conflict message, errors beside the fields, typed text kept).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { can, type Permission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DOSSIER_ACTIONS, WORKFLOW, type DossierAction } from "@/lib/domain/dossier-workflow";
import { addWorkingDays, vnDateKey } from "@/lib/domain/working-days";
import { AppError } from "@/lib/errors";
import type { DossierStatus, Role } from "@/lib/generated/prisma/enums";
import { inboxVi } from "@/lib/i18n/messages/vi/inbox";
import { actorByEmail, DEMO, refusal, userOf } from "../support/actors";

const session = vi.hoisted(() => {
  process.env.STORAGE_DIR = `/tmp/portal-test-uploads-officer-workflow-${process.pid}`;
  return { user: null as CurrentUser | null };
});
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...actual, getCurrentUser: async () => session.user };
});
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }),
  cookies: async () => ({ get: () => undefined }),
}));

const { transitionDossier } = await import("@/lib/server/dossiers/transition-dossier");
const { returnResultFile } = await import("@/lib/server/dossiers/return-result-file");
const { loadWorkCalendar } = await import("@/lib/server/calendar/load-work-calendar");
const { officerDossierAction } = await import("@/app/officer/dossiers/[id]/actions");

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const DAY = 86_400_000;

let an: CurrentUser;
let binh: CurrentUser;
let officer: CurrentUser;
let officer2: CurrentUser;
let otherOfficer: CurrentUser;
let leader: CurrentUser;
let admin: CurrentUser;
let stpProcedureId: string;
let seq = 0;

/** A dossier of Sở Tư pháp owned by An, in the given status; `late` = its deadline has passed. */
async function makeDossier(status: DossierStatus, options: { late?: boolean } = {}) {
  const now = Date.now();
  seq += 1;
  const received = status !== "SUBMITTED" && status !== "DRAFT";
  return db.dossier.create({
    data: {
      code: `STP-991231-${String(seq).padStart(4, "0")}`,
      procedureId: stpProcedureId,
      agencyId: officer.agencyId as string,
      channel: "ONLINE",
      status,
      applicantId: an.id,
      applicantName: "Nguyễn Văn An",
      submittedAt: new Date(now - 3 * DAY),
      receivedAt: received ? new Date(now - 2 * DAY) : null,
      dueAt: options.late ? new Date(now - DAY) : new Date(now + 10 * DAY),
      pausedAt: status === "SUPPLEMENT_REQUESTED" ? new Date(now - DAY) : null,
    },
    select: { id: true, version: true, agencyId: true },
  });
}

/** What an action needs besides the actor (every requirement provided, so only authority decides). */
async function inputsOf(action: DossierAction) {
  const calendar = await loadWorkCalendar();
  return {
    reason: "Lý do kiểm thử",
    missingDocuments: ["Bản sao giấy khai sinh"],
    newDueAt: action === "issue_apology" ? addWorkingDays(new Date(), 3, calendar) : undefined,
    generateResult: action === "return_result" ? true : undefined,
  };
}

async function snapshot(id: string) {
  const d = await db.dossier.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, dueAt: true } });
  const [events, audits] = await Promise.all([db.dossierEvent.count({ where: { dossierId: id } }), db.auditLog.count({ where: { targetId: id } })]);
  return { ...d, events, audits };
}

beforeAll(async () => {
  [an, binh, officer, otherOfficer, leader, admin] = await Promise.all(
    [DEMO.an, DEMO.binh, DEMO.officerTuPhap, DEMO.officerPdp, DEMO.leader, DEMO.admin].map((email) => actorByEmail(email)),
  );
  // A second officer of the same agency (the seed has one per agency).
  officer2 = userOf(
    await db.user.create({
      data: { email: "canbo2.tuphap@test.thainguyen.vn", fullName: "Đỗ Minh Tâm", role: "OFFICER", agencyId: officer.agencyId },
      select: { id: true, fullName: true, email: true, role: true, agencyId: true },
    }),
  );
  stpProcedureId = (await db.procedure.findFirstOrThrow({ where: { agencyId: officer.agencyId as string }, select: { id: true } })).id;
});

describe("two officers act on one dossier at the same time", () => {
  const races: [DossierStatus, DossierAction, DossierAction][] = [
    ["SUBMITTED", "receive", "reject"],
    ["SUBMITTED", "receive", "receive"],
    ["PROCESSING", "approve", "deny"],
  ];

  it.each(races)("%s: %s and %s with the same version — exactly one wins", async (status, first, second) => {
    const d = await makeDossier(status);
    const before = await snapshot(d.id);
    const results = await Promise.allSettled([
      transitionDossier({ actor: officer, dossierId: d.id, action: first, expectedVersion: d.version, ...(await inputsOf(first)) }),
      transitionDossier({ actor: officer2, dossierId: d.id, action: second, expectedVersion: d.version, ...(await inputsOf(second)) }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(AppError);
    expect((lost[0].reason as AppError).code).toBe("CONFLICT");

    const after = await snapshot(d.id);
    expect(after.version).toBe(before.version + 1);
    expect(after.events).toBe(before.events + 1);
    const audits = await db.auditLog.findMany({ where: { targetId: d.id, action: { startsWith: "dossier." } } });
    expect(audits).toHaveLength(1);
    // The winner's step is the one recorded.
    const winner = results[0].status === "fulfilled" ? first : second;
    expect(audits[0].action).toBe(`dossier.${winner}`);
    const event = await db.dossierEvent.findFirstOrThrow({ where: { dossierId: d.id } });
    expect(event.action).toBe(winner);
  });

  it("a stale version is refused even when nobody else is acting", async () => {
    const d = await makeDossier("SUBMITTED");
    await transitionDossier({ actor: officer, dossierId: d.id, action: "receive", expectedVersion: d.version });
    const before = await snapshot(d.id);
    const error = await refusal(transitionDossier({ actor: officer2, dossierId: d.id, action: "request_supplement", expectedVersion: d.version, reason: "x", missingDocuments: ["y"] }));
    expect(error.code).toBe("CONFLICT");
    expect(await snapshot(d.id)).toEqual(before);
  });
});

describe("permission matrix: role × workflow action", () => {
  type Who = "citizenOwner" | "citizenOther" | "officerSame" | "officerOther" | "leader" | "admin" | "anonymous";
  const WHO: Who[] = ["citizenOwner", "citizenOther", "officerSame", "officerOther", "leader", "admin", "anonymous"];
  const actorOf = (who: Who): CurrentUser | null =>
    ({ citizenOwner: an, citizenOther: binh, officerSame: officer, officerOther: otherOfficer, leader, admin, anonymous: null })[who];

  /** Who each actor is, known before the accounts are loaded (test names are built from it). */
  const PROFILE: Record<Who, { role: Role | null; owner: boolean; sameAgency: boolean }> = {
    citizenOwner: { role: "CITIZEN", owner: true, sameAgency: false },
    citizenOther: { role: "CITIZEN", owner: false, sameAgency: false },
    officerSame: { role: "OFFICER", owner: false, sameAgency: true },
    officerOther: { role: "OFFICER", owner: false, sameAgency: false },
    leader: { role: "LEADER", owner: false, sameAgency: false },
    admin: { role: "ADMIN", owner: false, sameAgency: false },
    anonymous: { role: null, owner: false, sameAgency: false },
  };

  /** The answer the permission table and the state machine give, worked out independently of transitionDossier. */
  function expected(who: Who, action: DossierAction): "ok" | 401 | 403 | 404 | 400 {
    const { role, owner, sameAgency } = PROFILE[who];
    if (!role) return 401;
    if (action === "submit") return 400; // submission has its own operation
    const byOwner = WORKFLOW[action].by === "owner";
    const permission: Permission = byOwner ? "dossier.readOwn" : "dossier.process";
    if (!can(role, permission)) return 403;
    return (byOwner ? owner : sameAgency) ? "ok" : 404;
  }

  it("the actors are who the matrix says", () => {
    for (const who of WHO) {
      const actor = actorOf(who);
      expect(actor?.role ?? null, who).toBe(PROFILE[who].role);
      expect(actor !== null && actor.id === an.id, who).toBe(PROFILE[who].owner);
      expect(actor !== null && actor.agencyId === officer.agencyId, who).toBe(PROFILE[who].sameAgency);
    }
  });

  for (const action of DOSSIER_ACTIONS) {
    for (const who of WHO) {
      const answer = expected(who, action);
      it(`${action} by ${who}: ${answer === "ok" ? "allowed" : `refused (${answer})`}`, async () => {
        const rule = WORKFLOW[action];
        const d = await makeDossier(rule.from[0], { late: action === "issue_apology" });
        const before = await snapshot(d.id);
        const attempt = transitionDossier({ actor: actorOf(who), dossierId: d.id, action, expectedVersion: d.version, ...(await inputsOf(action)) });
        if (answer === "ok") {
          const result = await attempt;
          const after = await snapshot(d.id);
          expect(after.version).toBe(before.version + 1);
          expect(after.events).toBe(before.events + 1);
          expect(result.status).toBe(rule.to === "same" ? rule.from[0] : rule.to === "resume" ? after.status : rule.to);
          expect(await db.auditLog.count({ where: { targetId: d.id, action: `dossier.${action}`, actorId: actorOf(who)?.id } })).toBe(1);
        } else {
          expect((await refusal(attempt)).status).toBe(answer);
          expect(await snapshot(d.id)).toEqual(before);
        }
      });
    }
  }

  it("an officer of the agency may only take the actions the state machine allows in each status", async () => {
    const statuses: DossierStatus[] = ["SUBMITTED", "RECEIVED", "PROCESSING", "SUPPLEMENT_REQUESTED", "APPROVED", "RETURNED", "DENIED", "REJECTED", "WITHDRAWN"];
    for (const status of statuses) {
      for (const action of DOSSIER_ACTIONS.filter((a) => WORKFLOW[a].by === "officer" && a !== "issue_apology")) {
        if (WORKFLOW[action].from.includes(status)) continue;
        const d = await makeDossier(status);
        const before = await snapshot(d.id);
        const error = await refusal(transitionDossier({ actor: officer, dossierId: d.id, action, expectedVersion: d.version, ...(await inputsOf(action)) }));
        expect(error.code, `${action} from ${status}`).toBe("CONFLICT");
        expect(await snapshot(d.id)).toEqual(before);
      }
    }
  });

  it("a late dossier needs the apology first; the apology needs a future working day", async () => {
    const d = await makeDossier("PROCESSING", { late: true });
    const before = await snapshot(d.id);
    expect((await refusal(transitionDossier({ actor: officer, dossierId: d.id, action: "approve", expectedVersion: d.version }))).status).toBe(400);
    // A Sunday is not a working day.
    let sunday = new Date(Date.now() + 7 * DAY);
    while (new Date(`${vnDateKey(sunday)}T00:00:00Z`).getUTCDay() !== 0) sunday = new Date(sunday.getTime() + DAY);
    const error = await refusal(transitionDossier({ actor: officer, dossierId: d.id, action: "issue_apology", expectedVersion: d.version, reason: "Chờ xác minh", newDueAt: sunday }));
    expect(error.message).toBe("Ngày hẹn mới phải là một ngày làm việc sau hôm nay.");
    expect(await snapshot(d.id)).toEqual(before);
  });
});

describe("returning the result as an uploaded PDF", () => {
  it("stores the PDF as the RESULT attachment and returns the dossier", async () => {
    const d = await makeDossier("APPROVED");
    await returnResultFile({ actor: officer, dossierId: d.id, expectedVersion: d.version, fileName: "ket-qua.pdf", bytes: PDF });
    const after = await db.dossier.findUniqueOrThrow({ where: { id: d.id }, select: { status: true, attachments: { select: { kind: true, mimeType: true } } } });
    expect(after.status).toBe("RETURNED");
    expect(after.attachments).toEqual([{ kind: "RESULT", mimeType: "application/pdf" }]);
  });

  it("refuses a non-PDF, another agency and a stale version, leaving no file behind", async () => {
    const d = await makeDossier("APPROVED");
    const before = await snapshot(d.id);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect((await refusal(returnResultFile({ actor: officer, dossierId: d.id, expectedVersion: d.version, fileName: "anh.png", bytes: png }))).fieldErrors?.file).toBeTruthy();
    expect((await refusal(returnResultFile({ actor: otherOfficer, dossierId: d.id, expectedVersion: d.version, fileName: "kq.pdf", bytes: PDF }))).status).toBe(404);
    expect((await refusal(returnResultFile({ actor: officer, dossierId: d.id, expectedVersion: d.version + 1, fileName: "kq.pdf", bytes: PDF }))).status).toBe(409);
    expect((await refusal(returnResultFile({ actor: an, dossierId: d.id, expectedVersion: d.version, fileName: "kq.pdf", bytes: PDF }))).status).toBe(403);
    expect(await snapshot(d.id)).toEqual(before);
    expect(await db.attachment.count({ where: { dossierId: d.id } })).toBe(0);
  });
});

describe("the processing page's server action", () => {
  const form = (fields: Record<string, string | number>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, String(v));
    return data;
  };
  const initial = { seq: 0, formError: null, fieldErrors: {}, values: {} };

  it("answers a stale version with the conflict message and keeps what was typed", async () => {
    session.user = officer;
    const d = await makeDossier("SUBMITTED");
    await transitionDossier({ actor: officer2, dossierId: d.id, action: "receive", expectedVersion: d.version });
    const before = await snapshot(d.id);
    const state = await officerDossierAction(initial, form({ dossierId: d.id, expectedVersion: d.version, action: "request_supplement", reason: "Ảnh mờ", missingDocuments: "Tờ khai\nBản sao CCCD" }));
    expect(state.formError).toBe(inboxVi.errors.conflict);
    expect(state.values).toMatchObject({ reason: "Ảnh mờ", missingDocuments: "Tờ khai\nBản sao CCCD" });
    expect(await snapshot(d.id)).toEqual(before);
  });

  it("puts missing inputs beside their fields", async () => {
    session.user = officer;
    const d = await makeDossier("SUBMITTED");
    const state = await officerDossierAction(initial, form({ dossierId: d.id, expectedVersion: d.version, action: "request_supplement", reason: "", missingDocuments: "  \n " }));
    expect(state.fieldErrors).toEqual({ reason: inboxVi.errors["reason.required"], missingDocuments: inboxVi.errors["missingDocuments.required"] });
    const late = await makeDossier("RECEIVED", { late: true });
    const apology = await officerDossierAction(initial, form({ dossierId: late.id, expectedVersion: late.version, action: "issue_apology", reason: "Chờ xác minh", newDueDate: "2020-01-06" }));
    expect(apology.fieldErrors).toEqual({ newDueDate: inboxVi.errors["newDueDate.invalid"] });
    expect((await snapshot(late.id)).version).toBe(late.version);
  });

  it("applies the action and goes back to the page with a notice, one item per line", async () => {
    session.user = officer;
    const d = await makeDossier("RECEIVED");
    const redirect = await officerDossierAction(initial, form({ dossierId: d.id, expectedVersion: d.version, action: "request_supplement", reason: "Ảnh mờ", missingDocuments: "- Tờ khai\n\n2. Bản sao CCCD\n" })).then(
      () => null,
      (e: unknown) => e as { digest?: string },
    );
    expect(redirect?.digest).toContain(`/officer/dossiers/${d.id}?notice=request_supplement`);
    const event = await db.dossierEvent.findFirstOrThrow({ where: { dossierId: d.id, action: "request_supplement" } });
    expect(event.data).toEqual({ missingDocuments: ["Tờ khai", "Bản sao CCCD"] });
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: d.id, action: "dossier.request_supplement" } });
    expect(audit.ip).toBe("203.0.113.7");
  });

  it("refuses another agency's dossier as not found", async () => {
    session.user = otherOfficer;
    const d = await makeDossier("SUBMITTED");
    const state = await officerDossierAction(initial, form({ dossierId: d.id, expectedVersion: d.version, action: "receive" }));
    expect(state.formError).toBe(inboxVi.errors.notFound);
    expect((await snapshot(d.id)).version).toBe(d.version);
  });
});
