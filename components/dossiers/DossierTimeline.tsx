import { describeTimelineEntry, type TimelineEntry } from "@/lib/domain/timeline";
import { formatDateTime } from "@/lib/domain/format";
import type { DossierChannel } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n";

/** The dossier's history, oldest first, as sentences a citizen can read. */
export function DossierTimeline({ t, timeline, channel }: { t: Messages; timeline: TimelineEntry[]; channel: DossierChannel }) {
  const d = t.dossier;
  return (
    <section aria-labelledby="timeline-title" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="timeline-title" className="mb-4 text-lg font-semibold">{d.timelineTitle}</h2>
      {timeline.length === 0 ? (
        <p>{d.timelineEmpty}</p>
      ) : (
        <ol className="ml-2 space-y-6 border-l-2 border-brand-100">
          {timeline.map((entry, i) => {
            const line = describeTimelineEntry(entry, d.timeline, { channel, statusLabels: t.dossierStatus });
            return (
              <li key={`${entry.at.toISOString()}-${i}`} className="relative pl-5">
                <span aria-hidden="true" className="absolute -left-[9px] top-1.5 h-4 w-4 rounded-full border-2 border-white bg-brand-600" />
                <p className="text-sm text-slate-700">
                  <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
                  <span aria-hidden="true"> · </span>
                  <span className="sr-only">, </span>
                  {d.timelineBy(line.actor)}
                </p>
                <h3 className="font-semibold">{line.title}</h3>
                {line.details.map((text) => (
                  <p key={text} className="mt-1 whitespace-pre-line break-words">{text}</p>
                ))}
                {line.list ? (
                  <>
                    <p className="mt-1">{line.list.label}</p>
                    <ul className="list-disc pl-5">{line.list.items.map((item) => <li key={item}>{item}</li>)}</ul>
                  </>
                ) : null}
                {line.afterList.map((text) => (
                  <p key={text} className="mt-1">{text}</p>
                ))}
                {line.holder ? <p className="mt-1 text-sm font-medium text-brand-800">{line.holder}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
