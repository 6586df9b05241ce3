import "server-only";
import { verificationUrl } from "@/lib/domain/e-result";
import { env } from "@/lib/env";

/** The portal's public address for links that leave the browser (QR codes): PUBLIC_URL, else NEXTAUTH_URL. */
export function publicBaseUrl(): string {
  return env.PUBLIC_URL ?? env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
}

/** Where the QR code of a result points: the public verification page of its token. */
export function verificationUrlOf(token: string): string {
  return verificationUrl(publicBaseUrl(), token);
}
