"use client";
// Recharts loads after the page is interactive; the server-rendered table holds the same figures.
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { VolumeChart as Chart } from "./VolumeChart";

const VolumeChart = dynamic(() => import("./VolumeChart").then((m) => m.VolumeChart), {
  ssr: false,
  loading: () => <div aria-hidden="true" style={{ height: 320 }} />,
});

export function LazyVolumeChart(props: ComponentProps<typeof Chart>) {
  return <VolumeChart {...props} />;
}
