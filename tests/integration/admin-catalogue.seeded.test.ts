// Administration of the catalogue and the plan on the seeded database: sectors, procedures (with
// their form field schema), tasks and milestones, indicators. Each write is audited with its
// before/after; bad input and duplicate codes come back as Vietnamese field errors with nothing
// written; only administrators may do any of it; submitted dossiers never change.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createIndicator, getAdminIndicator, getIndicatorFormOptions, listAdminIndicators, updateIndicator } from "@/lib/server/admin/catalogue/indicators";
import { createProcedure, getAdminProcedure, getProcedureFormOptions, listAdminProcedures, setProcedurePublished, updateProcedure } from "@/lib/server/admin/catalogue/procedures";
import { createSector, listSectors, renameSector } from "@/lib/server/admin/catalogue/sectors";
import { createTask, getAdminTask, getTaskFormOptions, listAdminTasks, updateTask } from "@/lib/server/admin/catalogue/tasks";
import { searchProcedures } from "@/lib/server/procedures/search-procedures";
import { ZFormSchema } from "@/lib/validation/form-schema";
import { ZProcedureListQuery } from "@/lib/validation/procedures";
import { actorByEmail, DEMO, refusal } from "../support/actors";

let admin: CurrentUser;
let citizen: CurrentUser;
let officer: CurrentUser;
let leader: CurrentUser;
let sectorId: string;
let agencyId: string;
let pillarId: string;
let otherAgencyId: string;

const IP = "203.0.113.77";

const SCHEMA = {
  steps: [{ title: "Thông tin người nộp" }, { title: "Giấy tờ" }],
  fields: [
    { name: "hoTen", label: "Họ và tên", type: "text", prefill: "fullName" },
    { name: "soCccd", label: "Số định danh cá nhân", type: "cccd", prefill: "nationalId" },
    { name: "toKhai", label: "Tờ khai", type: "file", step: 1, document: "Tờ khai đề nghị" },
  ],
};

/** A procedure as the form sends it (strings everywhere, the schema as JSON text). */
function procedureForm(over: Record<string, unknown> = {}) {
  return {
    code: "9.880001",
    name: "Cấp giấy phép hoạt động nuôi chim yến thử nghiệm",
    sectorId,
    scope: "PROVINCE",
    agencyId,
    level: "FULL_ONLINE",
    processingDays: "12",
    feeAmount: "250000",
    feeDescription: "Lệ phí cấp phép",
    applicants: "Tổ chức, cá nhân",
    requiredDocuments: [{ name: "Tờ khai đề nghị", copies: "1", required: "on", note: "" }, { name: "Bản vẽ nhà yến", copies: "2", note: "Bản sao" }],
    steps: ["Nộp hồ sơ trực tuyến.", "Thẩm định và trả kết quả."],
    formSchema: JSON.stringify(SCHEMA),
    legalBasis: "Nghị định 13/2020/NĐ-CP",
    resultDescription: "Giấy phép hoạt động",
    inPersonNote: "",
    isPublished: "on",
    ...over,
  };
}

function taskForm(over: Record<string, unknown> = {}) {
  return {
    code: "NV90",
    title: "Xây dựng kho dữ liệu mở của tỉnh",
    description: "Công bố dữ liệu mở theo danh mục.",
    pillarId,
    leadAgencyId: agencyId,
    startDate: "2026-01-01",
    dueDate: "2026-12-31",
    weight: "4",
    milestones: [
      { title: "Ban hành danh mục", dueDate: "2026-03-31" },
      { title: "Công bố đợt 1", dueDate: "2026-06-30" },
    ],
    ...over,
  };
}

function indicatorForm(over: Record<string, unknown> = {}) {
  return {
    code: "CT-ADM-1",
    name: "Tỷ lệ bộ dữ liệu mở được cập nhật",
    nameEn: "Share of open datasets kept up to date",
    pillarId,
    ownerAgencyId: agencyId,
    unit: "%",
    direction: "HIGHER_IS_BETTER",
    periodicity: "QUARTER",
    baselineValue: "12,5",
    target2025: "50",
    target2030: "90",
    description: "Số bộ dữ liệu được cập nhật đúng hạn trên tổng số bộ dữ liệu mở.",
    isKey: "on",
    isActive: "on",
    ...over,
  };
}

const search = (q: string) => searchProcedures(db, ZProcedureListQuery.parse({ q }));

async function counts() {
  const [procedures, sectors, tasks, milestones, indicators, audit] = await Promise.all([
    db.procedure.count(),
    db.sector.count(),
    db.task.count(),
    db.taskMilestone.count(),
    db.indicator.count(),
    db.auditLog.count({ where: { NOT: { action: "access.denied" } } }), // refusals themselves are audited as access.denied
  ]);
  return { procedures, sectors, tasks, milestones, indicators, audit };
}

beforeAll(async () => {
  [admin, citizen, officer, leader] = await Promise.all([actorByEmail(DEMO.admin), actorByEmail(DEMO.an), actorByEmail(DEMO.officerTuPhap), actorByEmail(DEMO.leader)]);
  sectorId = (await db.sector.findFirstOrThrow({ orderBy: { code: "asc" } })).id;
  const agencies = await db.agency.findMany({ where: { kind: "DEPARTMENT", isActive: true }, orderBy: { code: "asc" }, take: 2 });
  [agencyId, otherAgencyId] = agencies.map((a) => a.id);
  pillarId = (await db.pillar.findFirstOrThrow({ orderBy: { order: "asc" } })).id;
});

describe("sectors", () => {
  it("creates a sector (code upper-cased), refuses a duplicate code, renames with an audit entry", async () => {
    const created = await createSector({ actor: admin, input: { code: "tnx", name: "Thử nghiệm", nameEn: "Trial" }, ip: IP });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(await db.sector.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ code: "TNX", name: "Thử nghiệm" });

    const before = await counts();
    expect(await createSector({ actor: admin, input: { code: "TNX", name: "Khác", nameEn: "Other" } })).toEqual({ ok: false, fieldErrors: { code: "Mã này đã được dùng, hãy chọn mã khác" } });
    expect(await createSector({ actor: admin, input: { code: "", name: "", nameEn: "x" } })).toMatchObject({ ok: false, fieldErrors: { code: "Nhập mã", name: "Nhập tên lĩnh vực" } });
    expect(await counts()).toEqual(before);

    expect(await renameSector({ actor: admin, id: created.id, input: { name: "Thử nghiệm mới", nameEn: "New trial" }, ip: IP })).toEqual({ ok: true, id: created.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "sector.rename", targetId: created.id } });
    expect(audit).toMatchObject({ actorId: admin.id, actorRole: "ADMIN", ip: IP, before: { name: "Thử nghiệm", nameEn: "Trial" }, after: { name: "Thử nghiệm mới", nameEn: "New trial" } });
    expect((await listSectors(admin)).find((s) => s.id === created.id)).toMatchObject({ code: "TNX", name: "Thử nghiệm mới", procedures: 0 });
  });
});

describe("procedures", () => {
  let createdId: string;

  it("creates a procedure found by an unaccented search; the audit entry holds what was written", async () => {
    const result = await createProcedure({ actor: admin, input: procedureForm(), ip: IP });
    if (!result.ok) throw new Error(JSON.stringify(result));
    createdId = result.id;
    const row = await db.procedure.findUniqueOrThrow({ where: { id: createdId } });
    expect(row).toMatchObject({ code: "9.880001", version: 0, isPublished: true, processingDays: 12, feeAmount: 250000, searchText: "9.880001 cap giay phep hoat dong nuoi chim yen thu nghiem" });
    expect(ZFormSchema.parse(row.formSchema).fields.map((f) => f.name)).toEqual(["hoTen", "soCccd", "toKhai"]);
    expect(row.requiredDocuments).toEqual([{ name: "Tờ khai đề nghị", copies: 1, required: true }, { name: "Bản vẽ nhà yến", copies: 2, required: false, note: "Bản sao" }]);

    const found = await search("nuoi chim yen thu nghiem");
    expect(found.items[0]?.code).toBe("9.880001");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "procedure.create", targetId: createdId } });
    expect(audit).toMatchObject({ actorId: admin.id, ip: IP, before: null, after: { code: "9.880001", version: 0, isPublished: true } });

    const listed = await listAdminProcedures(admin, { q: "chim yen", published: "yes" });
    expect(listed.items.map((i) => i.code)).toEqual(["9.880001"]);
  });

  it("saving bumps the version, recomputes the search text and audits before and after", async () => {
    const result = await updateProcedure({ actor: admin, id: createdId, input: procedureForm({ name: "Cấp phép khai thác tổ yến đảo Hồ Núi Cốc", expectedVersion: "0" }), ip: IP });
    expect(result).toEqual({ ok: true, id: createdId });
    const row = await db.procedure.findUniqueOrThrow({ where: { id: createdId } });
    expect(row.version).toBe(1);
    expect(row.searchText).toBe("9.880001 cap phep khai thac to yen dao ho nui coc");
    expect((await search("to yen dao ho nui coc")).items[0]?.code).toBe("9.880001");
    expect((await search("nuoi chim yen thu nghiem")).items.some((i) => i.code === "9.880001")).toBe(false);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "procedure.update", targetId: createdId } });
    expect(audit.before).toMatchObject({ name: "Cấp giấy phép hoạt động nuôi chim yến thử nghiệm", version: 0 });
    expect(audit.after).toMatchObject({ name: "Cấp phép khai thác tổ yến đảo Hồ Núi Cốc", version: 1 });
  });

  it("a stale version is a conflict and changes nothing", async () => {
    const before = await counts();
    const error = await refusal(updateProcedure({ actor: admin, id: createdId, input: procedureForm({ name: "Tên khác", expectedVersion: "0" }) }));
    expect(error.code).toBe("CONFLICT");
    expect(await db.procedure.findUniqueOrThrow({ where: { id: createdId } })).toMatchObject({ version: 1, name: "Cấp phép khai thác tổ yến đảo Hồ Núi Cốc" });
    expect(await counts()).toEqual(before);
  });

  it("an invalid form schema is refused with errors naming the field path, and nothing is written", async () => {
    const before = await counts();
    const bad = { ...SCHEMA, fields: [...SCHEMA.fields, { name: "hoTen", label: "Lần hai", type: "text" }, { name: "loai", label: "Loại", type: "select" }] };
    const result = await updateProcedure({ actor: admin, id: createdId, input: procedureForm({ formSchema: JSON.stringify(bad) }) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.formSchemaErrors).toEqual([
      'Trường thứ 4 ("hoTen") › tên trường (name): Trùng tên trường "hoTen"',
      'Trường thứ 5 ("loai") › lựa chọn (options): Trường chọn cần có danh sách lựa chọn',
    ]);
    expect(result.fieldErrors.formSchema).toMatch(/^Biểu mẫu có 2 lỗi/);
    const notJson = await createProcedure({ actor: admin, input: procedureForm({ code: "9.880009", formSchema: '{"steps": [' }) });
    expect(notJson.ok === false && notJson.formSchemaErrors?.[0]).toMatch(/^Biểu mẫu: Không phải JSON hợp lệ/);
    expect(await counts()).toEqual(before);
    expect(await db.procedure.findUniqueOrThrow({ where: { id: createdId } })).toMatchObject({ version: 1 });
  });

  it("duplicate codes are field errors in Vietnamese, on create and on edit", async () => {
    const existing = await db.procedure.findFirstOrThrow({ where: { id: { not: createdId } } });
    const before = await counts();
    expect(await createProcedure({ actor: admin, input: procedureForm({ code: existing.code }) })).toEqual({ ok: false, fieldErrors: { code: "Mã này đã được dùng, hãy chọn mã khác" } });
    expect(await updateProcedure({ actor: admin, id: createdId, input: procedureForm({ code: existing.code }) })).toEqual({ ok: false, fieldErrors: { code: "Mã này đã được dùng, hãy chọn mã khác" } });
    expect(await counts()).toEqual(before);
  });

  it("bad values come back per field; an unknown sector or a commune as agency is refused", async () => {
    const before = await counts();
    const result = await createProcedure({ actor: admin, input: procedureForm({ code: "9.880002", feeAmount: "-1", processingDays: "abc", requiredDocuments: [{ name: "" }] }) });
    expect(result).toMatchObject({ ok: false, fieldErrors: { feeAmount: "Lệ phí không được âm", processingDays: "Phải là một số nguyên", "requiredDocuments.0.name": "Nhập tên giấy tờ" } });
    const commune = await db.agency.findFirstOrThrow({ where: { kind: "COMMUNE" } });
    expect(await createProcedure({ actor: admin, input: procedureForm({ code: "9.880002", sectorId: "nope", agencyId: commune.id }) })).toEqual({
      ok: false,
      fieldErrors: { sectorId: "Chọn lĩnh vực trong danh sách", agencyId: "Chọn cơ quan thực hiện trong danh sách" },
    });
    expect(await counts()).toEqual(before);
  });

  it("unpublishing hides it from the public search, publishing shows it again; both audited", async () => {
    await setProcedurePublished({ actor: admin, id: createdId, published: false, ip: IP });
    expect((await search("to yen dao ho nui coc")).items.some((i) => i.code === "9.880001")).toBe(false);
    await setProcedurePublished({ actor: admin, id: createdId, published: true, ip: IP });
    expect((await search("to yen dao ho nui coc")).items[0]?.code).toBe("9.880001");
    const audits = await db.auditLog.findMany({ where: { targetId: createdId, action: { in: ["procedure.publish", "procedure.unpublish"] } }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.action, (a.after as { isPublished: boolean }).isPublished])).toEqual([["procedure.unpublish", false], ["procedure.publish", true]]);
    expect((await getAdminProcedure(admin, createdId))?.isPublished).toBe(true);
  });

  it("editing a procedure's form leaves the formData of its submitted dossiers unchanged", async () => {
    const withDossiers = await db.procedure.findFirstOrThrow({ where: { dossiers: { some: { status: { not: "DRAFT" } } } }, select: { id: true } });
    const dossiersBefore = await db.dossier.findMany({ where: { procedureId: withDossiers.id, status: { not: "DRAFT" } }, select: { id: true, formData: true, version: true, updatedAt: true }, orderBy: { id: "asc" } });
    expect(dossiersBefore.length).toBeGreaterThan(0);
    const current = await getAdminProcedure(admin, withDossiers.id);
    if (!current) throw new Error("missing");
    const schema = JSON.parse(current.formSchemaText);
    schema.fields.push({ name: "ghiChuThem", label: "Ghi chú thêm", type: "textarea", required: false, step: 1 });
    const result = await updateProcedure({
      actor: admin,
      id: current.id,
      input: {
        ...current,
        agencyId: current.agencyId ?? "",
        feeDescription: current.feeDescription ?? "",
        inPersonNote: current.inPersonNote ?? "",
        formSchema: JSON.stringify(schema),
        expectedVersion: current.version,
      },
    });
    expect(result).toEqual({ ok: true, id: current.id });
    const saved = ZFormSchema.parse((await db.procedure.findUniqueOrThrow({ where: { id: current.id } })).formSchema);
    expect(saved.fields.some((f) => f.name === "ghiChuThem")).toBe(true);
    const dossiersAfter = await db.dossier.findMany({ where: { procedureId: withDossiers.id, status: { not: "DRAFT" } }, select: { id: true, formData: true, version: true, updatedAt: true }, orderBy: { id: "asc" } });
    expect(dossiersAfter).toEqual(dossiersBefore);
  });

  it("form options list sectors and non-commune agencies only", async () => {
    const options = await getProcedureFormOptions(admin);
    expect(options.sectors.length).toBeGreaterThan(0);
    expect(options.agencies.every((a) => a.kind !== "COMMUNE")).toBe(true);
  });
});

describe("tasks", () => {
  let taskId: string;

  it("creates a task with ordered milestones, audited", async () => {
    const result = await createTask({ actor: admin, input: taskForm(), ip: IP });
    if (!result.ok) throw new Error(JSON.stringify(result));
    taskId = result.id;
    const task = await getAdminTask(admin, taskId);
    expect(task).toMatchObject({ code: "NV90", weight: 4, startDate: "2026-01-01", dueDate: "2026-12-31", progress: 0, status: "NOT_STARTED" });
    expect(task?.milestones.map((m) => [m.title, m.dueDate])).toEqual([["Ban hành danh mục", "2026-03-31"], ["Công bố đợt 1", "2026-06-30"]]);
    expect(await db.auditLog.count({ where: { action: "task.create", targetId: taskId, actorId: admin.id } })).toBe(1);
    expect((await listAdminTasks(admin)).some((t) => t.code === "NV90")).toBe(true);
  });

  it("edits the task, reorders, removes and adds milestones, keeping a completed one's date and the reported progress", async () => {
    const before = await getAdminTask(admin, taskId);
    if (!before) throw new Error("missing");
    const [first, second] = before.milestones;
    await db.taskMilestone.update({ where: { id: second.id }, data: { completedAt: new Date("2026-06-20T00:00:00Z") } });
    await db.task.update({ where: { id: taskId }, data: { progress: 40, status: "ON_TRACK" } });
    const result = await updateTask({
      actor: admin,
      id: taskId,
      input: taskForm({
        title: "Xây dựng và vận hành kho dữ liệu mở",
        leadAgencyId: otherAgencyId,
        expectedVersion: String(before.version),
        milestones: [
          { id: second.id, title: "Công bố đợt 1 (đã xong)", dueDate: "2026-06-30" },
          { title: "Công bố đợt 2", dueDate: "2026-12-15" },
        ],
      }),
      ip: IP,
    });
    expect(result).toEqual({ ok: true, id: taskId });
    const after = await getAdminTask(admin, taskId);
    expect(after).toMatchObject({ title: "Xây dựng và vận hành kho dữ liệu mở", leadAgencyId: otherAgencyId, progress: 40, status: "ON_TRACK", version: before.version + 1 });
    expect(after?.milestones).toEqual([
      { id: second.id, title: "Công bố đợt 1 (đã xong)", dueDate: "2026-06-30", completedAt: "2026-06-20" },
      { id: expect.any(String), title: "Công bố đợt 2", dueDate: "2026-12-15", completedAt: null },
    ]);
    expect(await db.taskMilestone.findUnique({ where: { id: first.id } })).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "task.update", targetId: taskId } });
    expect(audit.before).toMatchObject({ leadAgencyId: agencyId, milestones: [{ title: "Ban hành danh mục" }, { title: "Công bố đợt 1" }] });
    expect(audit.after).toMatchObject({ leadAgencyId: otherAgencyId, milestones: [{ title: "Công bố đợt 1 (đã xong)", order: 1 }, { title: "Công bố đợt 2", order: 2 }] });
  });

  it("refuses due < start, milestones outside the period, weights out of range and duplicate codes; nothing written", async () => {
    const before = await counts();
    expect(await createTask({ actor: admin, input: taskForm({ code: "NV91", dueDate: "2025-06-30", milestones: [] }) })).toEqual({ ok: false, fieldErrors: { dueDate: "Hạn hoàn thành phải bằng hoặc sau ngày bắt đầu" } });
    expect(await createTask({ actor: admin, input: taskForm({ code: "NV91", weight: "11", milestones: [{ title: "Quá hạn", dueDate: "2027-02-01" }] }) })).toEqual({
      ok: false,
      fieldErrors: { weight: "Trọng số là số nguyên từ 1 đến 10", "milestones.0.dueDate": "Ngày của mốc phải nằm trong thời gian thực hiện (01/01/2026 – 31/12/2026)" },
    });
    expect(await createTask({ actor: admin, input: taskForm({ code: "NV01" }) })).toEqual({ ok: false, fieldErrors: { code: "Mã này đã được dùng, hãy chọn mã khác" } });
    expect(await updateTask({ actor: admin, id: taskId, input: taskForm({ code: "NV02" }) })).toEqual({ ok: false, fieldErrors: { code: "Mã này đã được dùng, hãy chọn mã khác" } });
    expect(await counts()).toEqual(before);
    expect((await getTaskFormOptions(admin)).pillars.length).toBe(3);
  });
});

describe("indicators", () => {
  let indicatorId: string;

  it("creates and edits an indicator and its targets, audited", async () => {
    const created = await createIndicator({ actor: admin, input: indicatorForm(), ip: IP });
    if (!created.ok) throw new Error(JSON.stringify(created));
    indicatorId = created.id;
    expect(await getAdminIndicator(admin, indicatorId)).toMatchObject({ code: "CT-ADM-1", baselineValue: "12.5", target2025: "50", target2030: "90", isKey: true, periodicity: "QUARTER" });
    const updated = await updateIndicator({ actor: admin, id: indicatorId, input: indicatorForm({ target2030: "95,25", isKey: undefined, periodicity: "YEAR" }), ip: IP });
    expect(updated).toEqual({ ok: true, id: indicatorId });
    const row = await getAdminIndicator(admin, indicatorId);
    expect(row).toMatchObject({ target2030: "95.25", isKey: false, periodicity: "YEAR" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "indicator.update", targetId: indicatorId } });
    expect(audit).toMatchObject({ ip: IP, before: { target2030: "90", isKey: true }, after: { target2030: "95.25", isKey: false } });
    expect((await listAdminIndicators(admin)).find((i) => i.id === indicatorId)).toMatchObject({ target2030: 95.25 });
  });

  it("refuses targets that are not numbers, duplicate codes, and a period change once values exist", async () => {
    const before = await counts();
    expect(await createIndicator({ actor: admin, input: indicatorForm({ code: "CT-ADM-2", target2025: "năm mươi", target2030: "" }) })).toEqual({
      ok: false,
      fieldErrors: { target2025: "Phải là một số", target2030: "Nhập chỉ tiêu năm 2030" },
    });
    const seeded = await db.indicator.findFirstOrThrow({ where: { observations: { some: {} } } });
    expect(await createIndicator({ actor: admin, input: indicatorForm({ code: seeded.code }) })).toEqual({ ok: false, fieldErrors: { code: "Mã này đã được dùng, hãy chọn mã khác" } });
    const other = seeded.periodicity === "YEAR" ? "MONTH" : "YEAR";
    const current = await getAdminIndicator(admin, seeded.id);
    if (!current) throw new Error("missing");
    const input = { ...current, baselineValue: current.baselineValue ?? "", periodicity: other };
    expect(await updateIndicator({ actor: admin, id: seeded.id, input })).toEqual({ ok: false, fieldErrors: { periodicity: "Không đổi được kỳ báo cáo khi chỉ tiêu đã có số liệu" } });
    expect(await counts()).toEqual(before);
    expect((await db.indicator.findUniqueOrThrow({ where: { id: seeded.id } })).periodicity).toBe(seeded.periodicity);
    expect((await getIndicatorFormOptions(admin)).agencies.length).toBeGreaterThan(0);
  });
});

describe("only administrators", () => {
  it("citizen, officer and leader are refused every operation, and nothing is written", async () => {
    const procedure = await db.procedure.findFirstOrThrow();
    const sector = await db.sector.findFirstOrThrow();
    const task = await db.task.findFirstOrThrow();
    const indicator = await db.indicator.findFirstOrThrow();
    const before = await counts();
    const snapshot = async () => ({
      procedure: await db.procedure.findUniqueOrThrow({ where: { id: procedure.id } }),
      sector: await db.sector.findUniqueOrThrow({ where: { id: sector.id } }),
      task: await db.task.findUniqueOrThrow({ where: { id: task.id } }),
      indicator: await db.indicator.findUniqueOrThrow({ where: { id: indicator.id } }),
    });
    const rows = await snapshot();
    const operations = (actor: CurrentUser | null) => [
      () => listAdminProcedures(actor, {}),
      () => getAdminProcedure(actor, procedure.id),
      () => getProcedureFormOptions(actor),
      () => createProcedure({ actor, input: procedureForm({ code: "9.880100" }) }),
      () => updateProcedure({ actor, id: procedure.id, input: procedureForm({ code: procedure.code }) }),
      () => setProcedurePublished({ actor, id: procedure.id, published: !procedure.isPublished }),
      () => listSectors(actor),
      () => createSector({ actor, input: { code: "XX", name: "X", nameEn: "X" } }),
      () => renameSector({ actor, id: sector.id, input: { name: "Đổi", nameEn: "Renamed" } }),
      () => listAdminTasks(actor),
      () => getAdminTask(actor, task.id),
      () => getTaskFormOptions(actor),
      () => createTask({ actor, input: taskForm({ code: "NV99" }) }),
      () => updateTask({ actor, id: task.id, input: taskForm({ code: task.code }) }),
      () => listAdminIndicators(actor),
      () => getAdminIndicator(actor, indicator.id),
      () => getIndicatorFormOptions(actor),
      () => createIndicator({ actor, input: indicatorForm({ code: "CT-ADM-9" }) }),
      () => updateIndicator({ actor, id: indicator.id, input: indicatorForm({ code: indicator.code }) }),
    ];
    for (const actor of [citizen, officer, leader]) {
      for (const op of operations(actor)) expect((await refusal(op())).code).toBe("FORBIDDEN");
    }
    for (const op of operations(null)) expect((await refusal(op())).code).toBe("UNAUTHORIZED");
    expect(await counts()).toEqual(before);
    expect(await snapshot()).toEqual(rows);
  });
});
