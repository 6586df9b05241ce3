// Drafts ready to submit, made before the timed run of the submission benchmark:
//   1. the draft row as startApplication creates it (without its "draft created" audit entry),
//      with every step answered as saveApplicationStep saves it (valid values for the form);
//   2. every required document uploaded through the real HTTP upload path
//      (POST /api/dossiers/<id>/attachments: content check, storage, audit), as the form does.
// Round-robin over the given citizens and one free, full-online, province-level procedure of each
// agency that has one (11 in the seed): each agency's daily code counter is one row that every
// submission to that agency locks, so the spread over agencies shapes the contention.
import { hashPassword } from "../../lib/auth/password";
import { RATE_LIMITS } from "../../lib/domain/rate-limit";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { ZFormSchema } from "../../lib/validation/form-schema";
import { samplePdf } from "../../tests/support/files";
import { validValues } from "../../tests/support/forms";
import { signInCookie } from "./server";

export type BenchDraft = { id: string; cookie: string };

async function inParallel<T>(items: T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

/**
 * Citizen accounts for the load test, signed in through the real sign-in endpoint; Cookie header
 * by e-mail. A citizen may send 30 dossiers per 10 minutes (RATE_LIMITS.submitPerUser): a load
 * of many submissions is many citizens, so the benchmark makes (once) and uses as many accounts
 * as it needs — bench.congdan.NNNN@bench.thainguyen.vn, password as the demo accounts'.
 */
export async function benchCitizens(options: { prisma: PrismaClient; base: string; count: number; perCitizen: number; password: string }): Promise<Map<string, string>> {
  const { prisma, base, count, password } = options;
  const email = (i: number) => `bench.congdan.${String(i + 1).padStart(4, "0")}@bench.thainguyen.vn`;
  // Accounts with room for `perCitizen` more submissions in their current window (earlier runs
  // minutes ago may have used some): read from the limiter's own table, never reset.
  const emails: string[] = [];
  for (let from = 0; emails.length < count && from < 10_000; from += count) {
    const batch = Array.from({ length: count }, (_, i) => email(from + i));
    const users = await prisma.user.findMany({ where: { email: { in: batch } }, select: { id: true, email: true } });
    const buckets = await prisma.rateLimitBucket.findMany({
      where: { key: { in: users.map((u) => `submit:user:${u.id}`) }, resetAt: { gt: new Date() } },
      select: { key: true, count: true },
    });
    const used = new Map(buckets.map((b) => [b.key, b.count]));
    const byEmail = new Map(users.map((u) => [u.email, u.id]));
    for (const e of batch) {
      const id = byEmail.get(e);
      if (emails.length < count && (!id || (used.get(`submit:user:${id}`) ?? 0) + options.perCitizen <= RATE_LIMITS.submitPerUser.limit)) emails.push(e);
    }
  }
  const existing = new Set((await prisma.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((u) => u.email));
  const missing = emails.filter((e) => !existing.has(e));
  if (missing.length) {
    const passwordHash = await hashPassword(password);
    await prisma.user.createMany({
      data: missing.map((e) => ({ email: e, role: "CITIZEN" as const, fullName: `Công dân thử tải ${e.slice(14, 18)}`, passwordHash, address: "Phường Phan Đình Phùng, tỉnh Thái Nguyên" })),
    });
  }
  const cookies = new Map<string, string>();
  await inParallel(emails, 4, async (e) => {
    cookies.set(e, await signInCookie(base, e, password));
  });
  return cookies;
}

/**
 * Where the round-robin over a set of citizens stopped, per set: successive calls (the warm-up
 * drafts, then the timed ones) continue it, so each citizen gets ⌈total / citizens⌉ drafts at
 * most — what benchCitizens checked room for — instead of the first ones getting one more each
 * call (their submission no. 31 in the window was refused with 429).
 */
const nextCitizen = new WeakMap<Map<string, string>, number>();

export async function prepareDrafts(options: {
  prisma: PrismaClient;
  base: string;
  /** Citizen e-mail → session Cookie header. */
  citizens: Map<string, string>;
  count: number;
  log?: (line: string) => void;
}): Promise<BenchDraft[]> {
  const { prisma, base, count } = options;
  const users = await prisma.user.findMany({
    where: { email: { in: [...options.citizens.keys()] } },
    select: { id: true, email: true, fullName: true, nationalId: true, phone: true, address: true },
    orderBy: { email: "asc" },
  });
  const procedures = await prisma.procedure.findMany({
    where: { level: "FULL_ONLINE", scope: "PROVINCE", agencyId: { not: null }, feeAmount: 0, isPublished: true },
    select: { id: true, agencyId: true, formSchema: true },
    orderBy: { code: "asc" },
  });
  const byAgency = new Map<string, (typeof procedures)[number]>();
  for (const p of procedures) if (!byAgency.has(p.agencyId as string)) byAgency.set(p.agencyId as string, p);
  const chosen = [...byAgency.values()].map((p) => {
    const schema = ZFormSchema.parse(p.formSchema);
    return {
      ...p,
      values: validValues(schema),
      lastStep: schema.steps.length - 1,
      documents: schema.fields.filter((f) => f.type === "file" && f.required).map((f) => f.document ?? f.label),
    };
  });
  if (users.length === 0 || chosen.length === 0) throw new Error("Dữ liệu mẫu thiếu công dân demo hoặc thủ tục trực tuyến toàn trình miễn phí");

  const started = Date.now();
  const first = nextCitizen.get(options.citizens) ?? 0;
  nextCitizen.set(options.citizens, first + count);
  const drafts: (BenchDraft & { documents: string[] })[] = [];
  // Rows in batches (createManyAndReturn: one statement per batch), like startApplication's row.
  for (let i = 0; i < count; i += 200) {
    const batch = Array.from({ length: Math.min(200, count - i) }, (_, k) => {
      const user = users[(first + i + k) % users.length];
      const p = chosen[(i + k) % chosen.length];
      return { user, p };
    });
    const rows = await prisma.dossier.createManyAndReturn({
      data: batch.map(({ user, p }) => ({
        procedureId: p.id,
        agencyId: p.agencyId as string,
        channel: "ONLINE" as const,
        status: "DRAFT" as const,
        applicantId: user.id,
        applicantName: user.fullName,
        applicantNationalId: user.nationalId,
        applicantPhone: user.phone,
        applicantEmail: user.email,
        applicantAddress: user.address,
        formData: p.values,
        draftStep: p.lastStep,
        feeAmount: 0,
      })),
      select: { id: true },
    });
    rows.forEach((row, k) => {
      const { user, p } = batch[k];
      drafts.push({ id: row.id, cookie: options.citizens.get(user.email as string) as string, documents: p.documents });
    });
  }
  const pdf = samplePdf();
  const uploads = drafts.flatMap((d) => d.documents.map((documentName) => ({ d, documentName })));
  await inParallel(uploads, 8, async ({ d, documentName }) => {
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(pdf)], { type: "application/pdf" }), "giay-to.pdf");
    form.set("documentName", documentName);
    const r = await fetch(`${base}/api/dossiers/${d.id}/attachments`, { method: "POST", headers: { Cookie: d.cookie, Origin: base }, body: form });
    if (r.status !== 201) throw new Error(`Tải tệp cho hồ sơ nháp ${d.id}: HTTP ${r.status} ${await r.text()}`);
  });
  options.log?.(`${drafts.length} hồ sơ nháp, ${uploads.length} tệp tải lên qua HTTP (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return drafts.map(({ id, cookie }) => ({ id, cookie }));
}
