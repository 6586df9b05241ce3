import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findIdentityUser } from "@/lib/server/users/find-identity-user";
import { getVerifiedIdentity } from "@/lib/server/users/get-verified-identity";
import { signInWithIdentity } from "@/lib/server/users/sign-in-with-identity";

const PROVIDER = "vneid";

function claims(overrides: Record<string, unknown> = {}) {
  return {
    sub: "sub-new-0001",
    name: "Lò Thị Minh Châu",
    national_id: "019301005678",
    birthdate: "2001-03-15",
    gender: "female",
    address: { formatted: "Tổ 5, phường Túc Duyên, tỉnh Thái Nguyên" },
    phone_number: "+84 987 654 321",
    email: "Chau.Lo@Example.VN",
    ...overrides,
  };
}

async function auditOf(targetId: string | null, action = "auth.signIn") {
  return db.auditLog.findMany({ where: { action, targetId }, orderBy: { id: "asc" } });
}

let an: { id: string };
let officer: { id: string };

beforeAll(async () => {
  const agency = await db.agency.create({ data: { code: "STP", name: "Sở Tư pháp", shortName: "Sở Tư pháp", kind: "DEPARTMENT" } });
  // Like the demo citizen: a portal account whose identity an earlier (sandbox) provider verified.
  an = await db.user.create({
    data: {
      email: "an.nguyen@example.vn", phone: "0912345678", fullName: "Nguyễn Văn An", role: "CITIZEN", passwordHash: "argon2-hash-kept",
      nationalId: "019090012345", birthDate: new Date("1990-05-12"), gender: "Nam", address: "Số 25 đường Hoàng Văn Thụ",
      identityProvider: "vneid-sandbox", identitySubject: "019090012345", identityVerifiedAt: new Date("2025-03-01T02:00:00Z"),
    },
  });
  officer = await db.user.create({
    data: { email: "hoa@example.vn", fullName: "Lê Thị Hoa", role: "OFFICER", agencyId: agency.id, nationalId: "019190000001" },
  });
  await db.user.createMany({
    data: [
      { email: "khoa@example.vn", fullName: "Trần Văn Khóa", role: "CITIZEN", nationalId: "019090000002", isActive: false },
      { email: "taken@example.vn", phone: "0900000001", fullName: "Người Khác", role: "CITIZEN" },
      { email: "binh@example.vn", fullName: "Trần Thị Bình", role: "CITIZEN", nationalId: "019195012346" },
    ],
  });
});

describe("signInWithIdentity", () => {
  it("creates a citizen from the claims, with the verified fields and contact details, and audits it", async () => {
    const before = Date.now();
    const result = await signInWithIdentity({ provider: PROVIDER, claims: claims(), ip: "10.0.0.7" });
    expect(result).toMatchObject({ ok: true, outcome: "created", user: { name: "Lò Thị Minh Châu", role: "CITIZEN", agencyId: null, email: "chau.lo@example.vn" } });
    if (!result.ok) throw new Error("expected ok");

    const user = await db.user.findUniqueOrThrow({ where: { id: result.user.id } });
    expect(user).toMatchObject({
      fullName: "Lò Thị Minh Châu", nationalId: "019301005678", birthDate: new Date("2001-03-15"), gender: "Nữ",
      address: "Tổ 5, phường Túc Duyên, tỉnh Thái Nguyên", phone: "0987654321", email: "chau.lo@example.vn",
      identityProvider: PROVIDER, identitySubject: "sub-new-0001", role: "CITIZEN", passwordHash: null,
    });
    expect(user.identityVerifiedAt?.getTime()).toBeGreaterThanOrEqual(before);
    const [audit] = await auditOf(user.id);
    expect(audit).toMatchObject({ actorId: user.id, actorRole: "CITIZEN", ip: "10.0.0.7", targetType: "User", after: { provider: PROVIDER, outcome: "created" } });
  });

  it("finds the same account by subject next time and refreshes what the provider now says", async () => {
    const result = await signInWithIdentity({ provider: PROVIDER, claims: claims({ address: "Tổ 9, phường Quang Trung, tỉnh Thái Nguyên" }) });
    expect(result).toMatchObject({ ok: true, outcome: "matched" });
    if (!result.ok) throw new Error("expected ok");
    expect(await db.user.count({ where: { identitySubject: "sub-new-0001" } })).toBe(1);
    const user = await db.user.findUniqueOrThrow({ where: { id: result.user.id } });
    expect(user.address).toBe("Tổ 9, phường Quang Trung, tỉnh Thái Nguyên");
    const audits = await auditOf(user.id);
    expect(audits.at(-1)?.after).toEqual({ provider: PROVIDER, outcome: "matched", changed: ["address"] });
  });

  it("links the existing account that holds the CCCD, keeping its password and contact details", async () => {
    const result = await signInWithIdentity({
      provider: PROVIDER,
      claims: { sub: "sub-an", name: "Nguyễn Văn An", national_id: "019090012345", birthdate: "1990-05-12", gender: "Nam", address: "Số 25 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên", email: "other@example.vn" },
    });
    expect(result).toMatchObject({ ok: true, outcome: "linked", user: { id: an.id, role: "CITIZEN", email: "an.nguyen@example.vn" } });

    const user = await db.user.findUniqueOrThrow({ where: { id: an.id } });
    expect(user).toMatchObject({
      identityProvider: PROVIDER, identitySubject: "sub-an", passwordHash: "argon2-hash-kept", email: "an.nguyen@example.vn", phone: "0912345678",
      address: "Số 25 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên",
    });
    expect(user.identityVerifiedAt?.getTime()).toBeGreaterThan(new Date("2025-03-01T02:00:00Z").getTime());
    const audit = (await auditOf(an.id)).at(-1);
    expect(audit?.before).toEqual({ identityProvider: "vneid-sandbox", identitySubject: "019090012345" });
    expect(audit?.after).toEqual({ provider: PROVIDER, outcome: "linked", changed: ["address"] });

    // From now on the subject finds it.
    expect(await signInWithIdentity({ provider: PROVIDER, claims: { sub: "sub-an", name: "Nguyễn Văn An", national_id: "019090012345" } })).toMatchObject({ ok: true, outcome: "matched", user: { id: an.id } });
  });

  it("stores claims the provider no longer sends as empty, so verified fields are exactly what it asserted", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: an.id } });
    // The previous test's last sign-in sent only sub, name and CCCD.
    expect(user).toMatchObject({ birthDate: null, gender: null, address: null, fullName: "Nguyễn Văn An", nationalId: "019090012345" });
  });

  it.each([
    ["11 digits", "01909001234"],
    ["letters", "01909001234X"],
    ["missing", undefined],
  ])("refuses a CCCD claim that is not 12 digits (%s), changing nothing", async (_, nationalId) => {
    const users = await db.user.count();
    const result = await signInWithIdentity({ provider: PROVIDER, claims: claims({ sub: "sub-bad", national_id: nationalId }), ip: "10.0.0.8" });
    expect(result).toEqual({ ok: false, reason: "bad_national_id" });
    expect(await db.user.count()).toBe(users);
    const failed = (await auditOf(null, "auth.signIn.failed")).at(-1);
    expect(failed).toMatchObject({ ip: "10.0.0.8", after: { provider: PROVIDER, reason: "bad_national_id" } });
  });

  it("refuses claims without a name", async () => {
    expect(await signInWithIdentity({ provider: PROVIDER, claims: claims({ sub: "sub-noname", name: undefined }) })).toEqual({ ok: false, reason: "incomplete_claims" });
    expect(await db.user.count({ where: { identitySubject: "sub-noname" } })).toBe(0);
  });

  it("never opens a staff account, even with the right CCCD", async () => {
    const result = await signInWithIdentity({ provider: PROVIDER, claims: claims({ sub: "sub-hoa", name: "Lê Thị Hoa", national_id: "019190000001" }) });
    expect(result).toEqual({ ok: false, reason: "not_citizen" });
    const user = await db.user.findUniqueOrThrow({ where: { id: officer.id } });
    expect(user.identitySubject).toBeNull();
    expect((await auditOf(officer.id, "auth.signIn.failed")).at(-1)?.after).toEqual({ provider: PROVIDER, reason: "not_citizen", subject: "sub-hoa" });
  });

  it("refuses a deactivated account", async () => {
    const result = await signInWithIdentity({ provider: PROVIDER, claims: claims({ sub: "sub-khoa", name: "Trần Văn Khóa", national_id: "019090000002" }) });
    expect(result).toEqual({ ok: false, reason: "inactive" });
    expect(await db.user.count({ where: { identitySubject: "sub-khoa" } })).toBe(0);
  });

  it("refuses when a known subject now asserts a CCCD another account holds", async () => {
    const result = await signInWithIdentity({ provider: PROVIDER, claims: claims({ national_id: "019195012346" }) });
    expect(result).toEqual({ ok: false, reason: "conflict" });
    const user = await db.user.findFirstOrThrow({ where: { identitySubject: "sub-new-0001" } });
    expect(user.nationalId).toBe("019301005678");
    expect((await auditOf(null, "auth.signIn.failed")).at(-1)?.after).toEqual({ provider: PROVIDER, reason: "conflict", subject: "sub-new-0001" });
  });

  it("leaves out contact details another account already uses", async () => {
    const result = await signInWithIdentity({
      provider: PROVIDER,
      claims: claims({ sub: "sub-contact", name: "Hà Văn Sơn", national_id: "019085000003", email: "TAKEN@example.vn", phone_number: "0900000001" }),
    });
    expect(result).toMatchObject({ ok: true, outcome: "created", user: { email: null } });
    if (!result.ok) throw new Error("expected ok");
    const user = await db.user.findUniqueOrThrow({ where: { id: result.user.id } });
    expect(user).toMatchObject({ email: null, phone: null, nationalId: "019085000003" });
  });

  it("creates one account when the same person's first two sign-ins race", async () => {
    const twice = claims({ sub: "sub-race", name: "Ma Văn Dũng", national_id: "019088000004", email: null, phone_number: null });
    const results = await Promise.all([signInWithIdentity({ provider: PROVIDER, claims: twice }), signInWithIdentity({ provider: PROVIDER, claims: twice })]);
    expect(results.every((r) => r.ok)).toBe(true);
    const ids = new Set(results.map((r) => (r.ok ? r.user.id : null)));
    expect(ids.size).toBe(1);
    expect(await db.user.count({ where: { nationalId: "019088000004" } })).toBe(1);
    expect(results.map((r) => (r.ok ? r.outcome : r.reason)).sort()).toEqual(["created", "matched"]);
  });
});

describe("findIdentityUser", () => {
  it("answers the portal account in the credentials sign-in's shape", async () => {
    expect(await findIdentityUser({ provider: PROVIDER, subject: "sub-an" })).toEqual({ id: an.id, name: "Nguyễn Văn An", email: "an.nguyen@example.vn", role: "CITIZEN", agencyId: null });
  });

  it("answers null for an unknown subject, another provider's subject, or a deactivated account", async () => {
    expect(await findIdentityUser({ provider: PROVIDER, subject: "nobody" })).toBeNull();
    expect(await findIdentityUser({ provider: "vneid-sandbox", subject: "sub-an" })).toBeNull();
    await db.user.update({ where: { id: an.id }, data: { isActive: false } });
    expect(await findIdentityUser({ provider: PROVIDER, subject: "sub-an" })).toBeNull();
    await db.user.update({ where: { id: an.id }, data: { isActive: true } });
  });
});

describe("getVerifiedIdentity", () => {
  it("gives what the identity provider verified, plus contact details", async () => {
    const user = await db.user.findFirstOrThrow({ where: { identitySubject: "sub-new-0001" } });
    const identity = await getVerifiedIdentity(user.id);
    expect(identity).toEqual({
      verified: true,
      verifiedAt: user.identityVerifiedAt,
      fullName: "Lò Thị Minh Châu",
      nationalId: "019301005678",
      birthDate: new Date("2001-03-15"),
      gender: "Nữ",
      address: "Tổ 9, phường Quang Trung, tỉnh Thái Nguyên",
      phone: "0987654321",
      email: "chau.lo@example.vn",
    });
  });

  it("says unverified for an account the identity provider never proved", async () => {
    const binh = await db.user.findUniqueOrThrow({ where: { email: "binh@example.vn" } });
    expect(await getVerifiedIdentity(binh.id)).toMatchObject({ verified: false, verifiedAt: null, fullName: "Trần Thị Bình", nationalId: "019195012346", birthDate: null });
  });

  it("answers null for an unknown user", async () => {
    expect(await getVerifiedIdentity("khong-ton-tai")).toBeNull();
  });
});
