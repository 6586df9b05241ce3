// A citizen can reach only their own dossier: its detail, its files and its e-result. Another
// citizen gets "not found" (the answer for an id that does not exist) with nothing of the
// dossier in it, through the operations and through the route handlers.
import fs from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DEMO_ACCOUNTS } from "../../prisma/seed/index";
import { refusal, userOf } from "../support/actors";

const session = vi.hoisted(() => {
  // Uploaded files of this test file go to a folder of their own.
  process.env.STORAGE_DIR = `/tmp/portal-test-uploads-access-${process.pid}`;
  return { user: null as CurrentUser | null };
});
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...actual, getCurrentUser: async () => session.user };
});

const { getMyDossier } = await import("@/lib/server/dossiers/get-my-dossier");
const { readAttachment } = await import("@/lib/server/attachments/read-attachment");
const { saveDossierAttachment } = await import("@/lib/server/attachments/save-dossier-attachment");
const { getEResult } = await import("@/lib/server/results/get-e-result");
const { GET: downloadAttachment } = await import("@/app/api/attachments/[id]/route");
const { GET: downloadResult } = await import("@/app/my/dossiers/[id]/result/route");

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

let an: CurrentUser;
let binh: CurrentUser;
let anOfficer: CurrentUser; // an officer of the agency handling An's returned dossier
let otherOfficer: CurrentUser; // an officer of another agency
let returned: { id: string; code: string; resultNumber: string; agencyId: string };
let attachment: { id: string; originalName: string };

beforeAll(async () => {
  const [a, b] = await Promise.all(
    DEMO_ACCOUNTS.filter((x) => x.role === "CITIZEN").map((x) => db.user.findUniqueOrThrow({ where: { email: x.email } })),
  );
  an = userOf(a);
  binh = userOf(b);
  const r = await db.dossier.findFirstOrThrow({
    where: { applicantId: an.id, status: "RETURNED", resultToken: { not: null } },
    select: { id: true, code: true, resultNumber: true, agencyId: true },
  });
  returned = { id: r.id, code: r.code as string, resultNumber: r.resultNumber as string, agencyId: r.agencyId };
  anOfficer = userOf(await db.user.findFirstOrThrow({ where: { role: "OFFICER", agencyId: r.agencyId } }));
  otherOfficer = userOf(await db.user.findFirstOrThrow({ where: { role: "OFFICER", agencyId: { not: r.agencyId } } }));

  // A file of An's: uploaded to the dossier that waits for An's supplement.
  const waiting = await db.dossier.findFirstOrThrow({ where: { applicantId: an.id, status: "SUPPLEMENT_REQUESTED" }, select: { id: true } });
  attachment = await saveDossierAttachment({ actor: an, dossierId: waiting.id, fileName: "Giấy chứng nhận kết hôn của An.pdf", bytes: PDF });
});

describe("dossier detail", () => {
  it("shows the owner their dossier, by id and by code", async () => {
    const byId = await getMyDossier({ actor: an, dossierId: returned.id });
    expect(byId?.code).toBe(returned.code);
    expect(byId?.timeline.length).toBeGreaterThan(0);
    const byCode = await getMyDossier({ actor: an, dossierId: returned.code.toLowerCase() });
    expect(byCode?.id).toBe(returned.id);
  });

  it("finds nothing for another citizen, by id or by code", async () => {
    expect(await getMyDossier({ actor: binh, dossierId: returned.id })).toBeNull();
    expect(await getMyDossier({ actor: binh, dossierId: returned.code })).toBeNull();
  });

  it("finds nothing for ids that are not ids", async () => {
    for (const id of ["", "../etc/passwd", "' OR 1=1 --", "x".repeat(300)]) expect(await getMyDossier({ actor: an, dossierId: id })).toBeNull();
  });

  it("refuses officers (the page is for citizens) and anonymous callers", async () => {
    expect((await refusal(getMyDossier({ actor: anOfficer, dossierId: returned.id }))).status).toBe(403);
    expect((await refusal(getMyDossier({ actor: null, dossierId: returned.id }))).status).toBe(401);
  });

  it("carries no personal data the page does not show", async () => {
    const dossier = await getMyDossier({ actor: an, dossierId: returned.id });
    const json = JSON.stringify(dossier);
    for (const key of ["applicantNationalId", "applicantPhone", "applicantAddress", "formData", "resultToken", "idempotencyKey", "handlerId"]) {
      expect(json).not.toContain(`"${key}"`);
    }
    expect(json).not.toContain("019090012345"); // An's CCCD
  });
});

describe("attachments", () => {
  it("are read by their owner", async () => {
    const file = await readAttachment({ actor: an, attachmentId: attachment.id });
    expect(new Uint8Array(file.bytes)).toEqual(PDF);
  });

  it("are not found for another citizen, and the refusal is logged", async () => {
    expect((await refusal(readAttachment({ actor: binh, attachmentId: attachment.id }))).status).toBe(404);
    const logged = await db.auditLog.count({ where: { actorId: binh.id, action: "attachment.read.refused", targetId: attachment.id } });
    expect(logged).toBe(1);
  });

  it("answer 404 problem+json through the download route, without the file or its name", async () => {
    session.user = binh;
    const response = await downloadAttachment(new Request(`http://localhost/api/attachments/${attachment.id}`), { params: Promise.resolve({ id: attachment.id }) });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const body = await response.text();
    expect(body).not.toContain("%PDF");
    expect(body).not.toContain("Giấy chứng nhận");
  });
});

describe("e-result", () => {
  it("is not found for another citizen or an officer of another agency", async () => {
    expect((await refusal(getEResult({ actor: binh, dossierId: returned.id }))).status).toBe(404);
    expect((await refusal(getEResult({ actor: otherOfficer, dossierId: returned.id }))).status).toBe(404);
    expect((await refusal(getEResult({ actor: null, dossierId: returned.id }))).status).toBe(401);
  });

  it("is given to the owner and to the officers of the handling agency", async () => {
    expect((await getEResult({ actor: an, dossierId: returned.id })).resultNumber).toBe(returned.resultNumber);
    expect((await getEResult({ actor: anOfficer, dossierId: returned.id })).resultNumber).toBe(returned.resultNumber);
  });

  it("answers 404 through the PDF route to another citizen, 401 to an anonymous visitor, a PDF to the owner", async () => {
    const call = (user: CurrentUser | null) => {
      session.user = user;
      return downloadResult(new Request(`http://localhost/my/dossiers/${returned.id}/result`), { params: Promise.resolve({ id: returned.id }) });
    };
    const refused = await call(binh);
    expect(refused.status).toBe(404);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    const body = await refused.text();
    expect(body).not.toContain(returned.resultNumber);
    expect(body).not.toContain("%PDF");

    expect((await call(null)).status).toBe(401);

    const ok = await call(an);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(ok.headers.get("content-disposition")).toMatch(/^attachment; filename="ket-qua-[A-Z0-9-]+\.pdf"/);
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
    expect(ok.headers.get("cache-control")).toContain("no-store");
    expect(Buffer.from(await ok.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});

afterAll(async () => {
  await fs.rm(process.env.STORAGE_DIR as string, { recursive: true, force: true });
});
