import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { authenticateUser, MAX_FAILED_LOGINS } from "@/lib/server/users/authenticate-user";

const PASSWORD = "MậtKhẩu-Thử-2026";

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  const agency = await db.agency.create({ data: { code: "STP", name: "Sở Tư pháp", shortName: "Sở Tư pháp", kind: "DEPARTMENT" } });
  await db.user.createMany({
    data: [
      { email: "lan@example.vn", phone: "0912000111", fullName: "Nguyễn Thị Lan", role: "CITIZEN", passwordHash },
      { email: "hoa@example.vn", phone: "0912000222", fullName: "Lê Thị Hoa", role: "OFFICER", agencyId: agency.id, passwordHash },
      { email: "khoa@example.vn", fullName: "Trần Văn Khóa", role: "CITIZEN", passwordHash, isActive: false },
      { email: "lock@example.vn", fullName: "Phạm Văn Khóa", role: "CITIZEN", passwordHash },
    ],
  });
});

describe("authenticateUser", () => {
  it("signs in by e-mail (any case) and by phone (+84 form), returning role and agency", async () => {
    const byEmail = await authenticateUser({ identifier: "  LAN@Example.VN ", password: PASSWORD, ip: "10.0.0.1" });
    expect(byEmail).toMatchObject({ name: "Nguyễn Thị Lan", role: "CITIZEN", agencyId: null });
    const byPhone = await authenticateUser({ identifier: "+84 912 000 222", password: PASSWORD });
    expect(byPhone?.role).toBe("OFFICER");
    expect(byPhone?.agencyId).toEqual(expect.any(String));
    const audit = await db.auditLog.findFirst({ where: { action: "auth.signIn", targetId: byEmail?.id } });
    expect(audit?.ip).toBe("10.0.0.1");
  });

  it("answers null for a wrong password, an unknown account and a deactivated one, and audits each", async () => {
    expect(await authenticateUser({ identifier: "lan@example.vn", password: "sai-mat-khau-roi" })).toBeNull();
    expect(await authenticateUser({ identifier: "khong-ton-tai@example.vn", password: PASSWORD })).toBeNull();
    expect(await authenticateUser({ identifier: "khoa@example.vn", password: PASSWORD })).toBeNull();
    const reasons = (await db.auditLog.findMany({ where: { action: "auth.signIn.failed" }, select: { after: true } })).map(
      (a) => (a.after as { reason: string }).reason,
    );
    expect(reasons).toEqual(expect.arrayContaining(["bad_password", "unknown_account", "inactive"]));
  });

  it("refuses malformed input without touching the database", async () => {
    expect(await authenticateUser({ identifier: "", password: PASSWORD })).toBeNull();
    expect(await authenticateUser({ identifier: { $ne: null }, password: PASSWORD })).toBeNull();
    expect(await authenticateUser({ identifier: "lan@example.vn", password: "x".repeat(10_000) })).toBeNull();
  });

  it(`locks the account after ${MAX_FAILED_LOGINS} wrong passwords, even for the right password afterwards`, async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      expect(await authenticateUser({ identifier: "lock@example.vn", password: `sai-${i}-mat-khau` })).toBeNull();
    }
    const user = await db.user.findUniqueOrThrow({ where: { email: "lock@example.vn" } });
    expect(user.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(await authenticateUser({ identifier: "lock@example.vn", password: PASSWORD })).toBeNull();
    expect(await db.auditLog.count({ where: { action: "auth.account.locked", targetId: user.id } })).toBe(1);

    // When the lock has expired, the right password works again and resets the counter.
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await authenticateUser({ identifier: "lock@example.vn", password: PASSWORD })).not.toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.failedLoginCount).toBe(0);
    expect(after.lockedUntil).toBeNull();
  });
});
