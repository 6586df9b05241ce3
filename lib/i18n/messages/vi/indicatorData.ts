// Vietnamese texts of indicator data entry, CSV import and API tokens.
export const indicatorDataVi = {
  title: "Số liệu chỉ tiêu",
};
