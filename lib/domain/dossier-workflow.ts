// The dossier state machine: one table of states, actions, who may take them and what they
// require. Every dossier change goes through `planTransition`; lib/server applies the plan in
// one transaction with its event and audit entry. Pure: no I/O, the clock is a parameter.
//
//   DRAFT ─submit→ SUBMITTED ─receive→ RECEIVED ─start_processing→ PROCESSING ─approve→ APPROVED ─return_result→ RETURNED
//                     │  └─reject→ REJECTED          │                     └─deny→ DENIED
//                     └──────────┴─request_supplement→ SUPPLEMENT_REQUESTED ─supplement→ (SUBMITTED | PROCESSING)
//   SUBMITTED, RECEIVED ─withdraw→ WITHDRAWN
//   A late dossier (deadline passed, clock running) needs issue_apology (a new date) before any
//   other officer action.
import type { DossierStatus } from "@/lib/generated/prisma/enums";

export const DOSSIER_ACTIONS = [
  "submit",
  "withdraw",
  "receive",
  "reject",
  "request_supplement",
  "supplement",
  "start_processing",
  "approve",
  "deny",
  "return_result",
  "issue_apology",
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** Who acts: the applicant who owns the dossier, or an officer of the handling agency. */
export type ActorKind = "owner" | "officer";

export type Requirement = "reason" | "missingDocuments" | "newDueDate" | "result" | "payment";

type Rule = {
  from: readonly DossierStatus[];
  /** The next status; "resume" = back to where the dossier was before the supplement request. */
  to: DossierStatus | "resume" | "same";
  by: ActorKind;
  requires: readonly Requirement[];
};

export const WORKFLOW: Record<DossierAction, Rule> = {
  submit: { from: ["DRAFT"], to: "SUBMITTED", by: "owner", requires: ["payment"] },
  withdraw: { from: ["SUBMITTED", "RECEIVED"], to: "WITHDRAWN", by: "owner", requires: [] },
  receive: { from: ["SUBMITTED"], to: "RECEIVED", by: "officer", requires: [] },
  reject: { from: ["SUBMITTED"], to: "REJECTED", by: "officer", requires: ["reason"] },
  request_supplement: { from: ["SUBMITTED", "RECEIVED", "PROCESSING"], to: "SUPPLEMENT_REQUESTED", by: "officer", requires: ["reason", "missingDocuments"] },
  supplement: { from: ["SUPPLEMENT_REQUESTED"], to: "resume", by: "owner", requires: [] },
  start_processing: { from: ["RECEIVED"], to: "PROCESSING", by: "officer", requires: [] },
  approve: { from: ["PROCESSING"], to: "APPROVED", by: "officer", requires: [] },
  deny: { from: ["PROCESSING"], to: "DENIED", by: "officer", requires: ["reason"] },
  return_result: { from: ["APPROVED"], to: "RETURNED", by: "officer", requires: ["result"] },
  issue_apology: { from: ["RECEIVED", "PROCESSING", "APPROVED"], to: "same", by: "officer", requires: ["reason", "newDueDate"] },
};

/** Statuses in which the legal clock runs (deadline can pass). */
export const CLOCK_RUNNING_STATUSES: readonly DossierStatus[] = ["RECEIVED", "PROCESSING", "APPROVED"];
/** Statuses in which the dossier is still with the agency or the applicant. */
export const OPEN_STATUSES: readonly DossierStatus[] = ["SUBMITTED", "RECEIVED", "PROCESSING", "SUPPLEMENT_REQUESTED", "APPROVED"];
export const FINAL_STATUSES: readonly DossierStatus[] = ["RETURNED", "DENIED", "REJECTED", "WITHDRAWN"];

export type TransitionInput = {
  action: DossierAction;
  actor: ActorKind;
  dossier: { status: DossierStatus; dueAt: Date | null; receivedAt: Date | null; feeAmount: number; paid: boolean };
  provided?: Partial<Record<Exclude<Requirement, "payment">, boolean>>;
  now: Date;
};

export type TransitionRefusal =
  | "UNKNOWN_ACTION"
  | "WRONG_ACTOR"
  | "WRONG_STATUS"
  | "MISSING_REASON"
  | "MISSING_DOCUMENT_LIST"
  | "MISSING_NEW_DUE_DATE"
  | "MISSING_RESULT"
  | "PAYMENT_REQUIRED"
  | "APOLOGY_REQUIRED"
  | "NOT_LATE";

export type TransitionPlan = { ok: true; to: DossierStatus } | { ok: false; refusal: TransitionRefusal };

/** Messages shown to users, in Vietnamese, for each refusal. */
export const REFUSAL_MESSAGES: Record<TransitionRefusal, string> = {
  UNKNOWN_ACTION: "Thao tác không hợp lệ.",
  WRONG_ACTOR: "Bạn không có quyền thực hiện thao tác này với hồ sơ.",
  WRONG_STATUS: "Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ.",
  MISSING_REASON: "Cần nêu rõ lý do.",
  MISSING_DOCUMENT_LIST: "Cần liệt kê giấy tờ cần bổ sung.",
  MISSING_NEW_DUE_DATE: "Cần hẹn ngày trả kết quả mới.",
  MISSING_RESULT: "Cần tải lên hoặc tạo kết quả giải quyết.",
  PAYMENT_REQUIRED: "Cần nộp phí, lệ phí trước khi gửi hồ sơ.",
  APOLOGY_REQUIRED: "Hồ sơ đã quá hạn: cần gửi văn bản xin lỗi và hẹn lại ngày trả kết quả trước khi xử lý tiếp.",
  NOT_LATE: "Hồ sơ chưa quá hạn nên không cần văn bản xin lỗi.",
};

export function isLate(dossier: { status: DossierStatus; dueAt: Date | null }, now: Date): boolean {
  return dossier.dueAt !== null && CLOCK_RUNNING_STATUSES.includes(dossier.status) && now.getTime() > dossier.dueAt.getTime();
}

export function planTransition(input: TransitionInput): TransitionPlan {
  const rule = (WORKFLOW as Record<string, Rule | undefined>)[input.action];
  if (!rule || !Object.prototype.hasOwnProperty.call(WORKFLOW, input.action)) return { ok: false, refusal: "UNKNOWN_ACTION" };
  if (rule.by !== input.actor) return { ok: false, refusal: "WRONG_ACTOR" };
  const { dossier } = input;
  if (!rule.from.includes(dossier.status)) return { ok: false, refusal: "WRONG_STATUS" };

  const late = isLate(dossier, input.now);
  if (input.action === "issue_apology" && !late) return { ok: false, refusal: "NOT_LATE" };
  if (input.actor === "officer" && late && input.action !== "issue_apology") return { ok: false, refusal: "APOLOGY_REQUIRED" };

  const provided = input.provided ?? {};
  for (const requirement of rule.requires) {
    if (requirement === "payment") {
      if (dossier.feeAmount > 0 && !dossier.paid) return { ok: false, refusal: "PAYMENT_REQUIRED" };
    } else if (!provided[requirement]) {
      const refusal = ({ reason: "MISSING_REASON", missingDocuments: "MISSING_DOCUMENT_LIST", newDueDate: "MISSING_NEW_DUE_DATE", result: "MISSING_RESULT" } as const)[requirement];
      return { ok: false, refusal };
    }
  }

  if (rule.to === "same") return { ok: true, to: dossier.status };
  if (rule.to === "resume") return { ok: true, to: dossier.receivedAt ? "PROCESSING" : "SUBMITTED" };
  return { ok: true, to: rule.to };
}

/** The actions an actor may offer on a dossier right now (for buttons; the server re-plans). */
export function availableActions(actor: ActorKind, dossier: TransitionInput["dossier"], now: Date): DossierAction[] {
  const all = { reason: true, missingDocuments: true, newDueDate: true, result: true };
  return DOSSIER_ACTIONS.filter((action) => {
    const plan = planTransition({ action, actor, dossier: { ...dossier, paid: true }, provided: all, now });
    return plan.ok;
  });
}
