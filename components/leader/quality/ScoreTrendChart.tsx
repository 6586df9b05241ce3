"use client";
// Recharts needs the browser: the only client code of the quality pages. The same numbers are
// in the server-rendered table under the chart. Lines differ by colour (both ≥ 3:1 on white),
// by dash pattern and by marker shape, so colour is never the only cue.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/domain/format";

export type ScorePoint = { label: string; main: number | null; compare?: number | null };

const MAIN = "#0b4f9c"; // brand-600, 8.6:1 on white
const COMPARE = "#b3261e"; // accent-600, 6.5:1 on white

function Square(props: { cx?: number; cy?: number }) {
  const { cx, cy } = props;
  if (cx === undefined || cy === undefined) return null;
  return <rect x={cx - 4} y={cy - 4} width={8} height={8} fill={COMPARE} />;
}

export function ScoreTrendChart({ data, labels }: { data: ScorePoint[]; labels: { main: string; compare?: string } }) {
  return (
    <LineChart responsive data={data} style={{ width: "100%", height: 300 }} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="label" tick={{ fill: "#334155", fontSize: 12 }} interval="preserveStartEnd" />
      <YAxis domain={[0, 100]} tick={{ fill: "#334155", fontSize: 12 }} width={40} />
      <Tooltip formatter={(value) => (typeof value === "number" ? formatNumber(value, 2) : "—")} />
      <Legend wrapperStyle={{ fontSize: 13, color: "#0f172a" }} />
      <Line dataKey="main" name={labels.main} stroke={MAIN} strokeWidth={2.5} dot={{ r: 4, fill: MAIN }} isAnimationActive={false} connectNulls={false} />
      {labels.compare ? (
        <Line dataKey="compare" name={labels.compare} stroke={COMPARE} strokeWidth={2} strokeDasharray="6 4" dot={<Square />} legendType="square" isAnimationActive={false} />
      ) : null}
    </LineChart>
  );
}
