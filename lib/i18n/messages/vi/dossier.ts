// Vietnamese texts of the "dossier" feature (wired into ../vi.ts as `t.dossier`).
export const dossierVi = {};
