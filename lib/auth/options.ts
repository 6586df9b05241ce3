// next-auth (v4) configuration: credentials sign-in, JWT sessions in an HttpOnly cookie.
// Sessions end after 30 minutes without activity (cookie max-age, refreshed on use) and
// 12 hours after sign-in whatever happens (checked in the jwt callback).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticateUser } from "@/lib/server/users/authenticate-user";

export const IDLE_TIMEOUT_SECONDS = 30 * 60;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  if (typeof forwarded === "string" && forwarded) return forwarded.split(",")[0].trim();
  const real = headers?.["x-real-ip"];
  return typeof real === "string" ? real : null;
}

export const authOptions: NextAuthOptions = {
  secret: env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_SECONDS, updateAge: 60 },
  jwt: { maxAge: IDLE_TIMEOUT_SECONDS },
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
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.name = user.name;
        token.role = user.role;
        token.agencyId = user.agencyId;
        token.signedInAt = Date.now();
      }
      if (token.signedInAt && Date.now() - token.signedInAt > ABSOLUTE_TIMEOUT_MS) {
        // Absolute limit reached: drop the identity so the session reads as signed out.
        return { signedInAt: token.signedInAt };
      }
      return token;
    },
    async session({ session, token }) {
      if (token.uid && token.role) {
        session.user = { id: token.uid, name: token.name ?? "", email: token.email ?? null, role: token.role, agencyId: token.agencyId ?? null };
      } else {
        delete session.user;
      }
      return session;
    },
  },
};
