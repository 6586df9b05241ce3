// POST /api/v1/observations called with real Request objects: tokens (missing, garbled,
// revoked, expired, wrong scope), ownership (another agency's indicator), payload validation
// (nothing written on any error, all or nothing per request) and idempotent repeats.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/observations/route";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { periodInputOf, periodStartOf } from "@/lib/domain/observation-input";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/server/api-tokens/api-tokens";
import { listTokenAgencies, parseTokenForm } from "@/lib/server/api-tokens/token-form";
import { actorByEmail, DEMO, refusal } from "../support/actors";

const CURRENT = periodStartOf(new Date(), "MONTH");
const CURRENT_INPUT = periodInputOf(CURRENT, "MONTH");
const PREVIOUS = new Date(Date.UTC(CURRENT.getUTCFullYear(), CURRENT.getUTCMonth() - 1, 1));
const PREVIOUS_INPUT = `${String(PREVIOUS.getUTCMonth() + 1).padStart(2, "0")}/${PREVIOUS.getUTCFullYear()}`;
const NEXT_INPUT = periodInputOf(new Date(Date.UTC(CURRENT.getUTCFullYear(), CURRENT.getUTCMonth() + 1, 1)), "MONTH");

let admin: CurrentUser;
let vpubId: string;
let token: string; // VPUB, observations.write
let tokenId: string;

async function call(body: unknown, secret: string | null = token, raw = false): Promise<{ status: number; json: Record<string, unknown>; type: string | null }> {
  const headers: Record<string, string> = { "Content-Type": "application/json", "X-Forwarded-For": "198.51.100.4" };
  if (secret !== null) headers.Authorization = `Bearer ${secret}`;
  const response = await POST(new Request("http://localhost/api/v1/observations", { method: "POST", headers, body: raw ? (body as string) : JSON.stringify(body) }));
  return { status: response.status, json: (await response.json()) as Record<string, unknown>, type: response.headers.get("content-type") };
}

async function snapshot() {
  const rows = await db.observation.findMany({ orderBy: { id: "asc" }, select: { id: true, value: true, note: true, source: true, updatedAt: true } });
  return rows.map((r) => `${r.id}:${r.value.toString()}:${r.note ?? ""}:${r.source}:${r.updatedAt.toISOString()}`);
}

async function observation(code: string, period: Date) {
  const indicator = await db.indicator.findUniqueOrThrow({ where: { code } });
  return db.observation.findUnique({ where: { indicatorId_agencyId_period: { indicatorId: indicator.id, agencyId: indicator.ownerAgencyId, period } } });
}

async function newToken(input: { agencyCode?: string; scopes?: ("observations.write" | "dossiers.intake")[]; expiresAt?: Date | null } = {}) {
  const agency = await db.agency.findUniqueOrThrow({ where: { code: input.agencyCode ?? "VPUB" } });
  return createApiToken(admin, { name: `Hệ thống thử ${Math.random().toString(36).slice(2, 7)}`, agencyId: agency.id, scopes: input.scopes ?? ["observations.write"], expiresAt: input.expiresAt ?? null });
}

beforeAll(async () => {
  admin = await actorByEmail(DEMO.admin);
  vpubId = (await db.agency.findUniqueOrThrow({ where: { code: "VPUB" } })).id;
  const created = await newToken();
  token = created.secret;
  tokenId = created.id;
});

beforeEach(async () => {
  await db.rateLimitBucket.deleteMany();
});

describe("authentication", () => {
  const body = { indicatorCode: "CQS-01", period: CURRENT_INPUT, value: 90 };

  it("answers 401 without a token, with a garbled one, a revoked one and an expired one", async () => {
    const before = await snapshot();
    const revoked = await newToken();
    await revokeApiToken(admin, revoked.id);
    const expired = await newToken({ expiresAt: new Date(Date.now() + 60_000) });
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    for (const secret of [null, "", "tnp_short", `${token.slice(0, -1)}x`, `tnp_${"A".repeat(43)}`, revoked.secret, expired.secret]) {
      const r = await call(body, secret);
      expect(r.status, String(secret)).toBe(401);
      expect(r.type).toContain("application/problem+json");
      expect(r.json.title).toEqual(expect.stringMatching(/khóa API/i));
    }
    expect(await snapshot()).toEqual(before);
  });

  it("answers 403 for a token without the scope and for another agency's indicator, naming it", async () => {
    const before = await snapshot();
    const intakeOnly = await newToken({ scopes: ["dossiers.intake"] });
    expect((await call(body, intakeOnly.secret)).status).toBe(403);
    const foreign = await call({ observations: [body, { indicatorCode: "KTS-01", period: CURRENT_INPUT, value: 21 }] });
    expect(foreign.status).toBe(403);
    expect(foreign.json.title).toContain("KTS-01");
    const stc = await newToken({ agencyCode: "STC" });
    const fromStc = await call(body, stc.secret);
    expect(fromStc.status).toBe(403);
    expect(fromStc.json.title).toContain("CQS-01");
    expect(await snapshot()).toEqual(before);
  });
});

describe("payload validation", () => {
  it.each([
    ["not JSON", "{indicatorCode: CQS-01", true],
    ["an array", [{ indicatorCode: "CQS-01", period: CURRENT_INPUT, value: 1 }], false],
    ["a number for the code", { indicatorCode: 101, period: CURRENT_INPUT, value: 1 }, false],
    ["a missing period", { indicatorCode: "CQS-01", value: 1 }, false],
    ["a boolean value", { indicatorCode: "CQS-01", period: CURRENT_INPUT, value: true }, false],
    ["a future period", { indicatorCode: "CQS-01", period: NEXT_INPUT, value: 50 }, false],
    ["a quarter for a monthly indicator", { indicatorCode: "CQS-01", period: "2026-Q1", value: 50 }, false],
    ["NaN as text", { indicatorCode: "CQS-07", period: CURRENT_INPUT, value: "NaN" }, false],
    ["a huge number", { indicatorCode: "CQS-07", period: CURRENT_INPUT, value: 1e300 }, false],
    ["too many digits", { indicatorCode: "CQS-07", period: CURRENT_INPUT, value: "123456789012345678" }, false],
    ["a percentage above 100", { indicatorCode: "CQS-01", period: CURRENT_INPUT, value: 100.5 }, false],
    ["an injection-shaped code", { indicatorCode: "CQS-01'; DROP TABLE \"Observation\";--", period: CURRENT_INPUT, value: 1 }, false],
    ["an injection-shaped period", { indicatorCode: "CQS-01", period: "2026-10' OR '1'='1", value: 1 }, false],
    ["an injection-shaped value", { indicatorCode: "CQS-01", period: CURRENT_INPUT, value: "1; DELETE FROM \"Observation\"" }, false],
    ["an unknown field", { indicatorCode: "CQS-01", period: CURRENT_INPUT, value: 1, agencyId: "someone-else" }, false],
    ["an empty batch", { observations: [] }, false],
    ["a batch over 500", { observations: Array.from({ length: 501 }, () => ({ indicatorCode: "CQS-01", period: CURRENT_INPUT, value: 1 })) }, false],
  ])("400 for %s, nothing written", async (_name, body, raw) => {
    const before = await snapshot();
    const r = await call(body, token, raw);
    expect(r.status).toBe(400);
    expect(r.type).toContain("application/problem+json");
    expect(typeof r.json.title).toBe("string");
    expect(await snapshot()).toEqual(before);
    const injected = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Observation"`;
    expect(Number(injected[0].n)).toBe(before.length);
  });

  it("refuses a whole batch when one item is bad, naming it by its path", async () => {
    const before = await snapshot();
    const r = await call({
      observations: [
        { indicatorCode: "CQS-01", period: CURRENT_INPUT, value: 91 },
        { indicatorCode: "CQS-02", period: CURRENT_INPUT, value: "82,4" },
        { indicatorCode: "CQS-03", period: CURRENT_INPUT, value: "chín mươi" },
      ],
    });
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual({ "observations[2].value": expect.stringContaining("không phải là số") });
    const dup = await call({ observations: [{ indicatorCode: "CQS-01", period: CURRENT_INPUT, value: 91 }, { indicatorCode: "cqs-01", period: CURRENT_INPUT, value: 92 }] });
    expect(dup.status).toBe(400);
    expect(Object.keys(dup.json.errors as object)).toEqual(["observations[1].period"]);
    expect(await snapshot()).toEqual(before);
  });
});

describe("idempotent upsert", () => {
  it("creates and updates with source API and the token, then a repeat changes nothing", async () => {
    const seeded = (await observation("CQS-04", PREVIOUS))!;
    const before = await snapshot();
    const batch = {
      observations: [
        { indicatorCode: "CQS-01", period: CURRENT_INPUT, value: 91.25, note: "Từ hệ thống một cửa" },
        { indicatorCode: "CQS-04", period: PREVIOUS_INPUT, value: "86,75" },
      ],
    };
    const first = await call(batch);
    expect(first.status).toBe(200);
    expect(first.json.counts).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect(first.json.results).toEqual([
      { indicatorCode: "CQS-01", period: CURRENT.toISOString().slice(0, 10), outcome: "created" },
      { indicatorCode: "CQS-04", period: PREVIOUS.toISOString().slice(0, 10), outcome: "updated" },
    ]);
    const created = (await observation("CQS-01", CURRENT))!;
    expect(created).toMatchObject({ source: "API", apiTokenId: tokenId, reportedById: null, note: "Từ hệ thống một cửa", agencyId: vpubId });
    expect(created.value.toNumber()).toBe(91.25);
    const updated = (await observation("CQS-04", PREVIOUS))!;
    expect(updated).toMatchObject({ id: seeded.id, source: "API", apiTokenId: tokenId });
    expect(updated.value.toNumber()).toBe(86.75);
    expect(updated.ingestedAt.getTime()).toBeGreaterThan(seeded.ingestedAt.getTime());
    const afterFirst = await snapshot();
    expect(afterFirst.length).toBe(before.length + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "observation.api_upsert", targetId: tokenId } });
    expect(audit.ip).toBe("198.51.100.4");
    expect(audit.after).toMatchObject({ created: 1, updated: 1, agencyId: vpubId });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt).not.toBeNull();

    const repeat = await call(batch);
    expect(repeat.status).toBe(200);
    expect(repeat.json.counts).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await snapshot()).toEqual(afterFirst);
    expect(await db.auditLog.count({ where: { action: "observation.api_upsert", targetId: tokenId } })).toBe(1);

    // A single object, the same value written differently: unchanged; a new value: updated.
    const single = await call({ indicatorCode: "cqs-01", period: CURRENT_INPUT, value: "91,2500", note: "Từ hệ thống một cửa" });
    expect(single.json.counts).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const changed = await call({ indicatorCode: "CQS-01", period: CURRENT_INPUT, value: 92, note: "Từ hệ thống một cửa" });
    expect(changed.json.counts).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const row = (await observation("CQS-01", CURRENT))!;
    expect(row.id).toBe(created.id);
    expect(row.updatedAt.getTime()).toBeGreaterThan(created.updatedAt.getTime());
    expect((await snapshot()).length).toBe(afterFirst.length);
  });
});

describe("token administration", () => {
  it("is for admins only; the list never carries the secret or its hash", async () => {
    for (const email of [DEMO.officerTuPhap, DEMO.leader, DEMO.an]) {
      const actor = await actorByEmail(email);
      expect((await refusal(createApiToken(actor, { name: "x", agencyId: vpubId, scopes: ["observations.write"] }))).status).toBe(403);
      expect((await refusal(listApiTokens(actor))).status).toBe(403);
      expect((await refusal(revokeApiToken(actor, tokenId))).status).toBe(403);
      expect((await refusal(listTokenAgencies(actor))).status).toBe(403);
    }
    const list = await listApiTokens(admin);
    expect(list.find((t) => t.id === tokenId)).toMatchObject({ prefix: token.slice(0, 10), scopes: ["observations.write"] });
    expect(JSON.stringify(list)).not.toContain(token);
    expect(JSON.stringify(list)).not.toContain("tokenHash");
  });

  it("checks the admin's form: name, agency, at least one scope, an expiry date after today", () => {
    const now = new Date("2026-11-27T03:00:00Z");
    expect(parseTokenForm({ name: "Hệ thống A", agencyId: "a1", scopes: ["observations.write"], expires: "31/12/2027" }, now)).toEqual({
      ok: true,
      input: { name: "Hệ thống A", agencyId: "a1", scopes: ["observations.write"], expiresAt: new Date("2027-12-31T17:00:00Z") },
    });
    expect(parseTokenForm({ name: "Hệ thống A", agencyId: "a1", scopes: ["dossiers.intake"], expires: "" }, now)).toMatchObject({ ok: true, input: { expiresAt: null } });
    expect(parseTokenForm({ name: "A", agencyId: "", scopes: ["admin.everything"], expires: "31/02/2027" }, now)).toEqual({
      ok: false,
      fieldErrors: { name: "nameRequired", agencyId: "agencyRequired", scopes: "scopesRequired", expires: "expiresInvalid" },
    });
    expect(parseTokenForm({ name: "Hệ thống A", agencyId: "a1", scopes: [], expires: "27/11/2026" }, now)).toEqual({
      ok: false,
      fieldErrors: { scopes: "scopesRequired", expires: "expiresInvalid" },
    });
  });
});
