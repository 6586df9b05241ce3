"use server";
// Sign-out as a plain form post to a server action: no client library in every page's bundle,
// works without JavaScript, and Next refuses server-action posts from other origins (CSRF).
// With JWT sessions there is nothing to revoke on the server: clearing the cookies ends it.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { recordSignOut } from "@/lib/server/users/record-sign-out";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token", "next-auth.callback-url", "__Secure-next-auth.callback-url"];

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    if (jar.get(name)) jar.delete(name);
  }
  // Chunked session cookies (large tokens) are named <name>.0, <name>.1, …
  for (const cookie of jar.getAll()) {
    if (/^(__Secure-)?next-auth\.session-token\.\d+$/.test(cookie.name)) jar.delete(cookie.name);
  }
  if (user) {
    const h = await headers();
    const ip = clientIpFromHeaders((name) => h.get(name));
    await recordSignOut(user, ip === "unknown" ? null : ip);
  }
  redirect("/");
}
