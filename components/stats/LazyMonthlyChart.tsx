"use client";
// Recharts is the heaviest library of the public pages (~120 KB gzipped): load it after the
// page is interactive, so the statistics page's first load stays within the JS budget. The
// same figures are in the server-rendered table beside the chart, so nothing waits on it.
import dynamic from "next/dynamic";
import type { MonthlyPoint } from "./MonthlyChart";

const MonthlyChart = dynamic(() => import("./MonthlyChart").then((m) => m.MonthlyChart), {
  ssr: false,
  loading: () => <div aria-hidden="true" style={{ height: 320 }} />,
});

export function LazyMonthlyChart(props: { data: MonthlyPoint[]; labels: { received: string; onTimeShare: string } }) {
  return <MonthlyChart {...props} />;
}
