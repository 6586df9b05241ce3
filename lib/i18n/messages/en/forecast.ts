// English texts of the leaders' task drill-down and forecasts: the same keys as ../vi/forecast.ts.
import type { forecastVi } from "../vi/forecast";

export const forecastEn: typeof forecastVi = {
  title: "Forecasts",
};
