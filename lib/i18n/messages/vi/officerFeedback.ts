// Vietnamese texts of officers answering citizens' feedback.
export const officerFeedbackVi = {
  title: "Phản ánh, kiến nghị cần trả lời",
};
