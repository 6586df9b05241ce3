// Vietnamese texts of counter intake and the national-portal intake endpoint.
export const intakeVi = {
  title: "Tiếp nhận hồ sơ tại quầy",
};
