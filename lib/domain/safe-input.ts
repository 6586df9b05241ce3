// Characters no stored text may hold, and the shape of ids and codes that may reach a query.
// PostgreSQL refuses NUL (U+0000) in text (error 22021) and a lone UTF-16 surrogate cannot be
// encoded in UTF-8 (it would be silently replaced): both are refused before any query, with a
// message for people, instead of failing as a 500. Pure functions.
import { z } from "zod";
import { AppError } from "@/lib/errors";

/** C0 control characters except tab, line feed and carriage return; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE = "Nội dung có ký tự không được chấp nhận (ký tự điều khiển hoặc mã Unicode lỗi). Vui lòng nhập lại.";
export const BAD_KEY_MESSAGE = "Mã định danh gửi lên không hợp lệ.";

/** The longest id or code the portal uses is far shorter: anything longer is refused unread. */
export const KEY_MAX_LENGTH = 200;

/** True when the text has no control character (tab and line breaks allowed) and no lone surrogate. */
export function isSafeText(value: string): boolean {
  return !CONTROL.test(value) && !LONE_SURROGATE.test(value);
}

/** An id or code that may be used in a query: a short string of safe characters. */
export function isUsableKey(value: unknown, max = KEY_MAX_LENGTH): value is string {
  return typeof value === "string" && value.length <= max && isSafeText(value);
}

/**
 * Refuses (400, with a Vietnamese message) an id or code that cannot be one: not a string, too
 * long, with control characters or broken Unicode. Well-formed but unknown keys are left to the
 * query (the operation answers "not found" as usual).
 */
export function assertUsableKey(value: unknown, message: string = BAD_KEY_MESSAGE, code: "BAD_REQUEST" | "NOT_FOUND" = "BAD_REQUEST"): asserts value is string {
  if (!isUsableKey(value)) throw new AppError(code, message);
}

/** A zod string refinement: refuses control characters and lone surrogates with `message`. */
export function safeText<T extends z.ZodType<string>>(schema: T, message: string = UNSAFE_TEXT_MESSAGE) {
  return schema.refine(isSafeText, { message });
}

/** What may be repeated from the input inside a message: letters, digits, spaces and plain punctuation. */
const ECHOABLE = /^[\p{L}\p{M}\p{N} .,:;/+\-_%()']*$/u;

/**
 * The user's own text, quoted, to repeat inside a message (“abc”) — or null when it is too long
 * or holds markup, quotes, control or invisible characters: messages are also shown by other
 * systems (JSON problem titles), so submitted markup is never sent back.
 */
export function quoteForMessage(text: string, max = 40): string | null {
  return text.length <= max && ECHOABLE.test(text) && isSafeText(text) ? `“${text}”` : null;
}

/** The text without control characters (tab and line breaks kept) and lone surrogates. */
export function stripUnsafe(value: string): string {
  return value.replace(new RegExp(`${CONTROL.source}|${LONE_SURROGATE.source}`, "g"), "");
}
