import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";
import { lookupStateFrom } from "./lookup-state";

const values = { code: "STP-261127-0042", phoneLast4: "5678" };
const now = new Date("2026-11-27T03:00:00Z");

describe("lookupStateFrom", () => {
  it("turns field errors into the reader's language and keeps the input", () => {
    const state = lookupStateFrom({ outcome: { kind: "invalid", fieldErrors: { code: "code.invalid" } }, values, previousSeq: 3, t: vi });
    expect(state).toEqual({ seq: 4, values, fieldErrors: { code: "Mã hồ sơ chưa đúng định dạng, ví dụ STP-261127-0042." }, formError: null, result: null });
    expect(lookupStateFrom({ outcome: { kind: "invalid", fieldErrors: { phoneLast4: "phoneLast4.required" } }, values, previousSeq: 0, t: en }).fieldErrors).toEqual({
      phoneLast4: "Enter the last 4 digits of the phone number.",
    });
  });

  it("says how many minutes to wait when rate-limited", () => {
    const state = lookupStateFrom({ outcome: { kind: "rate_limited", resetAt: new Date(now.getTime() + 9 * 60_000 + 1) }, values, previousSeq: 0, t: vi, now });
    expect(state.formError).toBe("Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau 10 phút.");
  });

  it("shows the status label and dates dd/mm/yyyy; no due date before reception", () => {
    const found = lookupStateFrom({
      outcome: {
        kind: "found",
        dossier: { code: "STP-261127-0042", status: "SUBMITTED", procedureName: "Cấp Phiếu lý lịch tư pháp", agencyName: "Sở Tư pháp", submittedAt: new Date("2026-11-26T18:00:00Z"), dueAt: null },
      },
      values,
      previousSeq: 0,
      t: vi,
    });
    expect(found.result).toEqual({
      code: "STP-261127-0042",
      status: "Chờ tiếp nhận",
      procedureName: "Cấp Phiếu lý lịch tư pháp",
      agencyName: "Sở Tư pháp",
      submittedAt: "27/11/2026",
      dueAt: "Chưa có (hồ sơ chưa được tiếp nhận)",
    });
    expect(found.formError).toBeNull();
  });

  it("gives the generic message when nothing matches", () => {
    expect(lookupStateFrom({ outcome: { kind: "not_found" }, values, previousSeq: 0, t: vi }).formError).toBe(vi.lookup.notFound);
  });
});
