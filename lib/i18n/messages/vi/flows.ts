// Vietnamese texts of the leaders' dossier flows, likely-late list, data trust and exports.
export const flowsVi = {
  title: "Luồng hồ sơ",
};
