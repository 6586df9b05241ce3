// Runs before every request: gives it a request id (echoed in `X-Request-Id`, read by the logs
// and error pages) and refuses state-changing API requests from other sites (lib/domain/csrf.ts).
import { NextResponse, type NextRequest } from "next/server";
import { refreshedSessionToken, secureSessionCookies, sessionCookie, IDLE_TIMEOUT_SECONDS } from "@/lib/auth/session-cookie";
import { acceptableRequestId, passesCsrfCheck } from "@/lib/domain/csrf";
import { env } from "@/lib/env";

const SESSION_COOKIE = sessionCookie(secureSessionCookies({ override: env.AUTH_SECURE_COOKIES, nextAuthUrl: env.NEXTAUTH_URL }));

export async function proxy(request: NextRequest) {
  const requestId = acceptableRequestId(request.headers.get("x-request-id")) ?? crypto.randomUUID();
  const allowed = passesCsrfCheck({
    method: request.method,
    pathname: request.nextUrl.pathname,
    host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
    origin: request.headers.get("origin"),
    referer: request.headers.get("referer"),
  });
  if (!allowed) {
    return NextResponse.json(
      { type: "about:blank", title: "Yêu cầu bị từ chối vì không xuất phát từ trang của cổng (chống giả mạo yêu cầu).", status: 403, code: "CSRF" },
      { status: 403, headers: { "Content-Type": "application/problem+json", "X-Request-Id": requestId } },
    );
  }
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("X-Request-Id", requestId);
  await keepSessionAlive(request, response);
  return response;
}

/**
 * Sliding idle limit (lib/auth/session-cookie.ts): a page or data request (GET/HEAD) with a valid
 * session cookie gets it back re-issued for 30 minutes, at most once a minute. Not on
 * next-auth's own routes (they set the cookie themselves) nor on posts (sign-out clears it).
 */
async function keepSessionAlive(request: NextRequest, response: NextResponse): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") return;
  if (request.nextUrl.pathname.startsWith("/api/auth/")) return;
  const value = request.cookies.get(SESSION_COOKIE.name)?.value;
  if (!value || !env.AUTH_SECRET) return;
  const renewed = await refreshedSessionToken(value, env.AUTH_SECRET);
  if (renewed) response.cookies.set(SESSION_COOKIE.name, renewed, { ...SESSION_COOKIE.options, maxAge: IDLE_TIMEOUT_SECONDS });
}

export const config = {
  // Static files need neither.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|fonts/).*)"],
};
