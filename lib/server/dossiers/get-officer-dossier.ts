import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { availableActions, isLate, type DossierAction } from "@/lib/domain/dossier-workflow";
import { formatDate } from "@/lib/domain/format";
import { buildTimeline, deadlineState, holderOf, type DeadlineState, type Holder, type TimelineEntry } from "@/lib/domain/timeline";
import { AppError } from "@/lib/errors";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { ZFormSchema } from "@/lib/validation/form-schema";

const ID_PATTERN = /^[a-z0-9]{8,40}$/;

function findAgencyDossier(id: string, agencyId: string) {
  return db.dossier.findFirst({
    // The agency condition is part of the query: another agency's id finds nothing, and a
    // citizen's draft is not the agency's business yet.
    where: { id, agencyId, status: { not: "DRAFT" } },
    select: {
      id: true,
      code: true,
      status: true,
      channel: true,
      externalCode: true,
      version: true,
      submittedAt: true,
      receivedAt: true,
      dueAt: true,
      pausedAt: true,
      pausedWorkingDays: true,
      apologyIssuedAt: true,
      finishTiming: true,
      closedAt: true,
      feeAmount: true,
      paidOnline: true,
      resultNumber: true,
      resultIssuedAt: true,
      applicantName: true,
      applicantNationalId: true,
      applicantPhone: true,
      applicantEmail: true,
      applicantAddress: true,
      formData: true,
      handler: { select: { fullName: true } },
      procedure: { select: { code: true, name: true, processingDays: true, resultDescription: true, formSchema: true } },
      agency: { select: { name: true } },
      payments: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true, amount: true, paidAt: true } },
      attachments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, documentName: true, originalName: true, mimeType: true, sizeBytes: true, createdAt: true },
      },
      events: {
        orderBy: { createdAt: "asc" },
        select: { action: true, fromStatus: true, toStatus: true, note: true, data: true, createdAt: true },
      },
    },
  });
}

type Found = NonNullable<Awaited<ReturnType<typeof findAgencyDossier>>>;

/** One answer of the application form, labelled from the procedure's form schema. */
export type FormAnswer = { name: string; label: string; value: string; step: string | null };

export type OfficerDossier = Omit<Found, "events" | "payments" | "formData" | "procedure"> & {
  procedure: Omit<Found["procedure"], "formSchema">;
  answers: FormAnswer[];
  payment: Found["payments"][number] | null;
  holder: Holder;
  deadline: DeadlineState;
  timeline: TimelineEntry[];
  supplementRequest: { at: Date; reason: string | null; missingDocuments: string[] } | null;
  /** What the state machine lets an officer do now (the server plans again on submit). */
  actions: DossierAction[];
  late: boolean;
};

/** The form's answers in the order of the schema, with the schema's labels; unknown keys last under their own name. */
export function formAnswersOf(formSchema: unknown, formData: unknown): FormAnswer[] {
  const values = formData !== null && typeof formData === "object" && !Array.isArray(formData) ? (formData as Record<string, unknown>) : {};
  const text = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : "");
  const parsed = ZFormSchema.safeParse(formSchema);
  if (!parsed.success) return Object.entries(values).map(([name, v]) => ({ name, label: name, value: text(v), step: null }));
  const schema = parsed.data;
  const answers: FormAnswer[] = schema.fields
    .filter((f) => f.type !== "file")
    .map((f) => {
      const raw = text(values[f.name]);
      let value = raw;
      if (f.type === "select") value = f.options?.find((o) => o.value === raw)?.label ?? raw;
      if (f.type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(raw)) value = formatDate(new Date(`${raw}T05:00:00Z`));
      return { name: f.name, label: f.label, value, step: schema.steps[f.step]?.title ?? null };
    });
  const known = new Set(schema.fields.map((f) => f.name));
  for (const [name, v] of Object.entries(values)) if (!known.has(name) && text(v)) answers.push({ name, label: name, value: text(v), step: null });
  return answers;
}

/**
 * A dossier of the officer's own agency, for processing: applicant, answers, files, payment,
 * timeline, deadline and the actions allowed now. Null for anything outside the agency (the
 * same answer as an unknown id, so guessing ids reveals nothing).
 */
export async function getOfficerDossier(options: { actor: CurrentUser | null; dossierId: string; now?: Date }): Promise<OfficerDossier | null> {
  const { actor } = options;
  assertCan(actor, "dossier.readAgency");
  if (!actor.agencyId) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan.");
  const id = options.dossierId.trim();
  if (!ID_PATTERN.test(id)) return null;
  const row = await findAgencyDossier(id, actor.agencyId);
  if (!row) return null;

  const now = options.now ?? new Date();
  const calendar = await loadWorkCalendar();
  const { events, payments, formData, procedure, ...dossier } = row;
  const { formSchema, ...procedureInfo } = procedure;
  const timeline = buildTimeline({ events, currentDueAt: row.dueAt, processingDays: procedure.processingDays, calendar });
  const waiting = row.status === "SUPPLEMENT_REQUESTED";
  const request = waiting ? [...timeline].reverse().find((e) => e.kind === "supplement_requested") : undefined;
  const state = { status: row.status, dueAt: row.dueAt, receivedAt: row.receivedAt, feeAmount: row.feeAmount, paid: row.paidOnline };

  return {
    ...dossier,
    procedure: procedureInfo,
    answers: formAnswersOf(formSchema, formData),
    payment: payments[0] ?? null,
    holder: holderOf(row.status),
    deadline: deadlineState(row, now, calendar),
    timeline,
    supplementRequest: waiting ? { at: request?.at ?? row.pausedAt ?? now, reason: request?.reason ?? null, missingDocuments: request?.missingDocuments ?? [] } : null,
    // Only officers who may process get actions (a leader reads the agency's dossiers but does not act).
    actions: can(actor.role, "dossier.process") ? availableActions("officer", state, now) : [],
    late: isLate(row, now),
  };
}
