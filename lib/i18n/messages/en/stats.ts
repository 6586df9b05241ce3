// English texts of the "stats" feature: the same keys as ../vi/stats.ts.
import { formatNumber } from "@/lib/domain/format";
import type { statsVi } from "../vi/stats";

const mm = (month: number) => String(month).padStart(2, "0");

export const statsEn: typeof statsVi = {
  title: "Administrative procedure statistics",
  lead: "Dossiers received, how they were settled, the online share and citizens' satisfaction, per agency and for the whole province.",
  formLabel: "Choose the period and the agency",
  period: "Period",
  periods: {
    month: (month: number, year: number) => `This month (${mm(month)}/${year})`,
    year: (year: number) => `This year (${year})`,
  },
  agency: "Agency",
  province: "Whole province",
  agencyGroups: { DEPARTMENT: "Departments", COMMUNE: "Communes and wards" },
  show: "Show statistics",
  scopeTitle: (scope: string, period: string) => `${scope} — ${period}`,
  periodLabel: {
    month: (month: number, year: number) => `${mm(month)}/${year}`,
    year: (year: number) => `year ${year}`,
  },
  received: "Dossiers received",
  finishedEarly: "Settled early",
  finishedOnTime: "Settled on time",
  finishedLate: "Settled late",
  onTimeShare: "On-time share",
  onlineShare: "Online share",
  onlinePaymentShare: "Online payment share",
  satisfaction: "Satisfaction",
  ofFinished: (n: number) => `of ${formatNumber(n)} settled dossiers`,
  ofReceived: (n: number) => `${formatNumber(n)} dossiers through the provincial and national portals`,
  ofFeeBearing: (paid: number, fee: number) => `${formatNumber(paid)}/${formatNumber(fee)} dossiers with a fee`,
  ofRated: (n: number) => `of ${formatNumber(n)} ratings`,
  noData: "—",
  noDataLong: "no data yet",
  trendTitle: "The last 12 months",
  chartTitle: (scope: string) => `Dossiers received and on-time share per month — ${scope}`,
  chartNote: "Bars: dossiers received; line: share settled on time (early included). The table below has the same figures.",
  month: "Month",
  finished: "Settled",
  onTime: "On time (early included)",
  tableCaption: (scope: string) => `Figures per month — ${scope}`,
  rankingTitle: "Agency ranking",
  rankingCaption: (period: string) => `Agencies ranked by on-time share, ${period}`,
  rankingNote: "Ranked by on-time share, then satisfaction, then number of dossiers. Agencies that settled nothing in the period come last.",
  rank: "Rank",
  current: "(shown)",
  rankingEmpty: "No dossiers in this period yet.",
  source:
    "Source: the province's electronic one-stop system, monthly dossier summary (all channels: online, counter, national portal, post). A dossier counts in the month it was submitted; on-time shares are over the period's dossiers that have been settled.",
  updated: (at: string) => `Updated ${at}`,
};
