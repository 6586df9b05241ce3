/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeCallbackPath(value: unknown, fallback: string): string {
  if (typeof value !== "string") return fallback;
  // Browsers drop tabs and line breaks from URLs ("/\t/evil.com" → "//evil.com"): refuse any control character.
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/sign-in") || value.startsWith("/api/")) return fallback;
  return value;
}
