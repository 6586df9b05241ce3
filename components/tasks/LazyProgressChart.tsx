"use client";
// Recharts is heavy: load it after the page is interactive. Nothing waits on it — the table
// beside it carries the same numbers.
import dynamic from "next/dynamic";
import type { ProgressPoint } from "./ProgressChart";

const ProgressChart = dynamic(() => import("./ProgressChart").then((m) => m.ProgressChart), {
  ssr: false,
  loading: () => <div aria-hidden="true" style={{ height: 280 }} />,
});

export function LazyProgressChart(props: { data: ProgressPoint[]; series: string }) {
  return <ProgressChart {...props} />;
}
