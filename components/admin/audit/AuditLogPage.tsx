import Link from "next/link";
import { ErrorSummary, FieldError } from "@/components/dossiers/ErrorSummary";
import { PageHeader } from "@/components/ui/PageHeader";
import { auditFilterQuery, readableJson, type AuditFilterError, type AuditFilterInput } from "@/lib/domain/audit-filter";
import { formatDateTime, formatNumber } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { AuditRow } from "@/lib/server/admin/audit/list-audit-log";

const KNOWN_TARGETS = ["User", "Agency", "Holiday", "Dossier", "Feedback", "ApiToken", "Procedure", "Sector", "Task", "Indicator", "Observation", "Notification"];

const inputClass = (error?: string) => `mt-1 w-full rounded border bg-white px-3 py-2 ${error ? "border-2 border-red-700" : "border-slate-500"}`;

export function AuditLogPage({ t, input, errors, items, nextBefore, isFirstPage, exportCap }: {
  t: Messages;
  input: AuditFilterInput;
  errors: AuditFilterError[];
  items: AuditRow[];
  nextBefore: string | null;
  isFirstPage: boolean;
  exportCap: number;
}) {
  const a = t.adminPanel.audit;
  const c = t.adminPanel.common;
  const fieldError = (field: "from" | "to") =>
    errors.includes(`${field}.invalid`) ? a.errors[`${field}.invalid`] : field === "to" && errors.includes("range.invalid") ? a.errors["range.invalid"] : undefined;
  const summary = errors.map((e) => ({ href: e === "from.invalid" ? "#from" : "#to", text: a.errors[e] }));
  const text = (id: keyof AuditFilterInput, label: string, hint?: string) => {
    const error = id === "from" || id === "to" ? fieldError(id) : undefined;
    return (
      <div>
        <label htmlFor={id} className="block font-medium">{label}</label>
        {hint ? <p id={`${id}-hint`} className="text-sm text-slate-700">{hint}</p> : null}
        <FieldError id={`${id}-error`} message={error} />
        <input
          id={id}
          name={id}
          type="text"
          defaultValue={input[id]}
          list={id === "targetType" ? "target-types" : undefined}
          inputMode={id === "from" || id === "to" ? "numeric" : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined}
          className={inputClass(error)}
        />
      </div>
    );
  };
  return (
    <div className="space-y-6">
      <PageHeader title={a.title} lead={a.lead} />
      <form method="get" action="/admin/audit" noValidate className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 className="text-lg font-semibold">{a.filters}</h2>
        <ErrorSummary id="audit-errors" title={c.errorSummary} errors={summary} />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {text("actor", a.actor, a.actorHint)}
          {text("action", a.action, a.actionHint)}
          {text("targetType", a.targetType, a.targetTypeHint)}
          {text("targetId", a.targetId)}
          {text("from", a.from, a.dateHint)}
          {text("to", a.to, a.dateHint)}
        </div>
        <datalist id="target-types">{KNOWN_TARGETS.map((x) => <option key={x} value={x} />)}</datalist>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">{c.filter}</button>
          <Link href="/admin/audit" className="text-brand-700 underline">{c.clearFilters}</Link>
          {errors.length === 0 ? (
            <a href={`/admin/audit/export${auditFilterQuery(input)}`} className="text-brand-700 underline" download>{a.export}</a>
          ) : null}
          <span className="text-sm text-slate-700">{a.exportNote(formatNumber(exportCap))}</span>
        </div>
      </form>

      {items.length === 0 ? (
        <p>{a.empty}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="p-3 text-left font-semibold">{a.caption}</caption>
            <thead className="bg-slate-100">
              <tr>
                {[a.colId, a.colAt, a.colActor, a.colAction, a.colTarget, a.colIp, a.colDetail].map((h) => <th key={h} scope="col" className="px-3 py-2 font-semibold">{h}</th>)}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {items.map((r) => (
                <tr key={r.id}>
                  <td className="px-3 py-2 align-top tabular-nums">{r.id}</td>
                  <td className="px-3 py-2 align-top whitespace-nowrap">{formatDateTime(r.at)}</td>
                  <td className="px-3 py-2 align-top">
                    {r.actorId ? (
                      <>
                        <span className="font-medium">{r.actorName ?? r.actorId}</span>
                        {r.actorRole ? <span className="block text-slate-700">{t.roles[r.actorRole]}{r.actorEmail ? ` · ${r.actorEmail}` : ""}</span> : null}
                      </>
                    ) : a.system}
                  </td>
                  <td className="px-3 py-2 align-top"><code>{r.action}</code></td>
                  <td className="px-3 py-2 align-top break-all">{r.targetType}{r.targetId ? <span className="block text-slate-700">{r.targetId}</span> : null}</td>
                  <td className="px-3 py-2 align-top">{r.ip ?? c.none}</td>
                  <td className="px-3 py-2 align-top">
                    {r.before !== null || r.after !== null ? (
                      <details>
                        <summary className="cursor-pointer text-brand-700 underline">{a.details}<span className="sr-only"> #{r.id}</span></summary>
                        <div className="mt-2 grid gap-2 lg:grid-cols-2">
                          <div>
                            <p className="font-semibold">{a.before}</p>
                            <pre className="max-w-md overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-100 p-2 text-xs">{readableJson(r.before)}</pre>
                          </div>
                          <div>
                            <p className="font-semibold">{a.after}</p>
                            <pre className="max-w-md overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-100 p-2 text-xs">{readableJson(r.after)}</pre>
                          </div>
                        </div>
                      </details>
                    ) : c.none}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!isFirstPage || nextBefore ? (
        <nav aria-label={a.caption} className="flex flex-wrap gap-4">
          {!isFirstPage ? <Link href={`/admin/audit${auditFilterQuery(input)}`} className="text-brand-700 underline">{a.first}</Link> : null}
          {nextBefore ? <Link href={`/admin/audit${auditFilterQuery(input, { before: nextBefore })}`} className="text-brand-700 underline">{a.older}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
