import { z } from "zod";

export const PROCEDURE_LEVELS = ["FULL_ONLINE", "PARTIAL"] as const;

// A repeated parameter (?sector=HT&sector=DD) arrives as an array: the first value wins.
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

const upperFirst = (v: unknown) => {
  const f = first(v);
  return typeof f === "string" ? f.trim().toUpperCase() : f;
};

// Sector and agency codes as stored (HT, SNNMT, PPDP …); anything else means "no filter".
const ZCode = z.preprocess(upperFirst, z.string().regex(/^[A-Z0-9_-]{1,32}$/).optional()).catch(undefined);

/**
 * Query string of the catalogue (?q=&sector=&agency=&level=&page=). Bad values fall back to
 * defaults instead of failing: a mistyped shared link still shows the catalogue, never a 500.
 */
export const ZProcedureListQuery = z.object({
  // Over-long text is cut rather than refused: the search still runs on its first 200 characters.
  q: z.preprocess(first, z.string().optional()).catch(undefined).transform((v) => v?.trim().slice(0, 200) || undefined),
  sector: ZCode,
  agency: ZCode,
  level: z.preprocess(upperFirst, z.enum(PROCEDURE_LEVELS).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1).default(1),
  pageSize: z.preprocess(first, z.coerce.number().int().min(5).max(100)).catch(20).default(20),
});
export type TProcedureListQuery = z.infer<typeof ZProcedureListQuery>;

export const STAT_PERIODS = ["month", "year"] as const;

/**
 * Query string of the public statistics page (?period=month|year&agency=CODE). It lives here,
 * beside the catalogue's, because both are public views of the procedures and their dossiers.
 */
export const ZStatisticsQuery = z.object({
  period: z.preprocess(first, z.enum(STAT_PERIODS)).catch("month"),
  agency: ZCode,
});
export type TStatisticsQuery = z.infer<typeof ZStatisticsQuery>;
