import "server-only";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { parseDossierCode } from "@/lib/domain/dossier-code";
import { availableActions } from "@/lib/domain/dossier-workflow";
import { isWellFormedResultToken } from "@/lib/domain/e-result";
import { buildTimeline, deadlineState, holderOf, type DeadlineState, type Holder, type TimelineEntry } from "@/lib/domain/timeline";
import { loadWorkCalendar } from "@/lib/server/calendar/load-work-calendar";
import { verificationUrlOf } from "@/lib/server/results/verification-url";
import { RATABLE_STATUSES } from "@/lib/validation/dossier-actions";

const ID_PATTERN = /^[a-z0-9]{8,40}$/;

function findOwnDossier(key: { id: string } | { code: string }, applicantId: string) {
  return db.dossier.findFirst({
    // The owner condition is part of the query: another citizen's id finds nothing.
    where: { ...key, applicantId },
    select: {
      id: true,
      code: true,
      status: true,
      channel: true,
      version: true,
      submittedAt: true,
      receivedAt: true,
      dueAt: true,
      pausedAt: true,
      finishTiming: true,
      closedAt: true,
      feeAmount: true,
      paidOnline: true,
      resultNumber: true,
      resultIssuedAt: true,
      resultToken: true,
      procedure: { select: { code: true, name: true, processingDays: true, resultDescription: true } },
      agency: { select: { name: true } },
      payments: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true, paidAt: true } },
      attachments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, documentName: true, originalName: true, mimeType: true, sizeBytes: true, createdAt: true },
      },
      events: {
        orderBy: { createdAt: "asc" },
        select: { action: true, fromStatus: true, toStatus: true, note: true, data: true, createdAt: true },
      },
      rating: { select: { score: true, comment: true, createdAt: true } },
    },
  });
}

type Row = NonNullable<Awaited<ReturnType<typeof findOwnDossier>>>;

export type MyDossier = Omit<Row, "events" | "payments" | "resultToken"> & {
  payment: Row["payments"][number] | null;
  holder: Holder;
  deadline: DeadlineState;
  timeline: TimelineEntry[];
  /** The open supplement request, when the dossier waits for the citizen. */
  supplementRequest: { at: Date; reason: string | null; missingDocuments: string[] } | null;
  /** Supplement files uploaded since that request (the ones the citizen may still remove). */
  pendingSupplementFiles: Row["attachments"];
  canWithdraw: boolean;
  canAnswerSupplement: boolean;
  canRate: boolean;
  hasResult: boolean;
  verifyUrl: string | null;
};

/**
 * One of the signed-in citizen's own dossiers — by its id, or by the code the citizen keeps
 * (STP-261127-0042) — with its readable timeline and deadline state; null for anything that is
 * not theirs (the same answer as an unknown id).
 */
export async function getMyDossier(options: { actor: CurrentUser | null; dossierId: string; now?: Date }): Promise<MyDossier | null> {
  const { actor } = options;
  assertCan(actor, "dossier.readOwn");
  const param = options.dossierId.trim();
  const key = ID_PATTERN.test(param) ? { id: param } : parseDossierCode(param) ? { code: param.toUpperCase() } : null;
  if (!key) return null;
  const row = await findOwnDossier(key, actor.id);
  if (!row) return null;

  const now = options.now ?? new Date();
  const calendar = await loadWorkCalendar();
  const { events, payments, resultToken, ...dossier } = row;
  const timeline = buildTimeline({ events, currentDueAt: row.dueAt, processingDays: row.procedure.processingDays, calendar });

  const waiting = row.status === "SUPPLEMENT_REQUESTED";
  const request = waiting ? [...timeline].reverse().find((e) => e.kind === "supplement_requested") : undefined;
  const pausedSince = row.pausedAt ?? request?.at ?? null;
  const owner = { status: row.status, dueAt: row.dueAt, receivedAt: row.receivedAt, feeAmount: row.feeAmount, paid: row.paidOnline };
  const actions = availableActions("owner", owner, now);
  const hasResult = (row.status === "APPROVED" || row.status === "RETURNED") && row.resultNumber !== null;

  return {
    ...dossier,
    payment: payments[0] ?? null,
    holder: holderOf(row.status),
    deadline: deadlineState(row, now, calendar),
    timeline,
    supplementRequest: waiting ? { at: request?.at ?? pausedSince ?? now, reason: request?.reason ?? null, missingDocuments: request?.missingDocuments ?? [] } : null,
    pendingSupplementFiles: waiting
      ? row.attachments.filter((a) => a.kind === "SUPPLEMENT" && (!pausedSince || a.createdAt.getTime() >= pausedSince.getTime()))
      : [],
    canWithdraw: actions.includes("withdraw"),
    canAnswerSupplement: actions.includes("supplement"),
    canRate: (RATABLE_STATUSES as readonly string[]).includes(row.status) && row.rating === null,
    hasResult,
    verifyUrl: hasResult && resultToken && isWellFormedResultToken(resultToken) ? verificationUrlOf(resultToken) : null,
  };
}
