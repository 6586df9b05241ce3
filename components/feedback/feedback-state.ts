// State of the feedback forms between their server actions and the forms: display-ready texts.
import type { TFeedbackField } from "@/lib/validation/feedback";

export type FeedbackFormValues = Record<TFeedbackField, string>;

export type FeedbackFormState = {
  seq: number;
  values: FeedbackFormValues;
  fieldErrors: Partial<Record<TFeedbackField, string>>;
  formError: string | null;
};

export type RateFormState = { seq: number; fieldError: string | null; formError: string | null };

export const INITIAL_RATE_STATE: RateFormState = { seq: 0, fieldError: null, formError: null };

export function initialFeedbackState(about = ""): FeedbackFormState {
  return { seq: 0, values: { about, communeCode: "", subject: "", body: "" }, fieldErrors: {}, formError: null };
}
