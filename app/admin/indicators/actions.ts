"use server";

import type { AdminFormState } from "@/components/admin/catalogue/form-state";
import { requestIp, runAdminWrite } from "@/components/admin/catalogue/run-admin-write";
import { getCurrentUser } from "@/lib/auth/session";
import { createIndicator, updateIndicator } from "@/lib/server/admin/catalogue/indicators";
import { formDataToObject } from "@/lib/validation/admin-catalogue-fields";

/** Creates (no _id) or saves (with _id) an indicator and its targets, then shows it. */
export async function saveIndicatorAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const [actor, ip] = await Promise.all([getCurrentUser(), requestIp()]);
  const raw = formData.get("_id");
  const id = typeof raw === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(raw) ? raw : null;
  const input = formDataToObject(formData.entries());
  return runAdminWrite(
    previous,
    () => (id ? updateIndicator({ actor, id, input, ip }) : createIndicator({ actor, input, ip })),
    (saved) => `/admin/indicators/${saved}?${id ? "saved" : "created"}=1`,
  );
}
