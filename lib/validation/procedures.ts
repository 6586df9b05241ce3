import { z } from "zod";

/** Query string of the catalogue (?q=&page=). Bad values fall back to defaults instead of failing. */
export const ZProcedureListQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  pageSize: z.coerce.number().int().min(5).max(100).catch(20).default(20),
});
export type TProcedureListQuery = z.infer<typeof ZProcedureListQuery>;
