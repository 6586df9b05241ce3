// Rating a finished dossier: once, by its applicant, with the rollup's rated* counters moved in
// the same transaction (checked against a recount of every rating).
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { statMonth } from "@/lib/domain/dossier-stats";
import { AppError } from "@/lib/errors";
import { rateDossier } from "@/lib/server/dossiers/rate-dossier";
import { applyDossierStatDelta, DOSSIER_STATS_SELECT, toStatsShape } from "@/lib/server/rollups/apply-dossier-stat-delta";
import { DEMO_ACCOUNTS } from "../../prisma/seed/index";
import { refusal, userOf } from "../support/actors";

let an: CurrentUser;
let binh: CurrentUser;

type Counts = { ratedSatisfied: number; ratedNeutral: number; ratedDissatisfied: number };
const COLUMN = { SATISFIED: "ratedSatisfied", NEUTRAL: "ratedNeutral", DISSATISFIED: "ratedDissatisfied" } as const;

/** rated* per rollup key, counted from the dossiers and their ratings. */
async function recount(): Promise<Map<string, Counts>> {
  const rated = await db.dossier.findMany({
    where: { rating: { isNot: null }, submittedAt: { not: null } },
    select: { submittedAt: true, agencyId: true, procedureId: true, channel: true, rating: { select: { score: true } } },
  });
  const out = new Map<string, Counts>();
  for (const d of rated) {
    const key = `${statMonth(d.submittedAt as Date)}|${d.agencyId}|${d.procedureId}|${d.channel}`;
    const counts = out.get(key) ?? { ratedSatisfied: 0, ratedNeutral: 0, ratedDissatisfied: 0 };
    counts[COLUMN[d.rating!.score]] += 1;
    out.set(key, counts);
  }
  return out;
}

/** rated* per rollup key, as the rollup table holds them (keys with no rating left out). */
async function rollup(): Promise<Map<string, Counts>> {
  const rows = await db.dossierStatMonthly.findMany({
    where: { OR: [{ ratedSatisfied: { not: 0 } }, { ratedNeutral: { not: 0 } }, { ratedDissatisfied: { not: 0 } }] },
    select: { month: true, agencyId: true, procedureId: true, channel: true, ratedSatisfied: true, ratedNeutral: true, ratedDissatisfied: true },
  });
  return new Map(
    rows.map((r) => [
      `${r.month.toISOString().slice(0, 10)}|${r.agencyId}|${r.procedureId}|${r.channel}`,
      { ratedSatisfied: r.ratedSatisfied, ratedNeutral: r.ratedNeutral, ratedDissatisfied: r.ratedDissatisfied },
    ]),
  );
}

/**
 * An unrated dossier in this final status: the demo citizen's when they have one, else any
 * citizen's. The seed's dates follow today, so which demo dossiers are already rated varies with
 * the day; the tests need one that is not, with its owner.
 */
async function ratable(applicant: CurrentUser, status: "RETURNED" | "DENIED" | "REJECTED"): Promise<{ id: string; owner: CurrentUser }> {
  const own = await db.dossier.findFirst({ where: { applicantId: applicant.id, status, rating: null }, select: { id: true } });
  if (own) return { id: own.id, owner: applicant };
  const any = await db.dossier.findFirstOrThrow({ where: { status, rating: null, applicant: { role: "CITIZEN", isActive: true } }, select: { id: true, applicant: true } });
  return { id: any.id, owner: userOf(any.applicant!) };
}

beforeAll(async () => {
  const [a, b] = await Promise.all(
    DEMO_ACCOUNTS.filter((x) => x.role === "CITIZEN").map((x) => db.user.findUniqueOrThrow({ where: { email: x.email } })),
  );
  an = userOf(a);
  binh = userOf(b);
});

describe("rateDossier", () => {
  it("starts from a rollup that matches a recount", async () => {
    expect(await rollup()).toEqual(await recount());
  });

  it("records a rating once, with its audit entry, and the rollup still matches a recount", async () => {
    const { id, owner } = await ratable(an, "DENIED");
    const rating = await rateDossier({ actor: owner, dossierId: id, score: "DISSATISFIED", comment: "  Không được giải thích rõ lý do.  " });
    expect(rating.score).toBe("DISSATISFIED");
    expect(rating.comment).toBe("Không được giải thích rõ lý do.");
    const stored = await db.rating.findUniqueOrThrow({ where: { dossierId: id } });
    expect(stored.userId).toBe(owner.id);
    expect(await db.auditLog.count({ where: { targetId: id, action: "dossier.rate", actorId: owner.id } })).toBe(1);
    expect(await rollup()).toEqual(await recount());
  });

  it("refuses a second rating with a friendly message and changes nothing", async () => {
    const { id, owner } = await ratable(an, "REJECTED");
    await rateDossier({ actor: owner, dossierId: id, score: "NEUTRAL" });
    const snapshot = await rollup();
    const error = await refusal(rateDossier({ actor: owner, dossierId: id, score: "SATISFIED" }));
    expect(error.status).toBe(409);
    expect(error.message).toBe("Bạn đã đánh giá hồ sơ này. Mỗi hồ sơ chỉ được đánh giá một lần.");
    expect((await db.rating.findUniqueOrThrow({ where: { dossierId: id } })).score).toBe("NEUTRAL");
    expect(await rollup()).toEqual(snapshot);
  });

  it("lets exactly one of two simultaneous ratings through (unique constraint), counted once", async () => {
    const { id, owner } = await ratable(binh, "RETURNED");
    const results = await Promise.allSettled([
      rateDossier({ actor: owner, dossierId: id, score: "SATISFIED", comment: "x".repeat(1000) }),
      rateDossier({ actor: owner, dossierId: id, score: "DISSATISFIED" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected?.reason).toBeInstanceOf(AppError);
    expect((rejected?.reason as AppError).status).toBe(409);
    expect(await db.rating.count({ where: { dossierId: id } })).toBe(1);
    expect(await rollup()).toEqual(await recount());
  });

  it("maps the unique constraint to the friendly message when the other rating commits first", async () => {
    // Deterministic race: another transaction has inserted a rating but not committed yet, so
    // rateDossier sees no rating, then its insert waits on the unique index and fails.
    const { id, owner } = await ratable(an, "RETURNED");
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let signalInserted = () => {};
    const inserted = new Promise<void>((resolve) => (signalInserted = resolve));
    const other = db.$transaction(
      async (tx) => {
        const d = await tx.dossier.findUniqueOrThrow({ where: { id }, select: DOSSIER_STATS_SELECT });
        await tx.rating.create({ data: { dossierId: id, userId: owner.id, score: "SATISFIED" } });
        await applyDossierStatDelta(tx, toStatsShape(d), { ...toStatsShape(d), rating: "SATISFIED" });
        signalInserted();
        await held;
      },
      { timeout: 30_000 },
    );
    await inserted;
    const racing = rateDossier({ actor: owner, dossierId: id, score: "DISSATISFIED" }).then(() => null, (e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 800)); // let it reach the insert
    release();
    await other;
    const error = await racing;
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(409);
    expect((error as AppError).message).toBe("Bạn đã đánh giá hồ sơ này. Mỗi hồ sơ chỉ được đánh giá một lần.");
    expect((await db.rating.findUniqueOrThrow({ where: { dossierId: id } })).score).toBe("SATISFIED");
    expect(await rollup()).toEqual(await recount());
  });

  it("is refused while the dossier is still open", async () => {
    for (const status of ["PROCESSING", "SUPPLEMENT_REQUESTED", "APPROVED", "WITHDRAWN"] as const) {
      const d = await db.dossier.findFirstOrThrow({ where: { applicantId: an.id, status }, select: { id: true } });
      expect((await refusal(rateDossier({ actor: an, dossierId: d.id, score: "SATISFIED" }))).status, status).toBe(409);
      expect(await db.rating.count({ where: { dossierId: d.id } })).toBe(0);
    }
  });

  it("is refused for another citizen's dossier as if it did not exist, and for officers", async () => {
    const { id, owner } = await ratable(an, "RETURNED");
    const other = owner.id === binh.id ? an : binh;
    expect((await refusal(rateDossier({ actor: other, dossierId: id, score: "SATISFIED" }))).status).toBe(404);
    const officer = userOf(await db.user.findFirstOrThrow({ where: { role: "OFFICER" } }));
    expect((await refusal(rateDossier({ actor: officer, dossierId: id, score: "SATISFIED" }))).status).toBe(403);
    expect(await db.rating.count({ where: { dossierId: id } })).toBe(0);
  });

  it("checks the score and the comment's length", async () => {
    const { id, owner } = await ratable(an, "RETURNED");
    const noScore = await refusal(rateDossier({ actor: owner, dossierId: id, score: "" }));
    expect(noScore.status).toBe(400);
    expect(noScore.fieldErrors?.score).toBe("Chọn mức độ hài lòng.");
    const tooLong = await refusal(rateDossier({ actor: owner, dossierId: id, score: "SATISFIED", comment: "ư".repeat(1001) }));
    expect(tooLong.fieldErrors?.comment).toBe("Góp ý tối đa 1000 ký tự.");
    expect(await db.rating.count({ where: { dossierId: id } })).toBe(0);
  });
});
