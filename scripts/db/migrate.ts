// npm run db:migrate — applies pending migrations (DATABASE_URL, or the embedded PostgreSQL).
import { applyMigrations } from "./migrations";
import { withDatabase } from "./with-database";

withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Đã áp dụng: ${applied.join(", ")}` : "Cơ sở dữ liệu đã ở phiên bản mới nhất.");
}).catch((e) => {
  console.error(e);
  process.exit(1);
});
