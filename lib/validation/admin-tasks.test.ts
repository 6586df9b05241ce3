import { describe, expect, it } from "vitest";
import { checkTask } from "./admin-tasks";

const FORM = {
  code: "nv38",
  title: "Triển khai nền tảng dữ liệu dùng chung",
  description: "Xây dựng và vận hành nền tảng.",
  pillarId: "p1",
  leadAgencyId: "a1",
  startDate: "2026-01-01",
  dueDate: "2026-12-31",
  weight: "3",
  milestones: [{ title: "Khảo sát", dueDate: "2026-03-31" }, { id: "m2", title: "Vận hành", dueDate: "2026-12-31" }],
};

const errorsOf = (input: unknown) => {
  const r = checkTask(input);
  if (r.ok) throw new Error("accepted");
  return r.fieldErrors;
};

describe("checkTask", () => {
  it("accepts a form's strings; the code is upper-cased, weight a number, new milestones without id", () => {
    const r = checkTask(FORM);
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.data).toMatchObject({ code: "NV38", weight: 3, startDate: "2026-01-01" });
    expect(r.data.milestones).toEqual([{ id: null, title: "Khảo sát", dueDate: "2026-03-31" }, { id: "m2", title: "Vận hành", dueDate: "2026-12-31" }]);
    expect(checkTask({ ...FORM, milestones: undefined }).ok).toBe(true);
  });

  it("refuses a due date before the start date", () => {
    expect(errorsOf({ ...FORM, dueDate: "2025-12-31" }).dueDate).toBe("Hạn hoàn thành phải bằng hoặc sau ngày bắt đầu");
    expect(checkTask({ ...FORM, dueDate: "2026-01-01", milestones: [] }).ok).toBe(true);
  });

  it("refuses a weight out of 1–10 or not a whole number", () => {
    for (const weight of ["0", "11", "2.5", "ba", ""]) expect(errorsOf({ ...FORM, weight }).weight).toBeTruthy();
    expect(errorsOf({ ...FORM, weight: "11" }).weight).toBe("Trọng số là số nguyên từ 1 đến 10");
    expect(errorsOf({ ...FORM, weight: "" }).weight).toBe("Nhập trọng số");
  });

  it("refuses milestones outside the task's period, naming the milestone and the period", () => {
    const e = errorsOf({ ...FORM, milestones: [{ title: "Sớm", dueDate: "2025-12-31" }, { title: "Muộn", dueDate: "2027-01-01" }] });
    expect(e["milestones.0.dueDate"]).toBe("Ngày của mốc phải nằm trong thời gian thực hiện (01/01/2026 – 31/12/2026)");
    expect(e["milestones.1.dueDate"]).toMatch(/^Ngày của mốc phải nằm trong/);
  });

  it("refuses impossible dates and empty milestone titles", () => {
    expect(errorsOf({ ...FORM, startDate: "2026-02-30" }).startDate).toBe("Ngày không hợp lệ (ngày/tháng/năm)");
    expect(errorsOf({ ...FORM, startDate: "" }).startDate).toBe("Nhập ngày bắt đầu");
    expect(errorsOf({ ...FORM, milestones: [{ title: " ", dueDate: "2026-05-05" }] })["milestones.0.title"]).toBe("Nhập tên mốc");
  });

  it("refuses codes with spaces", () => {
    expect(errorsOf({ ...FORM, code: "NV 38" }).code).toMatch(/^Mã chỉ gồm/);
  });
});
