// The field schema of a procedure's application form, stored in Procedure.formSchema.
// The same description drives the generated form in the browser and its zod validation on
// the server (lib/validation/application.ts, citizens' issue).
import { z } from "zod";
import { quoteForMessage } from "@/lib/domain/safe-input";

export const FIELD_TYPES = ["text", "textarea", "number", "date", "select", "cccd", "phone", "email", "address", "file"] as const;

/** Where a value can be prefilled from the signed-in citizen's verified identity. */
export const PREFILL_SOURCES = ["fullName", "nationalId", "birthDate", "phone", "email", "address", "gender"] as const;

export const ZFormField = z.object({
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, "Tên trường chỉ gồm chữ, số và dấu gạch dưới"),
  label: z.string().min(1),
  labelEn: z.string().min(1).optional(),
  type: z.enum(FIELD_TYPES),
  required: z.boolean().default(true),
  /** Index of the step (topic) the field belongs to. */
  step: z.number().int().min(0).default(0),
  help: z.string().optional(),
  options: z.array(z.object({ value: z.string().min(1), label: z.string().min(1) })).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  maxLength: z.number().int().positive().optional(),
  prefill: z.enum(PREFILL_SOURCES).optional(),
  /** For type "file": which required document it answers. */
  document: z.string().optional(),
});

export const ZFormSchema = z
  .object({
    steps: z.array(z.object({ title: z.string().min(1), titleEn: z.string().min(1).optional() })).min(1),
    fields: z.array(ZFormField).min(1),
  })
  .superRefine((schema, ctx) => {
    const names = new Set<string>();
    schema.fields.forEach((f, i) => {
      if (names.has(f.name)) ctx.addIssue({ code: "custom", path: ["fields", i, "name"], message: quoteForMessage(f.name, 40) ? `Trùng tên trường "${f.name}"` : "Trùng tên trường" });
      names.add(f.name);
      if (f.step >= schema.steps.length) ctx.addIssue({ code: "custom", path: ["fields", i, "step"], message: "Bước không tồn tại" });
      if (f.type === "select" && !f.options?.length) ctx.addIssue({ code: "custom", path: ["fields", i, "options"], message: "Trường chọn cần có danh sách lựa chọn" });
    });
  });

export type TFormField = z.infer<typeof ZFormField>;
export type TFormSchema = z.infer<typeof ZFormSchema>;

export const ZRequiredDocument = z.object({
  name: z.string().min(1),
  copies: z.number().int().min(1).default(1),
  required: z.boolean().default(true),
  note: z.string().optional(),
});
export const ZRequiredDocuments = z.array(ZRequiredDocument);
export type TRequiredDocument = z.infer<typeof ZRequiredDocument>;
