import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

const ZReceiveData = z.object({ documentsReceived: z.array(z.string()) });

/**
 * The receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) of a dossier taken
 * in at the desk of the officer's own agency; another agency's dossier is not found.
 */
export async function getCounterReceipt(options: { actor: CurrentUser | null; dossierId: string }) {
  const { actor } = options;
  assertCan(actor, "dossier.intake");
  if (!actor.agencyId) throw new AppError("FORBIDDEN", "Tài khoản chưa được gán cơ quan.");
  const d = await db.dossier.findFirst({
    where: { id: options.dossierId, agencyId: actor.agencyId, channel: "COUNTER", code: { not: null } },
    select: {
      id: true,
      code: true,
      status: true,
      applicantName: true,
      applicantNationalId: true,
      applicantPhone: true,
      applicantAddress: true,
      receivedAt: true,
      dueAt: true,
      feeAmount: true,
      procedure: { select: { code: true, name: true, processingDays: true } },
      agency: { select: { name: true, address: true, phone: true } },
      handler: { select: { fullName: true } },
      events: { where: { action: "receive" }, orderBy: { createdAt: "asc" }, take: 1, select: { data: true } },
    },
  });
  if (!d || !d.code) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
  const received = ZReceiveData.safeParse(d.events[0]?.data);
  return {
    id: d.id,
    code: d.code,
    status: d.status,
    applicantName: d.applicantName,
    applicantNationalId: d.applicantNationalId,
    applicantPhone: d.applicantPhone,
    applicantAddress: d.applicantAddress,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    feeAmount: d.feeAmount,
    procedure: d.procedure,
    agency: d.agency,
    handler: d.handler,
    documentsReceived: received.success ? received.data.documentsReceived : [],
  };
}

export type CounterReceipt = Awaited<ReturnType<typeof getCounterReceipt>>;
