import type { AdminFormAction } from "@/components/admin/people/form-kit";
import { Badge } from "@/components/ui/Badge";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDateKey } from "@/lib/domain/vn-date-input";
import type { Messages } from "@/lib/i18n";
import type { HolidayYear } from "@/lib/server/admin/holidays/holidays";
import { CALENDAR_DAY_KINDS } from "@/lib/validation/admin-people";
import { AddHolidayForm } from "./AddHolidayForm";

export function HolidaysPage({ t, calendar, notice, addAction, removeAction }: {
  t: Messages;
  calendar: HolidayYear;
  notice: { added?: string; removed?: string };
  addAction: AdminFormAction<undefined>;
  removeAction: (formData: FormData) => Promise<void>;
}) {
  const h = t.adminPanel.holidays;
  const c = t.adminPanel.common;
  const valid = (k?: string) => (k && /^\d{4}-\d{2}-\d{2}$/.test(k) ? formatDateKey(k) : null);
  const added = valid(notice.added);
  const removed = valid(notice.removed);
  return (
    <div className="space-y-6">
      <PageHeader title={h.title} lead={h.lead} />
      <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">{h.note}</p>
      {added ? <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3 font-medium text-green-900">{h.added(added)}</p> : null}
      {removed ? <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3 font-medium text-green-900">{h.removed(removed)}</p> : null}
      <form method="get" action="/admin/holidays" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="year" className="block font-medium">{h.year}</label>
          <select id="year" name="year" defaultValue={String(calendar.year)} className="mt-1 rounded border border-slate-500 bg-white px-3 py-2">
            {calendar.years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">{h.show}</button>
      </form>
      {calendar.days.length === 0 ? (
        <p>{h.empty}</p>
      ) : (
        <DataTable
          caption={h.caption(calendar.year)}
          headers={[h.colDate, h.colWeekday, h.colName, h.colKind, h.colActions]}
          rows={calendar.days.map((d) => [
            formatDateKey(d.key),
            h.weekdays[d.date.getUTCDay()],
            d.name,
            <Badge key="k" tone={d.kind === "HOLIDAY" ? "warning" : "info"}>{h.kinds[d.kind]}</Badge>,
            <form key="r" action={removeAction}>
              <input type="hidden" name="id" value={d.id} />
              <button type="submit" aria-label={h.removeLabel(formatDateKey(d.key))} className="text-red-800 underline">{h.remove}</button>
            </form>,
          ])}
        />
      )}
      <section aria-labelledby="add-holiday" className="max-w-2xl space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="add-holiday" className="text-lg font-semibold">{h.addTitle}</h2>
        <AddHolidayForm
          action={addAction}
          kinds={CALENDAR_DAY_KINDS.map((k) => ({ value: k, label: h.kinds[k] }))}
          texts={{ errorSummary: c.errorSummary, date: h.date, dateHint: h.dateHint, name: h.name, nameHint: h.nameHint, kind: h.kind, kindHint: h.kindHint, add: h.add, adding: h.adding, errors: c.errors }}
        />
      </section>
    </div>
  );
}
