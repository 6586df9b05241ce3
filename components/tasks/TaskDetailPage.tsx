import Link from "next/link";
import type { DossierFormAction } from "@/components/dossiers/form-state";
import { Badge } from "@/components/ui/Badge";
import { formatDate, formatDateTime, formatNumber } from "@/lib/domain/format";
import { REPORT_STATUSES } from "@/lib/domain/task-progress";
import { vnDateKey } from "@/lib/domain/working-days";
import type { Locale, Messages } from "@/lib/i18n";
import type { TaskDetail } from "@/lib/server/plan/get-task-detail";
import { CommentForm } from "./CommentForm";
import { LazyProgressChart } from "./LazyProgressChart";
import { ProgressUpdateForm } from "./ProgressUpdateForm";
import { STATUS_TONE } from "./status-tone";


const DAY = 86_400_000;

function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(bytes / (1024 * 1024), 1)} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/**
 * A task of the plan: facts and health, milestones, the progress curve (with the same numbers
 * as a table), the report history with evidence, comments; the progress form for the lead
 * agency's officers and the comment form for leaders.
 */
export function TaskDetailPage({
  t, locale, task, now, backHref, justCommented, commentAction, forecastSlot,
}: {
  t: Messages;
  locale: Locale;
  task: TaskDetail;
  now: Date;
  backHref: string;
  justCommented: boolean;
  commentAction: DossierFormAction;
  /** Mounted later by the forecasting work (projected completion date); nothing is shown without it. */
  forecastSlot?: React.ReactNode;
}) {
  const p = t.taskProgress;
  const todayKey = vnDateKey(now);
  const dueKey = task.dueDate.toISOString().slice(0, 10);
  const overdue = task.status !== "DONE" && dueKey < todayKey;
  const daysLeft = Math.round((Date.parse(dueKey) - Date.parse(todayKey)) / DAY);
  const milestoneTitle = new Map(task.milestones.map((m) => [m.id, m.title]));
  const history = [...task.updates].reverse();
  const latest = task.updates[0];

  return (
    <div className="space-y-8">
      <p><Link href={backHref} className="text-brand-700 underline">{p.back}</Link></p>
      <div>
        <p className="font-mono text-sm text-slate-700">{task.code}</p>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{task.title}</h1>
      </div>

      <section aria-labelledby="task-facts" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="task-facts" className="text-xl font-semibold">{p.facts}</h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2">
          <div><dt className="text-sm text-slate-700">{p.pillar}</dt><dd className="font-medium">{locale === "en" ? task.pillar.nameEn : task.pillar.name}</dd></div>
          <div><dt className="text-sm text-slate-700">{p.leadAgency}</dt><dd className="font-medium">{task.leadAgency.name}</dd></div>
          <div><dt className="text-sm text-slate-700">{p.startDate}</dt><dd className="font-medium">{formatDate(task.startDate)}</dd></div>
          <div>
            <dt className="text-sm text-slate-700">{p.dueDate}</dt>
            <dd className="font-medium">
              {formatDate(task.dueDate)}{" "}
              {overdue ? <Badge tone="danger">{p.overdue}</Badge> : task.status !== "DONE" ? <span className="text-sm font-normal text-slate-700">({p.daysLeft(daysLeft)})</span> : null}
            </dd>
          </div>
          <div><dt className="text-sm text-slate-700">{p.weight}</dt><dd className="font-medium">{task.weight}</dd></div>
          <div>
            <dt className="text-sm text-slate-700">{p.progress}</dt>
            <dd className="font-medium">
              <span>{task.progress}%</span>
              <span className="mt-1 block h-2 w-full max-w-xs rounded bg-slate-200" aria-hidden="true">
                <span className="block h-2 rounded bg-brand-600" style={{ width: `${Math.min(100, Math.max(0, task.progress))}%` }} />
              </span>
            </dd>
          </div>
          <div><dt className="text-sm text-slate-700">{p.health}</dt><dd><Badge tone={STATUS_TONE[task.status]}>{t.taskStatus[task.status]}</Badge></dd></div>
          {task.completedAt ? <div><dt className="text-sm text-slate-700">{p.completedAt}</dt><dd className="font-medium">{formatDate(task.completedAt)}</dd></div> : null}
        </dl>
        <h3 className="mt-4 font-semibold">{p.description}</h3>
        <p className="mt-1 max-w-3xl">{task.description}</p>
      </section>

      {/* Forecast panel slot: the forecasting work mounts its panel here (see forecastSlot). */}
      {forecastSlot ? <div data-slot="task-forecast">{forecastSlot}</div> : null}

      <section aria-labelledby="task-milestones">
        <h2 id="task-milestones" className="mb-3 text-xl font-semibold">{p.milestonesTitle}</h2>
        {task.milestones.length === 0 ? (
          <p>{p.milestonesNone}</p>
        ) : (
          <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {task.milestones.map((m) => {
              const late = !m.completedAt && m.dueDate.toISOString().slice(0, 10) < todayKey;
              return (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                  <span><span className="font-semibold">{m.order}.</span> {m.title}</span>
                  <span className="flex flex-wrap items-center gap-2 text-sm">
                    <span>{p.milestoneDue}: {formatDate(m.dueDate)}</span>
                    {m.completedAt ? (
                      <Badge tone="success">{p.milestoneDone(formatDate(m.completedAt))}</Badge>
                    ) : (
                      <Badge tone={late ? "danger" : "neutral"}>{late ? `${p.milestonePending} — ${p.milestoneLate}` : p.milestonePending}</Badge>
                    )}
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section aria-labelledby="task-chart" className="space-y-3">
        <h2 id="task-chart" className="text-xl font-semibold">{p.chartTitle}</h2>
        {history.length === 0 ? (
          <p>{p.noHistory}</p>
        ) : (
          <>
            <figure aria-labelledby="task-chart-caption" className="rounded-lg border border-slate-200 bg-white p-3">
              <figcaption id="task-chart-caption" className="mb-2 text-sm text-slate-700">{p.chartNote}</figcaption>
              <LazyProgressChart series={p.chartSeries} data={history.map((u) => ({ label: formatDate(u.reportedAt), progress: u.progress }))} />
            </figure>
            <details className="rounded-lg border border-slate-200 bg-white">
              <summary className="cursor-pointer p-3 font-medium text-brand-700">{p.tableShow}</summary>
              <div className="overflow-x-auto" role="region" aria-label={p.tableCaption} tabIndex={0}>
                <table className="w-full min-w-[20rem] text-left text-sm">
                  <caption className="p-3 text-left font-semibold">{p.tableCaption}</caption>
                  <thead className="bg-slate-100">
                    <tr>
                      <th scope="col" className="px-3 py-2">{p.reportedOn}</th>
                      <th scope="col" className="px-3 py-2 text-right">{p.chartSeries}</th>
                      <th scope="col" className="px-3 py-2">{p.status}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-200">
                    {history.map((u) => (
                      <tr key={u.id}>
                        <td className="px-3 py-2">{formatDate(u.reportedAt)}</td>
                        <td className="px-3 py-2 text-right">{u.progress}%</td>
                        <td className="px-3 py-2">{t.taskStatus[u.status]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </>
        )}
      </section>

      {task.canReport ? (
        <ProgressUpdateForm
          task={{
            code: task.code,
            version: task.version,
            progress: task.progress,
            status: task.status,
            startKey: task.startDate.toISOString().slice(0, 10),
            previousReportKey: latest ? vnDateKey(latest.reportedAt) : null,
            todayKey,
            openMilestones: task.milestones.filter((m) => !m.completedAt).map((m) => ({ id: m.id, title: `${m.order}. ${m.title}` })),
          }}
          texts={{
            title: p.formTitle,
            lead: p.formLead,
            progressLabel: p.progressLabel,
            progressHint: p.progressHint(task.progress),
            statusLabel: p.statusLabel,
            statusChoose: "—",
            statuses: Object.fromEntries(REPORT_STATUSES.map((s) => [s, t.taskStatus[s]])) as Record<(typeof REPORT_STATUSES)[number], string>,
            noteLabel: p.noteLabel,
            noteHint: p.noteHint,
            reasonLabel: p.reasonLabel,
            reasonHint: p.reasonHint,
            milestoneLabel: p.milestoneLabel,
            milestoneNone: p.milestoneNone,
            reportedOnLabel: p.reportedOnLabel,
            reportedOnHint: p.reportedOnHint,
            evidenceLabel: p.evidenceLabel,
            evidenceHint: p.evidenceHint,
            submit: p.submit,
            submitting: p.submitting,
            errorSummary: p.errorSummary,
            sent: p.sent,
            networkError: p.networkError,
            conflict: p.conflict,
            errors: p.errors,
          }}
        />
      ) : task.readOnlyForOfficer ? (
        <p className="rounded border-l-4 border-brand-600 bg-brand-50 p-3 text-sm">{p.readOnlyNote}</p>
      ) : null}

      <section aria-labelledby="task-updates">
        <h2 id="task-updates" className="mb-3 text-xl font-semibold">{p.updatesTitle}</h2>
        {task.updates.length === 0 ? (
          <p>{p.noHistory}</p>
        ) : (
          <ol className="space-y-3">
            {task.updates.map((u) => (
              <li key={u.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <h3 className="font-semibold">
                  {formatDate(u.reportedAt)} — {u.author?.fullName ?? p.unknownAuthor}
                </h3>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                  <span>{p.colProgress}: <span className="font-semibold">{u.progress}%</span></span>
                  <Badge tone={STATUS_TONE[u.status]}>{t.taskStatus[u.status]}</Badge>
                </p>
                <p className="mt-2 whitespace-pre-line break-words">{u.note}</p>
                {u.reason ? <p className="mt-2 break-words"><span className="font-medium">{p.reason}:</span> {u.reason}</p> : null}
                {u.milestoneId && milestoneTitle.has(u.milestoneId) ? <p className="mt-2 text-sm font-medium text-green-900">{p.milestoneCompleted(milestoneTitle.get(u.milestoneId)!)}</p> : null}
                {u.evidence.length > 0 ? (
                  <div className="mt-2">
                    <h4 className="text-sm font-medium">{p.evidence}</h4>
                    <ul className="mt-1 list-disc pl-5 text-sm">
                      {u.evidence.map((f) => (
                        <li key={f.id}>
                          <a href={`/api/attachments/${encodeURIComponent(f.id)}`} className="text-brand-700 underline" aria-label={p.download(f.originalName)}>{f.originalName}</a>{" "}
                          <span className="text-slate-700">({fileSize(f.sizeBytes)})</span>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section id="comments" aria-labelledby="task-comments">
        <h2 id="task-comments" className="mb-3 text-xl font-semibold">{p.commentsTitle}</h2>
        {justCommented ? <p role="status" className="mb-3 font-medium text-green-800">{p.commentSent}</p> : null}
        {task.comments.length === 0 ? (
          <p>{p.commentsNone}</p>
        ) : (
          <ol className="space-y-3">
            {task.comments.map((c) => (
              <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="text-sm text-slate-700">
                  <span className="font-semibold text-slate-900">{c.author.fullName}</span> ({t.roles[c.author.role]}) — {formatDateTime(c.createdAt)}
                </p>
                <p className="mt-1 whitespace-pre-line break-words">{c.body}</p>
              </li>
            ))}
          </ol>
        )}
        {task.canComment ? (
          <CommentForm
            action={commentAction}
            code={task.code}
            texts={{ label: p.commentLabel, hint: p.commentHint, submit: p.commentSubmit, errorSummary: p.commentErrorSummary, errors: p.errors }}
          />
        ) : null}
      </section>
    </div>
  );
}
