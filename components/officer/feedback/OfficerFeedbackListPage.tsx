import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import { StatCard } from "@/components/ui/StatCard";
import { isFeedbackOverdue } from "@/lib/domain/feedback";
import { formatDate, formatNumber } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { AgencyFeedbackList } from "@/lib/server/feedback/list-agency-feedback";

/** The agency's feedback: counts, a tab per state, a table sorted by deadline, overdue said in words. */
export function OfficerFeedbackListPage({ t, agencyName, list, now }: { t: Messages; agencyName: string; list: AgencyFeedbackList; now: Date }) {
  const f = t.officerFeedback;
  const open = list.tab === "open";
  const tabs = [
    { href: "/officer/feedback", label: f.tabOpen(formatNumber(list.counts.open)), current: open },
    { href: "/officer/feedback?tab=answered", label: f.tabAnswered(formatNumber(list.counts.answered)), current: !open },
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={f.title} lead={f.lead(agencyName)} />
      <dl className="grid gap-3 sm:grid-cols-3">
        <StatCard label={f.countOpen} value={formatNumber(list.counts.open)} />
        <StatCard label={f.countOverdue} value={formatNumber(list.counts.overdue)} />
        <StatCard label={f.countAnswered} value={formatNumber(list.counts.answered)} />
      </dl>
      <nav aria-label={f.tabsLabel}>
        <ul className="flex flex-wrap gap-2">
          {tabs.map((tab) => (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={tab.current ? "page" : undefined}
                className={`inline-block rounded border-2 px-4 py-2 font-medium ${tab.current ? "border-brand-700 bg-brand-700 text-white" : "border-brand-600 bg-white text-brand-700 hover:bg-brand-50"}`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.items.length === 0 ? (
        <p>{open ? f.noneOpen : f.noneAnswered}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-labelledby="feedback-table-caption" tabIndex={0}>
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption id="feedback-table-caption" className="p-3 text-left font-semibold">{open ? f.openCaption : f.answeredCaption}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">{f.colCode}</th>
                <th scope="col" className="px-3 py-2">{f.colSubject}</th>
                <th scope="col" className="px-3 py-2">{f.colSent}</th>
                <th scope="col" className="px-3 py-2">{f.colDue}</th>
                {open ? null : <th scope="col" className="px-3 py-2">{f.colAnswered}</th>}
                {open ? null : <th scope="col" className="px-3 py-2">{f.colSatisfied}</th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {list.items.map((item) => (
                <tr key={item.code}>
                  <td className="px-3 py-2 font-mono">{item.code}</td>
                  <td className="px-3 py-2">
                    <Link href={`/officer/feedback/${encodeURIComponent(item.code)}`} className="text-brand-700 underline">{item.subject}</Link>
                  </td>
                  <td className="px-3 py-2">{formatDate(item.createdAt)}</td>
                  <td className="px-3 py-2">
                    {formatDate(item.dueAt)}
                    {isFeedbackOverdue(item, now) ? <span className="block text-xs font-semibold text-red-800">{f.overdueBy}</span> : null}
                  </td>
                  {open ? null : <td className="px-3 py-2">{item.answeredAt ? formatDate(item.answeredAt) : "—"}</td>}
                  {open ? null : <td className="px-3 py-2">{item.citizenSatisfied === null ? f.notRated : item.citizenSatisfied ? f.satisfied : f.dissatisfied}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
