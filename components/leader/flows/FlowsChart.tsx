"use client";
// Recharts needs the browser: the only client code of the flows page. The same numbers are in
// the server-rendered table under the chart. Series differ by colour (each ≥ 3:1 on white),
// by shape (bars, solid line with dots, dashed line with squares) and are named in the legend.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/domain/format";

export type FlowPoint = { label: string; received: number; onTime: number; late: number };

const RECEIVED = "#0b4f9c"; // brand-600, 8.6:1
const ON_TIME = "#166534"; // green-800, 7.1:1
const LATE = "#b3261e"; // accent-600, 6.5:1

function Square(props: { cx?: number; cy?: number }) {
  const { cx, cy } = props;
  if (cx === undefined || cy === undefined) return null;
  return <rect x={cx - 4} y={cy - 4} width={8} height={8} fill={LATE} />;
}

export function FlowsChart({ data, labels }: { data: FlowPoint[]; labels: { received: string; onTime: string; late: string } }) {
  return (
    <ComposedChart responsive data={data} style={{ width: "100%", height: 320 }} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="label" tick={{ fill: "#334155", fontSize: 12 }} interval="preserveStartEnd" />
      <YAxis tick={{ fill: "#334155", fontSize: 12 }} tickFormatter={(v: number) => formatNumber(v)} width={56} allowDecimals={false} />
      <Tooltip formatter={(value) => (typeof value === "number" ? formatNumber(value) : "—")} />
      <Legend wrapperStyle={{ fontSize: 13, color: "#0f172a" }} />
      <Bar dataKey="received" name={labels.received} fill={RECEIVED} fillOpacity={0.85} isAnimationActive={false} />
      <Line dataKey="onTime" name={labels.onTime} stroke={ON_TIME} strokeWidth={2.5} dot={{ r: 4, fill: ON_TIME }} isAnimationActive={false} />
      <Line dataKey="late" name={labels.late} stroke={LATE} strokeWidth={2} strokeDasharray="6 4" dot={<Square />} legendType="square" isAnimationActive={false} />
    </ComposedChart>
  );
}
