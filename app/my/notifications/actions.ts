"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { clientIpFromHeaders } from "@/lib/domain/rate-limit";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";

async function mark(ids: string[] | "all") {
  const [actor, h] = await Promise.all([getCurrentUser(), headers()]);
  await markNotificationsRead({ actor, ids, ip: clientIpFromHeaders((name) => h.get(name)) });
  revalidatePath("/my/notifications");
}

export async function markNotificationReadAction(formData: FormData): Promise<void> {
  const id = formData.get("id");
  await mark(typeof id === "string" ? [id] : []);
}

export async function markAllNotificationsReadAction(): Promise<void> {
  await mark("all");
}
