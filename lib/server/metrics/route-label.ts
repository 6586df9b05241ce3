// Labels for the request-duration histogram. Only route PATTERNS (`/procedures/[code]`) and a
// closed set of methods may become label values: a raw URL (ids, codes, query strings) would
// create one time series per dossier and leak personal data into the metrics.
// Pure: unit-tested in route-label.test.ts.

export const UNMATCHED_ROUTE = "(unmatched)";
export const OTHER_ROUTE = "(other)";
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
// A pattern is made of path segments: letters, digits, `-`, `_`, `.`, and `[param]`, `[...rest]`,
// `[[...optional]]` placeholders.
const SEGMENT = /^(?:[A-Za-z0-9_.-]+|\[\[?(?:\.\.\.)?[A-Za-z0-9_]+\]?\])$/;

/**
 * The route pattern Next.js reports (`next.route` / `http.route` on its request span) as a
 * label: app-router file suffixes (`/page`, `/route`) and route groups (`(citizen)`) removed.
 * Anything that is not a pattern (absent, a concrete URL with a query, odd characters)
 * becomes "(unmatched)" or "(other)" — never the URL itself.
 */
export function routeLabel(route: unknown): string {
  if (typeof route !== "string" || route.trim() === "") return UNMATCHED_ROUTE;
  if (!route.startsWith("/") || route.length > 200) return OTHER_ROUTE;
  const segments = route
    .split("/")
    .map((s) => s.replace(/^(\(\.{1,3}\))+/, "")) // intercepting-route markers: (.)x, (..)x
    .filter((s) => s !== "")
    .filter((s) => !/^\(.*\)$/.test(s)) // route groups do not appear in URLs
    .filter((s) => !s.startsWith("@")); // parallel-route slots neither
  if (segments.length > 0 && (segments[segments.length - 1] === "page" || segments[segments.length - 1] === "route")) segments.pop();
  if (!segments.every((s) => SEGMENT.test(s))) return OTHER_ROUTE;
  return `/${segments.join("/")}`;
}

/** HTTP method as a label: one of the standard methods, else "OTHER". */
export function methodLabel(method: unknown): string {
  const m = typeof method === "string" ? method.toUpperCase() : "";
  return METHODS.has(m) ? m : "OTHER";
}

/** HTTP status as a label: the three-digit code, else "unknown". */
export function statusLabel(status: unknown): string {
  const n = typeof status === "number" ? status : Number(status);
  return Number.isInteger(n) && n >= 100 && n <= 599 ? String(n) : "unknown";
}

/**
 * Bounds the number of distinct routes: a build has a fixed set of patterns, so a limit well
 * above it only matters if something unexpected starts producing values.
 */
export class RouteLabelLimiter {
  private readonly seen = new Set<string>();
  constructor(private readonly max = 300) {}
  label(route: unknown): string {
    const label = routeLabel(route);
    if (this.seen.has(label)) return label;
    if (this.seen.size >= this.max) return OTHER_ROUTE;
    this.seen.add(label);
    return label;
  }
}
