import { Badge } from "@/components/ui/Badge";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDateTime } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { MyNotifications } from "@/lib/server/notifications/list-my-notifications";

type FormAction = (formData: FormData) => Promise<void>;

/** Server-rendered list; "mark as read" are plain forms posting to server actions (no script needed). */
export function NotificationsPage({ t, data, markOne, markAll }: { t: Messages; data: MyNotifications; markOne: FormAction; markAll: FormAction }) {
  const n = t.notifications;
  return (
    <div>
      <PageHeader title={n.title} lead={n.lead} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p aria-live="polite">{n.unreadCount(data.unread)}</p>
        {data.unread > 0 ? (
          <form action={markAll}>
            <button type="submit" className="rounded border border-brand-600 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50">{n.markAllRead}</button>
          </form>
        ) : null}
      </div>
      {data.items.length === 0 ? (
        <p>{n.empty}</p>
      ) : (
        <section aria-labelledby="notifications-title">
          <h2 id="notifications-title" className="sr-only">{n.listTitle}</h2>
          <ul className="space-y-3">
            {data.items.map((item) => (
              <li key={item.id} className={`rounded-lg border bg-white p-4 ${item.readAt ? "border-slate-200" : "border-l-4 border-brand-600"}`}>
                <article aria-labelledby={`notification-${item.id}`}>
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h3 id={`notification-${item.id}`} lang="vi" className="font-semibold">{item.subject}</h3>
                    {item.readAt ? null : <Badge tone="info">{n.unread}</Badge>}
                  </div>
                  <p className="mt-1 text-sm text-slate-700">
                    <span className="sr-only">{n.receivedAt}: </span>
                    <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt)}</time>
                    {item.dossier?.code ? <> · {n.dossier(item.dossier.code)}</> : null}
                  </p>
                  <p lang="vi" className="mt-2 whitespace-pre-line break-words text-slate-900">{item.body}</p>
                  {item.readAt ? null : (
                    <form action={markOne} className="mt-3">
                      <input type="hidden" name="id" value={item.id} />
                      <button type="submit" aria-label={n.markReadFor(item.subject)} className="rounded border border-slate-400 bg-white px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50">
                        {n.markRead}
                      </button>
                    </form>
                  )}
                </article>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
