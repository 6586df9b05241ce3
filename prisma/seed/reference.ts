// Reference data, upserted by natural keys: holidays (date), agencies (code), users (email),
// pillars and sectors (code), procedures (code).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { VNEID_PROVIDER_ID } from "@/lib/domain/identity-signin";
import { normalizeForSearch } from "@/lib/domain/text";
import { buildCalendar, type WorkCalendar } from "@/lib/domain/working-days";
import { AGENCIES, PROVINCE_CODE } from "./agencies";
import { DEMO_ACCOUNTS, DEMO_CITIZENS, DEMO_PASSWORD, staffAccounts } from "./accounts";
import { HOLIDAYS } from "./holidays";
import { PROCEDURES, type ProcedureSeed } from "./procedures";
import { SECTORS } from "./sectors";
import { PILLARS } from "./tasks";
import { buildFormSchema, buildRequiredDocuments, buildSteps } from "./form";

export type AgencyRef = { id: string; code: string; name: string; shortName: string; kind: "PROVINCE" | "DEPARTMENT" | "COMMUNE" };
export type ProcedureRef = { id: string; seed: ProcedureSeed };

export type ReferenceData = {
  agencies: Map<string, AgencyRef>;
  /** agency code → user id of the officer who handles its dossiers and reports its tasks. */
  officerByAgency: Map<string, string>;
  /** e-mail → user id. */
  users: Map<string, string>;
  pillars: Map<string, string>;
  procedures: ProcedureRef[];
  calendar: WorkCalendar;
};

/** Prisma's JSON input type does not admit `undefined` members; a JSON round trip drops them. */
export function json(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

const dateOnly = (key: string) => new Date(`${key}T00:00:00Z`);

export async function seedHolidays(prisma: PrismaClient): Promise<WorkCalendar> {
  const keys = new Set<string>();
  for (const h of HOLIDAYS) {
    if (keys.has(h.date)) throw new Error(`Ngày nghỉ trùng: ${h.date}`);
    keys.add(h.date);
  }
  await prisma.$transaction(
    HOLIDAYS.map((h) =>
      prisma.holiday.upsert({ where: { date: dateOnly(h.date) }, create: { date: dateOnly(h.date), name: h.name, kind: h.kind }, update: { name: h.name, kind: h.kind } }),
    ),
  );
  // The calendar comes from the table, so days an administrator added are honoured too.
  const rows = await prisma.holiday.findMany({ select: { date: true, kind: true } });
  return buildCalendar(rows);
}

export async function seedAgencies(prisma: PrismaClient): Promise<Map<string, AgencyRef>> {
  const province = AGENCIES.find((a) => a.code === PROVINCE_CODE);
  if (!province) throw new Error("Thiếu UBND tỉnh trong danh mục cơ quan");
  const map = new Map<string, AgencyRef>();
  const upsert = async (a: (typeof AGENCIES)[number], parentId: string | null) => {
    const data = { name: a.name, shortName: a.shortName, kind: a.kind, parentId, address: a.address, phone: a.phone, email: a.email, isActive: true };
    const row = await prisma.agency.upsert({ where: { code: a.code }, create: { code: a.code, ...data }, update: data });
    map.set(a.code, { id: row.id, code: a.code, name: a.name, shortName: a.shortName, kind: a.kind });
  };
  await upsert(province, null);
  const parentId = map.get(PROVINCE_CODE)!.id;
  for (const a of AGENCIES) if (a.code !== PROVINCE_CODE) await upsert(a, parentId);
  return map;
}

export async function seedUsers(prisma: PrismaClient, agencies: Map<string, AgencyRef>): Promise<{ users: Map<string, string>; officerByAgency: Map<string, string> }> {
  const staff = staffAccounts();
  const citizens = DEMO_ACCOUNTS.filter((a) => a.role === "CITIZEN");
  const emails = [...citizens.map((c) => c.email), ...staff.map((s) => s.email)];
  const existing = new Set((await prisma.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((u) => u.email));
  // Argon2 is slow on purpose: hash the shared demo password once, and only if someone is new.
  // Existing accounts keep their hash, so a rerun changes nothing.
  const passwordHash = existing.size < emails.length ? await hashPassword(DEMO_PASSWORD) : null;
  const passwordChangedAt = new Date("2025-07-01T01:00:00Z");
  const users = new Map<string, string>();

  for (const c of citizens) {
    const identity = DEMO_CITIZENS[c.email];
    const data = {
      phone: c.phone, fullName: c.fullName, role: "CITIZEN" as const, agencyId: null, title: null,
      nationalId: identity.nationalId, birthDate: dateOnly(identity.birthDate), gender: identity.gender, address: identity.address,
      // As if proven once through the national identity (the app's provider id); a real VNeID
      // sign-in later links the account by CCCD and replaces the subject.
      identityProvider: VNEID_PROVIDER_ID, identitySubject: `seed-${identity.nationalId}`, identityVerifiedAt: new Date("2025-03-01T02:00:00Z"), isActive: true,
    };
    const row = await prisma.user.upsert({
      where: { email: c.email },
      create: { email: c.email, ...data, passwordHash, passwordChangedAt },
      update: data,
    });
    users.set(c.email, row.id);
  }

  const officerByAgency = new Map<string, string>();
  for (const s of staff) {
    const agency = s.agencyCode ? agencies.get(s.agencyCode) : undefined;
    if (s.agencyCode && !agency) throw new Error(`Cơ quan ${s.agencyCode} của ${s.email} không tồn tại`);
    const data = { phone: s.phone, fullName: s.fullName, role: s.role, agencyId: agency?.id ?? null, title: s.title ?? null, gender: s.gender ?? null, isActive: true };
    const row = await prisma.user.upsert({
      where: { email: s.email },
      create: { email: s.email, ...data, passwordHash, passwordChangedAt },
      update: data,
    });
    users.set(s.email, row.id);
    if (s.role === "OFFICER" && s.agencyCode && !officerByAgency.has(s.agencyCode)) officerByAgency.set(s.agencyCode, row.id);
  }
  // The province's own dossiers and tasks (if any) are handled by the leader's office.
  const vpub = officerByAgency.get("VPUB");
  if (vpub && !officerByAgency.has(PROVINCE_CODE)) officerByAgency.set(PROVINCE_CODE, vpub);
  for (const code of agencies.keys()) if (!officerByAgency.has(code)) throw new Error(`Cơ quan ${code} chưa có cán bộ`);
  return { users, officerByAgency };
}

export async function seedPillars(prisma: PrismaClient): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const p of PILLARS) {
    const data = { name: p.name, nameEn: p.nameEn, description: p.description, order: p.order };
    const row = await prisma.pillar.upsert({ where: { code: p.code }, create: { code: p.code, ...data }, update: data });
    map.set(p.code, row.id);
  }
  return map;
}

export async function seedProcedures(prisma: PrismaClient, agencies: Map<string, AgencyRef>): Promise<ProcedureRef[]> {
  const sectorIds = new Map<string, string>();
  for (const s of SECTORS) {
    const row = await prisma.sector.upsert({ where: { code: s.code }, create: { code: s.code, name: s.name, nameEn: s.nameEn }, update: { name: s.name, nameEn: s.nameEn } });
    sectorIds.set(s.code, row.id);
  }
  const sectorLegal = new Map(SECTORS.map((s) => [s.code, s.legalBasis]));
  validateCatalogue();
  const publishedAt = new Date("2025-07-01T01:00:00Z");
  const refs: ProcedureRef[] = [];
  for (const p of PROCEDURES) {
    const sectorId = sectorIds.get(p.sector);
    if (!sectorId) throw new Error(`Thủ tục ${p.code}: lĩnh vực ${p.sector} không tồn tại`);
    const agency = p.scope === "PROVINCE" ? agencies.get(p.agency ?? "") : undefined;
    if (p.scope === "PROVINCE" && !agency) throw new Error(`Thủ tục ${p.code}: cơ quan ${p.agency} không tồn tại`);
    const data = {
      name: p.name,
      searchText: normalizeForSearch(`${p.code} ${p.name}`),
      sectorId,
      scope: p.scope,
      agencyId: agency?.id ?? null,
      level: p.level,
      processingDays: p.days,
      feeAmount: p.fee,
      feeDescription: p.feeDescription ?? (p.fee === 0 ? "Không thu phí, lệ phí" : null),
      requiredDocuments: json(buildRequiredDocuments(p)),
      steps: json(buildSteps(p, agency?.shortName ?? "")),
      formSchema: json(buildFormSchema(p)),
      legalBasis: p.legalBasis ?? sectorLegal.get(p.sector) ?? "",
      resultDescription: p.result,
      applicants: p.applicants ?? "Công dân Việt Nam, tổ chức",
      inPersonNote: p.inPersonNote ?? null,
      isPublished: true,
    };
    const row = await prisma.procedure.upsert({ where: { code: p.code }, create: { code: p.code, publishedAt, ...data }, update: data });
    refs.push({ id: row.id, seed: p });
  }
  return refs;
}

/** Catalogue rules the product depends on; a violation is a bug in the catalogue. */
function validateCatalogue(): void {
  const codes = new Set<string>();
  for (const p of PROCEDURES) {
    if (codes.has(p.code)) throw new Error(`Mã thủ tục trùng: ${p.code}`);
    codes.add(p.code);
    if (p.days < 1 || p.days > 20) throw new Error(`Thủ tục ${p.code}: thời hạn ${p.days} ngày ngoài khoảng 1–20`);
    if (p.docs.length < 1 || p.docs.length > 5) throw new Error(`Thủ tục ${p.code}: cần 1–5 thành phần hồ sơ`);
    if (p.level === "PARTIAL" && !p.inPersonNote) throw new Error(`Thủ tục ${p.code}: thủ tục một phần cần inPersonNote`);
    if (p.scope === "COMMUNE" && p.agency) throw new Error(`Thủ tục ${p.code}: thủ tục cấp xã không gắn cơ quan cụ thể`);
  }
  const full = PROCEDURES.filter((p) => p.level === "FULL_ONLINE").length;
  if (PROCEDURES.length < 60 || full / PROCEDURES.length < 0.7) {
    throw new Error(`Danh mục cần ≥ 60 thủ tục và ≥ 70% toàn trình (có ${PROCEDURES.length}, ${full} toàn trình)`);
  }
}
