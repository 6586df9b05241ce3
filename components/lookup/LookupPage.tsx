import { PageHeader } from "@/components/ui/PageHeader";
import type { Messages } from "@/lib/i18n";
import { LookupForm } from "./LookupForm";
import { INITIAL_LOOKUP_STATE, type LookupFormState } from "./lookup-state";

type Action = (state: LookupFormState, formData: FormData) => Promise<LookupFormState>;

export function LookupPage({ t, action }: { t: Messages; action: Action }) {
  const l = t.lookup;
  return (
    <div>
      <PageHeader title={l.title} lead={l.lead} />
      <LookupForm
        action={action}
        initialState={INITIAL_LOOKUP_STATE}
        texts={{
          codeLabel: l.codeLabel,
          codeHint: l.codeHint,
          phoneLabel: l.phoneLabel,
          phoneHint: l.phoneHint,
          submit: l.submit,
          submitting: l.submitting,
          errorSummary: l.errorSummary,
          resultTitle: l.resultTitle,
          code: l.code,
          status: l.status,
          procedure: l.procedure,
          agency: l.agency,
          submitted: l.submitted,
          due: l.due,
          privacyNote: l.privacyNote,
          signInForMore: l.signInForMore,
        }}
      />
    </div>
  );
}
