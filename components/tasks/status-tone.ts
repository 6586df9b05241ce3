import type { BadgeTone } from "@/components/ui/Badge";
import type { TaskStatus } from "@/lib/generated/prisma/enums";

/** Badge colour of a task status (the text always says the status: colour is never alone). */
export const STATUS_TONE: Record<TaskStatus, BadgeTone> = { NOT_STARTED: "neutral", ON_TRACK: "info", AT_RISK: "warning", LATE: "danger", DONE: "success" };
