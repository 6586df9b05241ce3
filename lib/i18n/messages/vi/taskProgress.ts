// Vietnamese texts of task progress reporting, task pages and comments.
export const taskProgressVi = {
  title: "Tiến độ nhiệm vụ",
};
