"use client";

import { useEffect } from "react";

/**
 * Marks the document once React has taken over the page (html[data-hydrated]). Scripts that
 * drive the portal, such as the end-to-end tests, wait for it before typing, as a person on a
 * slow phone effectively does.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
