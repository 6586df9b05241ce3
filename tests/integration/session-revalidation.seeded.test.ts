// Open sessions follow the account: the session callback re-reads it on every request, so a
// deactivation or a password reset signs the person out at once, and a new role applies at once.
import { beforeEach, describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { DEMO } from "../support/actors";

type JwtCallback = (params: { token: JWT; user?: unknown; account?: unknown }) => Promise<JWT>;
const jwt = authOptions.callbacks!.jwt as unknown as JwtCallback;

let token: JWT;
let userId: string;

beforeEach(async () => {
  const u = await db.user.update({ where: { email: DEMO.officerTuPhap }, data: { isActive: true, passwordChangedAt: new Date(Date.now() - 60_000) } });
  userId = u.id;
  token = { sub: u.id, uid: u.id, name: u.fullName, email: u.email, role: u.role, agencyId: u.agencyId, signedInAt: Date.now() } as JWT;
});

describe("session revalidation", () => {
  it("keeps a session of an active account whose password did not change", async () => {
    const next = await jwt({ token });
    expect(next.uid).toBe(userId);
    expect(next.role).toBe("OFFICER");
  });

  it("ends the session of a deactivated account", async () => {
    await db.user.update({ where: { id: userId }, data: { isActive: false } });
    const next = await jwt({ token });
    expect(next.uid).toBeUndefined();
    expect(next.role).toBeUndefined();
  });

  it("ends sessions opened before a password reset, not those opened after", async () => {
    await db.user.update({ where: { id: userId }, data: { passwordChangedAt: new Date(Date.now() + 1000) } });
    expect((await jwt({ token })).uid).toBeUndefined();
    const later = { ...token, signedInAt: Date.now() + 5000 } as JWT;
    expect((await jwt({ token: later })).uid).toBe(userId);
  });

  it("applies a new role and agency to an open session", async () => {
    const agency = await db.agency.findFirstOrThrow({ where: { kind: "COMMUNE" } });
    await db.user.update({ where: { id: userId }, data: { role: "LEADER", agencyId: agency.id } });
    const next = await jwt({ token });
    expect(next.role).toBe("LEADER");
    expect(next.agencyId).toBe(agency.id);
  });

  it("ends the session of an account that no longer exists", async () => {
    const next = await jwt({ token: { ...token, uid: "no-such-user" } as JWT });
    expect(next.uid).toBeUndefined();
  });
});
