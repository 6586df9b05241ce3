import "server-only";
import { z } from "zod";
import type { CsvCell } from "@/lib/domain/csv";
import { formatDate } from "@/lib/domain/format";
import type { Messages } from "@/lib/i18n";
import type { DossierFlows, FlowCounts } from "./get-dossier-flows";
import type { LikelyLateList } from "./list-likely-late";

type Csv = { filename: string; headers: string[]; rows: CsvCell[][] };

export const FLOW_TABLES = ["monthly", "agencies", "backlog", "likely-late"] as const;
/** Unknown or missing → the monthly table. */
export const ZFlowsTable = z.enum(FLOW_TABLES).catch("monthly");

const countHeaders = (t: Messages) => [t.flows.received, t.flows.finished, t.flows.finishedEarly, t.flows.finishedOnTime, t.flows.finishedLate, t.flows.rejected, t.flows.withdrawn];
const countCells = (c: FlowCounts): CsvCell[] => [c.received, c.finished, c.finishedEarly, c.finishedOnTime, c.finishedLate, c.rejected, c.withdrawn];

/** CSV shapes of the flows dashboard, one per table of the page. */
export const flowsCsv = {
  monthly(t: Messages, d: DossierFlows): Csv {
    const f = t.flows;
    return {
      filename: f.csvFile("thang"),
      headers: [f.month, f.agency, f.channel, ...countHeaders(t)],
      rows: d.monthly.map((m) => [m.month, d.agency?.code ?? f.allAgencies, d.query.channel ?? f.allChannels, ...countCells(m)]),
    };
  },
  agencies(t: Messages, d: DossierFlows): Csv {
    const f = t.flows;
    return {
      filename: f.csvFile("co-quan"),
      headers: [f.agency, f.channel, f.monthFrom, f.monthTo, ...countHeaders(t)],
      rows: d.byAgency.map((a) => [a.agency.shortName, d.query.channel ?? f.allChannels, d.months[0], d.months[d.months.length - 1], ...countCells(a)]),
    };
  },
  backlog(t: Messages, d: DossierFlows): Csv {
    const f = t.flows;
    return {
      filename: f.csvFile("ton"),
      headers: [f.agency, f.submitted, f.inProgress, f.supplement, f.approved, f.open, f.overdue],
      rows: [...d.backlog.map((b) => ({ name: b.agency.shortName, ...b })), { name: f.total, ...d.backlogTotal }]
        .map((b) => [b.name, b.submitted, b.inProgress, b.supplement, b.approved, b.open, b.overdue]),
    };
  },
  likelyLate(t: Messages, l: LikelyLateList): Csv {
    const f = t.flows;
    return {
      filename: f.csvFile("nguy-co-tre-han"),
      headers: [f.code, f.agency, f.procedure, f.status, f.dueAt, f.daysLeft, f.stillNeeded, f.csvP75, f.csvMedian, f.csvSamples],
      rows: l.rows.map((r) => [r.code, r.agency.shortName, `${r.procedure.name} (${r.procedure.code})`, t.dossierStatus[r.status], formatDate(r.dueAt), r.daysLeft, r.stillNeeded, r.typical.p75, r.typical.median, r.typical.samples]),
    };
  },
};
