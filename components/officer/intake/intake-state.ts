// The state the counter-intake form gets back from its server action: the values and ticks
// typed (kept on error), messages beside fields, and a counter that moves the focus to the
// error summary each time the server answers with errors.
export type IntakeFormState = {
  seq: number;
  values: Record<string, string>;
  documents: string[];
  fieldErrors: Record<string, string>;
  formError: string | null;
};

export type IntakeFormAction = (state: IntakeFormState, formData: FormData) => Promise<IntakeFormState>;
