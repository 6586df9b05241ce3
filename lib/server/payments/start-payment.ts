import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { assertCan, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { publicBaseUrl } from "@/lib/server/http/public-url";
import { getPaymentProvider } from "./payment-provider";
import { assertUsableKey } from "@/lib/domain/safe-input";

const ORDER_TTL_MS = 15 * 60 * 1000;

/**
 * Creates (or reuses, while it is fresh) the payment order of a draft's fee and returns the
 * gateway's payment page. The amount always comes from the dossier, never from the browser.
 */
export async function startPayment(options: { actor: CurrentUser | null; dossierId: string; ip?: string | null; now?: Date }): Promise<{ redirectUrl: string }> {
  const { actor } = options;
  assertCan(actor, "dossier.create");
  assertUsableKey(options.dossierId, "Mã hồ sơ không hợp lệ.");
  const now = options.now ?? new Date();
  const dossier = await db.dossier.findFirst({
    where: { id: options.dossierId, applicantId: actor.id },
    select: { id: true, status: true, feeAmount: true, paidOnline: true, procedure: { select: { name: true } } },
  });
  if (!dossier) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
  if (dossier.status !== "DRAFT") throw new AppError("CONFLICT", "Hồ sơ đã được gửi.");
  if (dossier.feeAmount <= 0) throw new AppError("BAD_REQUEST", "Thủ tục này không thu phí.");
  if (dossier.paidOnline) throw new AppError("CONFLICT", "Lệ phí đã được thanh toán.");

  const provider = getPaymentProvider();
  const payment = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`pay:${dossier.id}`}))`;
    const fresh = await tx.payment.findFirst({
      where: { dossierId: dossier.id, status: "PENDING", amount: dossier.feeAmount, createdAt: { gt: new Date(now.getTime() - ORDER_TTL_MS) } },
      orderBy: { createdAt: "desc" },
      select: { providerRef: true, amount: true, createdAt: true },
    });
    if (fresh) return fresh;
    const created = await tx.payment.create({
      data: { dossierId: dossier.id, provider: provider.name, amount: dossier.feeAmount, providerRef: `TN${crypto.randomBytes(9).toString("hex").toUpperCase()}` },
      select: { id: true, providerRef: true, amount: true, createdAt: true },
    });
    await writeAudit(tx, { actorId: actor.id, actorRole: actor.role, ip: options.ip, action: "payment.create", targetType: "Payment", targetId: created.id, after: { dossierId: dossier.id, amount: created.amount } });
    return created;
  });

  const base = publicBaseUrl();
  return provider.createOrder({
    providerRef: payment.providerRef,
    amount: payment.amount,
    description: `Lệ phí: ${dossier.procedure.name}`.slice(0, 200),
    returnUrl: `${base}/my/dossiers/${dossier.id}/payment?ref=${payment.providerRef}`,
    callbackUrl: `${base}/api/payments/callback`,
    expiresAt: payment.createdAt.getTime() + ORDER_TTL_MS,
  });
}
