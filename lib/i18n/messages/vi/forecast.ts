// Vietnamese texts of the leaders' task drill-down and forecasts.
export const forecastVi = {
  title: "Dự báo",
};
