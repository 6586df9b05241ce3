import "server-only";
import { verificationUrl } from "@/lib/domain/e-result";
import { publicBaseUrl } from "@/lib/server/http/public-url";

/** Where the QR code of a result points: the public verification page of its token. */
export function verificationUrlOf(token: string): string {
  return verificationUrl(publicBaseUrl(), token);
}
