// POST /api/dossiers/submit — the HTTP entry to submitDossier (used by the crash-safety test and
// the load benchmark): exactly once per draft, replays answer the first result, bad input and
// foreign drafts refused without writing anything.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ZFormSchema } from "@/lib/validation/form-schema";
import { actorByEmail, DEMO } from "../support/actors";
import { samplePdf } from "../support/files";
import { validValues } from "../support/forms";

const session = vi.hoisted(() => {
  process.env.STORAGE_DIR = `/tmp/portal-test-uploads-submit-api-${process.pid}`;
  return { user: null as CurrentUser | null };
});
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...actual, getCurrentUser: async () => session.user };
});

const { POST } = await import("@/app/api/dossiers/submit/route");
const { startApplication } = await import("@/lib/server/dossiers/start-application");
const { saveApplicationStep } = await import("@/lib/server/dossiers/save-application-step");
const { saveDossierAttachment } = await import("@/lib/server/attachments/save-dossier-attachment");

let an: CurrentUser;
let binh: CurrentUser;
let procedures: string[];
let next = 0;

/** A complete draft (every step saved, every required document uploaded) of a procedure not used before by this actor. */
async function readyDraft(actor: CurrentUser): Promise<string> {
  const { dossierId } = await startApplication({ actor, procedureCode: procedures[next++] });
  const d = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { procedure: { select: { formSchema: true } } } });
  const schema = ZFormSchema.parse(d.procedure.formSchema);
  const values = validValues(schema);
  for (let step = 0; step < schema.steps.length; step++) expect(await saveApplicationStep({ actor, dossierId, step, values })).toMatchObject({ ok: true });
  for (const f of schema.fields.filter((x) => x.type === "file" && x.required)) {
    await saveDossierAttachment({ actor, dossierId, fileName: `${f.name}.pdf`, bytes: samplePdf(), documentName: f.document ?? f.label });
  }
  return dossierId;
}

function post(body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://localhost/api/dossiers/submit", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

async function counts() {
  const [dossiers, submitted, events, audits] = await Promise.all([
    db.dossier.count(),
    db.dossier.count({ where: { status: "SUBMITTED" } }),
    db.dossierEvent.count(),
    db.auditLog.count({ where: { action: "dossier.submit" } }),
  ]);
  return { dossiers, submitted, events, audits };
}

beforeAll(async () => {
  [an, binh] = await Promise.all([actorByEmail(DEMO.an), actorByEmail(DEMO.binh)]);
  await db.user.updateMany({ where: { id: { in: [an.id, binh.id] } }, data: { identityVerifiedAt: null } });
  const free = await db.procedure.findMany({
    where: { level: "FULL_ONLINE", scope: "PROVINCE", agencyId: { not: null }, feeAmount: 0, isPublished: true },
    select: { code: true },
    orderBy: { code: "asc" },
  });
  procedures = free.map((p) => p.code);
  expect(procedures.length).toBeGreaterThanOrEqual(6);
});

describe("POST /api/dossiers/submit", () => {
  it("submits once (201), then answers the same dossier and code to a replay (200)", async () => {
    session.user = an;
    const dossierId = await readyDraft(an);
    const first = await post({ dossierId, idempotencyKey: "api-submit-key-000001" });
    expect(first.status).toBe(201);
    expect(first.headers.get("location")).toBe(`/my/dossiers/${dossierId}/receipt`);
    const sent = await first.json();
    expect(sent).toMatchObject({ id: dossierId, alreadySubmitted: false });
    expect(sent.code).toMatch(/\S+/);
    const row = await db.dossier.findUniqueOrThrow({ where: { id: dossierId } });
    expect(row).toMatchObject({ status: "SUBMITTED", code: sent.code, idempotencyKey: "api-submit-key-000001" });

    const before = await counts();
    // The same key in the header instead of the body: a client retry.
    const replay = await post({ dossierId }, { "Idempotency-Key": "api-submit-key-000001" });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toMatchObject({ id: dossierId, code: sent.code, alreadySubmitted: true });
    expect(await counts()).toEqual(before);
  });

  it("lets exactly one of 10 concurrent requests (different keys) submit; the others get that result", async () => {
    session.user = binh;
    const dossierId = await readyDraft(binh);
    const before = await counts();
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => post({ dossierId, idempotencyKey: `api-race-key-${i}-abcdefgh` })));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(bodies.map((b) => b.code)).size).toBe(1);
    expect(await counts()).toEqual({ ...before, submitted: before.submitted + 1, events: before.events + 1, audits: before.audits + 1 });
    expect(await db.dossierEvent.count({ where: { dossierId, action: "submit" } })).toBe(1);
  });

  it("refuses bad input with Vietnamese problem details and writes nothing", async () => {
    session.user = an;
    const dossierId = await readyDraft(an);
    const before = await counts();
    const cases: [unknown, Record<string, string>, number, string][] = [
      ["{not json", {}, 400, "JSON"],
      [[1, 2], {}, 400, "đối tượng JSON"],
      [{ dossierId }, {}, 400, "idempotencyKey"],
      [{ dossierId, idempotencyKey: "short" }, {}, 400, "idempotencyKey"],
      [{ dossierId: "abc\u0000def", idempotencyKey: "api-bad-key-0000001" }, {}, 400, "dossierId"],
      [{ dossierId: "x".repeat(5000), idempotencyKey: "api-bad-key-0000002" }, {}, 413, "quá lớn"],
      [{ dossierId, idempotencyKey: "api-bad-key-0000003" }, { "Idempotency-Key": "api-bad-key-0000004" }, 400, "không khớp"],
    ];
    for (const [body, headers, status, hint] of cases) {
      const response = await post(body, headers);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(status);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      const problem = await response.json();
      expect(JSON.stringify(problem)).toContain(hint);
      expect(problem.title).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữự]/i);
    }
    expect(await counts()).toEqual(before);
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true } })).toEqual({ status: "DRAFT" });
  });

  it("refuses anonymous callers (401), officers (403), another citizen's draft (404) and an incomplete draft (400 with fields)", async () => {
    session.user = an;
    const dossierId = await readyDraft(an);
    const before = await counts();

    session.user = null;
    expect((await post({ dossierId, idempotencyKey: "api-anon-key-000001" })).status).toBe(401);
    session.user = await actorByEmail(DEMO.officerTuPhap);
    expect((await post({ dossierId, idempotencyKey: "api-officer-key-0001" })).status).toBe(403);
    session.user = binh;
    const foreign = await post({ dossierId, idempotencyKey: "api-foreign-key-0001" });
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(await foreign.json())).not.toContain(dossierId);

    session.user = an;
    const { dossierId: empty } = await startApplication({ actor: an, procedureCode: procedures[next++] });
    const incomplete = await post({ dossierId: empty, idempotencyKey: "api-incomplete-key-01" });
    expect(incomplete.status).toBe(400);
    expect(Object.keys((await incomplete.json()).errors ?? {}).length).toBeGreaterThan(0);
    expect(await counts()).toEqual({ ...before, dossiers: before.dossiers + 1 });
  });
});
