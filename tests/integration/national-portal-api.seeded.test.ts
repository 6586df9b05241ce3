// The national-portal intake API: agency systems push dossiers received on dichvucong.gov.vn.
// Called through the route handlers with real Request objects: token checks (401/403), the
// agency's own procedures only, Vietnamese problem details for bad payloads with nothing
// written, and idempotency by the national code — also under parallel repeats.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/national-portal/dossiers/[externalCode]/route";
import { POST } from "@/app/api/v1/national-portal/dossiers/route";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { parseDossierCode } from "@/lib/domain/dossier-code";
import { statMonth } from "@/lib/domain/dossier-stats";
import { createApiToken, revokeApiToken } from "@/lib/server/api-tokens/api-tokens";
import { ZFormSchema } from "@/lib/validation/form-schema";
import { actorByEmail, DEMO } from "../support/actors";
import { validValues } from "../support/forms";

const URL_BASE = "http://localhost/api/v1/national-portal/dossiers";

let admin: CurrentUser;
let stpId: string;
let pdpId: string;
let stpToken: string;
let pdpToken: string;
let observationsOnlyToken: string;
let revokedToken: string;
let expiredToken: string;
let stpProcedure: { id: string; code: string; formData: Record<string, string> };
let otherAgencyProcedureCode: string;
let communeProcedureCode: string;

let seq = 0;
const externalCode = () => `G22.99-${Date.now()}-${++seq}`;

function payload(overrides: Record<string, unknown> = {}) {
  return {
    externalCode: externalCode(),
    procedureCode: stpProcedure.code,
    applicant: { fullName: "Nguyễn Văn An", nationalId: "019090012345", phone: "0912345678", email: "an.nguyen@example.vn", address: "Số 12, đường Hoàng Văn Thụ, phường Phan Đình Phùng" },
    formData: stpProcedure.formData,
    submittedAt: new Date(Date.now() - 3_600_000).toISOString(),
    documents: [{ name: "Tờ khai", fileName: "to-khai.pdf", url: "https://dichvucong.gov.vn/files/1" }],
    ...overrides,
  };
}

function post(body: unknown, token: string | null = stpToken, raw = false): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  return POST(new Request(URL_BASE, { method: "POST", headers, body: raw ? (body as string) : JSON.stringify(body) }));
}

function get(code: string, token: string = stpToken): Promise<Response> {
  return GET(new Request(`${URL_BASE}/${encodeURIComponent(code)}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ externalCode: code }) });
}

type Problem = { title: string; status: number; errors?: { field: string; detail: string }[] };

async function counts() {
  const [dossiers, events, audits] = await Promise.all([db.dossier.count(), db.dossierEvent.count(), db.auditLog.count({ where: { action: "dossier.intake.national" } })]);
  return { dossiers, events, audits };
}

beforeAll(async () => {
  admin = await actorByEmail(DEMO.admin);
  const [officer, officerPdp] = await Promise.all([actorByEmail(DEMO.officerTuPhap), actorByEmail(DEMO.officerPdp)]);
  stpId = officer.agencyId as string;
  pdpId = officerPdp.agencyId as string;
  const p = await db.procedure.findFirstOrThrow({ where: { agencyId: stpId, scope: "PROVINCE", isPublished: true }, orderBy: { code: "asc" }, select: { id: true, code: true, formSchema: true } });
  stpProcedure = { id: p.id, code: p.code, formData: validValues(ZFormSchema.parse(p.formSchema)) };
  otherAgencyProcedureCode = (await db.procedure.findFirstOrThrow({ where: { agencyId: { notIn: [stpId] }, scope: "PROVINCE", isPublished: true }, select: { code: true } })).code;
  communeProcedureCode = (await db.procedure.findFirstOrThrow({ where: { scope: "COMMUNE", isPublished: true }, select: { code: true } })).code;
  stpToken = (await createApiToken(admin, { name: "Hệ thống một cửa Sở Tư pháp", agencyId: stpId, scopes: ["dossiers.intake"] })).secret;
  pdpToken = (await createApiToken(admin, { name: "Một cửa phường Phan Đình Phùng", agencyId: pdpId, scopes: ["dossiers.intake"] })).secret;
  observationsOnlyToken = (await createApiToken(admin, { name: "Chỉ số liệu", agencyId: stpId, scopes: ["observations.write"] })).secret;
  const revoked = await createApiToken(admin, { name: "Đã thu hồi", agencyId: stpId, scopes: ["dossiers.intake"] });
  await revokeApiToken(admin, revoked.id);
  revokedToken = revoked.secret;
  expiredToken = (await createApiToken(admin, { name: "Hết hạn", agencyId: stpId, scopes: ["dossiers.intake"], expiresAt: new Date(Date.now() - 60_000) })).secret;
});

describe("POST /api/v1/national-portal/dossiers — authentication", () => {
  it("answers 401 to missing, garbled, unknown, revoked and expired tokens, 403 without the scope, and writes nothing", async () => {
    const before = await counts();
    const body = payload();
    expect((await post(body, null)).status).toBe(401);
    expect((await post(body, "abc")).status).toBe(401);
    expect((await post(body, `tnp_${"A".repeat(43)}`)).status).toBe(401);
    const revoked = await post(body, revokedToken);
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(((await revoked.json()) as Problem).title).toBe("Khóa API không hợp lệ, đã bị thu hồi hoặc đã hết hạn.");
    expect((await post(body, expiredToken)).status).toBe(401);
    const noScope = await post(body, observationsOnlyToken);
    expect(noScope.status).toBe(403);
    expect(((await noScope.json()) as Problem).title).toBe("Khóa API không được cấp quyền cho thao tác này.");
    expect(await counts()).toEqual(before);
  });

  it("answers 403 for procedures the token's agency does not handle", async () => {
    const before = await counts();
    const other = await post(payload({ procedureCode: otherAgencyProcedureCode }));
    expect(other.status).toBe(403);
    expect(((await other.json()) as Problem).title).toBe("Thủ tục này không thuộc thẩm quyền tiếp nhận của cơ quan bạn.");
    expect((await post(payload({ procedureCode: communeProcedureCode }))).status).toBe(403);
    // A commune's token may not send a department's procedure either.
    expect((await post(payload(), pdpToken)).status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});

describe("POST /api/v1/national-portal/dossiers — payloads", () => {
  async function problemOf(response: Response): Promise<Problem> {
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/application\/problem\+json/);
    return (await response.json()) as Problem;
  }
  const fieldsOf = (p: Problem) => Object.fromEntries((p.errors ?? []).map((e) => [e.field, e.detail]));

  it("refuses bad payloads with Vietnamese messages per field and writes nothing", async () => {
    const before = await counts();

    const types = await problemOf(await post(payload({ procedureCode: 42, applicant: "Nguyễn Văn An", formData: [], submittedAt: true })));
    expect(types.title).toBe("Dữ liệu hồ sơ không hợp lệ. Xem danh sách lỗi theo từng trường.");
    expect(fieldsOf(types)).toMatchObject({
      procedureCode: "Sai kiểu dữ liệu: cần chuỗi ký tự.",
      applicant: "Sai kiểu dữ liệu: cần đối tượng JSON.",
      submittedAt: "Sai kiểu dữ liệu: cần chuỗi ký tự.",
    });
    expect(fieldsOf(types).formData).toMatch(/^Sai kiểu dữ liệu/);

    const cccd = await problemOf(await post(payload({ applicant: { fullName: "Nguyễn Văn An", nationalId: "999090012345", phone: "0912345678" } })));
    expect(fieldsOf(cccd)["applicant.nationalId"]).toBe("3 chữ số đầu của số CCCD không phải mã tỉnh, thành phố hợp lệ.");

    const missing = payload() as Record<string, unknown>;
    delete missing.externalCode;
    delete missing.submittedAt;
    const missingProblem = await problemOf(await post({ ...missing, applicant: { fullName: "Nguyễn Văn An" } }));
    expect(fieldsOf(missingProblem)).toMatchObject({ externalCode: "Thiếu trường bắt buộc.", submittedAt: "Thiếu trường bắt buộc.", "applicant.nationalId": "Thiếu trường bắt buộc.", "applicant.phone": "Thiếu trường bắt buộc." });

    const long = await problemOf(await post(payload({ applicant: { fullName: "A".repeat(5000), nationalId: "019090012345", phone: "0912345678" }, formData: { ...stpProcedure.formData, fullName: "x".repeat(6000) } })));
    expect(fieldsOf(long)).toMatchObject({ "applicant.fullName": "Không quá 100 ký tự.", "formData.fullName": "Không quá 5000 ký tự." });

    const form = await problemOf(await post(payload({ formData: { ...stpProcedure.formData, nationalId: "123", unknownField: "x" } })));
    expect(fieldsOf(form)).toMatchObject({ "formData.nationalId": "Số CCCD phải gồm đúng 12 chữ số.", "formData.unknownField": "Trường không có trong tờ khai của thủ tục." });

    const notJson = await problemOf(await post("{ khong phai json", stpToken, true));
    expect(notJson.title).toBe("Nội dung yêu cầu không phải JSON hợp lệ.");
    expect((await post("[]", stpToken, true)).status).toBe(400);

    const unknown = await problemOf(await post(payload({ procedureCode: "9.999999" })));
    expect(fieldsOf(unknown).procedureCode).toBe("Không có thủ tục đang công bố với mã này.");

    const huge = await post(payload({ documents: Array.from({ length: 40 }, (_, i) => ({ name: `Giấy tờ ${i}`, url: `https://x.vn/${"a".repeat(1990)}` })), formData: { note: "n".repeat(200_000) } }));
    expect(huge.status).toBe(413);

    expect(await counts()).toEqual(before);
  });
});

describe("POST /api/v1/national-portal/dossiers — creation and idempotency", () => {
  it("creates a SUBMITTED national-portal dossier (201), and a repeat answers 200 with the same dossier", async () => {
    const body = payload();
    const rollupKey = { month: new Date(`${statMonth(new Date(body.submittedAt))}T00:00:00Z`), agencyId: stpId, procedureId: stpProcedure.id, channel: "NATIONAL_PORTAL" as const };
    const rollupBefore = await db.dossierStatMonthly.findFirst({ where: rollupKey });

    const first = await post(body);
    expect(first.status).toBe(201);
    const created = (await first.json()) as { id: string; code: string; externalCode: string; status: string; dueAt: string };
    expect(created).toMatchObject({ externalCode: body.externalCode, status: "SUBMITTED" });
    expect(parseDossierCode(created.code)?.agencyCode).toBe("STP");

    const d = await db.dossier.findUniqueOrThrow({ where: { id: created.id }, include: { events: true } });
    expect(d).toMatchObject({ channel: "NATIONAL_PORTAL", externalCode: body.externalCode, status: "SUBMITTED", agencyId: stpId, applicantName: "Nguyễn Văn An", applicantNationalId: "019090012345", digitized: true });
    expect(d.submittedAt?.toISOString()).toBe(body.submittedAt);
    expect(d.syncedNationalAt).not.toBeNull();
    expect(d.events.map((e) => [e.action, e.toStatus])).toEqual([["submit", "SUBMITTED"]]);
    expect(await db.auditLog.count({ where: { targetId: d.id, action: "dossier.intake.national" } })).toBe(1);
    const rollupAfter = await db.dossierStatMonthly.findFirstOrThrow({ where: rollupKey });
    expect(rollupAfter.received).toBe((rollupBefore?.received ?? 0) + 1);
    expect(rollupAfter.syncedNational).toBe((rollupBefore?.syncedNational ?? 0) + 1);

    const before = await counts();
    const repeat = await post(body);
    expect(repeat.status).toBe(200);
    expect((await repeat.json()) as { id: string }).toMatchObject({ id: created.id, code: created.code });
    expect(await counts()).toEqual(before);

    // The national portal reads the status back; another agency's token does not see it.
    const status = await get(body.externalCode);
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({ id: created.id, code: created.code, status: "SUBMITTED", dueAt: created.dueAt });
    expect((await get(body.externalCode, pdpToken)).status).toBe(404);
    expect((await get("khong-ton-tai")).status).toBe(404);
    // Another agency's system cannot reuse the national code.
    expect((await post({ ...body, procedureCode: communeProcedureCode, formData: {} }, pdpToken)).status).toBe(409);
  });

  it("creates exactly one dossier under 10 parallel repeats", async () => {
    const body = payload();
    const before = await counts();
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(body)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(9);
    const ids = new Set(await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id)));
    expect(ids.size).toBe(1);
    expect(await db.dossier.count({ where: { channel: "NATIONAL_PORTAL", externalCode: body.externalCode } })).toBe(1);
    const after = await counts();
    expect(after.dossiers - before.dossiers).toBe(1);
    expect(after.audits - before.audits).toBe(1);
  });
});
