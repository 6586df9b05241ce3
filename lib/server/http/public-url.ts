import "server-only";
import { env } from "@/lib/env";

/**
 * The portal's public address for links that leave the browser (QR codes on e-results,
 * e-mails, payment return and callback URLs): PUBLIC_URL, else NEXTAUTH_URL.
 */
export function publicBaseUrl(): string {
  return (env.PUBLIC_URL ?? env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}
