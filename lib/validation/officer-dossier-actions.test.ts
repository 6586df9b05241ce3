import { describe, expect, it } from "vitest";
import { WORKFLOW } from "@/lib/domain/dossier-workflow";
import { OFFICER_ACTIONS, officerFormErrors, ZOfficerDossierAction } from "./officer-dossier-actions";

const ID = "cm0abcdefghijklmnopqrstu";
const base = { dossierId: ID, expectedVersion: "3" };

function errorsOf(input: Record<string, unknown>) {
  const result = ZOfficerDossierAction.safeParse(input);
  return result.success ? {} : officerFormErrors(result.error, ["reason", "missingDocuments", "newDueDate", "resultMode"]);
}

describe("ZOfficerDossierAction", () => {
  it("offers exactly the officer actions of the state machine", () => {
    expect([...OFFICER_ACTIONS].sort()).toEqual(["approve", "deny", "issue_apology", "receive", "reject", "request_supplement", "return_result", "start_processing"]);
    for (const action of OFFICER_ACTIONS) expect(WORKFLOW[action].by).toBe("officer");
  });

  it("refuses the applicant's actions and unknown ones", () => {
    for (const action of ["withdraw", "supplement", "submit", "delete"]) expect(errorsOf({ ...base, action })).toEqual({ form: "request.invalid" });
  });

  it("needs nothing more to receive, start processing or approve", () => {
    for (const action of ["receive", "start_processing", "approve"]) {
      expect(ZOfficerDossierAction.parse({ ...base, action })).toMatchObject({ dossierId: ID, expectedVersion: 3, action });
    }
  });

  it("needs a reason to reject or deny", () => {
    expect(errorsOf({ ...base, action: "reject", reason: "   " })).toEqual({ reason: "reason.required" });
    expect(errorsOf({ ...base, action: "deny", reason: "x".repeat(2001) })).toEqual({ reason: "reason.tooLong" });
    expect(ZOfficerDossierAction.parse({ ...base, action: "deny", reason: "  Không đủ điều kiện  " }).reason).toBe("Không đủ điều kiện");
  });

  it("reads the missing documents one per line, without bullets or numbers", () => {
    const parsed = ZOfficerDossierAction.parse({ ...base, action: "request_supplement", reason: "Thiếu giấy tờ", missingDocuments: "- Tờ khai\r\n\r\n2. Bản sao CCCD\n• Ảnh 4x6\n" });
    expect(parsed.missingDocuments).toEqual(["Tờ khai", "Bản sao CCCD", "Ảnh 4x6"]);
    expect(errorsOf({ ...base, action: "request_supplement", reason: "", missingDocuments: "\n \n" })).toEqual({ reason: "reason.required", missingDocuments: "missingDocuments.required" });
    expect(errorsOf({ ...base, action: "request_supplement", reason: "r", missingDocuments: Array.from({ length: 31 }, (_, i) => `Giấy ${i}`).join("\n") })).toEqual({ missingDocuments: "missingDocuments.tooMany" });
    expect(errorsOf({ ...base, action: "request_supplement", reason: "r", missingDocuments: "x".repeat(301) })).toEqual({ missingDocuments: "missingDocuments.tooLong" });
  });

  it("needs a reason and a well-formed date for an apology", () => {
    expect(errorsOf({ ...base, action: "issue_apology", reason: "Chờ xác minh" })).toEqual({ newDueDate: "newDueDate.required" });
    expect(errorsOf({ ...base, action: "issue_apology", reason: "Chờ xác minh", newDueDate: "31/12/2026" })).toEqual({ newDueDate: "newDueDate.invalid" });
    expect(ZOfficerDossierAction.parse({ ...base, action: "issue_apology", reason: "Chờ xác minh", newDueDate: "2026-12-31" }).newDueDate).toBe("2026-12-31");
  });

  it("needs a way to return the result", () => {
    expect(errorsOf({ ...base, action: "return_result" })).toEqual({ resultMode: "result.required" });
    expect(errorsOf({ ...base, action: "return_result", resultMode: "fax" })).toEqual({ resultMode: "result.required" });
    expect(ZOfficerDossierAction.parse({ ...base, action: "return_result", resultMode: "generate" }).resultMode).toBe("generate");
  });

  it("refuses a malformed id or version", () => {
    expect(errorsOf({ dossierId: "../x", expectedVersion: "1", action: "receive" })).toEqual({ form: "request.invalid" });
    expect(errorsOf({ dossierId: ID, expectedVersion: "", action: "receive" })).toEqual({ form: "request.invalid" });
  });
});
