import "server-only";
import type { CsvCell } from "@/lib/domain/csv";
import { roundPoints } from "@/lib/domain/service-index-766";
import type { Messages } from "@/lib/i18n";
import type { AgencyQuality } from "./get-agency-quality";
import type { QualityDashboard } from "./get-quality-dashboard";

type Csv = { filename: string; headers: string[]; rows: CsvCell[][] };

const pts = (v: number | null) => (v === null ? null : roundPoints(v));
const ratio = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 10_000);

/** CSV shapes of the quality dashboards (numbers with a dot, points to 2 decimals). */
export const qualityCsv = {
  /** The province first, then every agency in ranking order. */
  ranking(t: Messages, d: QualityDashboard): Csv {
    const q = t.quality;
    const h = q.csvHeaders;
    const groups = d.province.score.groups.map((g) => g.group);
    return {
      filename: q.csvFile(d.month),
      headers: [h.rank, h.previousRank, h.code, h.agency, h.month, h.total, ...groups.map((g) => q.groups[g]), h.received],
      rows: [
        [null, null, null, q.province, d.month, pts(d.province.score.total), ...d.province.score.groups.map((g) => pts(g.points)), d.province.counts.received],
        ...d.ranking.map((r) => [
          r.rank, r.previousRank, r.agency.code, r.agency.shortName, d.month, pts(r.score.total),
          ...r.score.groups.map((g) => (r.score.total === null ? null : pts(g.points))), r.counts.received,
        ]),
      ],
    };
  },

  /** The agency's indicators, then its gap-to-points actions, best first. */
  agency(t: Messages, d: AgencyQuality): Csv {
    const q = t.quality;
    const h = q.csvHeaders;
    return {
      filename: q.csvAgencyFile(d.agency.code, d.month),
      headers: [h.code, h.month, h.group, h.indicator, h.numerator, h.denominator, h.ratio, h.target, h.points, h.max, h.action, h.amount, h.gain],
      rows: [
        [d.agency.code, d.month, h.total, null, null, null, null, null, pts(d.score.total), 100, null, null, null],
        ...d.score.indicators.map((i) => [
          d.agency.code, d.month, q.groups[i.group], q.indicators[i.id], i.id === "satisfactionIndex" ? null : i.numerator, i.id === "satisfactionIndex" ? null : i.denominator,
          ratio(i.ratio), i.target, pts(i.points), i.max, null, null, null,
        ]),
        ...d.actions.map((a) => [
          d.agency.code, d.month, q.groups[a.group], q.indicators[a.indicator], null, null, null, null, null, null,
          q.gapActions[a.kind](String(a.amount)), a.amount, pts(a.gain),
        ]),
      ],
    };
  },
};
