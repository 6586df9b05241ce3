import type { Locale, Messages } from "@/lib/i18n";
import type { CatalogueFilterOptions } from "@/lib/server/procedures/list-catalogue-filters";
import { PROCEDURE_LEVELS, type TProcedureListQuery } from "@/lib/validation/procedures";

const field = "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2 text-base";

/** The catalogue's search and filter form: a plain GET form, so it works without JavaScript. */
export function CatalogueFilters({ t, locale, filters, query }: { t: Messages; locale: Locale; filters: CatalogueFilterOptions; query: TProcedureListQuery }) {
  const c = t.catalogue;
  const provincial = filters.agencies.filter((a) => a.kind !== "COMMUNE");
  const communes = filters.agencies.filter((a) => a.kind === "COMMUNE");
  const active = Boolean(query.q || query.sector || query.agency || query.level);
  return (
    <form action="/procedures" method="get" role="search" aria-label={c.formLabel} className="rounded-lg border border-slate-200 bg-white p-4">
      <label htmlFor="catalogue-q" className="block font-medium">{c.searchLabel}</label>
      <p id="catalogue-q-hint" className="text-sm text-slate-600">{c.searchHint}</p>
      <input
        id="catalogue-q"
        name="q"
        type="search"
        defaultValue={query.q}
        placeholder={c.searchPlaceholder}
        aria-describedby="catalogue-q-hint"
        maxLength={200}
        className={field}
      />
      <div className="mt-3 grid gap-3 md:grid-cols-3">
        <div>
          <label htmlFor="catalogue-sector" className="block font-medium">{c.sector}</label>
          <select id="catalogue-sector" name="sector" defaultValue={query.sector ?? ""} className={field}>
            <option value="">{c.allSectors}</option>
            {filters.sectors.map((s) => (
              <option key={s.code} value={s.code}>{locale === "en" ? s.nameEn : s.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="catalogue-agency" className="block font-medium">{c.agency}</label>
          <select id="catalogue-agency" name="agency" defaultValue={query.agency ?? ""} className={field}>
            <option value="">{c.allAgencies}</option>
            {provincial.length > 0 ? (
              <optgroup label={c.agencyGroups.DEPARTMENT}>
                {provincial.map((a) => <option key={a.code} value={a.code}>{a.shortName}</option>)}
              </optgroup>
            ) : null}
            {communes.length > 0 ? (
              <optgroup label={c.agencyGroups.COMMUNE}>
                {communes.map((a) => <option key={a.code} value={a.code}>{a.shortName}</option>)}
              </optgroup>
            ) : null}
          </select>
        </div>
        <div>
          <label htmlFor="catalogue-level" className="block font-medium">{c.level}</label>
          <select id="catalogue-level" name="level" defaultValue={query.level ?? ""} className={field}>
            <option value="">{c.allLevels}</option>
            {PROCEDURE_LEVELS.map((l) => <option key={l} value={l}>{c.levels[l]}</option>)}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">{c.submit}</button>
        {active ? <a href="/procedures" className="text-brand-700 underline">{c.clear}</a> : null}
      </div>
    </form>
  );
}
