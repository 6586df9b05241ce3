// State of the "create an API token" form: messages ready to show, what was typed, and the
// secret once (never stored; shown in this answer only).
export type TokenFormState = {
  seq: number;
  values: { name: string; agencyId: string; scopes: string[]; expires: string };
  fieldErrors: Partial<Record<"name" | "agencyId" | "scopes" | "expires", string>>;
  formError: string | null;
  created: { name: string; prefix: string; secret: string } | null;
};

export const INITIAL_TOKEN_FORM_STATE: TokenFormState = {
  seq: 0, values: { name: "", agencyId: "", scopes: ["observations.write"], expires: "" }, fieldErrors: {}, formError: null, created: null,
};

export type TokenFormAction = (state: TokenFormState, formData: FormData) => Promise<TokenFormState>;
