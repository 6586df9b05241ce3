"use client";

import { signIn } from "next-auth/react";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { identityErrorFromCode, VNEID_PROVIDER_ID } from "@/lib/domain/identity-signin";
import type { vneidVi } from "@/lib/i18n/messages/vi/vneid";

export type VneidTexts = typeof vneidVi;

/**
 * Starts the OpenID Connect sign-in at the national identity provider. A link, not a button: it
 * takes the person to another site, and the credentials form keeps the page's one "Đăng nhập"
 * button (which the end-to-end helpers look up by a partial name).
 */
export function VneidButton({ texts, callbackUrl }: { texts: VneidTexts; callbackUrl: string }) {
  const [busy, setBusy] = useState(false);

  function onClick(event: React.MouseEvent<HTMLAnchorElement>) {
    // next-auth starts the flow on a POST carrying its CSRF token, which signIn() sends; the href
    // only serves a visitor without JavaScript, whom it brings back to this page.
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    // Back through /after-sign-in, like the credentials form, so the role's home page is chosen on the server.
    void signIn(VNEID_PROVIDER_ID, { callbackUrl: `/after-sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` });
  }

  return (
    <div className="space-y-2">
      <a
        href={`/api/auth/signin/${VNEID_PROVIDER_ID}`}
        onClick={onClick}
        aria-disabled={busy || undefined}
        aria-describedby="vneid-note"
        className="flex w-full items-center justify-center gap-2 rounded border-2 border-red-700 bg-white px-5 py-2 text-center font-semibold text-red-800 no-underline hover:bg-red-50 aria-disabled:opacity-70"
      >
        <span aria-hidden="true" className="grid h-6 w-6 shrink-0 place-items-center rounded-full bg-red-700 text-xs font-bold text-yellow-300">★</span>
        {busy ? texts.redirecting : texts.button}
      </a>
      <p id="vneid-note" className="text-sm text-slate-700">{texts.note}</p>
    </div>
  );
}

/**
 * Why the last VNeID sign-in was refused or failed: the portal and next-auth send the browser
 * back to /sign-in?error=<code>. Other codes are not about VNeID and show nothing here.
 */
export function VneidError({ texts }: { texts: VneidTexts }) {
  const reason = identityErrorFromCode(useSearchParams().get("error"));
  if (!reason) return null;
  return (
    <div role="alert" aria-labelledby="vneid-error-title" className="mb-4 rounded border-2 border-red-700 bg-red-50 p-4">
      <h2 id="vneid-error-title" className="font-semibold text-red-800">{texts.errorTitle}</h2>
      <p className="mt-1 text-red-800">{texts.errors[reason]}</p>
    </div>
  );
}
