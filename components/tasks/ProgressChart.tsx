"use client";
// The progress curve of one task (Recharts needs the browser). The same figures are in the
// server-rendered table under the chart.
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

export type ProgressPoint = { label: string; progress: number };

const LINE = "#0b4f9c"; // brand-600

export function ProgressChart({ data, series }: { data: ProgressPoint[]; series: string }) {
  return (
    <LineChart responsive data={data} style={{ width: "100%", height: 280 }} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="label" tick={{ fill: "#334155", fontSize: 12 }} interval="preserveStartEnd" minTickGap={24} />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fill: "#334155", fontSize: 12 }} tickFormatter={(v: number) => `${v}%`} width={48} />
      <Tooltip formatter={(value) => (typeof value === "number" ? `${value}%` : "—")} />
      <Line type="stepAfter" dataKey="progress" name={series} stroke={LINE} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
    </LineChart>
  );
}
