import { describe, expect, it } from "vitest";
import { dossierFormErrors, ZAnswerSupplement, ZRateDossier, ZRemoveSupplementFile, ZWithdrawDossier } from "./dossier-actions";

const ID = "cm0abcdefghijklmnopqrstu";

describe("ZRateDossier", () => {
  it("accepts a score and trims the comment; an empty comment is none", () => {
    expect(ZRateDossier.parse({ dossierId: ID, score: "NEUTRAL", comment: "  Tốt  " })).toEqual({ dossierId: ID, score: "NEUTRAL", comment: "Tốt" });
    expect(ZRateDossier.parse({ dossierId: ID, score: "SATISFIED", comment: "   " }).comment).toBeUndefined();
  });

  it("counts 1000 characters after NFC normalisation (decomposed Vietnamese is not counted double)", () => {
    const decomposed = "e\u0323\u0302".repeat(1000); // "ệ" as three code points
    expect(ZRateDossier.safeParse({ dossierId: ID, score: "SATISFIED", comment: decomposed }).success).toBe(true);
    expect(ZRateDossier.safeParse({ dossierId: ID, score: "SATISFIED", comment: "ệ".repeat(1001) }).success).toBe(false);
  });

  it("reports missing score and long comment as catalogue keys per field", () => {
    const result = ZRateDossier.safeParse({ dossierId: ID, score: "VERY_HAPPY", comment: "x".repeat(1001) });
    expect(result.success).toBe(false);
    if (!result.success) expect(dossierFormErrors(result.error, ["score", "comment"])).toEqual({ score: "score.required", comment: "comment.tooLong" });
  });
});

describe("ZWithdrawDossier / ZAnswerSupplement", () => {
  it.each([
    ["3", 3],
    ["0", 0],
    [7, 7],
  ])("reads the version %j", (version, expected) => {
    expect(ZWithdrawDossier.parse({ dossierId: ID, expectedVersion: version }).expectedVersion).toBe(expected);
  });

  it.each(["", "-1", "1.5", "abc", "99999999999"])("refuses the version %j (not read as 0)", (version) => {
    const result = ZWithdrawDossier.safeParse({ dossierId: ID, expectedVersion: version });
    expect(result.success).toBe(false);
    if (!result.success) expect(dossierFormErrors(result.error, ["reason"])).toEqual({ form: "request.invalid" });
  });

  it("limits the withdrawal reason to 500 and the supplement note to 1000 characters", () => {
    expect(ZWithdrawDossier.safeParse({ dossierId: ID, expectedVersion: "1", reason: "a".repeat(500) }).success).toBe(true);
    expect(ZWithdrawDossier.safeParse({ dossierId: ID, expectedVersion: "1", reason: "a".repeat(501) }).success).toBe(false);
    expect(ZAnswerSupplement.safeParse({ dossierId: ID, expectedVersion: "1", note: "a".repeat(1000) }).success).toBe(true);
    expect(ZAnswerSupplement.safeParse({ dossierId: ID, expectedVersion: "1", note: "a".repeat(1001) }).success).toBe(false);
  });

  it.each(["", "../x", "ID-WITH-UPPER", "a".repeat(41)])("refuses the id %j", (id) => {
    expect(ZRemoveSupplementFile.safeParse({ dossierId: id, attachmentId: ID }).success).toBe(false);
    expect(ZRemoveSupplementFile.safeParse({ dossierId: ID, attachmentId: id }).success).toBe(false);
  });
});
