// Database side of the crash-safety test (tests/e2e/crash-safety.spec.ts), run as a child
// process with tsx (the Prisma client and the seed are ES modules the Playwright runner does not
// load). Prints one JSON line on stdout.
//   tsx tests/support/crash-db.ts prepare <url> <dossiers> <drafts>   migrate, seed a small data
//        set, then make drafts ready to submit (8 per test citizen, round-robin over a few free
//        full-online procedures); answers { migrations, drafts: CrashDraft[] }
//   tsx tests/support/crash-db.ts rollup <url>   the incremental rollup vs a from-scratch rebuild
import { createPrismaClient } from "../../lib/db-client";
import { ZFormSchema } from "../../lib/validation/form-schema";
import { applyMigrations } from "../../scripts/db/migrations";
import { DEMO_ACCOUNTS, rebuildDossierStats, seedDatabase } from "../../prisma/seed/index";
import { validValues } from "./forms";

export type CrashDraft = {
  id: string;
  applicantEmail: string;
  agencyId: string;
  /** Required documents to upload before the draft can be submitted. */
  documents: { field: string; documentName: string }[];
};

const [mode, url, seedSize, draftCount] = process.argv.slice(2);
if (!url) throw new Error("usage: crash-db.ts prepare <url> <dossiers> <drafts> | rollup <url>");
const prisma = createPrismaClient(url, 4);

async function prepare(dossiers: number, count: number) {
  const applied = await applyMigrations(url);
  await seedDatabase(prisma, { dossiers, log: () => {}, databaseUrl: url });
  return { migrations: applied.length, drafts: await drafts(count) };
}

/** Drafts per citizen: far below the per-citizen submission limit (RATE_LIMITS.submitPerUser), retries included. */
export const DRAFTS_PER_CITIZEN = 8;

async function drafts(count: number): Promise<CrashDraft[]> {
  // Test citizens with the demo password (the demo citizen's hash), enough of them that no one
  // reaches the per-citizen submission limit.
  const demo = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.find((a) => a.role === "CITIZEN")?.email }, select: { passwordHash: true, passwordChangedAt: true } });
  const citizens = [];
  for (let i = 0; i < Math.ceil(count / DRAFTS_PER_CITIZEN); i++) {
    const n = String(i + 1).padStart(3, "0");
    citizens.push(
      await prisma.user.create({
        data: {
          email: `congdan.${n}@kiemthu.thainguyen.vn`,
          fullName: `Công dân kiểm thử ${n}`,
          role: "CITIZEN",
          phone: `0899${n.padStart(6, "0")}`,
          address: "Số 1, đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên",
          passwordHash: demo.passwordHash,
          passwordChangedAt: demo.passwordChangedAt,
        },
        select: { id: true, email: true, fullName: true, nationalId: true, phone: true, address: true },
      }),
    );
  }
  // Free (no payment step), full-online, province-level procedures: a few agencies, so that
  // several per-agency code counters are contended at once.
  const procedures = await prisma.procedure.findMany({
    where: { level: "FULL_ONLINE", scope: "PROVINCE", agencyId: { not: null }, feeAmount: 0, isPublished: true },
    select: { id: true, agencyId: true, formSchema: true },
    orderBy: { code: "asc" },
  });
  // Those asking for the fewest documents (each is one upload), one per agency.
  const documentsOf = (p: (typeof procedures)[number]) => ZFormSchema.parse(p.formSchema).fields.filter((f) => f.type === "file" && f.required).length;
  procedures.sort((a, b) => documentsOf(a) - documentsOf(b));
  const byAgency = new Map<string, (typeof procedures)[number]>();
  for (const p of procedures) if (!byAgency.has(p.agencyId as string)) byAgency.set(p.agencyId as string, p);
  const chosen = [...byAgency.values()].slice(0, 4);
  if (chosen.length === 0) throw new Error("seed has no free full-online procedure");

  const made: CrashDraft[] = [];
  for (let i = 0; i < count; i++) {
    const citizen = citizens[Math.floor(i / DRAFTS_PER_CITIZEN)];
    const procedure = chosen[i % chosen.length];
    const schema = ZFormSchema.parse(procedure.formSchema);
    // The same row startApplication creates, with every step filled in (saveApplicationStep).
    const row = await prisma.dossier.create({
      data: {
        procedureId: procedure.id,
        agencyId: procedure.agencyId as string,
        channel: "ONLINE",
        status: "DRAFT",
        applicantId: citizen.id,
        applicantName: citizen.fullName,
        applicantNationalId: citizen.nationalId,
        applicantPhone: citizen.phone,
        applicantEmail: citizen.email,
        applicantAddress: citizen.address,
        formData: validValues(schema),
        draftStep: schema.steps.length - 1,
        feeAmount: 0,
      },
      select: { id: true },
    });
    made.push({
      id: row.id,
      applicantEmail: citizen.email as string,
      agencyId: procedure.agencyId as string,
      documents: schema.fields.filter((f) => f.type === "file" && f.required).map((f) => ({ field: f.name, documentName: f.document ?? f.label })),
    });
  }
  return made;
}

type Row = Record<string, string | number>;

async function snapshot(): Promise<Row[]> {
  const rows = await prisma.dossierStatMonthly.findMany({ orderBy: [{ month: "asc" }, { agencyId: "asc" }, { procedureId: "asc" }, { channel: "asc" }] });
  return rows
    .map(({ month, ...rest }) => ({ ...rest, month: month.toISOString().slice(0, 10) }))
    .filter((r) => Object.entries(r).some(([k, v]) => typeof v === "number" && v !== 0 && k !== "month"));
}

/** The rollup as the operations left it, then recomputed from scratch (the same check as tests/integration/rollup.seeded.test.ts). */
async function rollup() {
  const incremental = await snapshot();
  await rebuildDossierStats(prisma);
  const rebuilt = await snapshot();
  const key = (r: Row) => `${r.month}|${r.agencyId}|${r.procedureId}|${r.channel}`;
  const a = new Map(incremental.map((r) => [key(r), JSON.stringify(r)]));
  const b = new Map(rebuilt.map((r) => [key(r), JSON.stringify(r)]));
  const differences = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).map((k) => ({ key: k, incremental: a.get(k) ?? null, rebuilt: b.get(k) ?? null }));
  return { rows: rebuilt.length, received: rebuilt.reduce((s, r) => s + Number(r.received), 0), differences };
}

async function main() {
  try {
    const result = mode === "prepare" ? await prepare(Number(seedSize), Number(draftCount)) : mode === "rollup" ? await rollup() : null;
    if (result === null) throw new Error(`unknown mode ${mode}`);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
