import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDate } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { MyFeedbackItem } from "@/lib/server/feedback/list-my-feedback";
import { FeedbackStatusBadge } from "./FeedbackStatusBadge";

export function MyFeedbackListPage({ t, items, now }: { t: Messages; items: MyFeedbackItem[]; now: Date }) {
  const f = t.feedback;
  return (
    <div>
      <PageHeader title={f.title} lead={f.lead} />
      <p className="mb-6">
        <Link href="/my/feedback/new" className="inline-block rounded bg-brand-600 px-5 py-2 font-semibold text-white no-underline hover:bg-brand-700">{f.newLink}</Link>
      </p>
      <section aria-labelledby="feedback-list-title">
        <h2 id="feedback-list-title" className="mb-3 text-xl font-semibold">{f.listTitle}</h2>
        {items.length === 0 ? (
          <p>{f.empty}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {items.map((item) => (
              <li key={item.code} className="p-4">
                <Link href={`/my/feedback/${encodeURIComponent(item.code)}`} className="font-medium text-brand-700 underline">{item.subject}</Link>
                <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2 lg:grid-cols-3">
                  <div><dt className="inline font-medium">{f.code}: </dt><dd className="inline font-mono">{item.code}</dd></div>
                  <div><dt className="inline font-medium">{f.agency}: </dt><dd className="inline">{item.agency.name}</dd></div>
                  <div><dt className="inline font-medium">{f.sentOn}: </dt><dd className="inline">{formatDate(item.createdAt)}</dd></div>
                  <div><dt className="inline font-medium">{f.dueOn}: </dt><dd className="inline">{formatDate(item.dueAt)}</dd></div>
                  {item.answeredAt ? <div><dt className="inline font-medium">{f.answeredOn}: </dt><dd className="inline">{formatDate(item.answeredAt)}</dd></div> : null}
                  <div>
                    <dt className="sr-only">{f.status}</dt>
                    <dd><FeedbackStatusBadge t={t} status={item.status} dueAt={item.dueAt} now={now} /></dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
