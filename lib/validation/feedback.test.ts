import { describe, expect, it } from "vitest";
import { feedbackFieldErrors, ZFeedbackAnswer, ZFeedbackCreate, ZFeedbackRating } from "./feedback";

function errors(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, input: unknown) {
  const parsed = schema.safeParse(input);
  return parsed.success ? null : feedbackFieldErrors(parsed.error as never);
}

const valid = {
  about: "dossier:stp-261127-0042",
  communeCode: "",
  subject: "  Hồ sơ bị trễ hẹn ",
  body: "Tôi nộp hồ sơ trực tuyến nhưng đến ngày hẹn chưa có kết quả.",
};

describe("ZFeedbackCreate", () => {
  it("accepts a complete form and trims it; an empty commune is no commune", () => {
    expect(ZFeedbackCreate.parse(valid)).toEqual({
      about: "dossier:stp-261127-0042",
      communeCode: undefined,
      subject: "Hồ sơ bị trễ hẹn",
      body: "Tôi nộp hồ sơ trực tuyến nhưng đến ngày hẹn chưa có kết quả.",
    });
    expect(ZFeedbackCreate.parse({ ...valid, about: "procedure:1.001193", communeCode: "PDP" }).communeCode).toBe("PDP");
  });

  it.each([
    [{}, { about: "about.required", subject: "subject.required", body: "body.required" }],
    [{ ...valid, about: " " }, { about: "about.required" }],
    [{ ...valid, about: "agency:STP" }, { about: "about.invalid" }],
    [{ ...valid, about: "dossier:STP-261131-0001" }, { about: "about.invalid" }],
    [{ ...valid, communeCode: "pdp; drop" }, { communeCode: "communeCode.invalid" }],
    [{ ...valid, subject: "Lỗi" }, { subject: "subject.tooShort" }],
    [{ ...valid, subject: "x".repeat(201) }, { subject: "subject.tooLong" }],
    [{ ...valid, body: "Quá ngắn" }, { body: "body.tooShort" }],
    [{ ...valid, body: "x".repeat(5001) }, { body: "body.tooLong" }],
  ])("%j → %j", (input, expected) => {
    expect(errors(ZFeedbackCreate, input)).toEqual(expected);
  });
});

describe("ZFeedbackRating", () => {
  it.each([
    [{ satisfied: "yes" }, true],
    [{ satisfied: "no" }, false],
    [{ satisfied: true }, true],
    [{ satisfied: false }, false],
  ])("%j → %s", (input, expected) => expect(ZFeedbackRating.parse(input).satisfied).toBe(expected));

  it.each([{}, { satisfied: "maybe" }, { satisfied: 1 }])("refuses %j", (input) => {
    expect(errors(ZFeedbackRating, input)).toEqual({ satisfied: "satisfied.required" });
  });
});

describe("ZFeedbackAnswer", () => {
  it("needs a real answer", () => {
    expect(errors(ZFeedbackAnswer, { answer: "" })).toEqual({ answer: "answer.required" });
    expect(errors(ZFeedbackAnswer, { answer: "Đã xử lý" })).toEqual({ answer: "answer.tooShort" });
    expect(ZFeedbackAnswer.parse({ answer: "  Cơ quan đã trả kết quả cho ông ngày 01/12/2026.  " }).answer).toBe("Cơ quan đã trả kết quả cho ông ngày 01/12/2026.");
  });
});
