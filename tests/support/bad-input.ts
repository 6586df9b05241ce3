// Generators for the bad-input campaign (tests/integration/bad-input.seeded.test.ts): malformed,
// oversized, wrongly typed and injection-shaped values, deterministic (seeded) so a failure can
// be replayed, plus the checks every refused answer must pass.
import { expect } from "vitest";
import { isAppError } from "@/lib/errors";

/** A small seeded PRNG (mulberry32): the same seed gives the same campaign. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SCRIPT = "<script>alert(1)</script>";
export const IMG = '<img src=x onerror=alert(1)>';
const MB = 1_000_000;

/** Injection-shaped and Unicode-trick strings: each must be refused where it does not fit, or kept inert. */
export const INJECTION_STRINGS: readonly string[] = [
  "' OR 1=1--",
  "' OR '1'='1",
  '"; DROP TABLE "Dossier"; --',
  "1; DELETE FROM \"User\" WHERE 1=1",
  "admin'--",
  "' UNION SELECT password FROM \"User\"--",
  "%' AND pg_sleep(5)--",
  SCRIPT,
  IMG,
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}${7*7}",
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "/etc/passwd\u0000.pdf",
  "file:///etc/passwd",
  "abc\u202Egnp.exe",
  "a\u200D\u200Db\u200B\uFEFF",
  "nul\u0000byte",
  "\u0000",
  "lone\uD800surrogate",
  "\uDFFFtail",
  "Nguye\u0302\u0303n", // NFD
  "Nguyễn", // NFC
  "\u0301\u0301\u0301",
  "𝕏𝕐ℤ🙂🙂",
  "   ",
  "",
  "\r\n\t",
  "-1",
  "1e309",
  "NaN",
  "Infinity",
  "0x1F",
  "99999999999999999999999999",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
];

/** Strings that no field of the portal may accept (too long, with NUL bytes, or script in an identifier-sized field). */
export const OVERSIZED_STRINGS: readonly string[] = ["x".repeat(MB), `${SCRIPT}${"A".repeat(MB)}`, "é".repeat(200_000), "Đ".repeat(70_000)];

/** Wrong types and out-of-range numbers. */
export const WRONG_TYPES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  -999999999999,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  [],
  ["a", "b"],
  [SCRIPT],
  {},
  { $ne: null },
  { __proto__: { admin: true } },
  { toString: "x" },
  nested(50),
];

/** Deeply nested JSON, objects and arrays alternating: {"a":[{"a":[…]}]} (linear size). */
export function nested(depth: number): unknown {
  let v: unknown = SCRIPT;
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
}

/** A deeply nested JSON text built as text (JSON.stringify of very deep values overflows the stack). */
export function nestedJsonText(depth: number): string {
  return `${"[".repeat(depth)}1${"]".repeat(depth)}`;
}

/** Every bad value for one field: injection strings, oversized strings and wrong types. */
export const BAD_VALUES: readonly unknown[] = [...INJECTION_STRINGS, ...OVERSIZED_STRINGS, ...WRONG_TYPES];

/** Values that must be refused even by a free-text field: wrong types and oversized texts. */
export const NEVER_TEXT: readonly unknown[] = [...OVERSIZED_STRINGS, ...WRONG_TYPES.filter((v) => typeof v !== "string" && v !== null)];

/** Whole request bodies (raw text) that are not a usable JSON object. */
export function badRawBodies(): string[] {
  return [
    "",
    " ",
    "{",
    "{'a':1}",
    '{"a":1,}',
    "undefined",
    "NaN",
    "null",
    "true",
    "0",
    '"string"',
    "[]",
    "[{}]",
    '[{"a":1}]',
    "{}",
    '{"__proto__":{"admin":true}}',
    "\u0000",
    "\uFEFF{}",
    SCRIPT,
    `{"x":"${SCRIPT}"}`,
    "a=1&b=2",
    "--boundary\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--boundary--",
    nestedJsonText(5000),
    `{"a":"${"x".repeat(MB)}"}`,
    JSON.stringify(nested(400)),
    '{"a":1e999}',
    '{"a":"\\ud800"}',
  ];
}

/** Whole values (already parsed) that are not the expected object. */
export const BAD_WHOLE: readonly unknown[] = [undefined, ...WRONG_TYPES, SCRIPT, "' OR 1=1--", "../../etc/passwd", "x".repeat(MB)];

/** Tried on every field whatever the sample: the shapes that found defects (markup, SQL, NUL, broken Unicode, 1 MB, wrong types). */
const CORE: readonly unknown[] = [SCRIPT, IMG, "' OR 1=1--", "../../etc/passwd", "nul\u0000byte", "\u0000", "lone\uD800surrogate", "abc\u202Egnp.exe", OVERSIZED_STRINGS[0], OVERSIZED_STRINGS[1], null, {}, ["a", "b"], 1e308];

/**
 * Up to `n` values of `pool`: its members that are CORE values first, then a seeded sample of the
 * others (a different sample per call, so across fields every value of the pool gets used).
 */
export function pick<T>(pool: readonly T[], n: number, rnd: () => number = prng(n)): T[] {
  if (pool.length <= n) return [...pool];
  const core = pool.filter((v) => CORE.includes(v));
  const rest = pool.filter((v) => !CORE.includes(v));
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  return [...core, ...rest].slice(0, Math.max(n, core.length));
}

/**
 * Copies of `base` with one field replaced by a bad value (every field × `perField` values of the
 * pool: the core ones and a seeded sample of the others, default 18), plus
 * fields removed, extra fields, and a few random combinations of several bad fields.
 */
export function mutations(base: Record<string, unknown>, options: { values?: readonly unknown[]; freeText?: readonly string[]; seed?: number; random?: number; perField?: number } = {}): Record<string, unknown>[] {
  const values = options.values ?? BAD_VALUES;
  const free = new Set(options.freeText ?? []);
  const out: Record<string, unknown>[] = [];
  const keys = Object.keys(base);
  const sample = prng((options.seed ?? 6) + 1000);
  for (const key of keys) {
    for (const v of pick(free.has(key) ? NEVER_TEXT : values, options.perField ?? 18, sample)) out.push({ ...base, [key]: v });
    const { [key]: _removed, ...rest } = base;
    out.push(rest);
  }
  // Extra privileged-looking fields next to a broken first field (extra fields alone may be ignored).
  // (The broken field goes last: when it is itself called "role" or "id", the extra must not repair it.)
  if (keys.length > 0) out.push({ ...base, isAdmin: true, role: "ADMIN", id: "' OR 1=1--", __proto__: { polluted: true }, [keys[0]]: OVERSIZED_STRINGS[0] });
  const rnd = prng(options.seed ?? 6);
  for (let i = 0; i < (options.random ?? 6); i++) {
    const copy: Record<string, unknown> = { ...base };
    for (const key of keys) {
      if (rnd() < 0.5) {
        const pool = free.has(key) ? NEVER_TEXT : values;
        copy[key] = pool[Math.floor(rnd() * pool.length)];
      }
    }
    if (keys.some((k) => copy[k] !== base[k])) out.push(copy);
  }
  return out;
}

/** A short label for a bad value in assertion messages. */
export function describeValue(v: unknown): string {
  let s: string;
  try {
    s = typeof v === "string" ? JSON.stringify(v) : typeof v === "number" ? String(v) : JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 80 ? `${s.slice(0, 80)}… (${s.length} chars)` : s;
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const LEAK = /(\n\s+at .+\(|\bat async\b|prisma|PrismaClient|SELECT\s.+\sFROM|INSERT INTO|relation "|syntax error at|TypeError|ReferenceError|SyntaxError|Unexpected token|ECONNREFUSED)/i;

/** A message shown to a user: Vietnamese, non-empty, no stack trace or SQL. */
export function expectClearMessage(message: unknown, label: string): void {
  expect(typeof message, `${label}: message type`).toBe("string");
  const m = message as string;
  expect(m.trim().length, `${label}: empty message`).toBeGreaterThan(0);
  expect(m, `${label}: not Vietnamese: ${m.slice(0, 120)}`).toMatch(VIETNAMESE);
  expect(m, `${label}: leaks internals: ${m.slice(0, 200)}`).not.toMatch(LEAK);
}

/** No raw script or event handler reflected: the body never contains what was sent in executable form. */
export function expectNoReflectedScript(text: string, label: string): void {
  expect(text, `${label}: reflected <script>`).not.toMatch(/<script/i);
  expect(text, `${label}: reflected onerror=`).not.toMatch(/<img[^>]*onerror\s*=/i);
  expect(text, `${label}: reflected <svg onload`).not.toMatch(/<svg[^>]*onload\s*=/i);
}

/** Checks a refused HTTP answer: 4xx, problem details with a clear Vietnamese title, no reflected script. */
export async function expectRefusedResponse(response: Response, label: string, allowed: (status: number) => boolean = (s) => s >= 400 && s < 500): Promise<void> {
  const text = await response.text();
  expect(allowed(response.status), `${label}: status ${response.status} ${text.slice(0, 300)}`).toBe(true);
  expectNoReflectedScript(text, label);
  let body: { title?: unknown; detail?: unknown } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`${label}: answer is not JSON: ${text.slice(0, 200)}`);
  }
  expectClearMessage(body.title, label);
}

export type OperationVerdict = { refused: true; status: number; message: string } | { refused: false; value: unknown };

/** Runs an operation and classifies the outcome: a typed 4xx refusal, or a returned value. Untyped errors fail the test. */
export async function runOperation(fn: () => Promise<unknown>, label: string): Promise<OperationVerdict> {
  try {
    return { refused: false, value: await fn() };
  } catch (error) {
    if (!isAppError(error)) {
      const e = error as Error;
      throw new Error(`${label}: untyped exception ${e?.name}: ${String(e?.message).slice(0, 300)}`);
    }
    expect(error.status, `${label}: status`).toBeGreaterThanOrEqual(400);
    expect(error.status, `${label}: status`).toBeLessThan(500);
    expectClearMessage(error.message, label);
    expectNoReflectedScript(JSON.stringify({ m: error.message, f: error.fieldErrors ?? null }), label);
    return { refused: true, status: error.status, message: error.message };
  }
}

/** A refusal from an operation: a typed AppError 4xx, or a result saying `ok: false` / `kind: "invalid"` with its errors. */
export async function expectOperationRefused(fn: () => Promise<unknown>, label: string): Promise<void> {
  const verdict = await runOperation(fn, label);
  if (verdict.refused) return;
  const v = verdict.value as Record<string, unknown> | null | undefined;
  const text = JSON.stringify(v ?? null);
  expectNoReflectedScript(text, label);
  const refusedResult =
    v != null &&
    typeof v === "object" &&
    ((v.ok === false && (isNonEmpty(v.fieldErrors) || isNonEmpty(v.errors) || isNonEmpty(v.refusal) || isNonEmpty(v.link))) ||
      v.kind === "invalid" ||
      v.kind === "not_found" ||
      v.kind === "rate_limited");
  expect(refusedResult, `${label}: accepted: ${text.slice(0, 300)}`).toBe(true);
}

function isNonEmpty(x: unknown): boolean {
  if (x == null) return false;
  if (typeof x === "string") return x.length > 0;
  if (Array.isArray(x)) return x.length > 0;
  if (typeof x === "object") return Object.keys(x).length > 0;
  return true;
}
