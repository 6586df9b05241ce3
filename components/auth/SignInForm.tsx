"use client";

import { signIn } from "next-auth/react";
import { useEffect, useRef, useState } from "react";

export type SignInTexts = {
  identifier: string;
  password: string;
  submit: string;
  submitting: string;
  errorSummary: string;
  invalid: string;
  identifierRequired: string;
  passwordRequired: string;
};

type Errors = { identifier?: string; password?: string; form?: string };

/** GOV.UK-style form: an error summary linked to the fields, messages beside them, input kept. */
export function SignInForm({ texts, callbackUrl }: { texts: SignInTexts; callbackUrl: string }) {
  const [identifier, setIdentifier] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  // The button waits for the script: a native submit before hydration would put the password
  // in the URL of a GET request.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const summaryRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Errors = {};
    if (!identifier.trim()) next.identifier = texts.identifierRequired;
    if (!password) next.password = texts.passwordRequired;
    if (next.identifier || next.password) {
      setErrors(next);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    const result = await signIn("credentials", { identifier, password, redirect: false });
    if (!result || result.error) {
      setBusy(false);
      setErrors({ form: texts.invalid });
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    // Full navigation so that every server component re-renders with the new session.
    window.location.assign(`/after-sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  }

  const list = [
    errors.form ? { href: "#identifier", text: errors.form } : null,
    errors.identifier ? { href: "#identifier", text: errors.identifier } : null,
    errors.password ? { href: "#password", text: errors.password } : null,
  ].filter((e): e is { href: string; text: string } => e !== null);

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      {list.length > 0 ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="signin-error-title" className="rounded border-2 border-red-700 bg-red-50 p-4">
          <h2 id="signin-error-title" className="font-semibold text-red-800">{texts.errorSummary}</h2>
          <ul className="mt-2 list-disc pl-5">
            {list.map((e) => (
              <li key={e.text}><a href={e.href} className="text-red-800 underline">{e.text}</a></li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <label htmlFor="identifier" className="block font-medium">{texts.identifier}</label>
        {errors.identifier ? <p id="identifier-error" className="text-sm font-medium text-red-700">{errors.identifier}</p> : null}
        <input
          id="identifier"
          name="identifier"
          type="text"
          autoComplete="username"
          inputMode="email"
          value={identifier}
          onChange={(e) => setIdentifier(e.target.value)}
          aria-invalid={errors.identifier ? true : undefined}
          aria-describedby={errors.identifier ? "identifier-error" : undefined}
          className={`mt-1 w-full rounded border px-3 py-2 ${errors.identifier ? "border-red-700 border-2" : "border-slate-400"}`}
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">{texts.password}</label>
        {errors.password ? <p id="password-error" className="text-sm font-medium text-red-700">{errors.password}</p> : null}
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "password-error" : undefined}
          className={`mt-1 w-full rounded border px-3 py-2 ${errors.password ? "border-red-700 border-2" : "border-slate-400"}`}
        />
      </div>
      <button type="submit" disabled={busy || !ready} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
        {busy ? texts.submitting : texts.submit}
      </button>
    </form>
  );
}
