// The state a dossier form (withdraw, supplement answer, rating) gets back from its server
// action: display-ready texts only, the values typed (kept on error) and a counter that tells
// the form when to move the focus to its error summary.
export type DossierFormState = {
  seq: number;
  formError: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
};

export const INITIAL_FORM_STATE: DossierFormState = { seq: 0, formError: null, fieldErrors: {}, values: {} };

export type DossierFormAction = (state: DossierFormState, formData: FormData) => Promise<DossierFormState>;
