import { describe, expect, it } from "vitest";
import { checkIndicator } from "./admin-indicators";

const FORM = {
  code: "ct-99",
  name: "Tỷ lệ hồ sơ trực tuyến toàn trình",
  nameEn: "Share of fully online dossiers",
  pillarId: "p1",
  ownerAgencyId: "a1",
  unit: "%",
  direction: "HIGHER_IS_BETTER",
  periodicity: "MONTH",
  baselineValue: "",
  target2025: "80",
  target2030: "95,5",
  description: "Số hồ sơ trực tuyến toàn trình trên tổng số hồ sơ.",
  isKey: "on",
};

const errorsOf = (input: unknown) => {
  const r = checkIndicator(input);
  if (r.ok) throw new Error("accepted");
  return r.fieldErrors;
};

describe("checkIndicator", () => {
  it("accepts a form's strings: decimal comma, empty baseline, unchecked boxes", () => {
    const r = checkIndicator(FORM);
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.data).toMatchObject({ code: "CT-99", baselineValue: null, target2025: 80, target2030: 95.5, isKey: true, isActive: false });
  });

  it("refuses targets that are not numbers", () => {
    expect(errorsOf({ ...FORM, target2025: "tám mươi" }).target2025).toBe("Phải là một số");
    expect(errorsOf({ ...FORM, target2030: "1.000.000" }).target2030).toBe("Phải là một số");
    expect(errorsOf({ ...FORM, target2030: "" }).target2030).toBe("Nhập chỉ tiêu năm 2030");
    expect(errorsOf({ ...FORM, baselineValue: "abc" }).baselineValue).toBe("Phải là một số");
    expect(errorsOf({ ...FORM, target2025: "1e20" }).target2025).toBe("Phải là một số");
  });

  it("refuses values too large for the column", () => {
    expect(errorsOf({ ...FORM, target2025: "999999999999999999" }).target2025).toBe("Giá trị quá lớn");
  });

  it("refuses an unknown direction or period in Vietnamese", () => {
    expect(errorsOf({ ...FORM, direction: "UP" }).direction).toBe("Chọn chiều đánh giá");
    expect(errorsOf({ ...FORM, periodicity: "WEEK" }).periodicity).toBe("Chọn kỳ báo cáo");
  });
});
