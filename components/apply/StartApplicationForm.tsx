"use client";

import { useActionState } from "react";
import type { StartState } from "@/app/procedures/[code]/apply/actions";

type Texts = { begin: string; chooseCommune: string; chooseCommuneHint: string; chooseCommunePlaceholder: string; errorSummary: string };

export function StartApplicationForm({
  action,
  procedureCode,
  communes,
  texts,
}: {
  action: (prev: StartState, form: FormData) => Promise<StartState>;
  procedureCode: string;
  communes: { id: string; name: string }[] | null;
  texts: Texts;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="procedureCode" value={procedureCode} />
      {state.error ? (
        <div role="alert" aria-labelledby="start-error" tabIndex={-1} className="rounded border-2 border-red-700 bg-red-50 p-4">
          <h2 id="start-error" className="font-semibold text-red-800">{texts.errorSummary}</h2>
          <p><a href="#agencyId" className="text-red-800 underline">{state.error}</a></p>
        </div>
      ) : null}
      {communes ? (
        <div>
          <label htmlFor="agencyId" className="block font-medium">{texts.chooseCommune}</label>
          <p id="agencyId-hint" className="text-sm text-slate-700">{texts.chooseCommuneHint}</p>
          <select
            id="agencyId"
            name="agencyId"
            defaultValue={state.agencyId ?? ""}
            aria-describedby="agencyId-hint"
            aria-invalid={state.error ? true : undefined}
            className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 sm:w-96"
          >
            <option value="">{texts.chooseCommunePlaceholder}</option>
            {communes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
      ) : null}
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
        {texts.begin}
      </button>
    </form>
  );
}
