"use server";

import { redirect } from "next/navigation";
import type { AdminFormState } from "@/components/admin/catalogue/form-state";
import { requestIp, runAdminWrite } from "@/components/admin/catalogue/run-admin-write";
import { getCurrentUser } from "@/lib/auth/session";
import { createProcedure, setProcedurePublished, updateProcedure } from "@/lib/server/admin/catalogue/procedures";
import { createSector, renameSector } from "@/lib/server/admin/catalogue/sectors";
import { formDataToObject } from "@/lib/validation/admin-catalogue-fields";

const idOf = (formData: FormData) => {
  const v = formData.get("_id");
  return typeof v === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : null;
};

/** Creates (no _id) or saves (with _id) a procedure, then shows it. */
export async function saveProcedureAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const [actor, ip] = await Promise.all([getCurrentUser(), requestIp()]);
  const id = idOf(formData);
  const input = formDataToObject(formData.entries());
  return runAdminWrite(
    previous,
    () => (id ? updateProcedure({ actor, id, input, ip }) : createProcedure({ actor, input, ip })),
    (saved) => `/admin/procedures/${saved}?${id ? "saved" : "created"}=1`,
  );
}

/** Publishes or withdraws a procedure (a plain form: works without JavaScript). */
export async function publishProcedureAction(formData: FormData): Promise<void> {
  const [actor, ip] = await Promise.all([getCurrentUser(), requestIp()]);
  const id = idOf(formData);
  if (!id) redirect("/admin/procedures");
  const published = formData.get("_publish") === "1";
  await setProcedurePublished({ actor, id, published, ip });
  redirect(`/admin/procedures/${id}?${published ? "published" : "unpublished"}=1`);
}

export async function createSectorAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const [actor, ip] = await Promise.all([getCurrentUser(), requestIp()]);
  return runAdminWrite(previous, () => createSector({ actor, input: formDataToObject(formData.entries()), ip }), () => "/admin/procedures/sectors?created=1");
}

export async function renameSectorAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const [actor, ip] = await Promise.all([getCurrentUser(), requestIp()]);
  const id = idOf(formData) ?? "";
  return runAdminWrite(previous, () => renameSector({ actor, id, input: formDataToObject(formData.entries()), ip }), () => "/admin/procedures/sectors?renamed=1");
}
