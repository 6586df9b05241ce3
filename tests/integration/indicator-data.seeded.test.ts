// Indicator data entered by officers: the form (enter, correct with an audit entry, repeat
// changes nothing), CSV import (a bad row refuses the whole file and keeps nothing; a good file
// upserts every row with source CSV), and who may do it (only officers of the owning agency).
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { periodInputOf, periodStartOf } from "@/lib/domain/observation-input";
import { getIndicatorHistory } from "@/lib/server/indicators/get-indicator-history";
import { importObservationsCsv } from "@/lib/server/indicators/import-observations-csv";
import { listAgencyIndicators } from "@/lib/server/indicators/list-agency-indicators";
import { saveObservation } from "@/lib/server/indicators/save-observation";
import { actorByEmail, DEMO, officerOf, refusal } from "../support/actors";

const NOW = new Date();
const CURRENT = periodStartOf(NOW, "MONTH");
const CURRENT_INPUT = periodInputOf(CURRENT, "MONTH");
const PREVIOUS = new Date(Date.UTC(CURRENT.getUTCFullYear(), CURRENT.getUTCMonth() - 1, 1));
const PREVIOUS_INPUT = periodInputOf(PREVIOUS, "MONTH");
const NEXT_INPUT = periodInputOf(new Date(Date.UTC(CURRENT.getUTCFullYear(), CURRENT.getUTCMonth() + 1, 1)), "MONTH");

let vpub: { id: string };
let officer: CurrentUser; // an officer of VPUB, which owns CQS-01 … CQS-07
let otherOfficer: CurrentUser; // Sở Tư pháp owns no indicator
let stcOfficer: CurrentUser; // Sở Tài chính owns KTS-01

async function snapshot() {
  const rows = await db.observation.findMany({ orderBy: { id: "asc" }, select: { id: true, value: true, note: true, source: true, updatedAt: true } });
  return { count: rows.length, rows: rows.map((r) => `${r.id}:${r.value.toString()}:${r.note ?? ""}:${r.source}:${r.updatedAt.toISOString()}`) };
}

async function observation(code: string, period: Date) {
  const indicator = await db.indicator.findUniqueOrThrow({ where: { code } });
  return db.observation.findUnique({ where: { indicatorId_agencyId_period: { indicatorId: indicator.id, agencyId: indicator.ownerAgencyId, period } } });
}

beforeAll(async () => {
  vpub = await db.agency.findUniqueOrThrow({ where: { code: "VPUB" }, select: { id: true } });
  officer = await officerOf(vpub.id);
  otherOfficer = await actorByEmail(DEMO.officerTuPhap);
  stcOfficer = await officerOf((await db.agency.findUniqueOrThrow({ where: { code: "STC" } })).id);
});

describe("listing and history", () => {
  it("lists only the agency's indicators with their last value and whether the due period is reported", async () => {
    const list = await listAgencyIndicators({ actor: officer, now: NOW });
    const codes = list.indicators.map((i) => i.code);
    expect(codes).toContain("CQS-01");
    const owned = await db.indicator.findMany({ where: { ownerAgencyId: vpub.id, isActive: true }, orderBy: { code: "asc" }, select: { code: true } });
    expect(codes).toEqual(owned.map((i) => i.code));
    expect(codes).not.toContain("KTS-01");
    const cqs01 = list.indicators.find((i) => i.code === "CQS-01")!;
    expect(cqs01.last?.source).toBe("SEED");
    expect(cqs01.dueKey.toISOString()).toBe(PREVIOUS.toISOString());
    expect(cqs01.dueReported).toBe(true);

    expect((await listAgencyIndicators({ actor: otherOfficer, now: NOW })).indicators).toEqual([]);
  });

  it("shows the history of its own indicator and refuses another agency's", async () => {
    const history = await getIndicatorHistory({ actor: officer, code: "cqs-01", now: NOW });
    expect(history.indicator.code).toBe("CQS-01");
    expect(history.observations.length).toBeGreaterThan(12);
    expect(history.observations[0].period.getTime()).toBeGreaterThan(history.observations[1].period.getTime());
    expect((await refusal(getIndicatorHistory({ actor: stcOfficer, code: "CQS-01", now: NOW }))).status).toBe(403);
    expect((await refusal(getIndicatorHistory({ actor: officer, code: "KTS-01", now: NOW }))).status).toBe(403);
    expect((await refusal(getIndicatorHistory({ actor: officer, code: "NOPE-99", now: NOW }))).status).toBe(404);
  });
});

describe("the form", () => {
  it("enters a value, corrects it with an audit entry (before/after), and a repeat changes nothing", async () => {
    const created = await saveObservation({ actor: officer, input: { code: "CQS-02", period: CURRENT_INPUT, value: "81,5", note: "Số liệu tạm tính" }, ip: "203.0.113.7", now: NOW });
    expect(created).toMatchObject({ ok: true, outcome: "created" });
    const row = await observation("CQS-02", CURRENT);
    expect(row).toMatchObject({ source: "FORM", note: "Số liệu tạm tính", reportedById: officer.id, apiTokenId: null });
    expect(row!.value.toNumber()).toBe(81.5);

    const corrected = await saveObservation({ actor: officer, input: { code: "CQS-02", period: CURRENT_INPUT, value: "82.25", note: "Số liệu chính thức" }, ip: "203.0.113.7", now: NOW });
    expect(corrected).toMatchObject({ ok: true, outcome: "updated" });
    const after = await observation("CQS-02", CURRENT);
    expect(after!.id).toBe(row!.id);
    expect(after!.value.toNumber()).toBe(82.25);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "observation.update", targetId: row!.id }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ actorId: officer.id, actorRole: "OFFICER", ip: "203.0.113.7", targetType: "Observation" });
    expect(audit.before).toMatchObject({ value: "81.5000", note: "Số liệu tạm tính", source: "FORM" });
    expect(audit.after).toMatchObject({ value: "82.2500", note: "Số liệu chính thức", source: "FORM" });

    const audits = await db.auditLog.count({ where: { targetId: row!.id } });
    const repeat = await saveObservation({ actor: officer, input: { code: "CQS-02", period: CURRENT_INPUT, value: "82,2500", note: "Số liệu chính thức" }, now: NOW });
    expect(repeat).toMatchObject({ ok: true, outcome: "unchanged" });
    expect((await observation("CQS-02", CURRENT))!.updatedAt.toISOString()).toBe(after!.updatedAt.toISOString());
    expect(await db.auditLog.count({ where: { targetId: row!.id } })).toBe(audits);

    const history = await getIndicatorHistory({ actor: officer, code: "CQS-02", now: NOW });
    expect(history.corrections[0]).toMatchObject({ before: 81.5, after: 82.25 });
  });

  it("answers bad input beside the field and writes nothing", async () => {
    const before = await snapshot();
    const result = await saveObservation({ actor: officer, input: { code: "CQS-01", period: NEXT_INPUT, value: "120", note: "" }, now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.fieldErrors.period).toContain("tương lai");
      expect(result.fieldErrors.value).toContain("0 đến 100");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses officers of other agencies, leaders, admins, citizens and anonymous users", async () => {
    const input = { code: "CQS-01", period: CURRENT_INPUT, value: "50" };
    const before = await snapshot();
    expect((await refusal(saveObservation({ actor: otherOfficer, input, now: NOW }))).status).toBe(403);
    expect((await refusal(saveObservation({ actor: stcOfficer, input, now: NOW }))).status).toBe(403);
    for (const email of [DEMO.leader, DEMO.admin, DEMO.an]) {
      const actor = await actorByEmail(email);
      expect((await refusal(saveObservation({ actor, input, now: NOW }))).status).toBe(403);
      expect((await refusal(listAgencyIndicators({ actor, now: NOW }))).status).toBe(403);
      expect((await refusal(importObservationsCsv({ actor, content: `ma_chi_tieu,ky,gia_tri\nCQS-01,${CURRENT_INPUT},50\n`, commit: true, now: NOW }))).status).toBe(403);
    }
    expect((await refusal(saveObservation({ actor: null, input, now: NOW }))).status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });
});

describe("CSV import", () => {
  const good = [
    "ma_chi_tieu;ky;gia_tri;ghi_chu",
    `CQS-03;${CURRENT_INPUT};96,4;Tháng hiện tại`,
    `CQS-04;${PREVIOUS_INPUT};87,1;Điều chỉnh theo báo cáo quý`,
    `cqs-05;${CURRENT_INPUT};98.9;`,
  ].join("\r\n");

  it("refuses the whole file when one row is bad: nothing changes and each error names its row and column", async () => {
    const before = await snapshot();
    const bad = [
      good,
      `KTS-01;${CURRENT_INPUT};22;`, // another agency's indicator
      `CQS-06X;${CURRENT_INPUT};1;`, // unknown code
      `CQS-07;${NEXT_INPUT};300;`, // future period
      `CQS-07;${CURRENT_INPUT};abc;`, // not a number
      `CQS-03;${CURRENT_INPUT};96;`, // duplicate of line 2
    ].join("\r\n");
    const result = await importObservationsCsv({ actor: officer, content: new TextEncoder().encode(`\uFEFF${bad}`), fileName: "so-lieu.csv", commit: true, now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rowCount).toBe(8);
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [5, "ma_chi_tieu"],
      [6, "ma_chi_tieu"],
      [7, "ky"],
      [8, "gia_tri"],
      [9, "ky"],
    ]);
    expect(result.errors[0].message).toContain("cơ quan khác");
    expect(result.errors[4].message).toContain("dòng 2");
    expect(await snapshot()).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "observation.import_csv" } })).toBe(0);
  });

  it("refuses files over 1 MB or not in UTF-8, writing nothing", async () => {
    const before = await snapshot();
    const big = await importObservationsCsv({ actor: officer, content: `ma_chi_tieu,ky,gia_tri\n${"CQS-01,2026-01,1\n".repeat(70_000)}`, commit: true, now: NOW });
    expect(big).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining("1 MB") }] });
    const latin = await importObservationsCsv({ actor: officer, content: new Uint8Array([0x6d, 0x61, 0x0a, 0xe9, 0x0a]), commit: true, now: NOW });
    expect(latin).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining("UTF-8") }] });
    expect(await snapshot()).toEqual(before);
  });

  it("previews without writing, then imports every row with source CSV in one audit entry", async () => {
    const before = await snapshot();
    const seededCqs04 = (await observation("CQS-04", PREVIOUS))!;
    const preview = await importObservationsCsv({ actor: officer, content: good, commit: false, now: NOW });
    expect(preview).toMatchObject({ ok: true, committed: false, counts: { created: 2, updated: 1, unchanged: 0 } });
    if (preview.ok) expect(preview.rows.find((r) => r.code === "CQS-04")).toMatchObject({ outcome: "updated", previous: seededCqs04.value.toNumber(), value: 87.1 });
    expect(await snapshot()).toEqual(before);

    const done = await importObservationsCsv({ actor: officer, content: good, fileName: "thang.csv", commit: true, ip: "203.0.113.9", now: NOW });
    expect(done).toMatchObject({ ok: true, committed: true, counts: { created: 2, updated: 1, unchanged: 0 } });
    const after = await snapshot();
    expect(after.count).toBe(before.count + 2);
    const cqs04 = (await observation("CQS-04", PREVIOUS))!;
    expect(cqs04).toMatchObject({ id: seededCqs04.id, source: "CSV", note: "Điều chỉnh theo báo cáo quý", reportedById: officer.id });
    expect(cqs04.value.toNumber()).toBe(87.1);
    expect((await observation("CQS-05", CURRENT))!.value.toNumber()).toBe(98.9);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "observation.import_csv" } });
    expect(audit).toMatchObject({ actorId: officer.id, targetId: vpub.id, ip: "203.0.113.9" });
    expect(audit.after).toMatchObject({ fileName: "thang.csv", rows: 3, created: 2, updated: 1, unchanged: 0 });
    expect((audit.after as { changes: { code: string; before: { value: string } | null }[] }).changes.find((c) => c.code === "CQS-04")?.before?.value).toBe(seededCqs04.value.toFixed(4));

    // The same file again: nothing changes.
    const again = await importObservationsCsv({ actor: officer, content: good, commit: true, now: NOW });
    expect(again).toMatchObject({ ok: true, counts: { created: 0, updated: 0, unchanged: 3 } });
    expect(await snapshot()).toEqual(after);
  });

  it("refuses a file of another agency's indicators for an officer who owns none", async () => {
    const before = await snapshot();
    const result = await importObservationsCsv({ actor: otherOfficer, content: `ma_chi_tieu,ky,gia_tri\nCQS-01,${CURRENT_INPUT},50\n`, commit: true, now: NOW });
    expect(result).toMatchObject({ ok: false, errors: [{ line: 2, column: "ma_chi_tieu", message: expect.stringContaining("cơ quan khác") }] });
    expect(await snapshot()).toEqual(before);
  });
});
