// Demo data of the Thái Nguyên digital-transformation portal. Idempotent (natural keys,
// ON CONFLICT DO NOTHING, deterministic ids) and deterministic (fixed PRNG seeds; only dates
// depend on `now`). Receives its PrismaClient: never imports lib/db.ts.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDossiers, syncCodeCounters, type DossierSeedResult } from "./dossiers";
import { seedFeedback, seedNotifications } from "./extras";
import { seedIndicators, seedTasks } from "./plan";
import { rebuildProcessingTimes } from "@/lib/server/rollups/processing-time";
import { rebuildDossierStats } from "./rebuild-stats";
import { seedAgencies, seedHolidays, seedPillars, seedProcedures, seedUsers, type ReferenceData } from "./reference";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";
export type { DemoAccount } from "./accounts";
export { rebuildDossierStats } from "./rebuild-stats";

export type SeedOptions = {
  dossiers?: number;
  log?: (line: string) => void;
  now?: Date;
  /**
   * Optional: the database URL, to send the dossier batches through a direct pg pool. Faster, and
   * needed for large volumes (Prisma's query-plan cache keeps every raw batch in memory).
   */
  databaseUrl?: string;
};

export const DEFAULT_DOSSIERS = 20_000;

/** Tables reported in the summary, in display order. */
export const SUMMARY_TABLES = [
  "Holiday", "Agency", "User", "Pillar", "Task", "TaskMilestone", "TaskUpdate", "TaskComment", "Indicator", "Observation",
  "Sector", "Procedure", "Dossier", "DossierEvent", "Payment", "Rating", "DossierCodeCounter", "DossierStatMonthly", "DossierStatAgencyMonthly", "ProcessingTimeStat", "Notification", "Feedback",
] as const;

export type SeedSummary = {
  /** Rows per table after the run. */
  counts: Record<(typeof SUMMARY_TABLES)[number], number>;
  dossiers: DossierSeedResult;
  statRows: number;
  /** Duration of each step, ms. */
  steps: { name: string; ms: number }[];
  elapsedMs: number;
};

export async function seedDatabase(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const log = options.log ?? ((line: string) => console.log(line));
  const count = options.dossiers ?? DEFAULT_DOSSIERS;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Số hồ sơ phải là số nguyên ≥ 0, nhận ${count}`);
  const steps: SeedSummary["steps"] = [];
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t = Date.now();
    const result = await fn();
    steps.push({ name, ms: Date.now() - t });
    log(`  ✓ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    return result;
  };

  const calendar = await step("Ngày nghỉ lễ, làm bù 2024–2027", () => seedHolidays(prisma));
  const agencies = await step("Cơ quan (tỉnh, sở, xã/phường)", () => seedAgencies(prisma));
  const { users, officerByAgency } = await step("Tài khoản mẫu và cán bộ", () => seedUsers(prisma, agencies));
  const pillars = await step("Ba trụ cột", () => seedPillars(prisma));
  const procedures = await step("Lĩnh vực và thủ tục hành chính", () => seedProcedures(prisma, agencies));
  const ref: ReferenceData = { agencies, officerByAgency, users, pillars, procedures, calendar };
  await step("37 nhiệm vụ, mốc và lịch sử tiến độ", () => seedTasks(prisma, ref, now));
  await step("Chỉ tiêu và số liệu hằng tháng", () => seedIndicators(prisma, ref, now));
  const dossiers = await step(`Hồ sơ (${count.toLocaleString("vi-VN")} + hồ sơ của công dân mẫu)`, () => seedDossiers(prisma, ref, { count, now, log, databaseUrl: options.databaseUrl }));
  await step("Bộ đếm mã hồ sơ (DossierCodeCounter)", () => syncCodeCounters(prisma));
  const statRows = await step("Tổng hợp DossierStatMonthly", () => rebuildDossierStats(prisma));
  await step("Thời gian xử lý thường gặp (ProcessingTimeStat)", () => rebuildProcessingTimes(prisma, calendar));
  await step("Thông báo và phản ánh, kiến nghị", async () => {
    await seedFeedback(prisma, ref, now);
    await seedNotifications(prisma, now);
  });
  if (!dossiers.skipped) {
    // After a bulk load: fresh statistics for the planner, and the visibility map set so that
    // index-only scans (e.g. the open-dossier index of the leaders' backlog) need not visit rows.
    await step("VACUUM ANALYZE", () => prisma.$executeRawUnsafe(`VACUUM (ANALYZE) "Dossier", "DossierEvent", "Rating", "Payment", "DossierStatMonthly", "DossierStatAgencyMonthly", "ProcessingTimeStat"`));
  }

  const counts = {} as SeedSummary["counts"];
  for (const table of SUMMARY_TABLES) {
    const rows = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = rows[0].n;
  }
  return { counts, dossiers, statRows, steps, elapsedMs: Date.now() - started };
}
