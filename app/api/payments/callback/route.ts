// POST /api/payments/callback — the payment gateway's signed server-to-server notification
import { AppError } from "@/lib/errors";
import { clientIpOf, problemResponse } from "@/lib/server/http/problem";
import { handlePaymentCallback } from "@/lib/server/payments/handle-payment-callback";

export async function POST(request: Request) {
  try {
    const body = await request.json().catch(() => {
      throw new AppError("BAD_REQUEST", "Nội dung không phải JSON.");
    });
    const outcome = await handlePaymentCallback({ body, signature: request.headers.get("x-signature"), ip: clientIpOf(request.headers) });
    return Response.json({ status: outcome });
  } catch (error) {
    return problemResponse(error);
  }
}
