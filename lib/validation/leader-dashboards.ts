// Query strings of the leaders' quality and flows dashboards. Bad values fall back to the
// defaults rather than failing: a mistyped shared link still shows the dashboard.
import { z } from "zod";

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const upperFirst = (v: unknown) => {
  const f = first(v);
  return typeof f === "string" ? f.trim().toUpperCase() : f;
};

const ZMonth = z.preprocess(first, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional()).catch(undefined);
const ZAgencyCode = z.preprocess(upperFirst, z.string().regex(/^[A-Z0-9_-]{1,32}$/).optional()).catch(undefined);

export const FLOW_CHANNELS = ["ONLINE", "COUNTER", "NATIONAL_PORTAL", "POSTAL"] as const;
export const FLOW_SPANS = [12, 24] as const;

/** ?month=yyyy-mm */
export const ZQualityQuery = z.object({ month: ZMonth });
export type TQualityQuery = z.infer<typeof ZQualityQuery>;

/** ?months=12|24&agency=CODE&channel=ONLINE */
export const ZFlowsQuery = z.object({
  months: z.preprocess(first, z.coerce.number().pipe(z.union([z.literal(12), z.literal(24)]))).catch(12).default(12),
  agency: ZAgencyCode,
  channel: z.preprocess(upperFirst, z.enum(FLOW_CHANNELS).optional()).catch(undefined),
});
export type TFlowsQuery = z.infer<typeof ZFlowsQuery>;
