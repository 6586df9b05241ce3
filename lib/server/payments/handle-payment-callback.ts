import "server-only";
import { db } from "@/lib/db";
import { verifyCallback, type PaymentCallback } from "@/lib/domain/payment-signature";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { applyDossierStatDelta, DOSSIER_STATS_SELECT, toStatsShape } from "@/lib/server/rollups/apply-dossier-stat-delta";
import { ZPaymentCallback } from "@/lib/validation/payment";
import { paymentSecret } from "./payment-provider";

export type CallbackOutcome = "applied" | "already_processed";

/**
 * The gateway's server-to-server notification. Accepted only with a valid signature, a fresh
 * timestamp and the exact amount of the order; applied once (a replay changes nothing and is
 * answered "already processed"). A PAID callback marks the dossier's fee as paid online.
 */
export async function handlePaymentCallback(options: { body: unknown; signature: string | null; ip?: string | null; now?: Date }): Promise<CallbackOutcome> {
  const now = options.now ?? new Date();
  const parsed = ZPaymentCallback.safeParse(options.body);
  if (!parsed.success) throw new AppError("BAD_REQUEST", "Dữ liệu thông báo thanh toán không hợp lệ.");
  const callback: PaymentCallback = parsed.data;
  const check = verifyCallback(callback, options.signature ?? "", paymentSecret(), now.getTime());
  if (!check.ok) {
    await writeAudit(db, { action: "payment.callback.refused", targetType: "Payment", targetId: callback.providerRef, ip: options.ip, after: { reason: check.reason } });
    throw new AppError("UNAUTHORIZED", "Chữ ký thông báo thanh toán không hợp lệ.");
  }

  return db.$transaction(async (tx) => {
    const payment = await tx.payment.findUnique({
      where: { providerRef: callback.providerRef },
      select: { id: true, status: true, amount: true, gatewayTxn: true, dossier: { select: { id: true, ...DOSSIER_STATS_SELECT } } },
    });
    if (!payment) throw new AppError("NOT_FOUND", "Không tìm thấy giao dịch.");
    if (payment.status !== "PENDING") {
      await writeAudit(tx, { action: "payment.callback.replayed", targetType: "Payment", targetId: payment.id, ip: options.ip, after: { gatewayTxn: callback.gatewayTxn } });
      return "already_processed";
    }
    if (callback.amount !== payment.amount || payment.amount !== payment.dossier.feeAmount) {
      await writeAudit(tx, { action: "payment.callback.amount_mismatch", targetType: "Payment", targetId: payment.id, ip: options.ip, after: { amount: callback.amount, expected: payment.amount } });
      throw new AppError("BAD_REQUEST", "Số tiền thanh toán không khớp với lệ phí.");
    }
    // Only a PENDING payment moves, once: the guard in the where clause makes concurrent
    // deliveries of the same callback apply exactly one of them.
    const moved = await tx.payment.updateMany({
      where: { id: payment.id, status: "PENDING" },
      data: {
        status: callback.status,
        gatewayTxn: callback.gatewayTxn,
        paidAt: callback.status === "PAID" ? now : null,
        failureReason: callback.status === "PAID" ? null : callback.status === "CANCELLED" ? "Người nộp hủy giao dịch" : "Cổng thanh toán báo lỗi",
      },
    });
    if (moved.count !== 1) return "already_processed";
    if (callback.status === "PAID") {
      await tx.dossier.update({ where: { id: payment.dossier.id }, data: { paidOnline: true } });
      const after = await tx.dossier.findUniqueOrThrow({ where: { id: payment.dossier.id }, select: DOSSIER_STATS_SELECT });
      await applyDossierStatDelta(tx, toStatsShape(payment.dossier), toStatsShape(after));
    }
    await writeAudit(tx, { action: `payment.${callback.status.toLowerCase()}`, targetType: "Payment", targetId: payment.id, ip: options.ip, after: { gatewayTxn: callback.gatewayTxn, amount: callback.amount } });
    return "applied";
  });
}
