// Vietnamese texts of officer dossier inbox, dossier processing page and workflow actions.
export const inboxVi = {
  title: "Sổ theo dõi hồ sơ",
};
