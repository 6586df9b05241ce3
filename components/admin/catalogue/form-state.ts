// What an administration form of the catalogue gets back from its server action:
// display-ready Vietnamese messages keyed by the field's dotted path ("milestones.0.dueDate"),
// and a counter that tells the form to move the focus to its error summary.
export type AdminFormState = {
  seq: number;
  fieldErrors: Record<string, string>;
  formError: string | null;
  /** Form field schema problems, each naming where it is (procedures only). */
  formSchemaErrors: string[];
};

export const INITIAL_ADMIN_FORM_STATE: AdminFormState = { seq: 0, fieldErrors: {}, formError: null, formSchemaErrors: [] };

export type AdminFormAction = (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;
