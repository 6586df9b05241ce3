import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDate, formatNumber } from "@/lib/domain/format";
import { inboxHref, INBOX_CHANNELS, INBOX_DUE_FILTERS, INBOX_MAX_PAGE, INBOX_SORTS, INBOX_STATUSES, INBOX_TABS, TAB_STATUSES, type InboxQuery } from "@/lib/domain/inbox-filters";
import type { Messages } from "@/lib/i18n";
import type { InboxRow, OfficerInbox } from "@/lib/server/dossiers/list-officer-inbox";
import { deadlineWords, STATUS_TONE } from "@/components/dossiers/deadline-words";

const selectClass = "mt-1 block w-full max-w-full rounded border border-slate-500 bg-white px-3 py-2";

function Deadline({ t, row }: { t: Messages; row: InboxRow }) {
  const words = deadlineWords(t.inbox.deadline, row.deadline);
  return (
    <span className={words.late ? "font-semibold text-red-800" : undefined}>
      {words.date ? <span className="block">{words.date}</span> : null}
      <span className="block text-sm">{words.note}</span>
    </span>
  );
}

function Dates({ t, row }: { t: Messages; row: InboxRow }) {
  return (
    <>
      {row.submittedAt ? <span className="block">{t.inbox.table.submittedOn(formatDate(row.submittedAt))}</span> : null}
      {row.receivedAt ? <span className="block">{t.inbox.table.receivedOn(formatDate(row.receivedAt))}</span> : null}
    </>
  );
}

function CodeLink({ t, row }: { t: Messages; row: InboxRow }) {
  return (
    <Link href={`/officer/dossiers/${row.id}`} className="font-mono font-semibold text-brand-700 underline">
      {row.code ?? t.inbox.table.noCode}
    </Link>
  );
}

/** The officer's inbox: tabs with counts, filters (a plain GET form: every state is a shareable URL), the list and its pages. */
export function InboxPage({ t, inbox }: { t: Messages; inbox: OfficerInbox }) {
  const i = t.inbox;
  const { query, counts, rows } = inbox;
  const f = i.filters;
  const tabLabel = i.tabs[query.tab];
  const filtered = query.status || query.procedure || query.channel || query.due || query.q || query.sort !== "due";

  return (
    <div className="space-y-6">
      <PageHeader title={i.title} lead={i.lead(inbox.agencyName)} />

      <nav aria-label={i.tabsLabel}>
        <ul className="flex flex-wrap gap-2">
          {INBOX_TABS.map((tab) => {
            const current = tab === query.tab;
            return (
              <li key={tab}>
                <Link
                  href={inboxHref({ ...query, status: null }, { tab })}
                  aria-current={current ? "page" : undefined}
                  className={`inline-block rounded border px-3 py-2 text-sm font-medium ${
                    current
                      ? "border-brand-700 bg-brand-700 text-white"
                      : tab === "overdue" && counts.overdue > 0
                        ? "border-red-700 bg-white text-red-800 hover:bg-red-50"
                        : "border-slate-400 bg-white text-slate-900 hover:bg-slate-100"
                  }`}
                >
                  {i.tabs[tab]} <span className="font-semibold">({formatNumber(counts[tab])})</span>
                  <span className="sr-only"> — {i.tabCount(counts[tab])}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <form method="get" action="/officer/dossiers" role="search" aria-labelledby="inbox-filter-title" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="inbox-filter-title" className="mb-3 text-lg font-semibold">{f.title}</h2>
        {query.tab !== "open" ? <input type="hidden" name="tab" value={query.tab} /> : null}
        <div className="grid gap-4 *:min-w-0 sm:grid-cols-2 lg:grid-cols-3">
          <div className="sm:col-span-2 lg:col-span-3">
            <label htmlFor="inbox-q" className="block font-medium">{f.search}</label>
            <p id="inbox-q-hint" className="text-sm text-slate-700">{f.searchHint}</p>
            <input id="inbox-q" name="q" type="search" defaultValue={query.q} maxLength={100} aria-describedby="inbox-q-hint" className={selectClass} />
          </div>
          <div>
            <label htmlFor="inbox-status" className="block font-medium">{f.status}</label>
            <select id="inbox-status" name="status" defaultValue={query.status ?? ""} className={selectClass}>
              <option value="">{f.any}</option>
              {INBOX_STATUSES.filter((s) => TAB_STATUSES[query.tab].includes(s)).map((s) => (
                <option key={s} value={s}>{t.dossierStatus[s]}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="inbox-procedure" className="block font-medium">{f.procedure}</label>
            <select id="inbox-procedure" name="procedure" defaultValue={query.procedure ?? ""} className={selectClass}>
              <option value="">{f.any}</option>
              {inbox.procedures.map((p) => (
                <option key={p.id} value={p.id}>{p.name}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="inbox-channel" className="block font-medium">{f.channel}</label>
            <select id="inbox-channel" name="channel" defaultValue={query.channel ?? ""} className={selectClass}>
              <option value="">{f.any}</option>
              {INBOX_CHANNELS.map((c) => (
                <option key={c} value={c}>{t.channel[c]}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="inbox-due" className="block font-medium">{f.due}</label>
            <select id="inbox-due" name="due" defaultValue={query.due ?? ""} className={selectClass}>
              <option value="">{f.any}</option>
              {INBOX_DUE_FILTERS.map((d) => (
                <option key={d} value={d}>{f.dueOptions[d]}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="inbox-sort" className="block font-medium">{f.sort}</label>
            <select id="inbox-sort" name="sort" defaultValue={query.sort} className={selectClass}>
              {INBOX_SORTS.map((s) => (
                <option key={s} value={s}>{f.sortOptions[s]}</option>
              ))}
            </select>
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">{f.apply}</button>
          {filtered ? <Link href={inboxHref({ ...query, status: null, procedure: null, channel: null, due: null, q: "", sort: "due" }, { page: 1 })} className="text-brand-700 underline">{f.clear}</Link> : null}
        </div>
      </form>

      <section aria-labelledby="inbox-list-title">
        <h2 id="inbox-list-title" className="mb-3 text-lg font-semibold">{i.table.caption(tabLabel, query.page)}</h2>
        {rows.length === 0 ? (
          <p className="rounded-lg bg-white p-4 shadow-sm">{i.table.empty}</p>
        ) : (
          <>
            {/* Phones: one card per dossier. */}
            <ul className="space-y-3 sm:hidden">
              {rows.map((row) => (
                <li key={row.id} className="rounded-lg border border-slate-200 bg-white p-3">
                  <p className="flex flex-wrap items-center justify-between gap-2">
                    <CodeLink t={t} row={row} />
                    <Badge tone={STATUS_TONE[row.status]}>{t.dossierStatus[row.status]}</Badge>
                  </p>
                  <p className="mt-1 break-words">{row.procedureName}</p>
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                    <dt className="text-slate-700">{i.table.applicant}</dt>
                    <dd className="break-words">{row.applicantName}</dd>
                    <dt className="text-slate-700">{i.table.channel}</dt>
                    <dd>{t.channel[row.channel]}</dd>
                    <dt className="text-slate-700">{i.table.dates}</dt>
                    <dd><Dates t={t} row={row} /></dd>
                    <dt className="text-slate-700">{i.table.due}</dt>
                    <dd><Deadline t={t} row={row} /></dd>
                  </dl>
                </li>
              ))}
            </ul>
            {/* Wider screens: a table. */}
            <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white sm:block">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{i.table.caption(tabLabel, query.page)}</caption>
                <thead className="bg-slate-100">
                  <tr>
                    {[i.table.code, i.table.procedure, i.table.applicant, i.table.channel, i.table.dates, i.table.due, i.table.status].map((h) => (
                      <th key={h} scope="col" className="px-3 py-2 font-semibold">{h}</th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {rows.map((row) => (
                    <tr key={row.id}>
                      <td className="px-3 py-2 align-top"><CodeLink t={t} row={row} /></td>
                      <td className="px-3 py-2 align-top">{row.procedureName}</td>
                      <td className="px-3 py-2 align-top">{row.applicantName}</td>
                      <td className="px-3 py-2 align-top">{t.channel[row.channel]}</td>
                      <td className="px-3 py-2 align-top"><Dates t={t} row={row} /></td>
                      <td className="px-3 py-2 align-top"><Deadline t={t} row={row} /></td>
                      <td className="px-3 py-2 align-top"><Badge tone={STATUS_TONE[row.status]}>{t.dossierStatus[row.status]}</Badge></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
        <Pagination t={t} query={query} hasNext={inbox.hasNextPage && query.page < INBOX_MAX_PAGE} />
      </section>
    </div>
  );
}

function Pagination({ t, query, hasNext }: { t: Messages; query: InboxQuery; hasNext: boolean }) {
  const p = t.inbox.pagination;
  if (query.page === 1 && !hasNext) return null;
  return (
    <nav aria-label={p.label} className="mt-4 flex flex-wrap items-center justify-between gap-3">
      {query.page > 1 ? (
        <Link href={inboxHref(query, { page: query.page - 1 })} rel="prev" className="rounded border border-slate-500 bg-white px-4 py-2 text-brand-700 underline">{p.previous}</Link>
      ) : <span />}
      <span aria-current="page">{p.current(query.page)}</span>
      {hasNext ? (
        <Link href={inboxHref(query, { page: query.page + 1 })} rel="next" className="rounded border border-slate-500 bg-white px-4 py-2 text-brand-700 underline">{p.next}</Link>
      ) : <span />}
    </nav>
  );
}
