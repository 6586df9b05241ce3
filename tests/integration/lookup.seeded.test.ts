// Public look-up by dossier code + last 4 phone digits: the right pair shows the status and
// dates only; a wrong code and wrong digits give the same answer; attempts are rate-limited
// per IP and per code.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RATE_LIMITS } from "@/lib/domain/rate-limit";
import { lookupDossier } from "@/lib/server/lookup/lookup-dossier";

let dossier: { code: string; applicantPhone: string; status: string; dueAt: Date | null; submittedAt: Date | null; procedureName: string; agencyName: string };
let ipSeq = 0;
const freshIp = () => `198.51.100.${++ipSeq}`;

beforeAll(async () => {
  const an = await db.user.findUniqueOrThrow({ where: { email: "an.nguyen@demo.thainguyen.vn" } });
  const d = await db.dossier.findFirstOrThrow({
    where: { applicantId: an.id, code: { not: null }, status: "PROCESSING", dueAt: { not: null } },
    select: { code: true, applicantPhone: true, status: true, dueAt: true, submittedAt: true, procedure: { select: { name: true } }, agency: { select: { name: true } } },
  });
  dossier = { ...d, code: d.code!, applicantPhone: d.applicantPhone!, procedureName: d.procedure.name, agencyName: d.agency.name };
});

describe("lookupDossier", () => {
  it("shows status, procedure, agency and dates for the right code and digits — and nothing else", async () => {
    const outcome = await lookupDossier({ input: { code: dossier.code.toLowerCase(), phoneLast4: dossier.applicantPhone.slice(-4) }, ip: freshIp() });
    expect(outcome).toEqual({
      kind: "found",
      dossier: {
        code: dossier.code,
        status: "PROCESSING",
        procedureName: dossier.procedureName,
        agencyName: dossier.agencyName,
        submittedAt: dossier.submittedAt,
        dueAt: dossier.dueAt,
      },
    });
    const text = JSON.stringify(outcome);
    expect(text).not.toContain("Nguyễn Văn An");
    expect(text).not.toContain(dossier.applicantPhone);
  });

  it("answers the same for wrong digits and for an unknown code", async () => {
    const right = dossier.applicantPhone.slice(-4);
    const wrong = right === "0000" ? "1111" : "0000";
    const wrongDigits = await lookupDossier({ input: { code: dossier.code, phoneLast4: wrong }, ip: freshIp() });
    const unknownCode = await lookupDossier({ input: { code: "STP-200101-9999", phoneLast4: right }, ip: freshIp() });
    expect(wrongDigits).toEqual({ kind: "not_found" });
    expect(unknownCode).toEqual(wrongDigits);
  });

  it("refuses malformed input before counting it", async () => {
    const ip = freshIp();
    const outcome = await lookupDossier({ input: { code: "không phải mã", phoneLast4: "12" }, ip });
    expect(outcome).toEqual({ kind: "invalid", fieldErrors: { code: "code.invalid", phoneLast4: "phoneLast4.invalid" } });
    expect(await db.rateLimitBucket.count({ where: { key: `lookup:ip:${ip}` } })).toBe(0);
  });

  it(`refuses the ${RATE_LIMITS.lookupPerIp.limit + 1}th look-up from one IP within the window, right or wrong, but not another IP's`, async () => {
    const ip = freshIp();
    const digits = dossier.applicantPhone.slice(-4);
    const kinds: string[] = [];
    for (let i = 0; i < RATE_LIMITS.lookupPerIp.limit; i++) {
      kinds.push((await lookupDossier({ input: { code: `SYT-200101-${String(i + 1).padStart(4, "0")}`, phoneLast4: "1234" }, ip })).kind);
    }
    expect(kinds.every((k) => k === "not_found")).toBe(true);
    const refused = await lookupDossier({ input: { code: dossier.code, phoneLast4: digits }, ip });
    expect(refused.kind).toBe("rate_limited");
    if (refused.kind === "rate_limited") expect(refused.resetAt.getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
    expect((await lookupDossier({ input: { code: dossier.code, phoneLast4: digits }, ip: freshIp() })).kind).toBe("found");
  });

  it("limits guesses on one code across many IPs", async () => {
    const other = await db.dossier.findFirstOrThrow({ where: { code: { not: null }, NOT: { code: dossier.code } }, select: { code: true, applicantPhone: true } });
    const right = other.applicantPhone?.slice(-4);
    const guesses = Array.from({ length: 100 }, (_, i) => String(i).padStart(4, "0")).filter((g) => g !== right);
    const outcomes: string[] = [];
    for (let i = 0; i < RATE_LIMITS.lookupPerCode.limit + 1; i++) {
      outcomes.push((await lookupDossier({ input: { code: other.code!, phoneLast4: guesses[i] }, ip: `203.0.113.${i + 1}` })).kind);
    }
    expect(outcomes.slice(0, -1).every((k) => k === "not_found")).toBe(true);
    expect(outcomes.at(-1)).toBe("rate_limited");
  });
});
