// npx tsx scripts/db/seed.ts [--dossiers N] — loads the demo data (DATABASE_URL, or the
// embedded PostgreSQL), after applying pending migrations. Safe to run again: it adds nothing
// that is already there.
import { createPrismaClient } from "../../lib/db-client";
import { DEFAULT_DOSSIERS, DEMO_ACCOUNTS, DEMO_PASSWORD, SUMMARY_TABLES, seedDatabase } from "../../prisma/seed";
import { applyMigrations } from "./migrations";
import { withDatabase } from "./with-database";

function parseArgs(argv: string[]): { dossiers: number } {
  let dossiers = DEFAULT_DOSSIERS;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg.startsWith("--dossiers=") ? arg.slice("--dossiers=".length) : arg === "--dossiers" ? argv[++i] : undefined;
    if (value !== undefined) {
      const n = Number(value.replace(/[_.,]/g, ""));
      if (!Number.isInteger(n) || n < 0) throw new Error(`--dossiers cần một số nguyên ≥ 0, nhận "${value}"`);
      dossiers = n;
    } else if (arg === "--help" || arg === "-h") {
      console.log("Cách dùng: npx tsx scripts/db/seed.ts [--dossiers N]   (mặc định 20000)");
      process.exit(0);
    } else {
      throw new Error(`Tham số không hợp lệ: ${arg}`);
    }
  }
  return { dossiers };
}

// Progress lines start with "\r": rewritten in place on a terminal, printed as lines otherwise.
function log(line: string): void {
  if (line.startsWith("\r")) {
    if (process.stdout.isTTY) process.stdout.write(`\x1b[2K${line}`);
    else console.log(line.slice(1));
  } else if (line === "") {
    if (process.stdout.isTTY) process.stdout.write("\n");
  } else {
    console.log(line);
  }
}

const fmt = (n: number) => n.toLocaleString("vi-VN");

async function main(): Promise<void> {
  const { dossiers } = parseArgs(process.argv.slice(2));
  const started = Date.now();
  await withDatabase(async (url) => {
    const applied = await applyMigrations(url);
    if (applied.length) console.log(`Đã áp dụng migration: ${applied.join(", ")}`);
    const prisma = createPrismaClient(url, 4);
    try {
      console.log(`Nạp dữ liệu mẫu (${fmt(dossiers)} hồ sơ) …`);
      const summary = await seedDatabase(prisma, { dossiers, log, databaseUrl: url });
      console.log("\nSố bản ghi theo bảng:");
      for (const table of SUMMARY_TABLES) console.log(`  ${table.padEnd(20)} ${fmt(summary.counts[table]).padStart(12)}`);
      const d = summary.dossiers;
      console.log(
        d.skipped
          ? "\nHồ sơ: đã có đủ, không sinh thêm."
          : `\nLần chạy này thêm: ${fmt(d.inserted.dossiers)} hồ sơ, ${fmt(d.inserted.events)} sự kiện, ${fmt(d.inserted.ratings)} đánh giá, ${fmt(d.inserted.payments)} thanh toán (sinh ${fmt(d.generated)} hồ sơ trong ${(d.elapsedMs / 1000).toFixed(1)} s).`,
      );
      if (d.eventsOnlyFrom) console.log(`Lưu ý: khối lượng lớn — hồ sơ đã đóng nộp trước ${d.eventsOnlyFrom} không có lịch sử sự kiện (DossierEvent).`);
      console.log(`\nTài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):`);
      for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(8)} ${a.email.padEnd(34)} ${a.fullName} — ${a.description}`);
    } finally {
      await prisma.$disconnect();
    }
  });
  console.log(`\nHoàn tất sau ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
