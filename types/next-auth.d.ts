import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface Session {
    user?: { id: string; name: string; email: string | null; role: Role; agencyId: string | null };
    /** The account could not be read (database unreachable): neither signed in nor out. */
    unavailable?: boolean;
  }
  interface User {
    id: string;
    name: string;
    email: string | null;
    role: Role;
    agencyId: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    name?: string | null;
    role?: Role;
    agencyId?: string | null;
    /** When the person signed in (ms): the absolute session limit counts from here. */
    signedInAt?: number;
    /** Set while the database cannot be reached to re-check the account (lib/auth/options.ts). */
    accountUnavailable?: boolean;
  }
}
