"use client";
// Recharts loads after the page is interactive; the table beside the chart has the same numbers.
import dynamic from "next/dynamic";
import type { FlowPoint } from "./FlowsChart";

const FlowsChart = dynamic(() => import("./FlowsChart").then((m) => m.FlowsChart), {
  ssr: false,
  loading: () => <div aria-hidden="true" style={{ height: 320 }} />,
});

export function LazyFlowsChart(props: { data: FlowPoint[]; labels: { received: string; onTime: string; late: string } }) {
  return <FlowsChart {...props} />;
}
