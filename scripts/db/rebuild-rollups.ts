// npm run db:rollups — rebuilds the dashboards' rollup tables from the dossiers, from scratch:
// DossierStatMonthly (monthly counts) with its agency level DossierStatAgencyMonthly, and
// ProcessingTimeStat (usual processing time per agency ×
// procedure). Both are kept current by the operations that change dossiers; this repairs them
// (e.g. after rows were changed by hand) and fills ProcessingTimeStat on a database that had
// dossiers before its migration (npm start does that by itself when it applies the migration).
import { createPrismaClient } from "../../lib/db-client";
import { buildCalendar } from "../../lib/domain/working-days";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { rebuildProcessingTimes } from "../../lib/server/rollups/processing-time";
import { rebuildDossierStats } from "../../prisma/seed/rebuild-stats";
import { withDatabase } from "./with-database";

export async function rebuildRollups(prisma: PrismaClient, log: (line: string) => void = console.log): Promise<void> {
  let t = Date.now();
  const stats = await rebuildDossierStats(prisma);
  log(`  ✓ DossierStatMonthly + DossierStatAgencyMonthly: ${stats.toLocaleString("vi-VN")} dòng theo thủ tục (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  t = Date.now();
  const calendar = buildCalendar(await prisma.holiday.findMany({ select: { date: true, kind: true } }));
  const times = await rebuildProcessingTimes(prisma, calendar);
  log(`  ✓ ProcessingTimeStat: ${times.toLocaleString("vi-VN")} cặp cơ quan × thủ tục (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

if (process.argv[1]?.endsWith("rebuild-rollups.ts")) {
  withDatabase(async (url) => {
    const prisma = createPrismaClient(url, 2);
    try {
      console.log("Dựng lại các bảng tổng hợp …");
      await rebuildRollups(prisma);
    } finally {
      await prisma.$disconnect();
    }
  }).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
