"use client";
// Recharts loads after the page is interactive; the server-rendered table holds the same figures.
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { TaskForecastChart as Chart } from "./TaskForecastChart";

const TaskForecastChart = dynamic(() => import("./TaskForecastChart").then((m) => m.TaskForecastChart), {
  ssr: false,
  loading: () => <div aria-hidden="true" style={{ height: 280 }} />,
});

export function LazyTaskForecastChart(props: ComponentProps<typeof Chart>) {
  return <TaskForecastChart {...props} />;
}
