"use client";
// Recharts loads after the page is interactive; the table beside the chart has the same numbers.
import dynamic from "next/dynamic";
import type { ScorePoint } from "./ScoreTrendChart";

const ScoreTrendChart = dynamic(() => import("./ScoreTrendChart").then((m) => m.ScoreTrendChart), {
  ssr: false,
  loading: () => <div aria-hidden="true" style={{ height: 300 }} />,
});

export function LazyScoreTrendChart(props: { data: ScorePoint[]; labels: { main: string; compare?: string } }) {
  return <ScoreTrendChart {...props} />;
}
