// Security hardening on the seeded database:
// - refused access leaves an `access.denied` audit row (pages, operations, API tokens), at most
//   one per actor and permission per minute;
// - rate limits shared through PostgreSQL on submissions (per citizen) and the agency APIs (per
//   token): 429, Retry-After and a Vietnamese problem message, with the counter in the database
//   (a second "instance" is simply another call that shares nothing but the database);
// - the session's absolute 12-hour limit in the jwt callback.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { JWT } from "next-auth/jwt";

vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<typeof import("next-auth")>()), getServerSession: vi.fn() }));

import { getServerSession } from "next-auth";
import { GET as nationalGet } from "@/app/api/v1/national-portal/dossiers/[externalCode]/route";
import { POST as observationsPost } from "@/app/api/v1/observations/route";
import { ABSOLUTE_TIMEOUT_MS, authOptions } from "@/lib/auth/options";
import { requirePagePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { RATE_LIMITS } from "@/lib/domain/rate-limit";
import { periodInputOf, periodStartOf } from "@/lib/domain/observation-input";
import { saveDossierAttachment } from "@/lib/server/attachments/save-dossier-attachment";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/server/api-tokens/api-tokens";
import { settleAccessDenials } from "@/lib/server/auth/record-access-denied";
import { getApplication } from "@/lib/server/dossiers/get-application";
import { saveApplicationStep } from "@/lib/server/dossiers/save-application-step";
import { startApplication } from "@/lib/server/dossiers/start-application";
import { submitDossier } from "@/lib/server/dossiers/submit-dossier";
import { RateLimitedError } from "@/lib/server/rate-limit/enforce-rate-limit";
import { actorByEmail, DEMO, refusal } from "../support/actors";
import { samplePdf } from "../support/files";
import { validValues } from "../support/forms";

let admin: CurrentUser;
let an: CurrentUser;
let officer: CurrentUser;

beforeAll(async () => {
  [admin, an, officer] = await Promise.all([actorByEmail(DEMO.admin), actorByEmail(DEMO.an), actorByEmail(DEMO.officerTuPhap)]);
});

beforeEach(async () => {
  await db.rateLimitBucket.deleteMany();
});

const denials = (where: { actorId?: string; targetId?: string }) => db.auditLog.findMany({ where: { action: "access.denied", ...where }, orderBy: { id: "asc" } });

describe("refused access is audited", () => {
  it("an operation refused by assertCan leaves one access.denied row (actor, role, permission), not one per retry", async () => {
    for (let i = 0; i < 5; i++) expect((await refusal(listApiTokens(officer))).code).toBe("FORBIDDEN");
    await settleAccessDenials();
    const rows = await denials({ actorId: officer.id, targetId: "admin.manage" });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorRole: "OFFICER", targetType: "Permission", after: { via: "operation" } });
    // The throttle is a counter in PostgreSQL, not in this process.
    const bucket = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: `audit:denied:u:${officer.id}:admin.manage` } });
    expect(bucket.count).toBe(5);
    // Once the minute has passed, the next refusal is written again.
    await db.rateLimitBucket.update({ where: { key: bucket.key }, data: { resetAt: new Date(Date.now() - 1000) } });
    await refusal(listApiTokens(officer));
    await settleAccessDenials();
    expect(await denials({ actorId: officer.id, targetId: "admin.manage" })).toHaveLength(2);
  });

  it("a signed-in user refused a page (403) leaves an access.denied row with the path", async () => {
    vi.mocked(getServerSession).mockResolvedValue({ user: an, expires: new Date(Date.now() + 600_000).toISOString() });
    await expect(requirePagePermission("admin.manage", "/admin/users")).rejects.toThrow();
    const rows = await denials({ actorId: an.id, targetId: "admin.manage" });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorRole: "CITIZEN", after: { via: "page", path: "/admin/users" } });
    // An allowed page writes nothing.
    const before = await db.auditLog.count();
    await expect(requirePagePermission("dossier.create", "/my")).resolves.toMatchObject({ id: an.id });
    expect(await db.auditLog.count()).toBe(before);
  });

  it("API token refusals (unknown or revoked token, missing scope) are audited with the IP", async () => {
    const vpub = await db.agency.findUniqueOrThrow({ where: { code: "VPUB" } });
    const token = await createApiToken(admin, { name: "Thử từ chối", agencyId: vpub.id, scopes: ["observations.write"] });
    const call = (secret: string, ip: string) =>
      nationalGet(new Request("http://localhost/api/v1/national-portal/dossiers/X-1", { headers: { authorization: `Bearer ${secret}`, "x-forwarded-for": ip } }), {
        params: Promise.resolve({ externalCode: "X-1" }),
      });
    expect((await call(token.secret, "192.0.2.10")).status).toBe(403);
    expect((await call(`tnp_${"A".repeat(43)}`, "192.0.2.11")).status).toBe(401);
    const revoked = await createApiToken(admin, { name: "Thử thu hồi", agencyId: vpub.id, scopes: ["dossiers.intake"] });
    await revokeApiToken(admin, revoked.id);
    expect((await call(revoked.secret, "192.0.2.12")).status).toBe(401);
    // The same refusal again within the minute is not written twice.
    expect((await call(token.secret, "192.0.2.10")).status).toBe(403);
    const rows = await db.auditLog.findMany({ where: { action: "access.denied", targetType: "ApiScope", targetId: "dossiers.intake" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.ip, (r.after as { reason: string }).reason])).toEqual([
      ["192.0.2.10", "scope"],
      ["192.0.2.11", "invalid_token"],
      ["192.0.2.12", "invalid_token"],
    ]);
    expect(rows[0].after).toMatchObject({ via: "api", tokenId: token.id });
  });
});

describe("rate limits shared through PostgreSQL", () => {
  it(`observations API: request no. ${RATE_LIMITS.observationsPerToken.limit + 1} of a minute from one token gets 429 + Retry-After`, async () => {
    const vpub = await db.agency.findUniqueOrThrow({ where: { code: "VPUB" } });
    const token = await createApiToken(admin, { name: "Thử giới hạn", agencyId: vpub.id, scopes: ["observations.write"] });
    const body = JSON.stringify({ indicatorCode: "CQS-01", period: periodInputOf(periodStartOf(new Date(), "MONTH"), "MONTH"), value: 90 });
    const call = () => observationsPost(new Request("http://localhost/api/v1/observations", { method: "POST", headers: { authorization: `Bearer ${token.secret}`, "content-type": "application/json" }, body }));
    expect((await call()).status).toBe(200);
    // Another instance has used up the rest of the window: only the shared row says so.
    const key = `api:observations:token:${token.id}`;
    await db.rateLimitBucket.update({ where: { key }, data: { count: RATE_LIMITS.observationsPerToken.limit } });
    const refused = await call();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(((await refused.json()) as { title: string }).title).toMatch(/^Khóa API đã gửi quá nhiều yêu cầu\. Vui lòng thử lại sau \d+ (giây|phút)\.$/);
    expect((await db.rateLimitBucket.findUniqueOrThrow({ where: { key } })).count).toBe(RATE_LIMITS.observationsPerToken.limit + 1);
  });

  it("national-portal API: limited per token, the others go on", async () => {
    const stp = { id: officer.agencyId as string };
    const [busy, calm] = await Promise.all([
      createApiToken(admin, { name: "Cổng QG bận", agencyId: stp.id, scopes: ["dossiers.intake"] }),
      createApiToken(admin, { name: "Cổng QG rảnh", agencyId: stp.id, scopes: ["dossiers.intake"] }),
    ]);
    const call = (secret: string) =>
      nationalGet(new Request("http://localhost/api/v1/national-portal/dossiers/KHONG-CO", { headers: { authorization: `Bearer ${secret}` } }), { params: Promise.resolve({ externalCode: "KHONG-CO" }) });
    await db.rateLimitBucket.create({ data: { key: `api:national:token:${busy.id}`, count: RATE_LIMITS.nationalPortalPerToken.limit, resetAt: new Date(Date.now() + 30_000) } });
    const refused = await call(busy.secret);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { title: string }).title).toContain("Vui lòng thử lại sau");
    expect((await call(calm.secret)).status).toBe(404); // a normal answer: unknown national code
  });

  it(`submissions: submission no. ${RATE_LIMITS.submitPerUser.limit + 1} of a citizen in 10 minutes is refused, the draft untouched`, async () => {
    const procedure = await db.procedure.findFirstOrThrow({ where: { level: "FULL_ONLINE", scope: "PROVINCE", agencyId: { not: null }, feeAmount: 0 }, orderBy: { code: "asc" } });
    await db.user.update({ where: { id: an.id }, data: { identityVerifiedAt: null } });
    const { dossierId } = await startApplication({ actor: an, procedureCode: procedure.code });
    const app = await getApplication({ actor: an, dossierId });
    const values = validValues(app.schema);
    for (let step = 0; step < app.schema.steps.length; step++) expect(await saveApplicationStep({ actor: an, dossierId, step, values })).toMatchObject({ ok: true });
    for (const f of app.schema.fields.filter((x) => x.type === "file" && x.required)) {
      await saveDossierAttachment({ actor: an, dossierId, fileName: `${f.name}.pdf`, bytes: samplePdf(), documentName: f.document ?? f.label });
    }
    const key = `submit:user:${an.id}`;
    await db.rateLimitBucket.create({ data: { key, count: RATE_LIMITS.submitPerUser.limit, resetAt: new Date(Date.now() + 300_000) } });

    const error = await refusal(submitDossier({ actor: an, dossierId, idempotencyKey: "rate-limited-key-0001" }));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.status).toBe(429);
    expect(error.message).toMatch(/^Bạn đã gửi nhiều hồ sơ trong thời gian ngắn\. Vui lòng thử lại sau \d+ phút\.$/);
    expect((await db.dossier.findUniqueOrThrow({ where: { id: dossierId } })).status).toBe("DRAFT");

    // When the window has ended, the same draft goes through.
    await db.rateLimitBucket.update({ where: { key }, data: { resetAt: new Date(Date.now() - 1000) } });
    const sent = await submitDossier({ actor: an, dossierId, idempotencyKey: "rate-limited-key-0002" });
    expect(sent.alreadySubmitted).toBe(false);
    expect((await db.rateLimitBucket.findUniqueOrThrow({ where: { key } })).count).toBe(1);
  });
});

describe("session limits in the jwt callback", () => {
  type JwtCallback = (params: { token: JWT; user?: unknown; account?: unknown }) => Promise<JWT>;
  const jwt = authOptions.callbacks!.jwt as unknown as JwtCallback;

  it("ends a session 12 hours after sign-in whatever the activity, not before", async () => {
    const u = await db.user.findUniqueOrThrow({ where: { email: DEMO.leader } });
    await db.user.update({ where: { id: u.id }, data: { passwordChangedAt: null, isActive: true } });
    const token = (signedInAt: number) => ({ sub: u.id, uid: u.id, name: u.fullName, email: u.email, role: u.role, agencyId: u.agencyId, signedInAt }) as JWT;
    expect((await jwt({ token: token(Date.now() - ABSOLUTE_TIMEOUT_MS + 60_000) })).uid).toBe(u.id);
    const expired = await jwt({ token: token(Date.now() - ABSOLUTE_TIMEOUT_MS - 1000) });
    expect(expired.uid).toBeUndefined();
    expect(expired.role).toBeUndefined();
    // The session callback then reports nobody signed in.
    const session = await (authOptions.callbacks!.session as unknown as (p: { session: { user?: unknown; expires: string }; token: JWT }) => Promise<{ user?: unknown }>)({
      session: { user: { name: "x" }, expires: "" },
      token: expired,
    });
    expect(session.user).toBeUndefined();
  });
});
