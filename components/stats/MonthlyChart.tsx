"use client";
// The only client code of the statistics page: Recharts needs the browser to lay out and
// show tooltips. The same figures are in the table next to it, rendered on the server.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatPercent } from "@/lib/domain/format";

export type MonthlyPoint = { label: string; received: number; onTimePercent: number | null };

const BAR = "#0b4f9c"; // brand-600
const LINE = "#b3261e"; // accent-600

export function MonthlyChart({ data, labels }: { data: MonthlyPoint[]; labels: { received: string; onTimeShare: string } }) {
  return (
    <ComposedChart responsive data={data} style={{ width: "100%", height: 320 }} margin={{ top: 8, right: 4, bottom: 0, left: 0 }}>
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="label" tick={{ fill: "#334155", fontSize: 12 }} interval="preserveStartEnd" />
      <YAxis yAxisId="count" tick={{ fill: "#334155", fontSize: 12 }} tickFormatter={(v: number) => formatNumber(v)} width={56} allowDecimals={false} />
      <YAxis yAxisId="share" orientation="right" domain={[0, 100]} tick={{ fill: "#334155", fontSize: 12 }} tickFormatter={(v: number) => `${v}%`} width={44} />
      <Tooltip
        formatter={(value, name) =>
          typeof value !== "number" ? "—" : name === labels.onTimeShare ? formatPercent(value / 100) : formatNumber(value)
        }
      />
      <Legend wrapperStyle={{ fontSize: 13, color: "#0f172a" }} />
      <Bar yAxisId="count" dataKey="received" name={labels.received} fill={BAR} isAnimationActive={false} />
      <Line yAxisId="share" dataKey="onTimePercent" name={labels.onTimeShare} stroke={LINE} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
    </ComposedChart>
  );
}
