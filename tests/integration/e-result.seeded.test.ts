// The e-result PDF: a real PDF, one A4 page, its QR code (decoded back from the page's drawing
// operators) and its link both pointing at the public verification page of the dossier's token.
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFPage } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { qrMatrix } from "@/lib/domain/e-result";
import { isLate } from "@/lib/domain/dossier-workflow";
import { addWorkingDays } from "@/lib/domain/working-days";
import { dossierVi } from "@/lib/i18n/messages/vi/dossier";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { transitionDossier } from "@/lib/server/dossiers/transition-dossier";
import { getEResult } from "@/lib/server/results/get-e-result";
import { renderEResultPdf } from "@/lib/server/results/render-e-result-pdf";
import { publicBaseUrl } from "@/lib/server/http/public-url";
import { verifyResult } from "@/lib/server/results/verify-result";
import { DEMO_ACCOUNTS } from "../../prisma/seed/index";
import { officerOf, refusal, userOf } from "../support/actors";

let an: CurrentUser;
let binh: CurrentUser;

function pageContent(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams
    .map((s) => (s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString("latin1") : ""))
    .join("\n");
}

/** Reads the QR code back from the rectangles drawn between "/QRCode BMC" and "EMC". */
function decodeQr(content: string): boolean[][] {
  const block = content.slice(content.indexOf("/QRCode BMC"), content.indexOf("EMC", content.indexOf("/QRCode BMC")));
  const rects = [...block.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g)].map((m) => m.slice(1, 5).map(Number));
  expect(rects.length).toBeGreaterThan(20);
  const size = Math.min(...rects.map((r) => r[3]));
  const left = Math.min(...rects.map((r) => r[0]));
  const right = Math.max(...rects.map((r) => r[0] + r[2]));
  const top = Math.max(...rects.map((r) => r[1] + r[3]));
  const n = Math.round((right - left) / size);
  const matrix = Array.from({ length: n }, () => Array.from({ length: n }, () => false));
  for (const [x, y, w, h] of rects) {
    const row = Math.round((top - (y + h)) / size);
    const col = Math.round((x - left) / size);
    for (let c = col; c < col + Math.round(w / size); c++) matrix[row][c] = true;
  }
  return matrix;
}

beforeAll(async () => {
  const [a, b] = await Promise.all(
    DEMO_ACCOUNTS.filter((x) => x.role === "CITIZEN").map((x) => db.user.findUniqueOrThrow({ where: { email: x.email } })),
  );
  an = userOf(a);
  binh = userOf(b);
});

describe("the e-result of a returned dossier", () => {
  let dossier: { id: string; code: string | null; resultNumber: string | null; resultToken: string | null; applicantName: string; procedure: { name: string }; agency: { name: string } };
  let bytes: Uint8Array;
  let url: string;

  beforeAll(async () => {
    dossier = await db.dossier.findFirstOrThrow({
      where: { applicantId: an.id, status: "RETURNED", resultToken: { not: null } },
      select: { id: true, code: true, resultNumber: true, resultToken: true, applicantName: true, procedure: { select: { name: true } }, agency: { select: { name: true } } },
    });
    url = `${publicBaseUrl().replace(/\/+$/, "")}/verify/${dossier.resultToken}`;
    const data = await getEResult({ actor: an, dossierId: dossier.id });
    expect(data).toMatchObject({
      code: dossier.code,
      resultNumber: dossier.resultNumber,
      applicantName: "Nguyễn Văn An",
      procedureName: dossier.procedure.name,
      agencyName: dossier.agency.name,
      verifyUrl: url,
    });
    bytes = await renderEResultPdf({ data, texts: dossierVi.eResult });
  });

  it("is a PDF document of one A4 page with its title and embedded fonts", async () => {
    const text = Buffer.from(bytes).toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
    expect(text).toContain("/FontFile2"); // TrueType glyphs embedded (Vietnamese needs them)
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(doc.getTitle()).toBe(`Kết quả giải quyết TTHC số ${dossier.resultNumber}`);
  });

  it("links to the verification URL", () => {
    expect(Buffer.from(bytes).toString("latin1")).toContain(`/URI (${url})`);
  });

  it("carries a QR code that encodes exactly the verification URL", async () => {
    const doc = await PDFDocument.load(bytes);
    expect(decodeQr(pageContent(doc.getPage(0)))).toEqual(qrMatrix(url));
    expect(decodeQr(pageContent(doc.getPage(0)))).not.toEqual(qrMatrix(`${url}x`));
  });

  it("is confirmed by the public verification", async () => {
    expect(await verifyResult({ token: dossier.resultToken as string })).toMatchObject({ resultNumber: dossier.resultNumber, holderName: "Nguyễn Văn An" });
  });
});

describe("results without a token yet", () => {
  it("get one on first download, once, and it verifies", async () => {
    const approved = await db.dossier.findFirstOrThrow({ where: { applicantId: an.id, status: "APPROVED" }, select: { id: true, resultNumber: true } });
    // A result decided before verification tokens existed (or imported without one).
    await db.dossier.update({ where: { id: approved.id }, data: { resultToken: null } });
    const first = await getEResult({ actor: an, dossierId: approved.id });
    const second = await getEResult({ actor: an, dossierId: approved.id });
    expect(second.verifyUrl).toBe(first.verifyUrl);
    const token = (await db.dossier.findUniqueOrThrow({ where: { id: approved.id } })).resultToken as string;
    expect(first.verifyUrl.endsWith(`/verify/${token}`)).toBe(true);
    expect(await db.auditLog.count({ where: { targetId: approved.id, action: "dossier.result.token_issued" } })).toBe(1);
    expect((await verifyResult({ token }))?.resultNumber).toBe(approved.resultNumber);
  });
});

describe("results decided in the app", () => {
  it("are available from approval, through the return, and verify", async () => {
    const d = await db.dossier.findFirstOrThrow({ where: { applicantId: binh.id, status: "PROCESSING" }, select: { id: true, agencyId: true, status: true, dueAt: true } });
    const officer = await officerOf(d.agencyId);
    expect((await refusal(getEResult({ actor: binh, dossierId: d.id }))).status).toBe(404); // not decided yet
    if (isLate(d, new Date())) {
      await transitionDossier({ actor: officer, dossierId: d.id, action: "issue_apology", reason: "Cần xác minh thêm", newDueAt: addWorkingDays(new Date(), 2, await loadWorkCalendar()) });
    }
    await transitionDossier({ actor: officer, dossierId: d.id, action: "approve" });
    const approved = await getEResult({ actor: binh, dossierId: d.id });
    const token = approved.verifyUrl.split("/verify/")[1];
    expect((await verifyResult({ token }))?.holderName).toBe("Trần Thị Bình");

    await transitionDossier({ actor: officer, dossierId: d.id, action: "return_result", generateResult: true });
    const returned = await getEResult({ actor: officer, dossierId: d.id });
    expect(returned.verifyUrl).toBe(approved.verifyUrl);
    const pdf = await renderEResultPdf({ data: returned, texts: dossierVi.eResult });
    expect(Buffer.from(pdf).toString("latin1")).toContain(`/URI (${approved.verifyUrl})`);
  });

  it("are not given for dossiers without a result", async () => {
    for (const status of ["DENIED", "REJECTED", "WITHDRAWN", "SUPPLEMENT_REQUESTED"] as const) {
      const d = await db.dossier.findFirstOrThrow({ where: { applicantId: an.id, status }, select: { id: true } });
      expect((await refusal(getEResult({ actor: an, dossierId: d.id }))).status, status).toBe(404);
    }
  });
});

describe("result numbers", () => {
  // On New Year's night in Vietnam (before 07:00) the UTC year is still the old one; the number
  // must carry the year printed on the e-result.
  it("numbers a result approved at 01:00 on 01/01 (Vietnam time) with the new year", async () => {
    const d = await db.dossier.findFirstOrThrow({ where: { applicantId: an.id, status: "PROCESSING" }, select: { id: true, agencyId: true } });
    // Keep the dossier within its deadline at that moment, so the approval itself is allowed.
    await db.dossier.update({ where: { id: d.id }, data: { dueAt: new Date("2027-02-01T10:00:00Z") } });
    const now = new Date("2026-12-31T18:00:00Z"); // 01/01/2027 01:00 in Vietnam
    await transitionDossier({ actor: await officerOf(d.agencyId), dossierId: d.id, action: "approve", now });
    const after = await db.dossier.findUniqueOrThrow({ where: { id: d.id }, select: { resultNumber: true } });
    expect(after.resultNumber).toContain("/2027/");
  });
});
