// Who may do what: one declared table. Anything not listed is refused (including unknown
// roles and permissions). Every page and every lib/server operation asks `can` on the server;
// operations then also scope their queries by owner / agency.
import type { Role } from "@/lib/generated/prisma/enums";

export const PERMISSIONS = [
  "procedure.read", // public catalogue
  "dossier.create", // apply online
  "dossier.readOwn",
  "dossier.readAgency", // dossiers of one's own agency
  "dossier.process", // receive, request supplement, decide, return
  "dossier.intake", // counter intake
  "task.read",
  "task.reportProgress", // tasks led by one's own agency
  "task.comment",
  "indicator.report", // observations of one's own agency
  "dashboard.read",
  "feedback.create",
  "feedback.answer",
  "admin.manage", // agencies, users, procedures, tasks, indicators, holidays, tokens
  "audit.read",
  "area.citizen",
  "area.officer",
  "area.leader",
  "area.admin",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const TABLE: Record<Role, readonly Permission[]> = {
  CITIZEN: ["procedure.read", "dossier.create", "dossier.readOwn", "feedback.create", "area.citizen"],
  OFFICER: [
    "procedure.read",
    "dossier.readAgency",
    "dossier.process",
    "dossier.intake",
    "task.read",
    "task.reportProgress",
    "indicator.report",
    "feedback.answer",
    "area.officer",
  ],
  LEADER: ["procedure.read", "dossier.readAgency", "task.read", "task.comment", "dashboard.read", "area.leader"],
  ADMIN: ["procedure.read", "task.read", "dashboard.read", "admin.manage", "audit.read", "area.admin"],
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role || !Object.prototype.hasOwnProperty.call(TABLE, role)) return false;
  return TABLE[role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return Object.prototype.hasOwnProperty.call(TABLE, role) ? TABLE[role] : [];
}

/** Where each role lands after signing in. */
export const ROLE_HOME: Record<Role, string> = {
  CITIZEN: "/my",
  OFFICER: "/officer",
  LEADER: "/leader",
  ADMIN: "/admin",
};
