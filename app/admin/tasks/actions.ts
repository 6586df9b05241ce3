"use server";

import type { AdminFormState } from "@/components/admin/catalogue/form-state";
import { requestIp, runAdminWrite } from "@/components/admin/catalogue/run-admin-write";
import { getCurrentUser } from "@/lib/auth/session";
import { createTask, updateTask } from "@/lib/server/admin/catalogue/tasks";
import { formDataToObject } from "@/lib/validation/admin-catalogue-fields";

/** Creates (no _id) or saves (with _id) a task and its milestones, then shows it. */
export async function saveTaskAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const [actor, ip] = await Promise.all([getCurrentUser(), requestIp()]);
  const raw = formData.get("_id");
  const id = typeof raw === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(raw) ? raw : null;
  const input = formDataToObject(formData.entries());
  return runAdminWrite(
    previous,
    () => (id ? updateTask({ actor, id, input, ip }) : createTask({ actor, input, ip })),
    (saved) => `/admin/tasks/${saved}?${id ? "saved" : "created"}=1`,
  );
}
