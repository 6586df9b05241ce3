import { Badge } from "@/components/ui/Badge";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { API_SCOPES } from "@/lib/domain/api-token";
import { formatDate, formatDateTime } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { listApiTokens } from "@/lib/server/api-tokens/api-tokens";
import { CreateTokenForm } from "./CreateTokenForm";
import type { TokenFormAction } from "./token-form-state";

type Tokens = Awaited<ReturnType<typeof listApiTokens>>;

export function TokensPage({ t, tokens, agencies, createAction, revokeAction, revoked, now }: {
  t: Messages;
  tokens: Tokens;
  agencies: { id: string; name: string }[];
  createAction: TokenFormAction;
  revokeAction: (formData: FormData) => Promise<void>;
  revoked: boolean;
  now: Date;
}) {
  const d = t.indicatorData;
  const scopeLabel = (s: string) => (d.scopes as Record<string, string>)[s] ?? s;
  return (
    <div className="space-y-8">
      <PageHeader title={d.tokensTitle} lead={d.tokensLead} />
      {revoked ? <div role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-4 font-medium text-green-900">{d.revoked}</div> : null}
      <CreateTokenForm
        action={createAction}
        agencies={agencies}
        scopes={API_SCOPES}
        texts={{
          createTitle: d.createTitle, nameLabel: d.nameLabel, nameHint: d.nameHint, agencyLabel: d.agencyLabel, agencyHint: d.agencyHint,
          agencyPlaceholder: d.agencyPlaceholder, scopesLegend: d.scopesLegend, scopesHint: d.scopesHint, expiresLabel: d.expiresLabel,
          expiresHint: d.expiresHint, create: d.create, creating: d.creating, errorSummary: d.errorSummary, createdTitle: d.createdTitle,
          createdLead: d.createdLead, secretLabel: d.secretLabel, copyHint: d.copyHint, copy: d.copy, copied: d.copied, scopes: d.scopes,
        }}
      />
      {tokens.length === 0 ? (
        <p>{d.tokensEmpty}</p>
      ) : (
        <DataTable
          caption={d.tokensCaption}
          headers={[d.tokenName, d.tokenAgency, d.tokenPrefix, d.tokenScopes, d.tokenCreated, d.tokenLastUsed, d.tokenExpires, d.tokenStatus]}
          rows={tokens.map((tk) => {
            const expired = tk.expiresAt !== null && tk.expiresAt <= now;
            return [
              tk.name,
              tk.agency.name,
              <span key="p" className="font-mono">{tk.prefix}…</span>,
              <ul key="s">{tk.scopes.map((s) => <li key={s}>{scopeLabel(s)}</li>)}</ul>,
              <span key="c">{tk.createdBy?.fullName ?? d.none}<br />{formatDateTime(tk.createdAt)}</span>,
              tk.lastUsedAt ? formatDateTime(tk.lastUsedAt) : d.never,
              tk.expiresAt ? formatDate(new Date(tk.expiresAt.getTime() - 1)) : d.noExpiry,
              tk.revokedAt ? (
                <Badge key="r" tone="neutral">{d.revokedAt(formatDateTime(tk.revokedAt))}</Badge>
              ) : (
                <div key="a" className="space-y-2">
                  {expired ? <Badge tone="warning">{d.expired}</Badge> : <Badge tone="success">{d.active}</Badge>}
                  <details>
                    <summary className="cursor-pointer text-red-800 underline">{d.revoke} <span className="sr-only">{tk.name}</span></summary>
                    <form action={revokeAction} className="mt-2 space-y-2 rounded border border-red-700 bg-red-50 p-3">
                      <p>{d.revokeConfirm(tk.name)}</p>
                      <input type="hidden" name="tokenId" value={tk.id} />
                      <button type="submit" className="rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800">{d.revokeYes}</button>
                    </form>
                  </details>
                </div>
              ),
            ];
          })}
        />
      )}
    </div>
  );
}
