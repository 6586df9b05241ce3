"use client";
// Reported progress and the forecast path with its 80 % band (Recharts needs the browser).
// The same figures are in the table rendered on the server beside it.
import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

export type TaskChartPoint = { t: number; label: string; reported: number | null; median: number | null; band: [number, number] | null };

const BRAND = "#0b4f9c";
const FORECAST = "#b3261e";

export function TaskForecastChart({ data, due, labels }: { data: TaskChartPoint[]; due: { t: number; label: string }; labels: { reported: string; median: string; band: string; due: string } }) {
  return (
    <ComposedChart responsive data={data} style={{ width: "100%", height: 280 }} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tick={{ fill: "#334155", fontSize: 12 }}
        tickFormatter={(v: number) => { const d = new Date(v); return `${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`; }} minTickGap={32} />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fill: "#334155", fontSize: 12 }} tickFormatter={(v: number) => `${v}%`} width={48} />
      <Tooltip labelFormatter={(_, payload) => (payload?.[0]?.payload as TaskChartPoint | undefined)?.label ?? ""}
        formatter={(value) => (Array.isArray(value) ? `${Math.round(Number(value[0]))}% – ${Math.round(Number(value[1]))}%` : typeof value === "number" ? `${Math.round(value)}%` : "—")} />
      <Legend wrapperStyle={{ fontSize: 13, color: "#0f172a" }} />
      <Area dataKey="band" name={labels.band} stroke="none" fill={FORECAST} fillOpacity={0.15} isAnimationActive={false} connectNulls />
      <Line dataKey="reported" name={labels.reported} stroke={BRAND} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} connectNulls />
      <Line dataKey="median" name={labels.median} stroke={FORECAST} strokeWidth={2} strokeDasharray="6 4" dot={false} isAnimationActive={false} connectNulls />
      <ReferenceLine x={due.t} stroke="#334155" strokeDasharray="2 2" label={{ value: labels.due, position: "insideTopLeft", fill: "#334155", fontSize: 12 }} />
    </ComposedChart>
  );
}
