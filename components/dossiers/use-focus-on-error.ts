"use client";

import { useEffect, useRef } from "react";
import type { DossierFormState } from "./form-state";

/** Moves the focus to the error summary each time the server answers with errors. */
export function useFocusOnError(state: DossierFormState) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.seq > 0 && (state.formError || Object.keys(state.fieldErrors).length > 0)) ref.current?.focus();
  }, [state]);
  return ref;
}
