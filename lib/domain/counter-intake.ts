// Counter intake (tiếp nhận tại quầy): the form the one-stop desk fills for a person who came in,
// built from the procedure's own field schema so the checks are the online ones, plus the
// applicant's contact fields the schema may lack, and the paper documents received. Pure.
import type { TFormField, TFormSchema, TRequiredDocument } from "@/lib/validation/form-schema";
import type { FormValues } from "@/lib/validation/application";
import { fieldError } from "@/lib/validation/application";

export const CONTACT_SOURCES = ["fullName", "nationalId", "phone", "email", "address"] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

/** Contact fields added when the procedure's schema does not already ask for them. */
const CONTACT_FIELDS: Record<ContactSource, TFormField> = {
  fullName: { name: "applicant_fullName", label: "Họ và tên người nộp", labelEn: "Applicant's full name", type: "text", required: true, step: 0, prefill: "fullName", maxLength: 100 },
  nationalId: { name: "applicant_nationalId", label: "Số định danh cá nhân (CCCD) của người nộp", labelEn: "Applicant's personal identification number", type: "cccd", required: false, step: 0, prefill: "nationalId" },
  phone: { name: "applicant_phone", label: "Số điện thoại người nộp", labelEn: "Applicant's phone", type: "phone", required: true, step: 0, prefill: "phone" },
  email: { name: "applicant_email", label: "Thư điện tử người nộp", labelEn: "Applicant's e-mail", type: "email", required: false, step: 0, prefill: "email" },
  address: { name: "applicant_address", label: "Địa chỉ người nộp", labelEn: "Applicant's address", type: "address", required: false, step: 0, prefill: "address" },
};

export type ApplicantContact = { fullName: string; nationalId: string | null; phone: string | null; email: string | null; address: string | null };

export type IntakeForm = {
  /** Contact fields missing from the schema (shown first, under "the applicant"). */
  contactFields: TFormField[];
  /** The schema's own fields except file fields (documents come on paper), in schema order. */
  formFields: TFormField[];
  /** Which field holds each contact value. */
  contactFieldOf: Record<ContactSource, string>;
};

export function buildIntakeForm(schema: TFormSchema): IntakeForm {
  const formFields = schema.fields.filter((f) => f.type !== "file");
  const contactFields: TFormField[] = [];
  const contactFieldOf = {} as Record<ContactSource, string>;
  for (const source of CONTACT_SOURCES) {
    const own = formFields.find((f) => f.prefill === source);
    if (own) contactFieldOf[source] = own.name;
    else {
      contactFields.push(CONTACT_FIELDS[source]);
      contactFieldOf[source] = CONTACT_FIELDS[source].name;
    }
  }
  return { contactFields, formFields, contactFieldOf };
}

/** The message when a required document was not ticked as received. */
export function missingDocumentMessage(documentName: string): string {
  return `Chưa nhận đủ giấy tờ bắt buộc: ${documentName}.`;
}

/** Field name of the checkbox of the i-th required document. */
export function documentFieldName(index: number): string {
  return `doc_${index}`;
}

export type IntakeCheck = {
  errors: Record<string, string>;
  /** Trimmed values of the schema's fields only (what is stored as the dossier's formData). */
  formData: FormValues;
  applicant: ApplicantContact;
  /** Names of the documents ticked as received, in catalogue order. */
  documentsReceived: string[];
};

/**
 * Validates what the desk typed: every field with the same rules as online (fieldError), and
 * every required document must have been received. Unknown keys are ignored.
 */
export function checkCounterIntake(
  schema: TFormSchema,
  documents: readonly TRequiredDocument[],
  input: { values: Record<string, unknown>; documents: readonly string[] },
  now: Date,
): IntakeCheck {
  const form = buildIntakeForm(schema);
  const values: FormValues = {};
  for (const f of [...form.contactFields, ...form.formFields]) {
    const raw = input.values[f.name];
    values[f.name] = typeof raw === "string" ? raw.trim() : "";
  }
  const errors: Record<string, string> = {};
  for (const f of [...form.contactFields, ...form.formFields]) {
    const error = fieldError(f, values[f.name], values, now);
    if (error) errors[f.name] = error;
  }
  const ticked = new Set(input.documents);
  const documentsReceived: string[] = [];
  documents.forEach((d, i) => {
    if (ticked.has(documentFieldName(i))) documentsReceived.push(d.name);
    else if (d.required) errors[documentFieldName(i)] = missingDocumentMessage(d.name);
  });
  const formData: FormValues = {};
  for (const f of form.formFields) if (values[f.name]) formData[f.name] = values[f.name];
  const pick = (source: ContactSource) => values[form.contactFieldOf[source]] || null;
  return {
    errors,
    formData,
    applicant: { fullName: pick("fullName") ?? "", nationalId: pick("nationalId"), phone: pick("phone"), email: pick("email"), address: pick("address") },
    documentsReceived,
  };
}

/**
 * The agency that takes in a dossier of this procedure at its own desk, or null when it may
 * not: a department takes in its own procedures; a commune takes in every commune-scope
 * procedure (as online, where the citizen chooses the commune). Same rule for the desk and for
 * an agency system sending dossiers from the national portal.
 */
export function intakeAgencyFor(
  procedure: { scope: "PROVINCE" | "COMMUNE"; agencyId: string | null },
  agency: { id: string; kind: "PROVINCE" | "DEPARTMENT" | "COMMUNE" },
): string | null {
  if (procedure.scope === "COMMUNE") return agency.kind === "COMMUNE" ? agency.id : null;
  return procedure.agencyId !== null && procedure.agencyId === agency.id ? agency.id : null;
}
