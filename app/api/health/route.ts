// GET /api/health — liveness and database status for load balancers and monitoring
import { checkDatabase } from "@/lib/server/health/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  const body = {
    status: database.up ? "ok" : "degraded",
    database: database.up ? { status: "up", latencyMs: database.latencyMs } : { status: "down", error: database.error },
    time: new Date().toISOString(),
  };
  return Response.json(body, { status: database.up ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
