import { expect } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

type UserRow = { id: string; fullName: string; email: string | null; role: CurrentUser["role"]; agencyId: string | null };

/** A user row as the session user getCurrentUser would return. */
export function userOf(u: UserRow): CurrentUser {
  return { id: u.id, name: u.fullName, email: u.email, role: u.role, agencyId: u.agencyId };
}

/** The session user of an account. */
export async function actorByEmail(email: string): Promise<CurrentUser> {
  return userOf(await db.user.findUniqueOrThrow({ where: { email } }));
}

/** An officer of the given agency. */
export async function officerOf(agencyId: string): Promise<CurrentUser> {
  return userOf(await db.user.findFirstOrThrow({ where: { role: "OFFICER", agencyId } }));
}

/** Awaits an operation that must be refused, and returns its typed error. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

export const DEMO = {
  an: "an.nguyen@demo.thainguyen.vn",
  binh: "binh.tran@demo.thainguyen.vn",
  officerTuPhap: "canbo.tuphap@demo.thainguyen.vn",
  officerPdp: "canbo.pdp@demo.thainguyen.vn",
  leader: "lanhdao@demo.thainguyen.vn",
  admin: "quantri@demo.thainguyen.vn",
} as const;
