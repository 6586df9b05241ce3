// next-auth (v4) configuration: credentials sign-in and, when configured, the national digital
// identity (VNeID-style OIDC); JWT sessions in an HttpOnly cookie. Either way the session holds
// the portal's user id and role. Sessions end after 30 minutes without activity (JWT and cookie
// expiry, re-issued on page requests by proxy.ts) and 12 hours after sign-in whatever happens
// (checked in the jwt callback).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { identityErrorCode, VNEID_PROVIDER_ID } from "@/lib/domain/identity-signin";
import { env } from "@/lib/env";
import { authenticateUser } from "@/lib/server/users/authenticate-user";
import { findIdentityUser } from "@/lib/server/users/find-identity-user";
import { databaseUnavailable } from "@/lib/server/http/problem";
import { loadSessionAccount, sessionStillValid } from "@/lib/server/users/session-account";
import { signInWithIdentity } from "@/lib/server/users/sign-in-with-identity";
import { vneidConfig, vneidProvider } from "./vneid";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_SECONDS, secureSessionCookies, sessionCookie } from "./session-cookie";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";

export { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_SECONDS };
// HttpOnly + SameSite=Lax always; Secure (and __Secure-) behind TLS: see ./session-cookie.ts.
const SECURE_COOKIES = secureSessionCookies({ override: env.AUTH_SECURE_COOKIES, nextAuthUrl: env.NEXTAUTH_URL });
const SESSION_COOKIE = sessionCookie(SECURE_COOKIES);

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const ip = clientIpFromHeaders((name) => {
    const value = headers?.[name];
    return typeof value === "string" ? value : null;
  });
  return ip === "unknown" ? null : ip;
}

// The OAuth callback hands the signIn callback no request; the route handler's request scope
// still holds its headers. Outside a request (nothing signs in there) there is no address.
async function requestIp(): Promise<string | null> {
  try {
    return clientIp(Object.fromEntries(await headers()));
  } catch {
    return null;
  }
}

const vneid = vneidConfig();

export const authOptions: NextAuthOptions = {
  secret: env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_SECONDS, updateAge: 60 },
  jwt: { maxAge: IDLE_TIMEOUT_SECONDS },
  useSecureCookies: SECURE_COOKIES,
  cookies: { sessionToken: SESSION_COOKIE },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Tài khoản cổng",
      credentials: {
        identifier: { label: "Thư điện tử hoặc số điện thoại", type: "text" },
        password: { label: "Mật khẩu", type: "password" },
      },
      async authorize(credentials, req) {
        const user = await authenticateUser({
          identifier: credentials?.identifier,
          password: credentials?.password,
          ip: clientIp(req?.headers as Record<string, unknown> | undefined),
        });
        return user;
      },
    }),
    ...(vneid ? [vneidProvider(vneid)] : []),
  ],
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== VNEID_PROVIDER_ID) return true;
      // `profile` is the merged ID token + UserInfo claims (see lib/auth/vneid.ts).
      const result = await signInWithIdentity({ provider: VNEID_PROVIDER_ID, claims: profile, ip: await requestIp() });
      // A string is where next-auth sends the browser: the sign-in page, which explains the refusal.
      return result.ok ? true : `/sign-in?error=${identityErrorCode(result.reason)}`;
    },
    async jwt({ token, user, account }) {
      if (user) {
        // After a VNeID sign-in `user` holds the provider's subject: load the portal account the
        // signIn callback has just found, linked or created, so both sign-ins yield the same token.
        const portalUser = account?.provider === VNEID_PROVIDER_ID
          ? await findIdentityUser({ provider: VNEID_PROVIDER_ID, subject: account.providerAccountId })
          : user;
        if (!portalUser) throw new Error("VNeID: no active portal account for this identity");
        token.sub = portalUser.id;
        token.uid = portalUser.id;
        token.name = portalUser.name;
        token.email = portalUser.email;
        token.role = portalUser.role;
        token.agencyId = portalUser.agencyId;
        token.signedInAt = Date.now();
      }
      if (token.signedInAt && Date.now() - token.signedInAt > ABSOLUTE_TIMEOUT_MS) {
        // Absolute limit reached: drop the identity so the session reads as signed out.
        return { signedInAt: token.signedInAt };
      }
      if (!user && token.uid) {
        // Every request re-reads the account (one primary-key lookup): a deactivated account or
        // a password reset ends open sessions at once, and a new role or agency applies at once.
        let account: Awaited<ReturnType<typeof loadSessionAccount>>;
        try {
          account = await loadSessionAccount(token.uid);
        } catch (error) {
          // The database is down: the session cannot be checked, which is not the same as
          // signed out. next-auth swallows errors thrown here (the session would read as empty
          // and the person be told to sign in), so the token says so and getCurrentUser answers
          // 503 (lib/auth/session.ts). Any other error is a real failure.
          if (databaseUnavailable(error)) return { ...token, accountUnavailable: true };
          throw error;
        }
        delete token.accountUnavailable;
        if (!sessionStillValid(account, token.signedInAt)) return { signedInAt: token.signedInAt };
        token.name = account.fullName;
        token.email = account.email;
        token.role = account.role;
        token.agencyId = account.agencyId;
      }
      return token;
    },
    async session({ session, token }) {
      if (token.accountUnavailable) {
        delete session.user;
        session.unavailable = true;
      } else if (token.uid && token.role) {
        session.user = { id: token.uid, name: token.name ?? "", email: token.email ?? null, role: token.role, agencyId: token.agencyId ?? null };
      } else {
        delete session.user;
      }
      return session;
    },
  },
};
