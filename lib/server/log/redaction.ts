// What the logs must never carry: secrets (passwords, tokens, cookies, authorization headers)
// and personal data (national ID / CCCD, phone, e-mail, names, addresses). Two layers:
//   1. pino `redact` paths: known field names at the top level and up to three levels deep
//      (pino has no `**` wildcard, so each depth is listed);
//   2. `scrubText`: free text (messages, error messages and stacks) loses anything that looks
//      like an e-mail address, a Vietnamese phone number or a 9/12-digit ID number.
// Pure: no I/O, unit-tested in redaction.test.ts.

export const REDACTED = "[đã ẩn]";

/** Field names whose values are secrets or personal data, wherever they appear. */
export const SENSITIVE_KEYS = [
  // secrets
  "password",
  "passwordHash",
  "newPassword",
  "currentPassword",
  "confirmPassword",
  "token",
  "accessToken",
  "refreshToken",
  "idToken",
  "apiToken",
  "resetToken",
  "resultToken",
  "secret",
  "clientSecret",
  "authorization",
  "Authorization",
  "cookie",
  "Cookie",
  "cookies",
  '"set-cookie"',
  '"Set-Cookie"',
  '"x-api-key"',
  "apiKey",
  "otp",
  // personal data
  "nationalId",
  "applicantNationalId",
  "cccd",
  "cmnd",
  "identityNumber",
  "phone",
  "applicantPhone",
  "phoneNumber",
  "mobile",
  "email",
  "applicantEmail",
  "recipient",
  "fullName",
  "applicantName",
  "displayName",
  "address",
  "applicantAddress",
  "dateOfBirth",
  "birthDate",
] as const;

/** Objects that stand for a person: their `name` is personal data (a procedure's is not). */
export const PERSON_KEYS = ["user", "actor", "applicant", "citizen", "officer", "person", "account", "profile", "handler"] as const;

/**
 * pino `redact.paths`: every sensitive key at depth 0 to 3 (`a`, `*.a`, `*.*.a`, `*.*.*.a`),
 * and `name` under a person-like object at depth 0 to 2.
 */
export function redactPaths(keys: readonly string[] = SENSITIVE_KEYS): string[] {
  const paths: string[] = [];
  for (const person of PERSON_KEYS) paths.push(`${person}.name`, `*.${person}.name`, `*.*.${person}.name`);
  for (const key of keys) {
    const bracketed = key.startsWith('"') ? `[${key}]` : `.${key}`;
    paths.push(key.startsWith('"') ? `[${key}]` : key);
    paths.push(`*${bracketed}`, `*.*${bracketed}`, `*.*.*${bracketed}`);
  }
  return paths;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Vietnamese mobile/landline numbers: 0xxxxxxxxx or +84xxxxxxxxx (spaces/dots allowed inside).
const PHONE = /(?<![\dA-Za-z])(?:\+84|0)(?:[\s.-]?\d){9,10}(?![\dA-Za-z])/g;
// CCCD (12 digits) and old CMND (9 digits) standing alone.
const ID_NUMBER = /(?<![\dA-Za-z])(?:\d{12}|\d{9})(?![\dA-Za-z])/g;
// Bearer credentials written into a message.
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;

/** Free text with e-mail addresses, phone and ID numbers and bearer credentials masked. */
export function scrubText(text: string): string {
  return text
    .replace(EMAIL, "[email]")
    .replace(BEARER, "$1 [đã ẩn]")
    .replace(PHONE, "[số điện thoại]")
    .replace(ID_NUMBER, "[số định danh]");
}
