// Vietnamese texts of the leaders' service-quality (766) dashboard.
export const qualityVi = {
  title: "Chất lượng phục vụ (Bộ chỉ số 766)",
};
