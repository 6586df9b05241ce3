// Public verification of an e-result by its token: confirms a real result with the few facts
// needed to compare it, and nothing personal; anything else is "not verified".
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyResult } from "@/lib/server/results/verify-result";

describe("verifyResult", () => {
  it("confirms a returned result with its number, procedure, agency, issue date and holder — nothing else", async () => {
    const d = await db.dossier.findFirstOrThrow({
      where: { status: "RETURNED", resultToken: { not: null }, applicantNationalId: { not: null } },
      select: {
        resultToken: true,
        resultNumber: true,
        resultIssuedAt: true,
        applicantName: true,
        applicantNationalId: true,
        applicantPhone: true,
        procedure: { select: { name: true } },
        agency: { select: { name: true } },
      },
    });
    const result = await verifyResult({ token: d.resultToken as string });
    expect(result).toEqual({
      resultNumber: d.resultNumber,
      procedureName: d.procedure.name,
      agencyName: d.agency.name,
      issuedAt: d.resultIssuedAt,
      holderName: d.applicantName,
    });
    const json = JSON.stringify(result);
    expect(json).not.toContain(d.applicantNationalId as string);
    if (d.applicantPhone) expect(json).not.toContain(d.applicantPhone);
  });

  it("does not verify an unknown token", async () => {
    expect(await verifyResult({ token: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" })).toBeNull();
  });

  it("does not verify a malformed token", async () => {
    for (const token of ["", "abc", "' OR '1'='1' --------", "../../../../etc/passwd", "x".repeat(500)]) expect(await verifyResult({ token })).toBeNull();
  });

  it("does not verify a token whose dossier has no result", async () => {
    const open = await db.dossier.findFirstOrThrow({ where: { status: "PROCESSING" }, select: { id: true } });
    const token = "TokenOfADossierWithoutAResult_01";
    await db.dossier.update({ where: { id: open.id }, data: { resultToken: token } });
    expect(await verifyResult({ token })).toBeNull();
  });

  it("is case-sensitive (tokens are base64url)", async () => {
    const d = await db.dossier.findFirstOrThrow({ where: { status: "RETURNED", resultToken: { not: null } }, select: { resultToken: true } });
    const token = d.resultToken as string;
    const flipped = token.replace(/[a-z]/, (c) => c.toUpperCase());
    if (flipped !== token) expect(await verifyResult({ token: flipped })).toBeNull();
    expect(await verifyResult({ token })).not.toBeNull();
  });
});
