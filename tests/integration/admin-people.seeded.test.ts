// Administration of people, agencies, the calendar and the audit log: invitations and resets
// through one-time links, deactivation, the permission table for every operation (nothing
// written when refused), agency codes, holidays feeding working-day deadlines, and the audit
// viewer's filters checked against an independent SQL query.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { parseAuditFilter } from "@/lib/domain/audit-filter";
import { hashPasswordLinkToken } from "@/lib/domain/password-policy";
import { addWorkingDays, vnInstant } from "@/lib/domain/working-days";
import { exportAuditLog, listAuditLog, AUDIT_PAGE_SIZE } from "@/lib/server/admin/audit/list-audit-log";
import { getAgency, listAgencies, saveAgency, setAgencyActive } from "@/lib/server/admin/agencies/agencies";
import { addHoliday, listHolidays, removeHoliday } from "@/lib/server/admin/holidays/holidays";
import { inviteUser } from "@/lib/server/admin/users/invite-user";
import { getUserForAdmin, listAgencyChoices, listUsers, parseUserListFilters } from "@/lib/server/admin/users/list-users";
import { changeUserRole, resetUserPassword, setUserActive } from "@/lib/server/admin/users/manage-user";
import { inspectPasswordLink, setPasswordWithLink } from "@/lib/server/admin/users/set-password-with-link";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { authenticateUser } from "@/lib/server/users/authenticate-user";
import { actorByEmail, DEMO, refusal } from "../support/actors";

const NEW_PASSWORD = "chè Tân Cương thơm ngát 2026";

let admin: CurrentUser;
let citizen: CurrentUser;
let officer: CurrentUser;
let leader: CurrentUser;
let tuPhapId: string;

const tokenOf = (link: string) => link.split("/set-password/")[1];

async function invite(email: string, extra: Record<string, string> = {}) {
  const result = await inviteUser({
    actor: admin,
    input: { fullName: "Hoàng Văn Mới", email, role: "OFFICER", agencyId: tuPhapId, title: "Chuyên viên", ...extra },
    ip: "198.51.100.7",
  });
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result;
}

beforeAll(async () => {
  admin = await actorByEmail(DEMO.admin);
  citizen = await actorByEmail(DEMO.an);
  officer = await actorByEmail(DEMO.officerTuPhap);
  leader = await actorByEmail(DEMO.leader);
  tuPhapId = officer.agencyId!;
});

describe("invitations and password links", () => {
  it("invite → link (stored hashed, e-mailed) → set password → authenticateUser works", async () => {
    const result = await invite("hoang.van.moi@thainguyen.gov.vn");
    const token = tokenOf(result.link);
    expect(result.emailQueued).toBe(true);
    expect(result.expiresAt.getTime() - Date.now()).toBeGreaterThan(71 * 3_600_000);

    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId }, include: { passwordTokens: true } });
    expect(user).toMatchObject({ role: "OFFICER", agencyId: tuPhapId, passwordHash: null, isActive: true });
    expect(user.passwordTokens).toHaveLength(1);
    expect(user.passwordTokens[0].tokenHash).toBe(hashPasswordLinkToken(token));
    expect(JSON.stringify(user.passwordTokens)).not.toContain(token);

    const mail = await db.notification.findFirstOrThrow({ where: { userId: result.userId, template: "account.invited" } });
    expect(mail).toMatchObject({ channel: "EMAIL", recipient: "hoang.van.moi@thainguyen.gov.vn", status: "PENDING" });
    expect(mail.body).toContain(result.link);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.invite", targetId: result.userId } });
    expect(audit).toMatchObject({ actorId: admin.id, actorRole: "ADMIN", ip: "198.51.100.7" });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(token);

    // Before the password is chosen, nothing signs in.
    expect(await authenticateUser({ identifier: "hoang.van.moi@thainguyen.gov.vn", password: NEW_PASSWORD })).toBeNull();
    expect(await inspectPasswordLink(token)).toMatchObject({ state: "valid", purpose: "INVITE", fullName: "Hoàng Văn Mới" });

    // The policy is applied with the person's e-mail.
    const weak = await setPasswordWithLink({ token, input: { password: "ngắn", confirm: "ngắn" } });
    expect(weak).toEqual({ ok: false, fieldErrors: { password: "password.tooShort" } });
    const own = await setPasswordWithLink({ token, input: { password: "hoang.van.moi-2026", confirm: "hoang.van.moi-2026" } });
    expect(own).toEqual({ ok: false, fieldErrors: { password: "password.containsEmail" } });
    const mismatch = await setPasswordWithLink({ token, input: { password: NEW_PASSWORD, confirm: `${NEW_PASSWORD}!` } });
    expect(mismatch).toEqual({ ok: false, fieldErrors: { confirm: "confirm.mismatch" } });

    const done = await setPasswordWithLink({ token, input: { password: NEW_PASSWORD, confirm: NEW_PASSWORD }, ip: "198.51.100.8" });
    expect(done).toEqual({ ok: true, email: "hoang.van.moi@thainguyen.gov.vn" });
    const signedIn = await authenticateUser({ identifier: "HOANG.VAN.MOI@thainguyen.gov.vn", password: NEW_PASSWORD });
    expect(signedIn).toMatchObject({ id: result.userId, role: "OFFICER", agencyId: tuPhapId });
    const set = await db.auditLog.findFirstOrThrow({ where: { action: "user.setPassword", targetId: result.userId } });
    expect(JSON.stringify([set.before, set.after])).not.toContain(NEW_PASSWORD);

    // Used: refused the second time, and the password is unchanged.
    expect(await setPasswordWithLink({ token, input: { password: "một mật khẩu khác hẳn", confirm: "một mật khẩu khác hẳn" } })).toEqual({ ok: false, link: "used" });
    expect(await inspectPasswordLink(token)).toEqual({ state: "used" });
    expect(await authenticateUser({ identifier: "hoang.van.moi@thainguyen.gov.vn", password: NEW_PASSWORD })).not.toBeNull();
  });

  it("refuses an expired link, an unknown one and a malformed one", async () => {
    const result = await invite("het.han@thainguyen.gov.vn");
    const token = tokenOf(result.link);
    const later = new Date(result.expiresAt.getTime() + 1000);
    expect(await inspectPasswordLink(token, later)).toEqual({ state: "expired" });
    expect(await setPasswordWithLink({ token, input: { password: NEW_PASSWORD, confirm: NEW_PASSWORD }, now: later })).toEqual({ ok: false, link: "expired" });
    expect((await db.user.findUniqueOrThrow({ where: { id: result.userId } })).passwordHash).toBeNull();
    expect(await setPasswordWithLink({ token: "A".repeat(43), input: { password: NEW_PASSWORD, confirm: NEW_PASSWORD } })).toEqual({ ok: false, link: "unknown" });
    expect(await setPasswordWithLink({ token: "../../etc", input: { password: NEW_PASSWORD, confirm: NEW_PASSWORD } })).toEqual({ ok: false, link: "unknown" });
  });

  it("refuses duplicate e-mails and requires an agency for officers and leaders", async () => {
    const dup = await inviteUser({ actor: admin, input: { fullName: "Trùng Thư", email: DEMO.an.toUpperCase(), role: "CITIZEN" } });
    expect(dup).toEqual({ ok: false, fieldErrors: { email: "email.taken" } });
    const noAgency = await inviteUser({ actor: admin, input: { fullName: "Lãnh Đạo", email: "ld.moi@thainguyen.gov.vn", role: "LEADER" } });
    expect(noAgency).toEqual({ ok: false, fieldErrors: { agencyId: "agencyId.required" } });
    const bad = await inviteUser({ actor: admin, input: { fullName: "", email: "khong-phai-email", phone: "12", role: "KING" } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.fieldErrors).toMatchObject({ fullName: "fullName.required", email: "email.invalid", phone: "phone.invalid", role: "role.invalid" });
  });

  it("a reset stops the old password at once and issues a new one-time link; the earlier link dies", async () => {
    const result = await invite("reset.me@thainguyen.gov.vn");
    await setPasswordWithLink({ token: tokenOf(result.link), input: { password: NEW_PASSWORD, confirm: NEW_PASSWORD } });
    const reset = await resetUserPassword({ actor: admin, userId: result.userId });
    if (!reset.ok) throw new Error(reset.refusal);
    const row = await db.user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(row.passwordHash).toBeNull();
    expect(row.passwordChangedAt).not.toBeNull();
    expect(await authenticateUser({ identifier: "reset.me@thainguyen.gov.vn", password: NEW_PASSWORD })).toBeNull();
    const second = await resetUserPassword({ actor: admin, userId: result.userId });
    if (!second.ok) throw new Error(second.refusal);
    expect(await inspectPasswordLink(tokenOf(reset.link))).toEqual({ state: "unknown" });
    const fresh = "đường lên Núi Cốc mùa thu";
    expect(await setPasswordWithLink({ token: tokenOf(second.link), input: { password: fresh, confirm: fresh } })).toMatchObject({ ok: true });
    expect(await authenticateUser({ identifier: "reset.me@thainguyen.gov.vn", password: fresh })).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "user.resetPassword", targetId: result.userId } })).toBe(2);
  });
});

describe("deactivation and roles", () => {
  it("a deactivated user cannot sign in, nor use a pending link; reactivation restores sign-in", async () => {
    const result = await invite("tam.dung@thainguyen.gov.vn");
    await setPasswordWithLink({ token: tokenOf(result.link), input: { password: NEW_PASSWORD, confirm: NEW_PASSWORD } });
    expect(await setUserActive({ actor: admin, userId: result.userId, active: false, ip: "198.51.100.9" })).toEqual({ ok: true });
    expect(await authenticateUser({ identifier: "tam.dung@thainguyen.gov.vn", password: NEW_PASSWORD })).toBeNull();
    expect(await resetUserPassword({ actor: admin, userId: result.userId })).toEqual({ ok: false, refusal: "inactive" });
    expect(await setUserActive({ actor: admin, userId: result.userId, active: false })).toEqual({ ok: false, refusal: "unchanged" });
    expect(await setUserActive({ actor: admin, userId: result.userId, active: true })).toEqual({ ok: true });
    expect(await authenticateUser({ identifier: "tam.dung@thainguyen.gov.vn", password: NEW_PASSWORD })).not.toBeNull();
    const actions = (await db.auditLog.findMany({ where: { targetId: result.userId, action: { in: ["user.deactivate", "user.reactivate"] } }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["user.deactivate", "user.reactivate"]);

    const pending = await invite("cho.kich.hoat@thainguyen.gov.vn");
    await setUserActive({ actor: admin, userId: pending.userId, active: false });
    expect(await inspectPasswordLink(tokenOf(pending.link))).toEqual({ state: "unknown" });
  });

  it("an admin cannot deactivate themselves nor change their own role", async () => {
    expect(await setUserActive({ actor: admin, userId: admin.id, active: false })).toEqual({ ok: false, refusal: "self" });
    expect(await changeUserRole({ actor: admin, userId: admin.id, input: { role: "CITIZEN" } })).toEqual({ ok: false, refusal: "self" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).isActive).toBe(true);
  });

  it("changes a role and agency with before/after in the audit log", async () => {
    const result = await invite("doi.vai.tro@thainguyen.gov.vn");
    const other = await db.agency.findFirstOrThrow({ where: { isActive: true, id: { not: tuPhapId }, kind: "COMMUNE" } });
    expect(await changeUserRole({ actor: admin, userId: result.userId, input: { role: "LEADER", agencyId: other.id, title: "Chủ tịch" } })).toEqual({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: result.userId } })).toMatchObject({ role: "LEADER", agencyId: other.id, title: "Chủ tịch" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.changeRole", targetId: result.userId } });
    expect(audit.before).toMatchObject({ role: "OFFICER", agencyId: tuPhapId });
    expect(audit.after).toMatchObject({ role: "LEADER", agencyId: other.id });
  });

  it("lists users by search, role, agency and state", async () => {
    const byName = await listUsers(admin, parseUserListFilters({ q: "nguyễn văn an" }));
    expect(byName.items.map((u) => u.email)).toContain(DEMO.an);
    const officers = await listUsers(admin, parseUserListFilters({ role: "OFFICER", agencyId: tuPhapId }));
    expect(officers.items.length).toBeGreaterThan(0);
    expect(officers.items.every((u) => u.role === "OFFICER")).toBe(true);
    expect(officers.total).toBe(await db.user.count({ where: { role: "OFFICER", agencyId: tuPhapId } }));
    const inactive = await listUsers(admin, parseUserListFilters({ active: "no" }));
    expect(inactive.items.every((u) => u.status === "inactive")).toBe(true);
  });
});

describe("the permission table: citizens, officers and leaders are refused everything, and nothing is written", () => {
  it("refuses every administration operation", async () => {
    const target = await invite("muc.tieu@thainguyen.gov.vn");
    const holiday = await db.holiday.findFirstOrThrow();
    const counts = async () => ({
      users: await db.user.count(),
      tokens: await db.passwordToken.count(),
      agencies: await db.agency.count(),
      activeAgencies: await db.agency.count({ where: { isActive: true } }),
      holidays: await db.holiday.count(),
      audit: await db.auditLog.count({ where: { NOT: { action: "access.denied" } } }), // refusals themselves are audited as access.denied
      notifications: await db.notification.count(),
      target: JSON.stringify(await db.user.findUniqueOrThrow({ where: { id: target.userId } })),
    });
    const before = await counts();
    for (const actor of [citizen, officer, leader]) {
      const ops: Promise<unknown>[] = [
        inviteUser({ actor, input: { fullName: "Kẻ Lạ", email: `la.${actor.role}@x.vn`, role: "ADMIN" } }),
        setUserActive({ actor, userId: target.userId, active: false }),
        changeUserRole({ actor, userId: target.userId, input: { role: "ADMIN" } }),
        resetUserPassword({ actor, userId: target.userId }),
        listUsers(actor, parseUserListFilters({})),
        getUserForAdmin(actor, target.userId),
        listAgencyChoices(actor),
        listAgencies(actor),
        getAgency(actor, tuPhapId),
        saveAgency({ actor, input: { code: `X${actor.role}`, name: "Cơ quan lạ", shortName: "Lạ", kind: "DEPARTMENT" } }),
        setAgencyActive({ actor, id: tuPhapId, active: false }),
        listHolidays(actor, 2026),
        addHoliday({ actor, input: { date: "02/06/2027", name: "Ngày lạ", kind: "HOLIDAY" } }),
        removeHoliday({ actor, id: holiday.id }),
        listAuditLog(actor, parseAuditFilter({}).filter),
        exportAuditLog(actor, parseAuditFilter({}).filter),
      ];
      for (const op of ops) expect((await refusal(op)).code).toBe("FORBIDDEN");
    }
    for (const op of [listUsers(null, parseUserListFilters({})), addHoliday({ actor: null, input: {} }), listAuditLog(null, parseAuditFilter({}).filter)]) {
      expect((await refusal(op)).code).toBe("UNAUTHORIZED");
    }
    expect(await counts()).toEqual(before);
  });
});

describe("agencies", () => {
  it("creates an agency, refuses a duplicate code as a field error, edits with before/after", async () => {
    const created = await saveAgency({ actor: admin, input: { code: "sso-moi", name: "Sở Số hóa", shortName: "Sở Số hóa", kind: "DEPARTMENT" } });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect((await db.agency.findUniqueOrThrow({ where: { id: created.id } })).code).toBe("SSO-MOI");
    const tuPhap = await db.agency.findUniqueOrThrow({ where: { id: tuPhapId } });
    const auditBefore = await db.auditLog.count();
    const dup = await saveAgency({ actor: admin, input: { code: tuPhap.code.toLowerCase(), name: "Trùng mã", shortName: "Trùng", kind: "DEPARTMENT" } });
    expect(dup).toEqual({ ok: false, fieldErrors: { code: "code.taken" } });
    expect(await db.auditLog.count()).toBe(auditBefore);
    const self = await saveAgency({ actor: admin, id: created.id, input: { code: "SSO-MOI", name: "Sở Số hóa", shortName: "Sở Số hóa", kind: "DEPARTMENT", parentId: created.id } });
    expect(self).toEqual({ ok: false, fieldErrors: { parentId: "parentId.cycle" } });
    const edited = await saveAgency({ actor: admin, id: created.id, input: { code: "SSO-MOI", name: "Sở Chuyển đổi số", shortName: "Sở CĐS", kind: "DEPARTMENT", email: "SCDS@thainguyen.gov.vn" } });
    expect(edited).toEqual({ ok: true, id: created.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "agency.update", targetId: created.id } });
    expect(audit.before).toMatchObject({ name: "Sở Số hóa" });
    expect(audit.after).toMatchObject({ name: "Sở Chuyển đổi số", email: "scds@thainguyen.gov.vn" });
  });

  it("refuses to deactivate an agency with active users or open dossiers, saying why", async () => {
    const refused = await setAgencyActive({ actor: admin, id: tuPhapId, active: false });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.blockers.activeUsers).toBe(await db.user.count({ where: { agencyId: tuPhapId, isActive: true } }));
      expect(refused.blockers.activeUsers).toBeGreaterThan(0);
    }
    expect((await db.agency.findUniqueOrThrow({ where: { id: tuPhapId } })).isActive).toBe(true);
    const empty = await saveAgency({ actor: admin, input: { code: "TRONG", name: "Cơ quan trống", shortName: "Trống", kind: "DEPARTMENT" } });
    if (!empty.ok) throw new Error("create");
    expect(await setAgencyActive({ actor: admin, id: empty.id, active: false })).toEqual({ ok: true });
    expect((await db.agency.findUniqueOrThrow({ where: { id: empty.id } })).isActive).toBe(false);
  });
});

describe("holidays", () => {
  it("a new holiday changes working-day deadlines computed from loadWorkCalendar; removing it restores them", async () => {
    // A Tuesday and the Wednesday after it, in 2027, neither in the calendar yet.
    let tuesday = new Date(Date.UTC(2027, 5, 1));
    while (tuesday.getUTCDay() !== 2) tuesday = new Date(tuesday.getTime() + 86_400_000);
    const existing = new Set((await db.holiday.findMany()).map((h) => h.date.toISOString().slice(0, 10)));
    while (existing.has(tuesday.toISOString().slice(0, 10)) || existing.has(new Date(tuesday.getTime() + 86_400_000).toISOString().slice(0, 10))) {
      tuesday = new Date(tuesday.getTime() + 7 * 86_400_000);
    }
    const tueKey = tuesday.toISOString().slice(0, 10);
    const wed = new Date(tuesday.getTime() + 86_400_000);
    const wedKey = wed.toISOString().slice(0, 10);
    const start = vnInstant(tueKey, 9);
    expect(addWorkingDays(start, 1, await loadWorkCalendar()).toISOString()).toBe(vnInstant(wedKey, 17).toISOString());

    const typed = `${wedKey.slice(8, 10)}/${wedKey.slice(5, 7)}/${wedKey.slice(0, 4)}`;
    const added = await addHoliday({ actor: admin, input: { date: typed, name: "Nghỉ bù thử nghiệm", kind: "HOLIDAY" }, ip: "198.51.100.10" });
    if (!added.ok) throw new Error(JSON.stringify(added));
    const thuKey = new Date(wed.getTime() + 86_400_000).toISOString().slice(0, 10);
    expect(addWorkingDays(start, 1, await loadWorkCalendar()).toISOString()).toBe(vnInstant(thuKey, 17).toISOString());
    expect(await addHoliday({ actor: admin, input: { date: typed, name: "Trùng", kind: "HOLIDAY" } })).toEqual({ ok: false, fieldErrors: { date: "date.taken" } });
    expect((await listHolidays(admin, 2027)).days.map((d) => d.key)).toContain(wedKey);
    expect(await addHoliday({ actor: admin, input: { date: "31/02/2027", name: "Sai", kind: "HOLIDAY" } })).toEqual({ ok: false, fieldErrors: { date: "date.invalid" } });
    expect(await addHoliday({ actor: admin, input: { date: typed.replace(/^\d\d/, String(Number(typed.slice(0, 2)) - 1).padStart(2, "0")), name: "Làm bù ngày thường", kind: "WORKING_DAY" } })).toEqual({ ok: false, fieldErrors: { date: "date.notWeekend" } });

    await removeHoliday({ actor: admin, id: added.id });
    expect(addWorkingDays(start, 1, await loadWorkCalendar()).toISOString()).toBe(vnInstant(wedKey, 17).toISOString());
    const trail = await db.auditLog.findMany({ where: { targetType: "Holiday", targetId: added.id }, orderBy: { id: "asc" } });
    expect(trail.map((a) => a.action)).toEqual(["holiday.add", "holiday.remove"]);
  });
});

describe("audit-log viewer", () => {
  type Row = { id: bigint };
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

  it("filters by actor, action prefix and date range exactly like an independent query, page after page", async () => {
    // Enough entries by the administrator for two pages, plus noise by someone else.
    const now = new Date();
    await db.auditLog.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 7 }, (_, i) => ({ actorId: admin.id, actorRole: "ADMIN" as const, action: `user.bulkTest${i % 3}`, targetType: "User", targetId: `u${i}`, at: now })),
    });
    await db.auditLog.createMany({ data: Array.from({ length: 5 }, (_, i) => ({ actorId: citizen.id, actorRole: "CITIZEN" as const, action: "user.bulkTest0", targetType: "User", targetId: `c${i}`, at: now })) });

    const today = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).format(now);
    const params = { actor: "quantri@demo", action: "user.", from: today, to: today };
    const { filter, errors } = parseAuditFilter(params);
    expect(errors).toEqual([]);

    const expected = await db.$queryRaw<Row[]>`
      SELECT a."id" FROM "AuditLog" a JOIN "User" u ON u."id" = a."actorId"
      WHERE (u."fullName" ILIKE '%quantri@demo%' OR u."email" ILIKE '%quantri@demo%')
        AND a."action" LIKE 'user.%' AND a."at" >= ${filter.since} AND a."at" < ${filter.until}
      ORDER BY a."id" DESC`;
    expect(expected.length).toBeGreaterThan(AUDIT_PAGE_SIZE);

    const first = await listAuditLog(admin, filter);
    expect(first.items).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.nextBefore).not.toBeNull();
    const second = await listAuditLog(admin, parseAuditFilter({ ...params, before: first.nextBefore! }).filter);
    expect(second.nextBefore).toBeNull();
    expect([...ids(first.items), ...ids(second.items)]).toEqual(expected.map((r) => r.id.toString()));
    expect(first.items.every((r) => r.actorEmail === DEMO.admin)).toBe(true);

    const exported = await exportAuditLog(admin, filter);
    expect(ids(exported.rows)).toEqual(expected.map((r) => r.id.toString()));
    expect(exported.truncated).toBe(false);
  });

  it("filters by exact action and by target", async () => {
    const invited = await invite("muc.tieu.audit@thainguyen.gov.vn");
    const byTarget = await listAuditLog(admin, parseAuditFilter({ targetType: "User", targetId: invited.userId }).filter);
    const expected = await db.$queryRaw<Row[]>`SELECT "id" FROM "AuditLog" WHERE "targetType" = 'User' AND "targetId" = ${invited.userId} ORDER BY "id" DESC`;
    expect(ids(byTarget.items)).toEqual(expected.map((r) => r.id.toString()));
    expect(byTarget.items.map((r) => r.action)).toContain("user.invite");

    const byAction = await listAuditLog(admin, parseAuditFilter({ action: "user.invite" }).filter);
    const expectedAction = await db.$queryRaw<Row[]>`SELECT "id" FROM "AuditLog" WHERE "action" = 'user.invite' ORDER BY "id" DESC LIMIT ${AUDIT_PAGE_SIZE}`;
    expect(ids(byAction.items)).toEqual(expectedAction.map((r) => r.id.toString()));

    expect((await listAuditLog(admin, parseAuditFilter({ actor: "không-có-ai-như-thế" }).filter)).items).toEqual([]);
    const future = await listAuditLog(admin, parseAuditFilter({ from: "01/01/2099" }).filter);
    expect(future.items).toEqual([]);
  });
});
