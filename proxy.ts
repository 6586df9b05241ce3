// Runs before every request: gives it a request id (echoed in `X-Request-Id`, read by the logs
// and error pages) and refuses state-changing API requests from other sites (lib/domain/csrf.ts).
import { NextResponse, type NextRequest } from "next/server";
import { acceptableRequestId, passesCsrfCheck } from "@/lib/domain/csrf";

export function proxy(request: NextRequest) {
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
  return response;
}

export const config = {
  // Static files need neither.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|fonts/).*)"],
};
