import { createPrismaClient } from "@/lib/db-client";
import { seedDatabase } from "@/prisma/seed";
import { withDatabase } from "@/scripts/db/with-database";
withDatabase(async (url) => {
  const prisma = createPrismaClient(url, 4);
  await prisma.$executeRawUnsafe(`TRUNCATE "Dossier" CASCADE`);
  const s = await seedDatabase(prisma, { databaseUrl: process.env.NOURL ? undefined : url, dossiers: Number(process.argv[2] ?? 20000), log: (l) => console.log(l.replace("\r","")) });
  console.log(s.steps);
  await prisma.$disconnect();
});
