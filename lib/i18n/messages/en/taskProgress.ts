// English texts of task progress reporting, task pages and comments: the same keys as ../vi/taskProgress.ts.
import type { taskProgressVi } from "../vi/taskProgress";

export const taskProgressEn: typeof taskProgressVi = {
  title: "Task progress",
};
