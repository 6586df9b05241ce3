"use client";
// The province's dossiers per month and the 3-month forecast with its 80 % band (Recharts
// needs the browser). The same figures are in the table rendered on the server below it.
import { Area, Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/domain/format";

export type VolumePoint = { label: string; actual: number | null; forecast: number | null; band: [number, number] | null };

const BAR = "#0b4f9c";
const FORECAST = "#b3261e";

export function VolumeChart({ data, labels }: { data: VolumePoint[]; labels: { actual: string; forecast: string; band: string } }) {
  return (
    <ComposedChart responsive data={data} style={{ width: "100%", height: 320 }} margin={{ top: 8, right: 4, bottom: 0, left: 0 }}>
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="label" tick={{ fill: "#334155", fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} />
      <YAxis tick={{ fill: "#334155", fontSize: 12 }} tickFormatter={(v: number) => formatNumber(v)} width={56} allowDecimals={false} />
      <Tooltip formatter={(value) => (Array.isArray(value) ? `${formatNumber(Number(value[0]))} – ${formatNumber(Number(value[1]))}` : typeof value === "number" ? formatNumber(value) : "—")} />
      <Legend wrapperStyle={{ fontSize: 13, color: "#0f172a" }} />
      <Bar dataKey="actual" name={labels.actual} fill={BAR} isAnimationActive={false} />
      <Area dataKey="band" name={labels.band} stroke="none" fill={FORECAST} fillOpacity={0.15} isAnimationActive={false} />
      <Line dataKey="forecast" name={labels.forecast} stroke={FORECAST} strokeWidth={2} strokeDasharray="6 4" dot={{ r: 4 }} isAnimationActive={false} />
    </ComposedChart>
  );
}
