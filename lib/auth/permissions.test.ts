import { describe, it, expect } from "vitest";
import { Role } from "@/lib/generated/prisma/enums";
import { PERMISSIONS, ROLE_HOME, can, permissionsOf, type Permission } from "./permissions";

// The expected matrix, written out on purpose: changing who may do what must be done both in
// lib/auth/permissions.ts and here. Columns: CITIZEN, OFFICER, LEADER, ADMIN.
const C = "CITIZEN";
const O = "OFFICER";
const L = "LEADER";
const A = "ADMIN";
const EXPECTED: Record<Permission, readonly Role[]> = {
  "procedure.read": [C, O, L, A],
  "dossier.create": [C],
  "dossier.readOwn": [C],
  "dossier.readAgency": [O, L],
  "dossier.process": [O],
  "dossier.intake": [O],
  "task.read": [O, L, A],
  "task.reportProgress": [O],
  "task.comment": [L],
  "indicator.report": [O],
  "dashboard.read": [L, A],
  "feedback.create": [C],
  "feedback.answer": [O],
  "admin.manage": [A],
  "audit.read": [A],
  "area.citizen": [C],
  "area.officer": [O],
  "area.leader": [L],
  "area.admin": [A],
};

const ROLES = Object.values(Role);

describe("permission matrix", () => {
  it("covers exactly the declared roles and permissions", () => {
    expect([...ROLES].sort()).toEqual(["ADMIN", "CITIZEN", "LEADER", "OFFICER"]);
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
    expect(new Set(PERMISSIONS).size).toBe(PERMISSIONS.length);
  });

  const cells = ROLES.flatMap((role) => PERMISSIONS.map((permission) => [role, permission, EXPECTED[permission].includes(role)] as const));

  it.each(cells)("can(%s, %s) = %s", (role, permission, allowed) => {
    expect(can(role, permission)).toBe(allowed);
  });

  it.each(ROLES)("permissionsOf(%s) lists exactly its row of the matrix", (role) => {
    const expected = PERMISSIONS.filter((p) => EXPECTED[p].includes(role));
    expect([...permissionsOf(role)].sort()).toEqual([...expected].sort());
  });

  it("gives each role exactly one area, its own", () => {
    const areas = PERMISSIONS.filter((p) => p.startsWith("area."));
    for (const role of ROLES) {
      expect(areas.filter((a) => can(role, a))).toEqual([`area.${role.toLowerCase()}`]);
    }
  });
});

describe("unknown roles and permissions", () => {
  const nobodies: unknown[] = [null, undefined, "", "citizen", "Admin", "SUPERADMIN", "toString", "constructor", "__proto__", "hasOwnProperty"];

  it.each(nobodies)("%j may do nothing", (role) => {
    for (const permission of PERMISSIONS) expect(can(role as Role, permission)).toBe(false);
  });

  it.each(ROLES)("%s is refused a permission that is not declared", (role) => {
    for (const p of ["", "admin", "admin.*", "dossier.delete", "AREA.ADMIN", "toString"]) {
      expect(can(role, p as Permission)).toBe(false);
    }
  });
});

describe("ROLE_HOME", () => {
  it.each([
    ["CITIZEN", "/my"],
    ["OFFICER", "/officer"],
    ["LEADER", "/leader"],
    ["ADMIN", "/admin"],
  ] as [Role, string][])("%s lands on %s", (role, home) => {
    expect(ROLE_HOME[role]).toBe(home);
  });

  it("has a home for every role and nothing else", () => {
    expect(Object.keys(ROLE_HOME).sort()).toEqual([...ROLES].sort());
  });

  it.each([
    ["CITIZEN", "area.citizen"],
    ["OFFICER", "area.officer"],
    ["LEADER", "area.leader"],
    ["ADMIN", "area.admin"],
  ] as [Role, Permission][])("%s may enter its own home area (%s)", (role, area) => {
    expect(can(role, area)).toBe(true);
  });
});
